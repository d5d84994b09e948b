"""Natural features: a national park where armed groups operate is coded at its point with
precision 2 (like a lake), and a sea told with "the" is not the land unit named after
it, while the state named after the sea still is that state."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from fixtures_places import place_mentions
from spacy.language import Language


def test_a_national_park_places_the_event_in_its_admin1(nlp: Language) -> None:
    text = ("Militants attacked an army post in the W National Park on Tuesday, killing "
            "eight soldiers, Benin's army said.")
    events = coded_events(nlp, text, "2025-02-13")
    assert events and events[0].location == "W National Park", describe(events)
    assert (events[0].admin1, events[0].geo_precision) == ("Alibori", 2), describe(events)


def test_the_sea_is_not_the_land_unit_named_after_it(nlp: Language) -> None:
    found = place_mentions(nlp, "The rebels attacked a cargo ship in the Red Sea on Friday.")
    assert found["Red Sea"].place is None


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in the Red Sea state on Friday.",
    "Police fired tear gas at protesters in Red Sea state on Friday.",
])
def test_the_state_named_after_the_sea_is_still_the_state(nlp: Language, text: str) -> None:
    place = place_mentions(nlp, text)["Red Sea"].place
    assert place is not None and (place.country, place.admin1) == ("Sudan", "Red Sea")
