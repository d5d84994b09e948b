"""One night's attack told from its evening and from its morning ("an overnight raid"
dated by the statement's day before, "arrived late on Friday ... until the early hours of
Saturday") is one incident, not two attacks on consecutive days (issue #3); an attack told
in daylight on the next day stays its own."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("KANO, Nigeria, Sept 8 (Reuters) - Gunmen killed at least 30 people in an overnight "
        "raid on the village of Tungar Kahau in Nigeria's northwestern Zamfara state, police "
        "said on Sunday.\n\n")


def test_the_evening_and_the_morning_of_one_raid_are_one_event(nlp: Language) -> None:
    text = LEAD + ("The gunmen rode in on motorcycles late on Friday and kept shooting "
                   "villagers until the early hours of Saturday, a police spokesman said.")
    events = coded_events(nlp, text, "2024-09-08")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1, describe(events)


def test_a_sentence_dated_by_the_night_before_it_is_that_night(nlp: Language) -> None:
    # the wounded sentence has no day of its own: it is dated by the detail's Friday,
    # whose sentence tells the night
    text = LEAD + ("The gunmen rode in on motorcycles late on Friday and kept shooting "
                   "villagers until the early hours of Saturday, a police spokesman said. "
                   "More than 40 wounded villagers were taken to hospitals in Gusau.")
    events = coded_events(nlp, text, "2024-09-08")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1, describe(events)


def test_a_raid_on_the_next_day_in_daylight_stays_apart(nlp: Language) -> None:
    text = LEAD + ("On Sunday afternoon gunmen on motorcycles attacked the village of Tungar "
                   "Kahau again, killing four villagers who had stayed, residents said.")
    events = coded_events(nlp, text, "2024-09-08")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 2, describe(events)
