"""Demonstrators kept out of the place they marched to ("they were barred from entering
the compound", with an adverb between: "were later prevented from reaching"): a protest
met by an attempt to stop it, Protest with intervention (the tests fail without the
pattern in data/triggers.yaml)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2019, 6, 11)
_types = partial(new_types, published=PUBLISHED)
_MARCH = ("Hundreds of nurses marched to the county headquarters in Nyeri on Monday to "
          "demand unpaid allowances. ")


def test_barred_from_entering(nlp: Language) -> None:
    text = _MARCH + "They were barred from entering the compound by county askaris."
    assert _types(nlp, text) == {"Protest with intervention"}


def test_an_adverb_between(nlp: Language) -> None:
    text = _MARCH + "They were however prevented from reaching the governor's office."
    assert _types(nlp, text) == {"Protest with intervention"}


def test_the_march_alone_is_peaceful(nlp: Language) -> None:
    assert _types(nlp, _MARCH) == {"Peaceful protest"}
