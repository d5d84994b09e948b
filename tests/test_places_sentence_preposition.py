"""A sentence's capitalised "In" before a known name ("In Rafah, in the south, ...") is
no part of the name, even where the gazetteer lists "In <name>" as some place's other
name; a town whose own name starts with "In" stays whole."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_in_before_a_known_town_is_a_preposition(nlp: Language) -> None:
    text = ("Israeli jets struck two buildings in Gaza City before dawn on Tuesday. In "
            "Rafah, in the south, a strike killed a commander of the group.")
    mention = event_place(nlp, text, "a strike killed")
    assert mention.place is not None and mention.place.name.startswith("Rafa")
