"""A clause under a killing ("were killed when protesters tried to storm the
airport") is no allegation about it: 'tried' there is an attempt, not a trial, and
the killing's toll stays."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _events_fatalities(nlp: Language, text: str) -> list[int]:
    article = make_article(text, published=dt.date(2024, 5, 1))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_a_toll_with_an_attempt_in_its_when_clause_is_counted(nlp: Language) -> None:
    text = ("Twelve people were killed on Monday when protesters tried to storm the airport "
            "in Arequipa, officials said.")
    assert _events_fatalities(nlp, text) == [12]


def test_an_alleged_killing_in_a_relative_clause_is_still_no_toll(nlp: Language) -> None:
    text = ("Police in Kisumu on Monday shot dead a suspect who allegedly killed three "
            "traders at a market.")
    assert _events_fatalities(nlp, text) == [1]
