"""A definite event noun followed by a verb of occurring ("The attack took place near
Damboa") tells where the incident told before happened (merge.told_again._told_as_occurrence,
merge.yaml occurrence_verbs). Its actors are carried over or assumed (the ambushed
soldiers read as civilians), so as it was read it matched no incident and stood as an
Attack of its own; it now joins the incident by kind and place, as evidence, and gives
it its place. Fails without the rule; the guard keeps a second incident's retelling on
that incident."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None, int]]:
    return [(e.sub_event_type, e.location, e.actor2, e.fatalities)
            for e in eventcoder.code(text, published="2024-06-07")]


def test_the_attack_took_place_gives_the_ambush_its_place() -> None:
    assert _events("MAIDUGURI, Nigeria, June 7 (Reuters) - Islamist fighters ambushed an "
                   "army patrol in Nigeria's northeastern Borno state on Thursday, killing "
                   "seven soldiers, two military sources said. The attack took place near "
                   "the town of Damboa, about 80 km south of the state capital.") == [
        ("Armed clash", "Damboa", "Unidentified Armed Group (Nigeria)", 7)]


def test_a_second_incident_keeps_its_own_retelling() -> None:
    events = _events("MAIDUGURI, Nigeria, June 7 (Reuters) - Islamist fighters ambushed an "
                     "army patrol in Nigeria's northeastern Borno state on Thursday, killing "
                     "seven soldiers, two military sources said. In the northwest, gunmen "
                     "killed four villagers in Zamfara state on Wednesday. That attack took "
                     "place near the town of Gusau, police said.")
    assert [(sub, where) for sub, where, _, _ in events] == [
        ("Armed clash", "Borno"), ("Attack", "Gusau")]
