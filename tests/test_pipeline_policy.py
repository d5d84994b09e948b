"""The coding policy: which mention statuses become events."""

from __future__ import annotations

import datetime as dt

from eventcoder.pipeline import CodingPolicy
from eventcoder.schema import EventMention, Evidence


def _mention(status: str, date_at: tuple[int, int] | None) -> EventMention:
    m = EventMention(
        doc_id="d", sent_start=100, sent_end=200, trigger_start=120, trigger_end=126,
        trigger_text="killed", sub_event_type="Attack",
        event_type="Violence against civilians", type_score=0.9, type_reason="test",
        status=status, event_date=dt.date(2015, 6, 3), time_precision=1,
    )
    m.evidence.append(Evidence("d", 100, 200, "x" * 100, field="sentence"))
    if date_at:
        m.date_evidence = Evidence("d", date_at[0], date_at[1], "on 3 June 2015", "event_date")
    return m


def test_new_events_are_kept_and_other_statuses_dropped() -> None:
    policy = CodingPolicy()
    assert policy.accepts(_mention("new", None))
    for status in ("statistic", "habitual", "plan", "negated", "hypothetical", "movement"):
        assert not policy.accepts(_mention(status, (130, 144)))


def test_background_is_kept_only_when_dated_in_its_own_sentence() -> None:
    policy = CodingPolicy()
    assert policy.accepts(_mention("background", (130, 144)))
    # A date borrowed from the lead paragraph does not date the background.
    assert not policy.accepts(_mention("background", (10, 24)))
    assert not policy.accepts(_mention("background", None))
    assert not CodingPolicy(keep_dated_background=False).accepts(
        _mention("background", (130, 144))
    )


def test_background_dated_only_to_the_month_is_history() -> None:
    month_only = _mention("background", (130, 144))
    month_only.time_precision = 3
    assert not CodingPolicy().accepts(month_only)
    assert CodingPolicy(background_max_time_precision=3).accepts(month_only)


def test_keep_can_admit_other_statuses() -> None:
    policy = CodingPolicy(keep=frozenset({"new", "plan"}))
    assert policy.accepts(_mention("plan", None))


def test_a_dropped_earlier_incident_lends_its_toll_to_no_kept_event() -> None:
    import eventcoder

    text = ("Police fired tear gas at hundreds of marchers in Kisumu on Wednesday and arrested"
            " 14 people. The march was one of several held across the country on Wednesday."
            " Rights groups say police shot dead at least six people during similar protests"
            " last week.")
    events = eventcoder.code(text, published="2023-07-13")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Protest with intervention", 0)]
    # the same toll told as this protest's own stays with it
    text = text.replace(" during similar protests last week", "")
    events = eventcoder.code(text, published="2023-07-13")
    assert any(e.fatalities == 6 for e in events)
