"""A place joined by a hyphen to a word of home ("the Oslo-based group", "a Nairobi-born
activist") says where someone is from, not where the event was."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language


def test_a_groups_home_city_is_not_the_place_of_the_killings(nlp: Language) -> None:
    text = ("Security forces fired on protesters in Zahedan on Friday. More than 80 people "
            "have been killed in the crackdown, the Oslo-based group Iran Human Rights "
            "said.")
    mention = event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name == "Zahedan"


def test_the_home_city_is_still_a_toponym(nlp: Language) -> None:
    text = "The Oslo-based group Iran Human Rights said the toll had risen."
    found = place_mentions(nlp, text)
    assert found["Oslo"].place is not None and found["Oslo"].place.country == "Norway"
