"""Countries and units a sentence names beside a place. 'X in Y': a sentence that says
which country or region a place lies in rules out namesakes elsewhere, of any size,
even when the gazetteer lacks the place itself; a name qualified by a unit of another
country is no city abroad. A country name that only says whose a thing is ("a Kenya
army statement") is not where the event was, and a country the event's own sentence
names is kept as evidence (merging tells it from the article's focus)."""

from __future__ import annotations

import pytest
from fixtures_places import event_place, place_mentions
from spacy.language import Language

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


SOMALIA_LEAD = ("Fighting between Somalia's army and Al Shabaab went on for hours on Monday, "
                "officials in Somalia said. ")


def test_a_country_modifying_a_noun_is_no_event_country(nlp: Language) -> None:
    text = SOMALIA_LEAD + "A Kenya army statement said its jets killed 30 of the militants."
    mention = event_place(nlp, text, "killed")
    assert mention.place is None
    assert mention.country == "Somalia"  # the story's focus, not the statement's owner
    assert not [e for e in mention.evidence if e.field == "country"]


def test_a_country_the_sentence_places_the_event_in_is_its_evidence(nlp: Language) -> None:
    text = SOMALIA_LEAD + "Its jets killed 30 militants in Kenya, the army said."
    mention = event_place(nlp, text, "killed")
    assert mention.country == "Kenya"
    assert [(e.field, e.text) for e in mention.evidence] == [("country", "Kenya")]


def test_a_border_named_by_its_countries_still_places_the_event(nlp: Language) -> None:
    text = SOMALIA_LEAD + "Raiders killed 30 herders at the Kenya-Somalia border, police said."
    mention = event_place(nlp, text, "killed 30")
    assert mention.country == "Kenya"


def test_a_name_qualified_by_a_unit_of_another_country_is_no_city_abroad(
        nlp: Language) -> None:
    # no Surrey of England is known: not the Canadian city, here or where it is told again
    text = ("A bomb went off in a pub in Epsom, Surrey, England, on Saturday. Police said "
            "the Epsom, Surrey blast was the second in a month.")
    found = place_mentions(nlp, text)
    assert "Surrey" not in found  # (an unresolved name is no place mention)
    assert {pm.place.country for pm in found.values() if pm.place} == {"United Kingdom"}


def test_a_town_qualified_by_a_nearby_unit_of_its_own_country_is_kept(
        nlp: Language) -> None:
    text = "A mob lynched a suspected thief in Mariakani, Mombasa, on Friday."
    mention = event_place(nlp, text, "lynched")
    assert mention.place is not None and mention.place.name == "Mariakani"
