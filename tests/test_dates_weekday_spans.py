""""on Friday and Saturday", "from Friday to Sunday": a span of weekdays is dated by its
first day, its last kept as the end date, so the merge codes one event a day (as for
"7 and 8 December")."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.resolve.dates import find_date_phrases

D = dt.date


def test_a_span_of_weekdays_ends_before_publication() -> None:
    published = D(2024, 12, 10)  # a Tuesday
    spans = [(p.date, p.end_date) for p in find_date_phrases(
        "gunmen raided the camp from Friday to Sunday", published)]
    assert spans == [(D(2024, 12, 6), D(2024, 12, 8))]


def test_a_killing_over_two_days_is_one_event_a_day(nlp: Language) -> None:
    text = ("PORT-AU-PRINCE, Dec 10 (Reuters) - Gang members killed at least 40 residents "
            "of the Cite Soleil district on Saturday and Sunday, a rights group said.")
    events = coded_events(nlp, text, "2024-12-10")
    days = sorted(e.event_date for e in events)
    assert days == [D(2024, 12, 7), D(2024, 12, 8)], describe(events)
