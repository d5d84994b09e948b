"""A night before the report ("overnight") is dated by its evening, the day before;
but when the text says the act began after midnight, naming no day, it happened on
the night's second day, the report's (ACLED dates an event by the day it happened):
resolve/night_dates.py. A span that only ended after midnight ("until after
midnight") and a night named by its evening keep the evening's day.

The first test fails without the rule; the others are its guards."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def _remote_violence_days(nlp: Language, text: str) -> list[dt.date | None]:
    events = coded_events(nlp, text, "2024-07-10")
    days = [e.event_date for e in events if e.event_type == "Explosions/Remote violence"]
    assert days, describe(events)
    return days


def test_overnight_shelling_begun_after_midnight_is_the_reports_day(nlp: Language) -> None:
    text = ("DONETSK, July 10 - Rebel gunners shelled the village of Marinka overnight, "
            "killing two farmers, the regional governor said.\n\n"
            "He said the first rounds landed in the village a little after midnight and "
            "the barrage went on for three hours.")
    assert set(_remote_violence_days(nlp, text)) == {D(2024, 7, 10)}


def test_overnight_alone_is_the_night_before(nlp: Language) -> None:
    text = ("DONETSK, July 10 - Rebel gunners shelled the village of Marinka overnight, "
            "killing two farmers, the regional governor said.")
    assert set(_remote_violence_days(nlp, text)) == {D(2024, 7, 9)}


def test_a_barrage_that_only_ended_after_midnight_keeps_its_evening(nlp: Language) -> None:
    text = ("DONETSK, July 10 - Rebel gunners shelled the village of Marinka overnight, "
            "killing two farmers, the regional governor said.\n\n"
            "He said the barrage went on until after midnight.")
    assert set(_remote_violence_days(nlp, text)) == {D(2024, 7, 9)}
