"""Drones or missiles that forces 'destroyed' were stopped, as if shot down: Disrupted
weapons use by the forces that destroyed them, with the state whose weapons they were as
actor2 (issue #3). Needs drone words among the weapons_noun cues (data/triggers.yaml), so
the seizure relation reads 'destroyed 27 drones' as a weapon disrupted, not a property
destroyed; the drones destroyed are no aircraft that delivered anything (no air strike);
and 'destroyed' among the actors' in-flight verbs (data/actor_words.yaml)."""

from __future__ import annotations

import eventcoder

_DISR = "Disrupted weapons use"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2024-09-02")]


def test_drones_destroyed_by_air_defence_are_disrupted() -> None:
    text = ("The Russian army's air defence batteries destroyed 14 Ukrainian drones over "
            "the Belgorod region on Sunday night.")
    assert _events(text) == [
        (_DISR, "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")]


def test_anti_aircraft_units_deliver_nothing_from_the_air() -> None:
    text = ("Belgorod's governor said anti-aircraft units destroyed 14 Ukrainian drones "
            "over the region on Sunday night.")
    assert [t for t, _, _ in _events(text)] == [_DISR]


def test_aircraft_that_destroyed_a_depot_still_strike() -> None:
    # the aircraft is the doer here, not what was destroyed
    types = [t for t, _, _ in _events(
        "Israeli jets destroyed a weapons depot near Hodeidah on Sunday, the army said.")]
    assert types == ["Air/drone strike"]
