"""A day told relative to another sentence's day ("A day earlier, a bomb ...") takes
that day, and the time phrase does not make the clause's own deaths another event's."""

from __future__ import annotations

import datetime as dt

import pytest

import eventcoder

PUBLISHED = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(("second", "day", "killed"), [
    ("A day earlier, a roadside bomb killed two soldiers near Bourem, the army said.",
     dt.date(2023, 5, 8), 2),
    ("The previous day, a landmine killed three soldiers near Bourem, the army said.",
     dt.date(2023, 5, 8), 3),
    ("Two days earlier, a landmine killed three soldiers near Bourem, the army said.",
     dt.date(2023, 5, 7), 3),
])
def test_anchored_day_in_the_next_sentence(second: str, day: dt.date, killed: int) -> None:
    text = ("Soldiers defused a bomb planted on the road outside Gao on Tuesday, the army "
            "said.\n\n" + second)
    events = eventcoder.code(text, published=PUBLISHED)
    blasts = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [(b.event_date, b.fatalities) for b in blasts] == [(day, killed)], events


def test_a_day_told_after_publication_is_dropped() -> None:
    # "two days later" from a Tuesday before a Wednesday report is Thursday, after
    # publication: no such day is stated, so the report's own day stands
    text = ("Soldiers defused a bomb outside Gao on Tuesday, the army said.\n\n"
            "Two days later, a landmine killed three soldiers near Bourem.")
    events = eventcoder.code(text, published="2023-05-10")
    blast = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert blast.event_date != dt.date(2023, 5, 11)
