"""Kenya's constituencies and wards (data/places/kenya_units.yaml) as places: read in
Kenyan text, held to the county the text names, never a place of a text about elsewhere."""

from __future__ import annotations

import pytest
from fixtures_places import event_place, place_mentions
from spacy.language import Language

from eventcoder.extract.places import place_flags


@pytest.fixture
def kenyan_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")


@pytest.mark.usefixtures("kenyan_feed")
def test_a_ward_places_the_event_in_its_county(nlp: Language) -> None:
    mention = event_place(nlp, "Gunmen attacked a police post in Hulugho late on Sunday.",
                          "attacked")
    assert mention.place is not None and mention.place.admin1 == "Garissa"
    assert mention.place.admin2 == "Ijara" and mention.geo_precision == 2


@pytest.mark.usefixtures("kenyan_feed")
def test_a_constituency_with_a_compass_word_is_known(nlp: Language) -> None:
    found = place_mentions(nlp, "Rustlers drove off forty cattle in Tigania East on Friday.")
    place = found["Tigania East"].place
    assert place is not None and place.admin1 == "Meru" and place.feature_code == "ADM2"


@pytest.mark.usefixtures("kenyan_feed")
def test_a_ward_of_another_county_than_the_named_one_is_not_taken(nlp: Language) -> None:
    # Kutulo is also a ward of Mandera: the county named after it rules that out.
    mention = event_place(nlp, "Militants pulled down a phone mast in Kutulo, Wajir County, "
                               "on Tuesday.", "pulled")
    assert mention.place is not None and mention.place.admin1 == "Wajir"
    # Sankuri is a ward of Garissa; the county in brackets says Lamu.
    mention = event_place(nlp, "A lorry hit a roadside bomb near Sankuri (Lamu county) on "
                               "Friday.", "hit")
    assert mention.place is not None and mention.place.admin1 == "Lamu"


@pytest.mark.usefixtures("kenyan_feed")
def test_an_aspirant_of_a_constituency_is_a_title(nlp: Language) -> None:
    text = "Youths beat up a Kuria East constituency aspirant outside a hotel in Nairobi."
    doc = nlp(text)
    flags = {doc.text[s:e]: label for (s, e), label in place_flags(doc).items()}
    assert "org" in flags["Kuria East"]
    mention = event_place(nlp, text, "beat")
    assert mention.place is not None and mention.place.admin1 == "Nairobi"


def test_a_ward_is_no_place_of_a_text_about_elsewhere(nlp: Language,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTCODER_COUNTRY", raising=False)
    found = place_mentions(nlp, "Deputies in Marion County, Indiana, searched homes near "
                                "Indianapolis and in Kiganjo for the missing boy.")
    kiganjo = found.get("Kiganjo")
    assert kiganjo is None or kiganjo.place is None
    assert found["Indianapolis"].place is not None


@pytest.mark.usefixtures("kenyan_feed")
@pytest.mark.parametrize(("county", "seat"), [
    ("Makueni", (-1.78, 37.63)),  # Wote
    ("Laikipia", (0.27, 36.54)),  # Rumuruti
    ("Kirinyaga", (-0.50, 37.28)),  # Kerugoya
])
def test_an_event_known_only_to_its_county_is_at_the_county_seat(
        nlp: Language, county: str, seat: tuple[float, float]) -> None:
    mention = event_place(nlp, f"Traders blocked a road in {county} County on Monday.",
                          "blocked")
    assert mention.place is not None and mention.place.admin1 == county
    assert mention.geo_precision == 3
    assert abs(mention.place.latitude - seat[0]) < 0.05
    assert abs(mention.place.longitude - seat[1]) < 0.05
