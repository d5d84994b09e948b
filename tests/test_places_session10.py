"""Places of session 10: national parks where armed groups operate (a park is coded at
its point with precision 2, like a lake) and the direction words for Benin's north."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_national_park_places_the_event_in_its_admin1(nlp: Language) -> None:
    text = ("Militants attacked an army post in the W National Park on Tuesday, killing "
            "eight soldiers, Benin's army said.")
    events = coded_events(nlp, text, "2025-02-13")
    assert events and events[0].location == "W National Park", describe(events)
    assert (events[0].admin1, events[0].geo_precision) == ("Alibori", 2), describe(events)


def test_northern_benin_is_alibori_at_region_precision(nlp: Language) -> None:
    text = "Gunmen attacked a police post in northern Benin on Sunday, killing four officers."
    events = coded_events(nlp, text, "2024-05-01")
    assert events and (events[0].admin1, events[0].geo_precision) == ("Alibori", 3), \
        describe(events)


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
