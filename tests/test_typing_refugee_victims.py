"""One refugee shot is a civilian hit, as refugees are: the singular word is among the
civilian victims of triggers.yaml, so a camp named in the sentence ('inside Kakuma camp',
a base word too) does not make the killing a clash with state forces."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events
from spacy.language import Language


def test_a_refugee_shot_in_a_camp_is_an_attack(nlp: Language) -> None:
    text = "Gunmen shot dead a refugee inside Kakuma camp on Monday night, police said."
    events = coded_events(nlp, text, published=dt.date(2024, 3, 5))
    assert [e.sub_event_type for e in events] == ["Attack"], events
    assert events[0].actor2 == "Civilians (Kenya)", events
