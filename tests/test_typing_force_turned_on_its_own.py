"""State forces that harm their own fellows ("a constable shot dead three colleagues",
"a sergeant shot his commander"): the victims belong to the doer's force and are armed
as he is, so ACLED codes a clash with that force on both sides (issue #3;
typing_armed._fellow_of_the_doer, MARK_OWN_FORCE in actors). Kenya notes 5271558 and
5271530 (gold: police against police). The first two fail without the rule; the guards
keep a named group's commander and a civilian victim as they were."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_constable_who_shot_his_colleagues(nlp: Language) -> None:
    text = ("Police in Meru arrested a constable who shot dead three colleagues at a "
            "police post on Sunday night.")
    events = coded_events(nlp, text, "2012-06-04")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya (2002-2013)",
         "Police Forces of Kenya (2002-2013)")], describe(events)


def test_sergeant_who_shot_his_commander(nlp: Language) -> None:
    text = ("An army sergeant shot dead his commander at a camp near Garissa before "
            "killing himself, officials said.")
    events = coded_events(nlp, text, "2012-06-04")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
    assert events[0].actor1 == events[0].actor2, describe(events)


def test_commander_of_a_rebel_group_is_not_a_fellow(nlp: Language) -> None:
    text = "Soldiers shot dead a rebel commander near Beni on Sunday, the army said."
    events = coded_events(nlp, text, "2019-03-11")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
    assert events[0].actor1 != events[0].actor2, describe(events)


def test_officer_who_shot_a_trader_stays_an_attack(nlp: Language) -> None:
    text = "A constable gunned down a trader near Meru late on Sunday, residents said."
    events = coded_events(nlp, text, "2012-06-04")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)


def test_colleagues_counted_among_a_rampage_toll_stay_an_attack(nlp: Language) -> None:
    # (note 5271458: a partitive names a part of the larger toll told before)
    text = ("A constable gunned down nine people at two bars near Embu late on Sunday. "
            "The constable also killed two of his colleagues in the first bar.")
    events = coded_events(nlp, text, "2012-06-04")
    assert {e.sub_event_type for e in events} == {"Attack"}, describe(events)
