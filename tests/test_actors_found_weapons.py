"""A weapon found with no force told ("a bomb was found in a matatu", "pupils found an
unexploded device"): the police, who take such a device away, are the side that disrupted
it; a force that is told keeps its place."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_grenade_found_by_residents() -> None:
    assert _events("Residents found a grenade hidden in a sack near the market in Garissa "
                   "on Monday.") == [("Disrupted weapons use", "Unidentified Armed Group (Kenya)",
                                      "Police Forces of Kenya (2013-)")]


def test_soldiers_who_found_the_device_keep_their_place() -> None:
    events = _events("Soldiers found an explosive device buried on the road near Mandera on "
                     "Monday and destroyed it.")
    assert events and events[0][0] == "Disrupted weapons use"
    assert "Military Forces of Kenya (2013-)" in events[0][1:]
