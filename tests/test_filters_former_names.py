"""Status rules (issue #3): a group's former name is no time of the event.

"formerly known as", "previously called" tell who a group is by its old name; the
adverb dates the name, not what the group did, so the event stays a new one. The
twin keeps "previously" on the event's own verb, which still tells history."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = "2024-03-11"

FORMER_NAMES = [
    ("Gunmen from the Lakurawa group, formerly known as the Sokoto bandits, killed 11 "
     "villagers in Kebbi state.", "killed", "Attack"),
    ("Fighters of the Congo River Alliance, previously called the Ituri self-defence "
     "group, seized the town of Nizi.", "seized", "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "trigger", "sub_event_type"), FORMER_NAMES)
def test_a_former_name_leaves_the_event_new(nlp: Language, text: str, trigger: str,
                                            sub_event_type: str) -> None:
    assert first_status(nlp, text, trigger, dt.date.fromisoformat(PUBLISHED)) == "new"
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_previously_on_the_events_own_verb_is_still_history(nlp: Language) -> None:
    text = "Gunmen from the Lakurawa group had previously killed 11 villagers in Kebbi state."
    assert first_status(nlp, text, "killed", dt.date.fromisoformat(PUBLISHED)) == "background"
