"""Typing of rocket-propelled grenades and of garrisons (issue #3):
each case fails on the code before its data change."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)

CASES = [
    # An RPG is fired at close range like small arms: the target decides the type,
    # not shelling and not a hand grenade.
    ("Militants fired rocket-propelled grenades at a police patrol near the border on "
     "Friday, and the officers returned fire.", "Armed clash"),
    # ... while rockets fired from a distance stay shelling, and RPGs found in a cache
    # are weapons seized.
    ("Rebels fired rockets at the airport on Sunday.", "Shelling/artillery/missile attack"),
    ("Soldiers found rifles, RPGs and mortar rounds in a cave near the village on Monday.",
     "Disrupted weapons use"),
    # A garrison is a military site: overrunning one takes territory from the army.
    ("The militia overran an army garrison in the town on Tuesday, officials said.",
     "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_weapon_and_site_typing(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
