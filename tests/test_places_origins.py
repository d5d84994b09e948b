"""A town named as where someone comes from ("a tourist from the eastern city of
Sialkot") is not the event's place, nor the story's first event place, unless it is the
only place the story names."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language

from eventcoder.resolve.places import _origin_or_destination
from eventcoder.schema import PlaceMention


def _origin_in(nlp: Language, text: str, name: str) -> bool:
    doc = nlp(text)
    start = text.index(name)
    return _origin_or_destination(doc, PlaceMention("t", start, start + len(name), name))


def test_a_town_named_as_someones_home_city_is_not_the_event_place(nlp: Language) -> None:
    text = ("A mob lynched a tourist from the eastern city of Sialkot in Madyan on "
            "Thursday, police said.")
    mention = event_place(nlp, text, "lynched", sub_event_type="Mob violence")
    assert mention.place is not None and mention.place.name == "Madyan"


def test_the_kind_of_place_after_a_direction_word_is_read_past(nlp: Language) -> None:
    # "from the city of X" is an origin; "in the city of X" is not
    assert _origin_in(nlp, "They came from the northern city of Peshawar to protest.",
                      "Peshawar")
    assert not _origin_in(nlp, "They protested in the northern city of Peshawar.",
                          "Peshawar")


def test_the_first_event_place_of_a_story_is_not_a_victims_home_town(
        nlp: Language) -> None:
    text = ("A mob beat a man to death on Thursday after dragging him out of a police "
            "station, officials said. The man, a tourist from the eastern city of Sialkot, "
            "had been held in the town of Madyan.")
    mention = event_place(nlp, text, "beat", sub_event_type="Mob violence")
    assert mention.place is not None and mention.place.name == "Madyan"


def test_a_home_town_that_is_the_only_place_named_still_places_the_story(
        nlp: Language) -> None:
    text = ("A motorbike thief was lynched by an angry mob on Sunday evening. He had "
            "hired a boda boda rider from Kilifi town.")
    mention = event_place(nlp, text, "lynched", sub_event_type="Mob violence")
    assert mention.place is not None and mention.place.name == "Kilifi"


def test_an_island_named_as_where_a_crowd_came_from_is_an_origin(nlp: Language) -> None:
    # "the island of X" after "from" is read past like "the city of X"
    assert _origin_in(nlp, "Traders, most of them from the island of Lamu, marched "
                      "through Mombasa on Monday against a new levy.", "Lamu")
    assert not _origin_in(nlp, "Traders marched on the island of Lamu on Monday.", "Lamu")


def test_a_crowd_from_an_island_is_placed_where_it_rioted(nlp: Language) -> None:
    text = ("Youths, many of them from the island of Lamu, torched a police post in "
            "Malindi on Friday, officials said.")
    mention = event_place(nlp, text, "torched", sub_event_type="Violent demonstration")
    assert mention.place is not None and mention.place.name == "Malindi"
