"""State forces coordinated with a non-state second side ("fought with herders and
police") are that side, as ACLED names it; the people fighting beside them are not
(actors._forces_beside, and the Mob violence branch of actors._pick)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_a_battle_with_herders_and_soldiers_has_the_soldiers_as_a_side(nlp: Language) -> None:
    text = ("Gunmen raided a grazing area near Rhamu and fought for hours with Degodia herders "
            "and soldiers on Tuesday.")
    first, second = story_sides(nlp, text, "fought", "Armed clash", "Kenya")
    assert (first or "").startswith("Military Forces of Kenya"), (first, second)


def test_a_mob_hurt_facing_villagers_and_police_fought_the_police(nlp: Language) -> None:
    text = ("Several traders trying to loot a depot near Kerugoya were hurt in a scuffle "
            "with residents and police.")
    _, second = story_sides(nlp, text, "scuffle", "Mob violence", "Kenya")
    assert (second or "").startswith("Police Forces of Kenya"), second
