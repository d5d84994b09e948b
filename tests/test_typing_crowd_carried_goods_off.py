"""A crowd that forced its way into a building and carried goods off, hurting no one,
looted it ("stormed the residence, carrying off furniture"): Looting/property
destruction, not Mob violence (events._goods_carried_off, typing.yaml
goods_carried_phrases). The guard: a crowd that stormed a place and beat someone
there is still a mob."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

_primary_type = partial(primary_type, published=dt.date(2022, 3, 9))


def test_crowd_storming_a_depot_and_carrying_away_sacks_looted_it(nlp: Language) -> None:
    text = ("Hundreds of people stormed a food aid depot in Gao on Tuesday, carrying away "
            "sacks of grain and cooking oil.")
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_crowd_storming_a_depot_and_beating_a_guard_is_a_mob(nlp: Language) -> None:
    text = ("Hundreds of people stormed a food aid depot in Gao on Tuesday and beat a "
            "watchman, leaving him badly injured.")
    assert _primary_type(nlp, text) != "Looting/property destruction"
