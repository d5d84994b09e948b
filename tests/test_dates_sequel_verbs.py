"""A mention noun told again as the subject of a verb that says what came before it ("The
protest followed the arrest of its leader on Thursday", "The march was sparked by the
killing of a teacher on Wednesday") is the event told before: the day and the place
after that verb are the earlier event's."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Hundreds of opposition supporters marched through Nakuru on Saturday demanding the "
    "release of their leader. The protest followed the arrest of the party's chairman on "
    "Thursday.",
    "Hundreds of teachers marched through Nakuru on Saturday. The march was sparked by the "
    "killing of a colleague on Wednesday.",
])
def test_the_day_after_a_sequel_verb_is_the_earlier_events(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, "2024-03-10")
    protests = [e for e in events if e.event_type == "Protests"]
    assert len(protests) == 1, describe(events)
    assert protests[0].event_date == dt.date(2024, 3, 9), describe(events)


def test_the_place_after_a_sequel_verb_is_the_earlier_events(nlp: Language) -> None:
    text = ("Traders staged a protest in Kisumu on Tuesday over new taxes. The protest "
            "followed a similar march in Nakuru on Sunday.")
    events = coded_events(nlp, text, "2024-03-10")
    # the protest told again joins Tuesday's in Kisumu; no Tuesday protest in Nakuru
    assert [(e.location, e.event_date) for e in events if e.event_date == dt.date(2024, 3, 5)] \
        == [("Kisumu", dt.date(2024, 3, 5))], describe(events)


def test_a_day_told_before_the_sequel_verb_stays_the_mentions(nlp: Language) -> None:
    text = ("The protest in Nakuru on Saturday followed the arrest of the party's chairman "
            "on Thursday.")
    events = coded_events(nlp, text, "2024-03-10")
    assert [e.event_date for e in events if e.event_type == "Protests"] == [
        dt.date(2024, 3, 9)], describe(events)
