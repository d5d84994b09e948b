"""The wounded told by their care: people a report says are being treated in hospital,
were admitted or taken to a hospital, or were hospitalised are the incident's injured
when the report counts no wounded otherwise; the dead taken to a hospital are not."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_people_treated_in_hospital_are_the_wounded(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, June 3 (Reuters) - Gunmen killed 12 people at "
            "a crowded market in Konduga on Sunday, police said. Officials said 31 people "
            "were being treated in hospital.")
    events = coded_events(nlp, text, "2024-06-03")
    assert events and events[0].fatalities == 12 and events[0].injured == 31, \
        describe(events)


def test_people_hospitalised_are_the_wounded(nlp: Language) -> None:
    text = ("DHAKA, July 18 (Reuters) - Police fired rubber bullets at students blocking a "
            "highway in Dhaka on Thursday, and 40 people were hospitalised, doctors said.")
    events = coded_events(nlp, text, "2024-07-18")
    assert events and events[0].injured == 40, describe(events)


def test_those_taken_to_hospital_among_the_wounded_add_nothing(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, June 3 (Reuters) - Gunmen attacked a market in Konduga on "
            "Sunday, killing five traders and wounding 14, nine of whom were taken to "
            "hospital, police said.")
    events = coded_events(nlp, text, "2024-06-03")
    assert events and events[0].injured == 14, describe(events)


def test_the_dead_taken_to_hospital_are_not_wounded(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, June 3 (Reuters) - Gunmen attacked a market in Konduga on "
            "Sunday, killing five traders, police said. The bodies of the five were taken "
            "to hospital.")
    events = coded_events(nlp, text, "2024-06-03")
    assert events and events[0].fatalities == 5 and events[0].injured == 0, describe(events)
