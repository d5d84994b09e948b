"""Named victims, each with an apposition, joined by "and": the parser may hang the
second name on the first one's apposition ("A, the governor's aide, and B, a member
of ..."); B is a second victim. A count's apposition that names its members ("two
chiefs, A and B") adds no one."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _fatalities(nlp: Language, text: str) -> list[int | None]:
    article = make_article(text, published=dt.date(2024, 9, 2))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_a_second_name_after_the_first_ones_apposition_is_a_victim(nlp: Language) -> None:
    text = ("Amina Yusuf, the governor's aide, and John Otieno, a member of the county "
            "assembly that supports him, were shot dead when gunmen opened fire on their "
            "vehicle in Garissa.")
    assert _fatalities(nlp, text) == [2]


def test_names_in_a_counts_apposition_add_no_one(nlp: Language) -> None:
    text = "Two local chiefs, Ahmed Abdi and Paul Lokwang, were shot dead by raiders in Baringo."
    assert _fatalities(nlp, text) == [2]
