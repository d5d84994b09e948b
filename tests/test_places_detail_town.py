"""A lead that places its act only in a first-level unit ("in Borno state") is placed
at the town the next sentence names inside that unit, when that sentence tells no act
of its own: the detail says where in the unit it was. A town someone travelled from or
to, or one in another unit, does not place it."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_the_next_sentence_places_the_lead_in_its_unit(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, March 4 (Reuters) - A landmine planted on a road in "
            "Nigeria's northeastern Borno state blew up under a truck on Monday, killing "
            "six farmers, police said.\n\n"
            "The truck had left the village when it hit the device near Gwoza, a police "
            "spokesman said.")
    events = coded_events(nlp, text, "2025-03-04")
    assert events and events[0].location == "Gwoza", describe(events)


def test_a_journeys_end_does_not_place_the_lead(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, March 4 (Reuters) - A landmine planted on a road in "
            "Nigeria's northeastern Borno state blew up under a truck on Monday, killing "
            "six farmers, police said.\n\n"
            "The truck was carrying the farmers to Gwoza, a police spokesman said.")
    events = coded_events(nlp, text, "2025-03-04")
    assert events and events[0].location != "Gwoza" and events[0].admin1 == "Borno", \
        describe(events)


def test_a_town_of_another_unit_does_not_place_the_lead(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, March 4 (Reuters) - A landmine planted on a road in "
            "Nigeria's northeastern Borno state blew up under a truck on Monday, killing "
            "six farmers, police said.\n\n"
            "The road is used by traders who sell grain in Yola, a police spokesman said.")
    events = coded_events(nlp, text, "2025-03-04")
    assert events and events[0].admin1 == "Borno", describe(events)
