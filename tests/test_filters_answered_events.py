"""Status rules (issue #3): the event a reply answers. "Militants raided a village in
retaliation for an air strike on their camp": the air strike happened before, it is what
the raid answers (background), not the story's event; the raid is. Also "in response to
recent attacks", "in revenge for the deaths of two herders"."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from fixtures_mentions import trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "answered"), [
    ("Militants attacked a village near Mandera on Sunday in retaliation for an air strike "
     "on their camp.", "air strike"),
    ("Gunmen stormed a police post in Lamu on Sunday in response to recent drone strikes "
     "on their hideouts.", "drone strikes"),
])
def test_the_answered_event_is_background(nlp: Language, text: str, answered: str) -> None:
    assert trigger_statuses(nlp, text, PUBLISHED)[answered] == "background"
    events = coded_events(nlp, text, PUBLISHED.isoformat())
    assert "Air/drone strike" not in [e.sub_event_type for e in events], describe(events)


def test_an_air_strike_told_as_the_act_stays(nlp: Language) -> None:
    text = "The air force carried out an air strike on a militant camp near Mandera on Sunday."
    events = coded_events(nlp, text, PUBLISHED.isoformat())
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], describe(events)
