"""A clash verb that tells a road collision (issue #3): "a car clashed into a crowd",
"a lorry clashed with a bus" report no battle, and the dead of the collision no
attack."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

COLLISIONS = [
    "A speeding matatu clashed into a group of party supporters in Kisumu on Saturday, "
    "killing two of them.",
    "A lorry clashed with a bus carrying mourners near Nakuru on Sunday.",
]


@pytest.mark.parametrize("text", COLLISIONS)
def test_a_road_collision_is_no_event(nlp: Language, text: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == "none"


def test_people_clashing_is_still_a_clash(nlp: Language) -> None:
    text = ("Police clashed with gunmen in Mandera on Sunday and the fighting went on "
            "into the night.")
    assert primary_type(nlp, text, PUBLISHED) == "Armed clash"
