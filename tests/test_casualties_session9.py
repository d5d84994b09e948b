"""Casualty rules of session 9: an arrest takes its toll only from its own sentence. The
people hurt or killed told after it are the violence's around it (a crowd storming the
station, a clash the detention set off), which ACLED codes as an event of its own."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_an_arrest_takes_no_toll_from_the_sentences_after_it(nlp: Language) -> None:
    text = ("Police detained a shopkeeper accused of blasphemy in Mardan on Thursday. "
            "Hundreds of people then stormed the police station and set it alight. "
            "Eleven people were injured.")
    events = coded_events(nlp, text, "2024-06-21")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all((e.injured, e.fatalities) == (0, 0) for e in arrests), \
        describe(events)
    assert any(e.injured == 11 for e in events if e.sub_event_type != "Arrests"), \
        describe(events)



def test_deaths_over_months_of_unrest_are_a_running_total(nlp: Language) -> None:
    text = ("Police fired tear gas at hundreds of opposition supporters in Kisumu on Monday. "
            "At least three people were shot dead. The crowd had come to a memorial for "
            "some 50 people killed, most of them by the police, in more than three months of "
            "unrest over the vote.")
    events = coded_events(nlp, text, "2024-06-18")
    assert events and max(e.fatalities for e in events) == 3, describe(events)


def test_a_death_told_at_another_place_is_not_this_incidents(nlp: Language) -> None:
    text = ("Raiders torched ten houses in Marigat on Sunday night, the police said. A "
            "herder was shot dead in Kabarnet as the raiders fled.")
    events = coded_events(nlp, text, "2024-03-11")
    torched = [e for e in events if e.location == "Marigat"]
    assert torched and all(e.fatalities == 0 for e in torched), describe(events)
