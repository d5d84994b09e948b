""""N of the dead" counts at least N dead when no other figure is given ("buried
43 of the dead"), and is part of a toll given already, not added to it."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _events_fatalities(nlp: Language, text: str) -> list[int]:
    article = make_article(text, published=dt.date(2024, 5, 1))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_a_burial_of_some_of_the_dead_counts_them(nlp: Language) -> None:
    text = ("Gunmen attacked farmers in a village near Maiduguri on Saturday. Residents "
            "attended the burial of 25 of the dead on Sunday.")
    assert _events_fatalities(nlp, text) == [25]


def test_some_of_the_dead_described_count_them(nlp: Language) -> None:
    text = ("Gunmen attacked farmers in a village near Maiduguri on Saturday. Residents said "
            "25 of the dead were women.")
    assert _events_fatalities(nlp, text) == [25]


def test_some_of_the_dead_are_part_of_the_toll_already_given(nlp: Language) -> None:
    text = ("Gunmen killed 40 farmers in a village near Maiduguri on Saturday, and 25 of the "
            "dead were women and children.")
    assert _events_fatalities(nlp, text) == [40]
