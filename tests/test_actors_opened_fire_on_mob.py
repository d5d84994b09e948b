"""Forces that "opened fire on" a mob shot at it as those that "fired on" it did: the
parser hangs the preposition on "opened", not on "fire", and both readings make the
forces the riot's second side."""

from __future__ import annotations

import pytest

import eventcoder


def _mob(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Mob violence"]


@pytest.mark.parametrize("text", [
    "Police opened fire on a mob that was beating a suspected thief in Kisumu, wounding two.",
    "A mob attacked a suspected thief in Kisumu before police opened fire on the crowd.",
])
def test_forces_that_opened_fire_on_the_mob(text: str) -> None:
    assert _mob(text) == ["Police Forces of Kenya (2013-)"]


def test_forces_that_opened_fire_elsewhere_are_no_side() -> None:
    text = ("A mob beat a suspected thief to death in Kisumu on Sunday. In another incident, "
            "police opened fire on a car at a roadblock in Nakuru.")
    assert _mob(text)[:1] == ["Civilians (Kenya)"]
