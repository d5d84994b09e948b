"""A place told as an office holder's post ("a police commander in the port of X", "the
army chief in Y") says where the person serves, not where the story's events were: a
march against such a commander is placed where it marched."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language

TEXT = ("Police fired on protesters in the city of Quetta on Friday, killing six people. "
        "Hundreds of traders had marched on a police station, chanting against a police "
        "commander in the port of Gwadar whom they accuse of extortion.")


def test_a_commanders_post_is_not_where_the_march_was(nlp: Language) -> None:
    mention = event_place(nlp, TEXT, "marched", sub_event_type="Peaceful protest")
    assert mention.place is not None and mention.place.name == "Quetta"


def test_a_commanders_post_is_still_a_known_place(nlp: Language) -> None:
    found = place_mentions(nlp, TEXT)
    assert found["Gwadar"].place is not None
