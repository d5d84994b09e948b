"""A period named after a superlative or an ordinal ranks the news against the
conflict ("in what was the first use of drones as weapons in the conflict", "the
deadliest attack in the war this year"): it is no running toll's period, so the
day's count stays the event's."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_first_in_the_conflict_keeps_the_days_toll(nlp: Language) -> None:
    text = ("JUBA, March 4 (Reuters) - A drone dropped grenades on a cattle camp near "
            "Nasir on Monday, killing four herders and wounding 11, in what local "
            "officials called the first such strike in the conflict.")
    events = coded_events(nlp, text, "2025-03-04")
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike and strike[0].fatalities == 4 and strike[0].injured == 11, \
        describe(events)


def test_the_deadliest_in_the_war_keeps_the_days_toll(nlp: Language) -> None:
    text = ("KHARTOUM, May 9 (Reuters) - Shells hit a crowded market in El Fasher on "
            "Thursday, killing 23 people in the deadliest attack on the city in the war, "
            "medics said.")
    events = coded_events(nlp, text, "2024-05-09")
    assert events and events[0].fatalities == 23, describe(events)


def test_a_toll_of_the_conflict_is_still_a_running_total(nlp: Language) -> None:
    # no rank: "in the conflict" is the period of a total, not this day's count
    text = ("JUBA, March 4 (Reuters) - Militiamen attacked a cattle camp near Nasir on "
            "Monday, officials said. More than 300 herders have been killed in the "
            "conflict.")
    events = coded_events(nlp, text, "2025-03-04")
    assert events and all(e.fatalities != 300 for e in events), describe(events)
