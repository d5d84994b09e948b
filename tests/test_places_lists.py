"""Place rules for lists of places, places that say where an origin lies,
lakes, "X area", lower-case entity spans and surnames spelt like towns."""

from __future__ import annotations

import pytest
from fixtures_places import event_place, place_mentions
from spacy.language import Language


@pytest.fixture
def kenyan_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")


def test_the_first_of_a_list_of_towns_is_the_event_place(nlp: Language) -> None:
    # The trigger follows the list: the nearest town would be the last one.
    mention = event_place(nlp, "Teachers in Nyeri and Kiambu marched to protest "
                               "the delayed salaries.", "marched")
    assert mention.place is not None and mention.place.name == "Nyeri"


def test_the_first_of_a_comma_list_ending_in_and(nlp: Language) -> None:
    mention = event_place(nlp, "Traders in Kitale, Eldoret and Kapenguria closed "
                               "their shops in protest over new levies.", "protest")
    assert mention.place is not None and mention.place.name == "Kitale"


def test_a_town_after_a_comma_alone_is_no_list(nlp: Language) -> None:
    # "Ahero, Kisumu" says where Ahero lies: not a list whose first item wins.
    mention = event_place(nlp, "Youths lit bonfires in Ahero, Kisumu on Monday to "
                               "protest the arrest of a trader.", "protest")
    assert mention.place is not None and mention.place.name == "Ahero"


def test_a_unit_that_says_where_an_origin_lies_is_no_event_place(nlp: Language) -> None:
    text = ("Raiders, believed to have come from Masol village in West Pokot, "
            "attacked herders at Lokori in Turkana on Sunday.")
    mention = event_place(nlp, text, "attacked")
    assert mention.place is not None and mention.place.admin1 == "Turkana"


def test_an_origin_alone_in_its_list_still_places_nothing_else(nlp: Language) -> None:
    text = ("Gunmen who came from Masol village in West Pokot shot a herder dead "
            "in Turkana on Sunday.")
    mention = event_place(nlp, text, "shot")
    assert mention.place is not None and mention.place.admin1 == "Turkana"


def test_a_lake_is_coded_at_its_centre_with_precision_2(nlp: Language) -> None:
    mention = event_place(nlp, "Militiamen from across the border killed four "
                               "fishermen on Lake Turkana on Sunday.", "killed")
    assert mention.place is not None and mention.place.name == "Lake Turkana"
    assert mention.place.admin1 == "Turkana"
    assert mention.geo_precision == 2
    assert mention.place.latitude is not None and 3.0 < mention.place.latitude < 4.2


def test_a_lower_case_entity_is_no_place(nlp: Language) -> None:
    found = place_mentions(nlp, "Bandits robbed two herders on the west bank of the "
                                "Lake Turkana last week.")
    assert not any(name.lower() == "west bank" for name in found)
    assert "Lake Turkana" in found


def test_area_after_a_county_name_keeps_the_county(nlp: Language,
                                                   kenyan_feed: None) -> None:
    # Samburu is a county and a small town in Kwale: "area" does not make it the town.
    mention = event_place(nlp, "Pokot raiders attacked the Samburu area, killing six "
                               "people.", "attacked")
    assert mention.place is not None and mention.place.admin1 == "Samburu"


def test_area_after_a_town_name_still_takes_the_town(nlp: Language,
                                                     kenyan_feed: None) -> None:
    mention = event_place(nlp, "Youths protested in the Mlolongo area on Monday.",
                          "protested")
    assert mention.place is not None and mention.place.name == "Mlolongo"


def test_a_surname_spelt_like_a_town_is_no_place(nlp: Language) -> None:
    # "Njeri" is only another spelling of Nyeri: beside "Mercy" it is part of a name.
    found = place_mentions(nlp, "Youths from the Mercy Njeri estate in Nakuru county "
                                "lit bonfires on Monday.")
    assert "Njeri" not in found
    assert "Nakuru" in found


def test_a_unit_and_compass_word_alone_is_placed_without_a_feed(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTCODER_COUNTRY", raising=False)
    mention = event_place(nlp, "Youths stoned the vehicle of a returning officer in "
                               "Lamu West on Tuesday.", "stoned")
    assert mention.place is not None and mention.place.admin1 == "Lamu"


def test_a_lake_named_alone_is_not_placed_at_a_namesake_town(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # Victoria is a town in several countries: "Lake Victoria" alone says none of them.
    monkeypatch.delenv("EVENTCODER_COUNTRY", raising=False)
    found = place_mentions(nlp, "Fishermen clashed with patrol officers on Lake Victoria "
                                "on Tuesday.")
    assert found["Lake Victoria"].place is None


def test_a_facility_s_town_beats_the_county_s_town(nlp: Language) -> None:
    mention = event_place(nlp, "Workers at the Mumias Sugar Company (Kakamega) blocked "
                               "roads around the factory over unpaid salaries.", "blocked")
    assert mention.place is not None and mention.place.name == "Mumias"


def test_a_facility_s_town_beats_the_ends_of_a_road(nlp: Language) -> None:
    mention = event_place(nlp, "Traders lit bonfires outside Suswa Trading Centre along "
                               "the Narok-Mai Mahiu road.", "lit")
    assert mention.place is not None and mention.place.name == "Suswa"


def test_a_county_in_an_organisation_s_name_is_all_there_is_without_a_feed(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTCODER_COUNTRY", raising=False)
    mention = event_place(nlp, "Nurses at the Nyeri County Referral Hospital held a "
                               "demonstration over delayed pay.", "demonstration")
    assert mention.place is not None and mention.place.admin1 == "Nyeri"
    assert mention.geo_precision == 3


def test_the_first_end_of_a_road_is_its_place(nlp: Language) -> None:
    # The trigger follows the road: the nearer end would be the second one.
    mention = event_place(nlp, "Supporters of the MP blocked the Nairobi-Nakuru highway as "
                               "they protested over the primaries.", "protested")
    assert mention.place is not None and mention.place.name == "Nairobi"


def test_a_place_naming_another_event_is_not_this_one_s_place(nlp: Language) -> None:
    mention = event_place(nlp, "Students protested the Garissa attack in Nairobi on "
                               "Monday.", "protested")
    assert mention.place is not None and mention.place.name == "Nairobi"


def test_nairobi_landmarks_are_places(nlp: Language) -> None:
    mention = event_place(nlp, "Gunmen shot shoppers inside Westgate Mall on Sunday.", "shot")
    assert mention.place is not None and mention.place.admin1 == "Nairobi"
    assert mention.geo_precision == 1
    found = place_mentions(nlp, "Police dispersed a rally at Uhuru Park with tear gas.")
    uhuru = found["Uhuru Park"].place
    assert uhuru is not None and uhuru.admin1 == "Nairobi"


def test_a_town_whose_bearing_is_taken_from_another_is_the_event_place(nlp: Language) -> None:
    # the second town only says where the first lies, though it stands nearer the verb
    mention = event_place(nlp, "In Eldoret, about 60 km north of Kapsabet, bandits "
                               "attacked a bus on Friday.", "attacked")
    assert mention.place is not None and mention.place.name == "Eldoret"
