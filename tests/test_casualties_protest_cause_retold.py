"""A death that a protest is about, told again later in its story, is no death of
the protest: "protesting the killing of a classmate ... The classmate's body was
found on Sunday" leaves the students' riot with no fatalities."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _riot_fatalities(nlp: Language, text: str) -> list[int | None]:
    article = make_article(text, published=dt.date(2024, 7, 9))
    return [e.fatalities for e in code_doc(nlp(text), article).events
            if e.event_type == "Riots"]


def test_the_cause_told_again_after_the_riot_sentence_is_not_its_toll(nlp: Language) -> None:
    text = ("College students in Eldoret barricaded a highway on Monday, protesting over the "
            "murder of a fellow student. The students fought running battles with police "
            "for three hours. A second-year student of the college was found dead near "
            "a dam on Saturday.")
    assert _riot_fatalities(nlp, text) == [0]


def test_a_new_death_with_a_count_in_the_story_still_counts(nlp: Language) -> None:
    text = ("College students in Eldoret barricaded a highway on Monday, protesting over the "
            "murder of a fellow student. The students fought running battles with police "
            "for three hours, and two protesters were shot dead.")
    assert _riot_fatalities(nlp, text) == [2]
