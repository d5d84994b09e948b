"""Demonstrators' damage told with words between the verb and what it struck ("smashed
the windows of the revenue office", "set a school administration block on fire"): the
demonstration was violent, as with the words side by side ("smashed windows", "set a
car on fire")."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2023, 8, 20)
_types = partial(new_types, published=PUBLISHED)


def test_windows_smashed_with_an_article(nlp: Language) -> None:
    text = ("Hawkers in Embu protested against the new market fees on Monday and smashed "
            "the windows of the county revenue office.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_a_building_of_four_words_set_on_fire(nlp: Language) -> None:
    text = ("Students in Kakamega set a school administration block on fire on Friday during "
            "protests over exam fees.")
    assert _types(nlp, text) == {"Violent demonstration"}
