"""'X in Y': a sentence that says which country or region a place lies in rules out
namesakes elsewhere, of any size, even when the gazetteer lacks the place itself."""

from __future__ import annotations

import pytest

import eventcoder


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.country) for e in eventcoder.code(text, published="2024-02-19")]


@pytest.mark.parametrize(("text", "expected"), [
    # Boni is not in the gazetteer; "Boni" is only an alternate name of Bonn
    ("Gunmen killed 12 soldiers near the town of Boni in Mali on Sunday.", (None, "Mali")),
    # (the direction names the region: central Mali is coded to Mopti, precision 3)
    ("Gunmen killed 12 soldiers near the town of Boni in central Mali on Sunday.",
     ("Mopti", "Mali")),
    ("Gunmen killed 12 soldiers near Boni in war-torn Mali on Sunday.", (None, "Mali")),
    # the Mozambican Palma is not in the gazetteer; the Spanish city is not meant
    # (northern Mozambique is coded to Cabo Delgado, precision 3)
    ("Insurgents attacked the coastal town of Palma in northern Mozambique on Wednesday, "
     "killing dozens of civilians.", ("Cabo Delgado", "Mozambique")),
    # the stated unit holds the place: kept
    ("Gunmen killed 12 soldiers in Garissa in northeastern Kenya on Sunday.",
     ("Garissa", "Kenya")),
])
def test_a_place_said_to_lie_in_a_country(text: str, expected: tuple[str | None, str]) -> None:
    assert _places(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a name that owns something other than a place says nothing of where
    ("Russian missiles hit Kharkiv in Russia's latest offensive, killing three civilians.",
     ("Kharkiv", "Ukraine")),
])
def test_in_a_country_that_owns_a_thing_is_no_location(
        text: str, expected: tuple[str | None, str]) -> None:
    assert _places(text) == [expected]


def test_an_apposition_saying_capital_makes_an_alternate_name_a_place() -> None:
    # "Wad Madani" is only an alternate spelling of Wad Medani, and the parser may
    # take it for a person: ", the capital of X state" says it is a place
    events = eventcoder.code(
        "Sudan's army said it had retaken Wad Madani, the capital of Al Jazirah state, "
        "from the Rapid Support Forces on Saturday.", published="2025-01-12")
    assert [(e.location, e.admin1) for e in events] == [("Wad Medani", "Al Jazirah")]
