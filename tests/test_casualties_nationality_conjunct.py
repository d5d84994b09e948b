"""Victims counted by nationality and joined by "and" ("three Nepalis and a
Pakistani"): the tagger often reads the last one, with its own "a", as an adjective;
it is one more victim, added to the others."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _fatalities(nlp: Language, text: str) -> list[int | None]:
    article = make_article(text, published=dt.date(2023, 3, 14))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_a_nationality_joined_with_its_own_article_is_one_more_victim(nlp: Language) -> None:
    text = ("The blast tore through a bus depot in the port town, killing two Egyptians "
            "and a Sudanese and wounding five other people.")
    assert _fatalities(nlp, text) == [3]


def test_a_nationality_adjective_on_a_noun_adds_no_one(nlp: Language) -> None:
    text = ("The blast tore through a bus depot in the port town, killing two drivers "
            "and a Sudanese mechanic and wounding five other people.")
    assert _fatalities(nlp, text) == [3]
