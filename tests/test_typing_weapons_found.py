"""A weapon that was found or seized was not used (issue #3): ACLED codes the find as
Disrupted weapons use, whatever the weapon is, not as the shelling or bombing the
weapon's word would make of it."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

FOUND = [
    # a heavy weapon as the object of a seizing verb, and the nouns joined to it
    "Soldiers seized a mortar and 40 shells from a militant hideout near Garissa on Monday.",
    # in the passive
    "A rocket launcher was recovered from a farmhouse outside Mandera on Sunday.",
    # a parcel found to be a bomb
    "Police sealed off a bridge in Nairobi on Friday when a parcel left on it was "
    "discovered to be a bomb.",
]


@pytest.mark.parametrize("text", FOUND)
def test_a_found_weapon_is_disrupted_weapons_use(nlp: Language, text: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == "Disrupted weapons use"


USED = [
    ("Militants fired a mortar at a police camp in Mandera on Monday.",
     "Shelling/artillery/missile attack"),
    # the person who carried the bomb is no weapon found
    ("The suicide bomber who struck the market was found to be a teenager, police said "
     "on Monday.", "Suicide bomb"),
]


@pytest.mark.parametrize(("text", "wanted"), USED)
def test_a_weapon_used_keeps_its_type(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
