"""A weekend is a day range, not the day of saying (issue #3).

"at the weekend", "over the weekend" name the weekend before publication; the day
within it is not known, so the event is coded on its Saturday with week precision
(ACLED's practice), whatever day the statement was made. A weekend to come is no
event's day."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.resolve.dates import find_date_phrases

D = dt.date


@pytest.mark.parametrize(("text", "published", "saturday"), [
    # published on a Tuesday, spoken of on the Monday: the weekend before
    ("BAMAKO (Reuters) - Islamist fighters killed 15 soldiers in an attack on a base in "
     "central Mali at the weekend, the army said on Monday.", "2024-03-12", D(2024, 3, 9)),
    ("Vigilantes lynched a suspected cattle thief in Kisii county over the weekend, "
     "police said.", "2024-03-11", D(2024, 3, 9)),
    # a Saturday's paper tells of the weekend before
    ("Vigilantes lynched a suspected cattle thief in Kisii county at the weekend.",
     "2024-03-16", D(2024, 3, 9)),
])
def test_the_weekend_is_its_saturday_with_week_precision(
        nlp: Language, text: str, published: str, saturday: dt.date) -> None:
    events = coded_events(nlp, text, published)
    assert events, describe(events)
    assert all(e.event_date == saturday and e.time_precision == 2 for e in events), \
        describe(events)


@pytest.mark.parametrize("text", [
    # the days written out in brackets after the weekend
    "A mob lynched a suspected thief in Kakamega at the weekend (9-10 March).",
    # a stated day of the note that falls on the weekend
    "9 March. A mob lynched a suspected thief in Kakamega at the weekend.",
])
def test_a_stated_day_on_the_weekend_is_the_day(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, "2024-03-14")
    assert events and events[0].event_date == D(2024, 3, 9), describe(events)
    assert all(e.time_precision == 1 for e in events), describe(events)


def test_a_weekend_to_come_dates_nothing() -> None:
    text = "Traders said they would march to the county offices next weekend."
    assert find_date_phrases(text, D(2024, 3, 12)) == []
