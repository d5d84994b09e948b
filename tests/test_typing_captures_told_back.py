"""A capture whose object takes up a place the clause named before ("raided the village of
Diff and seized it") takes territory, as one that names the place; and the group's name in
its other spellings ("Al Shabab forces") marks a non-state taker (each test fails without
its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 7, 3)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_a_place_seized_as_it_is_taken(nlp: Language) -> None:
    text = ("Militants raided the border village of Diff in Wajir county and seized it "
            "after a brief exchange of fire with police reservists on Saturday.")
    assert _primary_type(nlp, text) == "Non-state actor overtakes territory"


def test_the_group_spelled_al_shabab_is_a_non_state_taker(nlp: Language) -> None:
    text = "Heavily armed Al Shabab forces overran a police post at Yumbis on Friday."
    assert _primary_type(nlp, text) == "Non-state actor overtakes territory"
