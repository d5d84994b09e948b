"""Casualty conventions of session 7: "many" dead without a figure is ACLED's 10,
more than "several" (3); "shot dead together with" a companion counts both."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _events_fatalities(nlp: Language, text: str) -> list[int]:
    article = make_article(text, published=dt.date(2021, 3, 9))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_many_killed_without_a_figure_counts_ten(nlp: Language) -> None:
    text = ("Police chased cattle raiders into the hills near Isiolo on Sunday and killed "
            "many of them, a county official said.")
    assert _events_fatalities(nlp, text) == [10]


def test_several_killed_without_a_figure_still_counts_three(nlp: Language) -> None:
    text = ("Police chased cattle raiders into the hills near Isiolo on Sunday and killed "
            "several of them, a county official said.")
    assert _events_fatalities(nlp, text) == [3]


def test_shot_dead_together_with_a_companion_counts_both(nlp: Language) -> None:
    text = "A farm manager was shot dead together with his passenger near Nakuru on Monday."
    assert _events_fatalities(nlp, text) == [2]
