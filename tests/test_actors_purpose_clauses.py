"""Whom a strike was meant to hurt is not who it hit: a group named as the object of a
preposition in the infinitive clause of a participle of aim ("the air strikes were meant
to cut off supplies to Hezbollah") is no target of the strike (actors.
_party_of_the_purpose); with no one else named, the strike hit the country's civilians.
A group the strike hit, told in its own words, stays the target."""

from __future__ import annotations

import eventcoder


def _strikes(text: str) -> list[eventcoder.Event]:
    return [e for e in eventcoder.code(text, published="2024-10-15")
            if e.sub_event_type == "Air/drone strike"]


def test_the_party_of_a_strikes_purpose_is_no_target() -> None:
    strikes = _strikes("Israeli warplanes struck a fuel depot near the port of Tyre on "
                       "Tuesday, killing three workers. The army said the air strikes were "
                       "meant to cut off supplies to Hezbollah.")
    assert strikes
    assert all(e.actor2 == "Civilians (Lebanon)" for e in strikes), [e.actor2 for e in strikes]


def test_a_group_the_strike_hit_stays_its_target() -> None:
    strikes = _strikes("Israeli warplanes struck Hezbollah fighters near the port of Tyre on "
                       "Tuesday. The army said the air strikes were meant to cut off supplies "
                       "to the group.")
    assert strikes
    assert all(e.actor2 == "Hezbollah" for e in strikes), [e.actor2 for e in strikes]
