"""Kenyan place phrasing: road ends, "X residents", "X refugee camp", sub-counties and
features named after a known place, and origins/destinations of the people involved."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_places import event_place, place_mentions
from spacy.language import Language

from eventcoder.extract.places import base_name_key, cues
from eventcoder.schema import EventMention, PlaceMention


@pytest.fixture(autouse=True)
def _kenyan_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")


def _mentions(nlp: Language, text: str) -> dict[str, PlaceMention]:
    return place_mentions(nlp, text)


def _event_place(nlp: Language, text: str, trigger: str) -> EventMention:
    return event_place(nlp, text, trigger, dt.date(2018, 3, 9))


def test_both_ends_of_a_hyphenated_road_are_places(nlp: Language) -> None:
    found = _mentions(nlp, "Youths blocked the Garissa-Mwingi road on Monday.")
    assert found["Garissa"].place is not None and found["Garissa"].place.admin1 == "Garissa"
    assert found["Mwingi"].place is not None and found["Mwingi"].place.admin1 == "Kitui"


def test_residents_after_a_name_make_it_a_place(nlp: Language) -> None:
    found = _mentions(nlp, "Lamu residents marched against the night curfew on Tuesday.")
    assert found["Lamu"].place is not None and found["Lamu"].place.admin1 == "Lamu"


def test_a_common_word_before_camp_keeps_the_place_cue(nlp: Language) -> None:
    found = _mentions(nlp, "Bandits raided Kakuma refugee camp overnight, demanding cash.")
    assert found["Kakuma"].place is not None and found["Kakuma"].place.admin1 == "Turkana"


def test_generic_words_around_a_known_name() -> None:
    c = cues()
    assert base_name_key("turkana east", c) == "turkana"
    assert base_name_key("south kisii", c) == "kisii"
    assert base_name_key("laikipia west sub county", c) == "laikipia"
    assert base_name_key("lake naivasha", c) == "naivasha"
    assert base_name_key("lamu island", c) == "lamu"
    assert base_name_key("naivasha", c) is None
    assert base_name_key("east", c) is None


def test_a_sub_county_the_gazetteer_lacks_takes_its_county(nlp: Language) -> None:
    found = _mentions(nlp, "Raiders drove off goats from a village in Turkana East on Monday.")
    place = found["Turkana East"].place
    assert place is not None and place.admin1 == "Turkana" and place.country == "Kenya"


def test_a_lake_named_after_a_town_is_coded_near_the_town(nlp: Language) -> None:
    mention = _event_place(nlp, "Fishermen attacked two officers at Lake Naivasha on Sunday.",
                           "attacked")
    assert mention.place is not None and mention.place.name == "Naivasha"
    assert mention.geo_precision == 2


def test_a_feature_is_not_read_as_a_namesake_abroad(nlp: Language) -> None:
    found = _mentions(nlp, "Three fishermen drowned in Lake Victoria off Kisumu on Friday.")
    assert found["Lake Victoria"].place is None  # not the Seychelles' capital


def test_origin_of_attackers_is_not_the_event_place(nlp: Language) -> None:
    mention = _event_place(
        nlp, "Raiders from Marsabit attacked herders near Wajir on Sunday.", "attacked")
    assert mention.place is not None and mention.place.admin1 == "Wajir"


def test_destination_of_a_convoy_is_not_the_event_place(nlp: Language) -> None:
    mention = _event_place(
        nlp, "Gunmen ambushed a bus heading to Mombasa at Malindi on Friday.", "ambushed")
    assert mention.place is not None and mention.place.name == "Malindi"


def test_a_compass_word_after_a_unit_name_is_its_sub_county(nlp: Language) -> None:
    found = _mentions(nlp, "Armed raiders stole goats and shot a herder in Baringo South "
                           "on Friday.")
    place = found["Baringo South"].place
    assert place is not None and place.admin1 == "Baringo"
    mention = _event_place(nlp, "Bandits shot a trader dead at a market in Kisii Central "
                                "sub-county.", "shot")
    assert mention.place is not None and mention.place.admin1 == "Kisii"
    assert mention.geo_precision == 2


def test_a_small_town_in_a_facility_name_places_the_event(nlp: Language) -> None:
    # A town of the feed's country named only in a camp's name: the event's place.
    mention = _event_place(nlp, "Militants fired at the Kiunga GSU camp before dawn, "
                                "wounding two officers.", "fired")
    assert mention.place is not None and mention.place.name == "Kiunga"
    assert mention.place.admin1 == "Lamu"


def test_a_small_namesake_outside_the_named_county_is_not_taken(nlp: Language) -> None:
    text = "Police dispersed a crowd at Mikindani, Mombasa County, late on Sunday."
    found = _mentions(nlp, text)
    # Not Tanzania's Mikindani (an old name of a part of Mtwara): Mombasa's own
    # Mikindani ward, placed at its constituency (precision 2).
    place = found["Mikindani"].place
    assert place is not None and place.country == "Kenya" and place.admin1 == "Mombasa"
    mention = _event_place(nlp, text, "dispersed")
    assert mention.place is not None and mention.place.admin1 == "Mombasa"
    assert mention.geo_precision == 2


def test_a_unit_word_rules_out_a_town_abroad(nlp: Language) -> None:
    found = _mentions(nlp, "Raiders killed a herder in Saku constituency on Monday.")
    place = found["Saku"].place  # a Kenyan constituency, not the Japanese city
    assert place is not None and place.country == "Kenya" and place.admin1 == "Marsabit"
    assert place.feature_code == "ADM2" and place.admin2 == "Saku"


def test_sub_county_seats_of_the_supplement_resolve(nlp: Language) -> None:
    found = _mentions(nlp, "Officers shot a hawker dead in Kigumo on Friday evening.")
    place = found["Kigumo"].place
    assert place is not None and place.admin1 == "Murang'a" and place.country == "Kenya"


def test_a_community_named_after_its_county_places_an_event_with_no_place(
        nlp: Language) -> None:
    mention = _event_place(nlp, "Turkana raiders drove away goats and shot a young herder.",
                           "shot")
    assert mention.place is not None and mention.place.admin1 == "Turkana"
    assert mention.geo_precision == 3
    # With a place named, the community says who, not where.
    mention = _event_place(nlp, "Turkana raiders shot a young herder near Maralal.", "shot")
    assert mention.place is not None and mention.place.admin1 == "Samburu"


def test_names_listed_before_a_word_for_people_are_communities(nlp: Language) -> None:
    mention = _event_place(nlp, "Farmers of the Kikuyu and Maasai communities fought over "
                                "a water point on Monday.", "fought")
    assert mention.place is None  # Kikuyu, the town in Kiambu, is not where it happened
    mention = _event_place(nlp, "Turkana militia burned homes in Kapenguria on Friday.",
                           "burned")
    assert mention.place is not None and mention.place.admin1 == "West Pokot"


def test_a_county_named_only_in_an_institution_places_the_event(nlp: Language) -> None:
    mention = _event_place(nlp, "Nurses at the Kericho County Referral Hospital staged a "
                                "sit-in over unpaid salaries.", "staged")
    assert mention.place is not None and mention.place.admin1 == "Kericho"
    assert mention.geo_precision == 3
