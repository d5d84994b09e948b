"""A demonym just before a people that lives on both sides of a border ("Ugandan Pokot
raiders", "Ugandan-Pokot raiders") tells which side's militia they are
(actor_candidates._demonym_before)."""

from __future__ import annotations

import pytest
from fixtures_actors import story_sides
from spacy.language import Language


@pytest.mark.parametrize("people", ["Ugandan Pokot", "Ugandan-Pokot"])
def test_a_demonym_before_a_border_people_gives_its_country(nlp: Language,
                                                            people: str) -> None:
    text = f"{people} raiders attacked a manyatta near Kainuk in Turkana and drove off 90 cattle."
    first, _ = story_sides(nlp, text, "attacked", "Attack", "Kenya")
    assert first == "Pokot Ethnic Militia (Uganda)", first


def test_without_a_demonym_the_event_country_stays(nlp: Language) -> None:
    text = "Pokot raiders attacked a manyatta near Kainuk in Turkana and drove off 90 cattle."
    first, _ = story_sides(nlp, text, "attacked", "Attack", "Kenya")
    assert first == "Pokot Ethnic Militia (Kenya)", first
