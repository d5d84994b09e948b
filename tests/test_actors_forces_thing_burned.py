"""A state force's word that only qualifies a thing ("army trucks were torched", "in spite
of a police cordon") names the thing's owner or who imposed it, not who burned or looted
(actors._names_a_forces_thing)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_the_owner_of_burned_army_trucks_is_not_the_arsonist(nlp: Language) -> None:
    text = "Two army trucks were torched overnight near a fuel depot in Garissa."
    first, _ = story_sides(nlp, text, "torched", "Looting/property destruction", "Kenya")
    assert not (first or "").startswith(("Military Forces", "Police Forces")), first


def test_a_cordon_the_police_kept_does_not_make_them_the_looters(nlp: Language) -> None:
    text = ("Shops were looted in Kisii market on Sunday night in spite of a police cordon "
            "around the town.")
    first, _ = story_sides(nlp, text, "looted", "Looting/property destruction", "Kenya")
    assert not (first or "").startswith("Police Forces"), first


def test_police_who_burn_stalls_did_it(nlp: Language) -> None:
    text = "Police burned dozens of market stalls in Kibera on Monday."
    first, _ = story_sides(nlp, text, "burned", "Looting/property destruction", "Kenya")
    assert (first or "").startswith("Police Forces of Kenya"), first
