"""Status rules (issue #3): an agreement reached. Parties that "agreed to resume peace
talks" or "agreed to a truce" reached an agreement whose content the infinitive tells: it
is no purpose or plan of theirs. A vow or a call to resume talks, and an agreement still
to come ("will agree to ..."), stay plans."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 9, 2)


@pytest.mark.parametrize("text", [
    "The government and the armed opposition have agreed to resume peace talks, a mediator "
    "said on Sunday.",
    "Herders' and farmers' leaders agreed on Saturday to resume peace talks in Marsabit.",
])
def test_agreeing_to_resume_talks_is_an_agreement(nlp: Language, text: str) -> None:
    assert statuses(nlp, text, "peace talks", PUBLISHED) == ["new"]
    events = coded_events(nlp, text, PUBLISHED.isoformat())
    assert [e.sub_event_type for e in events] == ["Agreement"], describe(events)


@pytest.mark.parametrize("text", [
    "The rebels vowed to resume peace talks.",
    "The rebels will agree to resume peace talks next month.",
])
def test_talks_vowed_or_to_come_stay_a_plan(nlp: Language, text: str) -> None:
    assert statuses(nlp, text, "peace talks", PUBLISHED) == ["plan"]
