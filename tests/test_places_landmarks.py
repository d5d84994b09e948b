"""Places of the supplement (data/places/supplement.yaml) that the GeoNames lists lack or
resolve wrongly. A landmark inside a city (type landmark): an event at a building reports
name as the scene is coded at the building's city, at precision 1. A town they lack
(Balakot), a district they know only by another spelling (Poonch), a city district that
shares a distant town's name (Rio's Penha complex), a park (the Niassa Reserve) and a
town reports call by a short name another country's city bears (Iraq's Taza)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_a_crowd_breaking_into_the_capitol_is_placed_in_washington(nlp: Language) -> None:
    text = ("Hundreds of demonstrators pushed past barriers and broke into the U.S. Capitol "
            "on Tuesday, smashing windows and fighting police officers on the stairs.")
    events = coded_events(nlp, text, "2025-03-12")
    assert events
    assert {(e.location, e.admin1) for e in events} == {("Washington", "District of Columbia")}
    assert {e.geo_precision for e in events} == {1}


def test_a_town_only_the_supplement_knows_places_the_event(nlp: Language) -> None:
    text = ("Gunmen attacked a police checkpoint outside Balakot on Friday, killing two "
            "constables, officials in Pakistan said.")
    events = coded_events(nlp, text, "2025-05-10")
    assert [(e.location, e.admin1) for e in events] == [("Balakot", "Khyber Pakhtunkhwa")]


def test_a_district_named_as_a_sector_of_the_front_is_placed(nlp: Language) -> None:
    # GeoNames knows Poonch only as another spelling of its seat's name, which the place
    # rules do not trust alone; the district is a supplement fact at that seat.
    text = ("Pakistani troops fired mortar shells at army posts in the Poonch sector of "
            "Kashmir on Sunday, wounding three Indian soldiers, an army spokesman said.")
    events = coded_events(nlp, text, "2025-05-12")
    assert events
    assert {e.admin1 for e in events} == {"Jammu and Kashmir"}


def test_a_favela_complex_of_rio_is_not_a_town_elsewhere(nlp: Language) -> None:
    # Penha is also a Santa Catarina town; the complex is a district of Rio de Janeiro.
    text = ("Police raided the Penha complex in Rio de Janeiro on Thursday and exchanged "
            "fire with drug traffickers, killing four suspects.")
    events = coded_events(nlp, text, "2025-04-05")
    assert events
    assert {e.admin1 for e in events} == {"Rio de Janeiro"}


def test_a_camp_inside_a_game_reserve_is_placed_in_the_reserves_province(
        nlp: Language) -> None:
    # The reserve is a park of the supplement; the province it borders is not its own.
    text = ("Islamist fighters have set up a base inside the Niassa Reserve, which borders "
            "Cabo Delgado, the army said on Monday.")
    events = coded_events(nlp, text, "2025-06-02")
    assert events
    assert {e.admin1 for e in events} == {"Niassa"}


def test_taza_in_an_iraqi_report_is_the_kirkuk_town(nlp: Language) -> None:
    # Taza is also a Moroccan city; in a report on Iraq it is Taza Khurmatu, south of Kirkuk.
    text = ("Iraqi troops and Kurdish fighters exchanged mortar fire near Taza, south of "
            "Kirkuk, on Saturday, killing three Peshmerga, Iraqi officials said.")
    events = coded_events(nlp, text, "2025-06-08")
    assert events
    assert {e.admin1 for e in events} == {"Kirkuk"}


def test_taza_in_a_moroccan_report_stays_moroccan(nlp: Language) -> None:
    text = ("Jobless graduates demonstrating in Taza on Wednesday were scattered by Moroccan "
            "riot police, who detained nine of them.")
    events = coded_events(nlp, text, "2025-06-11")
    assert events
    assert {e.country for e in events} == {"Morocco"}
