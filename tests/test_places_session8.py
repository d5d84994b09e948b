"""Place rules of session 8: a foreign city matched only by one of its alternate names,
far from the dateline's town and in a country the story never points to, is a local
place the gazetteer lacks; without a dateline, or in the dateline's country, the
alternate name is kept. A town named as where someone comes from ("a tourist from the
eastern city of Sialkot") is not the event's place, nor the story's first event place."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language

from eventcoder.resolve.places import _origin_or_destination
from eventcoder.schema import PlaceMention


def _origin_in(nlp: Language, text: str, name: str) -> bool:
    doc = nlp(text)
    start = text.index(name)
    return _origin_or_destination(doc, PlaceMention("t", start, start + len(name), name))


def _name(mention: PlaceMention) -> str | None:
    return mention.place.name if mention.place is not None else None


def test_an_alternate_name_abroad_far_from_the_dateline_is_not_that_city(
        nlp: Language) -> None:
    text = ("BAMAKO (AFP) - Suspected jihadists killed at least 12 soldiers in an ambush "
            "near Boni on Sunday, security sources said.")
    found = place_mentions(nlp, text)
    assert _name(found["BAMAKO"]) == "Bamako"
    assert found["Boni"].place is None  # not Bonn, which some languages call Boni


def test_without_a_dateline_the_alternate_name_is_not_judged_by_it(nlp: Language) -> None:
    text = ("Russia said on Tuesday that its forces had destroyed an ammunition depot "
            "near Lugansk.")
    found = place_mentions(nlp, text)
    place = found["Lugansk"].place
    assert place is not None and (place.name, place.country) == ("Luhansk", "Ukraine")


def test_an_alternate_name_in_the_datelines_country_is_kept(nlp: Language) -> None:
    text = ("KYIV (AFP) - Russian forces shelled a market near Lugansk on Sunday, "
            "Moscow's defence ministry said, naming Russia's targets.")
    found = place_mentions(nlp, text)
    assert _name(found["Lugansk"]) == "Luhansk"


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
