"""A killing told by the wound ("tied their hands and cut their throats", "had their
throats slit") is a killing, and a crowd word in the tellers' phrase that closes the
sentence (", villagers and a member of a local vigilante group said.") names a source,
not a mob at work, even where the parser hangs that phrase on the report's last object
(issue #3). Fails without the throat phrases of the kill class (data/triggers.yaml) and
typing_armed._in_closing_attribution (the first: an Abduction, then Mob violence by the
tellers); the guard keeps a mob that acted."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Gunmen on motorbikes stopped a lorry carrying nine traders near Tillaberi on Sunday, "
    "bound their wrists and cut their throats, villagers and a member of a local vigilante "
    "group said.",
    "Nine herders had their throats slit by gunmen near Tillaberi on Sunday, officials said.",
])
def test_throats_cut_are_a_killing(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, "2021-03-16")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)


def test_a_vigilante_group_that_acted_is_still_a_mob(nlp: Language) -> None:
    text = "A vigilante group beat a suspected thief to death in the market on Sunday."
    events = coded_events(nlp, text, "2021-03-16")
    assert [e.sub_event_type for e in events] == ["Mob violence"], describe(events)
