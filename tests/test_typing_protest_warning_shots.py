"""Shots fired in or into the air ("officers fired in the air to scatter a crowd")
hit nobody: the shooting word is no attack on civilians beside the demonstration or
the riot it broke up (issue #3; typing_crowds.shots_into_the_air). A shot with someone
as its object stays an attack."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2023-08-09")]


def test_shots_into_the_air_over_a_road_block(nlp: Language) -> None:
    text = ("Traders barricaded the Nakuru-Eldoret highway on Tuesday over new market fees. "
            "Police shot into the air to disperse them.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_police_shooting_into_the_air_at_a_stoning_crowd(nlp: Language) -> None:
    text = ("Students hurled stones at passing cars in Kisii on Tuesday to protest a fee "
            "increase. Police shot into the air to scatter them.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_a_man_shot_stays_an_attack(nlp: Language) -> None:
    text = "Police shot a hawker in the leg in Nakuru on Tuesday, witnesses said."
    assert _types(nlp, text) == ["Attack"]
