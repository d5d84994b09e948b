"""A town named by its own facility ("the airport at X", "the port of X") is the
event's place even when it is a small town far from the region the rest of the story
is about: the facility says the name is a town's, not a local name the gazetteer
lacks."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_a_far_town_named_by_its_airport_is_the_place(nlp: Language) -> None:
    text = ("BAMAKO, June 3 (Reuters) - Soldiers and rebels clashed in the capital on "
            "Monday, residents said. In the far north, the rebels shelled the airport at "
            "Tessalit on Sunday, the army said.")
    mention = event_place(nlp, text, "shelled",
                          sub_event_type="Shelling/artillery/missile attack")
    assert mention.place is not None and mention.place.name == "Tessalit"


def test_a_small_town_of_another_county_named_by_its_airport(nlp: Language) -> None:
    text = ("NAIROBI, June 3 (Reuters) - Police and protesters clashed in the capital on "
            "Monday, residents said. Far to the north-west, bandits raided the airport at "
            "Lokichogio on Sunday, police said.")
    mention = event_place(nlp, text, "raided", sub_event_type="Looting/property destruction")
    assert mention.place is not None and mention.place.admin1 == "Turkana"
