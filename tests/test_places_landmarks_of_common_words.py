"""A name made only of common words and told with "the" ("the White House") is a
building or a body, not the small town of that name elsewhere; a unit so named ("the
West Bank") is still a place."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language


def test_a_landmark_after_the_is_no_town(nlp: Language) -> None:
    text = ("Farmers drove tractors to the White House on Tuesday to demand relief after "
            "the floods, and police arrested six of them in Washington.")
    assert "White House" not in place_mentions(nlp, text)
    mention = event_place(nlp, text, "arrested", sub_event_type="Arrests")
    assert mention.place is None or mention.place.admin1 != "Tennessee"


def test_a_unit_named_with_common_words_stays_a_place(nlp: Language) -> None:
    text = "Settlers set fire to two cars in a village of the West Bank on Friday night."
    assert "West Bank" in place_mentions(nlp, text)
