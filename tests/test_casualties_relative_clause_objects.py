"""An "and" after a relative clause on the victims goes on with that clause's
object ("shot dead 10 militants who attacked a police station and a camp"): the camp is
what the militants attacked, not one more dead."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _fatalities(nlp: Language, text: str) -> list[int | None]:
    article = make_article(text, published=dt.date(2024, 3, 8))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_a_second_object_of_the_victims_relative_clause_is_not_a_victim(nlp: Language) -> None:
    text = ("Security forces shot dead 10 suspected militants who attacked a police station "
            "and a camp of displaced people near Beni on Monday, the army said.")
    assert _fatalities(nlp, text) == [10]


def test_victims_joined_without_a_relative_clause_still_add_up(nlp: Language) -> None:
    text = ("Gunmen shot dead three farmers and a herder near Beni on Thursday, "
            "the army said.")
    assert _fatalities(nlp, text) == [4]
