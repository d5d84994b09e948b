"""A day told after "since" is no event's own day, but a later "N days later" counts
from it: "Protesters had camped outside the parliament since March 3, and troops
cleared the camp five days later" dates the clearing March 8, not the day of the
report."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc
from eventcoder.schema import Article

D = dt.date


def _dates_of(nlp: Language, text: str, trigger: str) -> list[dt.date | None]:
    article = Article(doc_id="t", text=text, published=D(2024, 6, 3))
    return [m.event_date for m in code_doc(nlp(text), article).mentions
            if m.trigger_text.lower().startswith(trigger)]


def test_days_later_count_from_a_since_day(nlp: Language) -> None:
    text = ("DHAKA, June 3 (Reuters) - Police fired tear gas at students in Dhaka on "
            "Monday, witnesses said.\n\n"
            "Students had camped outside the university since March 3, and police "
            "arrested their leaders five days later.")
    assert _dates_of(nlp, text, "arrested") == [D(2024, 3, 8)]


def test_a_since_day_dates_no_event(nlp: Language) -> None:
    text = ("DHAKA, June 3 (Reuters) - Students have blocked roads around the university "
            "since May 28, witnesses said on Monday.")
    assert D(2024, 5, 28) not in _dates_of(nlp, text, "blocked")
