"""Several towns hit, listed in one sentence ("shelled villages near X, Y and Z"): one
event per town (ACLED: one event per location); the stated toll stays on the first
town's event, the others get none. A list of units, a route's ends or a list after
"between" is no set of places hit; nor is a protest in several towns."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from fixtures_places import place_mentions
from spacy.language import Language


def test_each_town_of_a_list_of_places_shelled_is_an_event(nlp: Language) -> None:
    text = ("Russian forces shelled homes in Kupiansk, Izium and Balakliia on Tuesday, "
            "killing four people, the regional governor said.")
    events = coded_events(nlp, text, "2023-05-09")
    shelled = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [e.location for e in shelled] == ["Kupyansk", "Izyum", "Balakliya"], \
        describe(events)
    assert [e.fatalities for e in shelled] == [4, 0, 0]  # no per-town toll told


def test_a_town_the_model_calls_a_person_is_still_listed(nlp: Language) -> None:
    # the second name of "X, Y and Z" is a place when the name before it is one (the
    # model reads it as a person's name)
    text = ("Militants attacked army posts near the towns of Dessie, Kombolcha and "
            "Weldiya on Sunday, a regional official said.")
    assert {"Dessie", "Kombolcha", "Weldiya"} <= set(place_mentions(nlp, text))


def test_a_list_of_districts_is_no_list_of_towns_hit(nlp: Language) -> None:
    text = ("Gunmen attacked police posts in the Mandera, Wajir and Garissa districts "
            "on Friday, killing two officers.")
    events = coded_events(nlp, text, "2019-06-08")
    assert len([e for e in events if e.event_type != "Strategic developments"]) == 1, \
        describe(events)


def test_protests_in_several_towns_stay_one_event(nlp: Language) -> None:
    text = "Teachers in Nyeri, Embu and Meru marched on Monday to demand unpaid salaries."
    events = coded_events(nlp, text, "2024-02-12")
    assert [e.location for e in events] == ["Nyeri"], describe(events)


def test_each_object_struck_in_its_own_town_is_an_event(nlp: Language) -> None:
    # "hit A's X and a Y in B": conjoined objects, each with its own town
    text = ("Russian missiles hit an energy facility in Odesa and a warehouse in Dnipro "
            "on Monday, killing two people, officials said.")
    events = coded_events(nlp, text, "2024-03-05")
    hit = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [e.location for e in hit] == ["Odesa", "Dnipro"], describe(events)
    assert [e.fatalities for e in hit] == [2, 0]


def test_a_second_act_in_another_town_is_no_object_struck(nlp: Language) -> None:
    # a second verb with its own place is its own mention, not a conjoined object
    text = "Police dispersed a rally in Nairobi and arrested a student in Kisumu on Friday."
    events = coded_events(nlp, text, "2024-03-02")
    assert "Kisumu" not in [e.location for e in events
                            if e.sub_event_type == "Protest with intervention"], \
        describe(events)
