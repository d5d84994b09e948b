"""A killing verb that the parser hangs on its doers as a participle ('Rebel fighters
killed at least 15 civilians with machetes in a night raid', parsed as 'fighters
[who were] killed') still has its object: a participle with a direct object is the
doers' verb, not a reduced passive whose noun is the victims (issue #3;
typing_armed._sides_armed). Before: the fighters were read as the victims and the
massacre became an Armed clash. The first test fails without the change; the
second guards the reduced passive it keeps."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor2) for e in coded_events(nlp, text, "2021-05-05")]


def test_doers_participle_with_victims_as_object(nlp: Language) -> None:
    text = ("Rebel fighters killed at least 15 civilians with machetes in a night raid on "
            "a village near Beni.")
    assert _events(nlp, text) == [("Attack", "Civilians (Democratic Republic of Congo)")]


def test_reduced_passive_keeps_its_victims(nlp: Language) -> None:
    text = "Five raiders killed by police in Baringo on Monday."
    assert [e[0] for e in _events(nlp, text)] == ["Armed clash"]
