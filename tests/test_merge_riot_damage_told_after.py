"""Damage told after a riot, in a sentence of its own, by no one named ("Twelve stalls
were destroyed"), at the riot's place and on its day (or on none told), is the damage the
crowd did: it joins the riot (ACLED codes it in the riot), as looting told in the riot's
own sentence does (merge.folds._damage_of_the_incident; damage_told_after and companion_hosts
in data/merge.yaml). Damage by a side the text names, or on another day, stays apart."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_stalls_destroyed_after_a_market_clash_join_it(nlp: Language) -> None:
    text = ("Traders and hawkers clashed with county officers in the main market in Kisumu "
            "on Monday. Twelve stalls were destroyed, a police officer said.")
    events = coded_events(nlp, text, "2024-05-06")
    assert [e.sub_event_type for e in events] == ["Mob violence"], describe(events)


def test_stalls_soldiers_burned_two_days_later_stay_apart(nlp: Language) -> None:
    text = ("Traders and hawkers clashed with county officers in the main market in Kisumu "
            "on Monday. On Wednesday soldiers burned twelve stalls in the market, a police "
            "officer said.")
    events = coded_events(nlp, text, "2024-05-06")
    assert len(events) == 2, describe(events)


def test_looting_by_unidentified_men_after_a_riot_joins_it(nlp: Language) -> None:
    # an unidentified group is no side of its own after a riot: the crowd goes unnamed
    # (after other violence only a clause naming no doer at all joins)
    text = ("Angry residents clashed with traders in Kitale town on Friday over a land "
            "dispute, witnesses said. Suspected thugs looted several shops.")
    events = coded_events(nlp, text, "2024-05-10")
    assert [e.event_type for e in events] == ["Riots"], describe(events)
