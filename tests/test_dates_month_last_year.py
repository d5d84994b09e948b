""""In May last year" is May of the year before publication, not the May just past:
the words after the month name the year."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc
from eventcoder.schema import Article

D = dt.date


def _killing_date(nlp: Language, text: str) -> dt.date | None:
    article = Article(doc_id="t", text=text, published=D(2024, 9, 7))
    coded = code_doc(nlp(text), article)
    dates = [m.event_date for m in coded.mentions if m.trigger_text == "killed"]
    assert dates, coded.mentions
    return dates[0]


def test_a_month_last_year_is_in_the_year_before(nlp: Language) -> None:
    assert _killing_date(nlp, "JOS, Nigeria, Sept 7 (Reuters) - Gunmen killed 12 villagers "
                              "in Plateau state in May last year, police said on "
                              "Saturday.") == D(2023, 5, 15)


def test_a_month_this_year_is_in_the_year_of_publication(nlp: Language) -> None:
    assert _killing_date(nlp, "JOS, Nigeria, Sept 7 (Reuters) - Gunmen killed 12 villagers "
                              "in Plateau state in May this year, police said on "
                              "Saturday.") == D(2024, 5, 15)
