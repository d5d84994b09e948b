"""A mob's act only tried, or one the forces kept from happening ("a mob tried to lynch a
suspect before police intervened"), hurt no one: the mob fought the forces that stopped
it, ACLED's second side. An act done ("a mob lynched a suspect") keeps its victims."""

from __future__ import annotations

import pytest

import eventcoder


def _mob(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Mob violence"]


@pytest.mark.parametrize("text", [
    "A mob tried to lynch a suspected thief in Kisii town before police intervened.",
    "Police stopped an irate mob from lynching a suspected thief in Kisii town on Monday.",
])
def test_lynching_only_tried_or_prevented(text: str) -> None:
    assert _mob(text) == ["Police Forces of Kenya (2013-)"]


def test_lynching_done_keeps_its_victim() -> None:
    text = "A mob lynched a suspected thief in Kisii town before police intervened."
    assert _mob(text) == ["Civilians (Kenya)"]
