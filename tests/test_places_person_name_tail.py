"""A word that ends a person's long name is no place: when the model's PERSON entity
stops short ("Aung San" of "Aung San Suu Kyi"), the capitalised words that run on from
it with no break are the rest of the name, not a town the gazetteer knows by one of
them."""

from __future__ import annotations

from fixtures_places import place_mentions
from spacy.language import Language


def test_the_end_of_a_long_name_is_no_place(nlp: Language) -> None:
    found = place_mentions(nlp, "The military seized power last month and detained the "
                                "elected leader Aung San Suu Kyi.")
    tail = found.get("Kyi")
    assert tail is None or tail.place is None, tail


def test_a_town_told_after_the_name_is_still_a_place(nlp: Language) -> None:
    found = place_mentions(nlp, "Soldiers fired on a crowd that had gathered to hear "
                                "Aung San Suu Kyi speak in Mandalay on Sunday.")
    town = found.get("Mandalay")
    assert town is not None and town.place is not None, found
