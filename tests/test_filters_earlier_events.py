"""Events told as part of the story's (issue #3): the wounds of the victims told
before ("Several of the wounded had gunshot wounds") are no new event; an event after
'after' stays one."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import detected
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
LEAD = "Gunmen killed three herders near Mandera on Sunday, police said. "


def _new_triggers(nlp: Language, text: str) -> list[str]:
    return [m.trigger_text for m in detected(nlp, text, PUBLISHED) if m.status == "new"]


def test_the_story_told_after_the_same_preposition_stays(nlp: Language) -> None:
    # no measure of time before 'after': the noun may be the day's own event
    text = ("Police arrested four suspects in Garissa on Monday after the killing of a "
            "chief in the town.")
    assert [e.sub_event_type for e in coded_events(nlp, text, PUBLISHED)] == ["Arrests"]


def test_the_wounds_of_the_victims_told_before(nlp: Language) -> None:
    text = ("Gunmen stormed a bus station in Mandera on Sunday, killing nine travellers and "
            "wounding twelve. Several of the wounded had gunshot wounds to the legs, a "
            "doctor said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert "gunshot wounds" not in _new_triggers(nlp, text)
