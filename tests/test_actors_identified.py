"""Unnamed attackers whom a clause identifies as a group's men ("the assailants, whom
officials identified as members of X", "gunmen whom police described as X fighters") are
that group; whoever identifies them is no side."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize("text", [
    "The attackers, whom police identified as members of Al Shabaab, shot dead two "
    "teachers in Mandera on Monday.",
    "Two teachers were shot dead in Mandera on Monday by gunmen whom police described as "
    "Al Shabaab fighters.",
])
def test_attackers_identified_as_a_group_are_that_group(text: str) -> None:
    events = [e for e in eventcoder.code(text, published="2019-06-03")
              if e.sub_event_type == "Attack"]
    assert [(e.actor1, e.actor2) for e in events] == [("Al Shabaab", "Civilians (Kenya)")]
