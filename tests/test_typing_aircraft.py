"""An aircraft or drone as the subject of a strike verb makes an air/drone strike,
whoever it kills: ACLED types the event by how the violence was delivered."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "actor1"), [
    ("An Israeli drone struck a car near Bint Jbeil on Tuesday, killing two Hezbollah "
     "fighters.", "Military Forces of Israel"),
    ("A Turkish drone hit a vehicle near Qamishli on Tuesday, killing three SDF fighters.",
     "Military Forces of Turkey"),
    ("Russian warplanes pounded rebel positions near Kafr Nabl on Tuesday, killing six "
     "fighters.", "Military Forces of Russia"),
])
def test_aircraft_subject_is_an_air_strike(text: str, actor1: str) -> None:
    events = eventcoder.code(text, published="2024-02-21")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert (events[0].actor1 or "").startswith(actor1)


def test_a_drone_that_is_hit_is_no_strike() -> None:
    assert eventcoder.code("The drone was hit by anti-aircraft fire over the sea.",
                           published="2024-02-21") == []
