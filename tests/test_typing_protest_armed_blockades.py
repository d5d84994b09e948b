"""Roads blocked by an armed group are part of its operations, not a demonstration:
blocked roads make a Violent demonstration only when people who are not armed block
them (each test fails without the rule, or guards its limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2023, 7, 12)
_types = partial(new_types, published=PUBLISHED)


def test_gunmen_blocking_roads_and_firing_on_troops_fight(nlp: Language) -> None:
    text = ("Gunmen of a drug cartel blocked roads around Uruapan on Tuesday and fired on "
            "army patrols sent to clear them.")
    assert _types(nlp, text) == {"Armed clash"}


def test_militants_blockading_a_road_are_no_rioters(nlp: Language) -> None:
    text = "Militants blockaded the road between Djibo and Dori on Tuesday, residents said."
    assert "Violent demonstration" not in _types(nlp, text)


def test_residents_blocking_a_road_stay_a_demonstration(nlp: Language) -> None:
    # (the limit: unarmed people who block a road are demonstrating)
    text = "Residents blocked the road between Djibo and Dori on Tuesday, witnesses said."
    assert _types(nlp, text) == {"Violent demonstration"}
