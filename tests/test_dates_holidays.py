"""Holidays on a fixed day of the year ("on Christmas Eve", "on New Year's Day") date
an event like a day and month with no year: the latest such day on or before the
report. A weekday the text names for when the raids ended is then not the start."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
import yaml
from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.resolve.dates import resolve_date_phrase

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Gunmen raided the village on Christmas Eve.", D(2016, 1, 3), D(2015, 12, 24)),
        ("Clashes broke out on New Year's Day.", D(2016, 1, 3), D(2016, 1, 1)),
        ("Rioters burned shops on New Year\u2019s Eve.", D(2016, 1, 3), D(2015, 12, 31)),
        ("Soldiers fired on a crowd on Boxing Day.", D(2016, 2, 9), D(2015, 12, 26)),
    ],
)
def test_a_fixed_holiday_is_its_day(text: str, published: dt.date, expected: dt.date) -> None:
    assert resolve_date_phrase(text, published) == (expected, 1)


def test_raids_on_a_holiday_keep_its_day_over_the_weekday_they_ended(nlp: Language) -> None:
    text = ("Armed men raided four hamlets near Dogo on Christmas Eve, killing at least 30 "
            "people in attacks that lasted into the first hours of Monday, officials said "
            "on Wednesday.")
    events = coded_events(nlp, text, "2024-12-26")
    assert events and events[0].event_date == D(2024, 12, 24)


def test_fixed_holidays_data_integrity() -> None:
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/dates.yaml").read_text(encoding="utf-8"))
    for name, (month, day) in raw["fixed_holidays"].items():
        assert name == name.lower()
        assert dt.date(2024, month, day)  # a real day (2024: a leap year)
