"""A day written without its month ("on the 13th") takes the month and year of the
day the text stated before it, not the publication's month."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.resolve.dates import find_date_phrases

D = dt.date


def test_a_day_without_month_takes_the_month_told_before(nlp: Language) -> None:
    text = ("NAIROBI, May 17 (Reuters) - Police clashed with opposition supporters in Kisumu "
            "on April 12, witnesses said. A student was shot dead by police in Kisumu on the "
            "13th, his family said.")
    events = coded_events(nlp, text, "2024-05-17")
    killing = [e for e in events if e.event_type == "Violence against civilians"]
    assert killing and all(e.event_date == D(2024, 4, 13) for e in killing), describe(events)


def test_a_day_without_month_and_nothing_before_counts_from_publication() -> None:
    [phrase] = find_date_phrases("A student was shot dead on the 13th.", D(2024, 5, 17))
    assert phrase.date == D(2024, 5, 13)
