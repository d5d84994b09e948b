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
