"""A toll of armed men whose clause names no doer ("Four policemen were killed", "one of
its soldiers died"), told after a fight of the story at its place and day, counts that
fight's dead: it joins the battle, its figure added to the other side's, whatever sides
the actor stage read from the victims and their teller (merge.driver._armed_victims_alone,
typing_armed.ARMED_VICTIMS_ALONE)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events, describe
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2022, 5, 11))


def test_forces_dead_told_alone_join_the_fight_told_before(nlp: Language) -> None:
    text = ("Al Shabaab fighters raided an army base outside Mandera on Tuesday and troops "
            "killed nine of the attackers in the fighting that followed, the military said. "
            "Three police officers and two soldiers were killed.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
    assert events[0].fatalities == 14, describe(events)
    assert events[0].actor2 == "Al Shabaab", describe(events)


def test_a_mission_telling_of_its_own_dead_is_no_side(nlp: Language) -> None:
    text = ("Al Shabaab fighters attacked a base near Baidoa on Tuesday and Somali troops "
            "fought them off, killing 12 of the attackers. The African Union mission said "
            "one of its Ugandan peacekeepers had died.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
    assert events[0].fatalities == 13, describe(events)


def test_forces_dead_told_at_another_place_and_day_stay_apart(nlp: Language) -> None:
    # the guard: the toll of another town and day is another fight
    text = ("Al Shabaab fighters raided an army base outside Mandera on Tuesday. In Wajir "
            "on Wednesday, three police officers and two soldiers were killed.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events].count("Armed clash") == 2, describe(events)


def test_soldiers_killed_by_named_fighters_stay_their_own_fight(nlp: Language) -> None:
    # the guard: a doer told in the clause makes another fight
    text = ("Insurgents raided a police post outside Mandera on Tuesday and officers shot "
            "dead nine of them. In Wajir on Wednesday, Al Shabaab fighters killed three "
            "soldiers at a checkpoint.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events].count("Armed clash") == 2, describe(events)
