"""An event made known ahead ("Further protests have been announced for the coming
days", "a strike was called for next week"): a plan, not an event that happened
(issue #3; filters.plans._announced_ahead)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_protests_announced_for_the_coming_days(nlp: Language) -> None:
    text = ("Youths threw stones at police in Kisumu on Tuesday and police fired tear gas, "
            "witnesses said. Further demonstrations have been announced for the coming days "
            "in several towns.")
    assert first_status(nlp, text, "demonstrations", PUBLISHED) == "plan"
    events = coded_events(nlp, text, PUBLISHED)
    assert "Peaceful protest" not in [e.sub_event_type for e in events], describe(events)


def test_a_strike_called_for_next_week(nlp: Language) -> None:
    text = ("Hundreds of traders marched peacefully through Eldoret on Monday, police said. "
            "A general strike was called for next week by the traders' union.")
    assert first_status(nlp, text, "general strike", PUBLISHED) == "plan"
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1 and events[0].event_date == dt.date(2024, 5, 20), describe(events)


def test_a_march_called_by_a_union_still_happened(nlp: Language) -> None:
    text = ("Hundreds of teachers marched through Nairobi on Monday in a protest called by "
            "their union, police said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"], describe(events)
