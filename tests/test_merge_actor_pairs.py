"""One event per actor pair, place and day: a crowd's killing of a passer-by and a riot
against the police in the same town and day are two events, while a crowd the actor
stage makes both doer and victim stays part of the riot it is told with."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 4, 12))


def test_a_mob_killing_stays_apart_from_the_riot_against_police(nlp: Language) -> None:
    text = ("KISII, Kenya, April 12 - Rioters hurled stones at police officers and set fire "
            "to a police post in Kisii town on Tuesday, wounding four officers, police said."
            "\n\nAlso in Kisii on Tuesday, a crowd beat a shopkeeper to death after accusing "
            "him of selling stolen phones, witnesses said.")
    events = _events(nlp, text)
    by_type = {e.sub_event_type: e for e in events}
    assert sorted(by_type) == ["Mob violence", "Violent demonstration"], events
    assert by_type["Mob violence"].actor2 == "Civilians (Kenya)"
    assert by_type["Mob violence"].fatalities == 1
    assert by_type["Violent demonstration"].fatalities == 0


def test_a_running_battle_with_the_crowd_is_the_riot(nlp: Language) -> None:
    # the guard: the crowd is no victim of its own
    text = ("Two police officers were injured on Tuesday during a demonstration by Kisii "
            "residents over the death of a teacher. The police fought running battles with "
            "the angry residents.")
    types = [e.sub_event_type for e in _events(nlp, text)]
    assert types == ["Violent demonstration"], types
