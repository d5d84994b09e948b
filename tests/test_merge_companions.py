"""Companions told after a violent incident by one of its sides are part of it: the
attackers' bomb before an ambush, weapons recovered after a gun battle; a bomb with
victims the text names and an arrest told later stay events of their own; damage told
later with no doer of its own is the damage of the violence told before it."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2022, 9, 6))


def test_the_attackers_bomb_before_the_ambush_is_the_ambush(nlp: Language) -> None:
    text = ("JNIM fighters killed nine soldiers in an ambush on an army patrol near Djibo "
            "in northern Burkina Faso on Monday, security sources said.\n\n"
            "The JNIM fighters first set off a roadside bomb, then opened fire on the trucks.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].fatalities == 9


def test_a_bomb_with_named_victims_stays_its_own_event(nlp: Language) -> None:
    # the guard: victims the text names are no assumption
    text = ("Islamist fighters killed nine soldiers in an ambush on an army patrol near "
            "Djibo on Monday. Later that day militants set off a bomb at a market in "
            "Djibo, killing four traders.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Armed clash", "Remote explosive/landmine/IED"]


def test_weapons_recovered_after_a_gun_battle_are_part_of_it(nlp: Language) -> None:
    text = ("Two suspected militants were shot dead by police in a gun battle at a hideout "
            "in Garissa town on Friday. Officers recovered three rifles and a hundred rounds "
            "of ammunition from the house.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].fatalities == 2


def test_companions_told_after_are_companion_sub_types() -> None:
    from eventcoder.merge.folds import _companions_told_after
    from eventcoder.merge.words import _name_sets

    assert _companions_told_after() == {"Disrupted weapons use"}
    assert _companions_told_after() <= set(_name_sets("companion_hosts"))


def test_damage_told_after_is_a_companion_sub_type() -> None:
    from eventcoder.merge.folds import _damage_told_after
    from eventcoder.merge.words import _name_sets

    assert _damage_told_after() <= set(_name_sets("companion_hosts"))


def test_an_arrest_told_later_stays_its_own_event(nlp: Language) -> None:
    # only seized weapons join a violent incident from a later sentence
    text = ("Two suspected militants were shot dead by police in a gun battle at a hideout "
            "in Garissa town on Friday. Officers arrested four other men at a nearby market.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Armed clash", "Arrests"]


def test_arson_by_they_after_a_massacre_is_part_of_it(nlp: Language) -> None:
    # a plural pronoun points back to the attackers as "the gunmen" does
    text = ("Gunmen killed 18 villagers on Sunday in an attack on the village of Dogo in "
            "Niger's Tillaberi region, the defence ministry said.\n\n"
            "The attackers arrived on motorcycles at dawn and opened fire on farmers. They "
            "then burned the village granary and several huts before fleeing.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Attack"], events
    assert events[0].fatalities == 18


def test_arrests_told_with_weapons_seized_after_a_raid_are_part_of_it(nlp: Language) -> None:
    # arrests by the raid's forces, told with the rifles they seized in it
    text = ("Police stormed a gang hideout in Mombasa's Kisauni on Friday, and three gang "
            "members died in the gunfight that followed. Officers arrested 15 people and "
            "seized six rifles, the county commander said.")
    assert [e.sub_event_type for e in _events(nlp, text)] == ["Armed clash"]


def test_arrests_told_with_the_wounded_of_a_battle_are_part_of_it(nlp: Language) -> None:
    text = ("Kenyan troops fought al Shabaab fighters near Mandera on Friday, killing eight "
            "of them, the army said. Four soldiers were wounded and the troops arrested 12 "
            "suspects.")
    assert [e.sub_event_type for e in _events(nlp, text)] == ["Armed clash"]


def test_the_arrest_of_a_named_sides_commander_stays_its_own_event(nlp: Language) -> None:
    # the detention the fighting followed, of a commander of the other side
    text = ("Fighting between the army and the Shabaab broke out near Kolbio on Friday. "
            "It began after soldiers detained a Shabaab commander and seized his rifles.")
    assert sorted(e.sub_event_type for e in _events(nlp, text)) == ["Armed clash", "Arrests"]


def test_damage_told_after_with_no_doer_is_the_incident_damage(nlp: Language) -> None:
    # a passive line of burnt property after the raid names nobody who burnt it
    text = ("Bandits shot dead six herders when they raided a settlement near Isiolo on "
            "Thursday, the county police chief said. Two granaries and a church in the "
            "settlement were torched, residents said.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Attack"], events
    assert events[0].fatalities == 6


def test_arson_by_an_unidentified_group_after_a_raid_is_part_of_it(nlp: Language) -> None:
    # a doer the text does not identify ("a band of armed strangers") is no side apart
    # from the raid's attackers: the burning joins the raid told before it
    text = ("Raiders killed two people when they struck a settlement near Kapedo on "
            "Saturday. A band of armed strangers burned down a school in the settlement.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Attack"], events


def test_property_burnt_after_a_lynching_is_the_mob_violence(nlp: Language) -> None:
    text = ("A mob beat a suspected thief to death in Kisumu's Nyalenda on Wednesday, "
            "police said. Two houses belonging to his relatives were also torched.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Mob violence"], events


def test_property_destroyed_in_a_riot_told_later_is_the_riot(nlp: Language) -> None:
    text = ("Hundreds of youths pelted police with stones in Kisumu on Wednesday, angered by "
            "a trader's death, witnesses said. A dozen motorbikes were wrecked.")
    events = _events(nlp, text)
    assert [e.event_type for e in events] == ["Riots"], events


def test_damage_told_later_with_a_doer_of_its_own_stays_apart(nlp: Language) -> None:
    # the guard: a later line that names who burnt what, on another day, is its own event
    text = ("Bandits shot dead six herders when they raided a settlement near Isiolo on "
            "Thursday. On Saturday, youths from the settlement burnt the homes of three "
            "men they accused of guiding the raiders.")
    assert len(_events(nlp, text)) == 2


def test_damage_by_nobody_named_after_police_violence_stays_apart(nlp: Language) -> None:
    # the guard: after the forces' own violence, unnamed damage is rather someone else's
    text = ("Police shot dead two suspected robbers in Kisumu on Monday, the county police "
            "commander said. Two kiosks nearby were set on fire.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Attack", "Looting/property destruction"], types
