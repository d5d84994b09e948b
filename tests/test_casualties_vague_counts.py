"""Counts without a figure: "many" dead is ACLED's 10, more than "several" (3), and a
vague object of a second verb ("injuring several others") is counted."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import casualty_mention
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _events_fatalities(nlp: Language, text: str) -> list[int]:
    article = make_article(text, published=dt.date(2021, 3, 9))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


_mention = casualty_mention


def test_many_killed_without_a_figure_counts_ten(nlp: Language) -> None:
    text = ("Police chased cattle raiders into the hills near Isiolo on Sunday and killed "
            "many of them, a county official said.")
    assert _events_fatalities(nlp, text) == [10]


def test_several_killed_without_a_figure_still_counts_three(nlp: Language) -> None:
    text = ("Police chased cattle raiders into the hills near Isiolo on Sunday and killed "
            "several of them, a county official said.")
    assert _events_fatalities(nlp, text) == [3]


def test_a_second_verb_with_a_vague_object_counts_that_object(nlp: Language) -> None:
    text = ("Raiders ambushed a convoy of traders near Kakuma, killing one and injuring several "
            "others.")
    mention = _mention(nlp, text, "ambushed")
    assert (mention.fatalities, mention.injured) == (1, 3)
