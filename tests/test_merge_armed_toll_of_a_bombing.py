"""Armed people killed or hurt with no doer and no fight told, after a bombing of the
story ("... Three officers were wounded"), are the bombing's victims: the toll joins
it without a type of its own, so the bombing is not outranked by a battle read from
the armed victims alone (merge.figures._armed_toll_of, data/merge.yaml armed_toll_hosts).
The bombing's doer named again by its weapon ("The bomber also died") tells the same
bombing, not another account of it (mention_ranking.retype_bombings_told_again)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events, describe
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 2, 14))


def test_officers_hurt_after_a_roadside_bomb_are_its_victims(nlp: Language) -> None:
    text = ("A bomb buried in the road exploded under a police truck near Mandera on "
            "Monday, the county commander said. Three officers were wounded.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"], (
        describe(events))
    assert events[0].injured == 3


def test_the_bomber_told_again_by_another_teller(nlp: Language) -> None:
    text = ("A suicide bomber blew himself up at the gate of a police station in Garissa "
            "on Monday, killing two officers, officials said.\n\n"
            "The bomber also died in the explosion, which wrecked the gate, a police "
            "commander said.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Suicide bomb"], describe(events)


def test_soldiers_killed_by_named_fighters_later_are_a_battle(nlp: Language) -> None:
    # the guard: a doer told with the armed victims makes a fight of its own
    text = ("A bomb buried in the road exploded under a police truck near Mandera on "
            "Monday. On Tuesday Al Shabaab fighters attacked an army camp in Lafey, "
            "killing two soldiers.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Armed clash", "Remote explosive/landmine/IED"]


def test_officers_hurt_where_gunfire_was_told_are_a_fights(nlp: Language) -> None:
    # the guard: gunfire at the forces told at the place makes the armed victims a fight's
    text = ("Men in a car threw a grenade at a police patrol in Wajir on Friday evening. "
            "The group also opened fire before driving off. Three officers were wounded.")
    events = _events(nlp, text)
    assert "Armed clash" in [e.sub_event_type for e in events], describe(events)


def test_an_attacker_named_after_an_air_strike_is_no_pilot(nlp: Language) -> None:
    # an air strike has no attacker on the scene: the man named is a later attack's
    text = ("Warplanes bombed a market in Maarat al-Numan on Monday, killing nine people, "
            "rescuers said.\n\n"
            "In Aleppo on Tuesday, a man stabbed two shoppers outside a bakery before "
            "police shot him dead. Hayat Tahrir al-Sham said the attacker was one of its "
            "fighters.")
    events = _events(nlp, text)
    assert "Attack" in [e.sub_event_type for e in events], describe(events)
    assert [e.sub_event_type for e in events].count("Air/drone strike") == 1, describe(events)
