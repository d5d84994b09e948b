"""Unnamed armed men told as "of" or "from" a named armed group ("Rebels of the ADF",
"insurgents from the Allied Democratic Forces") belong to it: the group is their side
(actor_candidates._group_they_belong_to, read beside the leaders of a side), not an
unidentified armed group. A people's armed men keep their people's militia."""

from __future__ import annotations

import pytest

import eventcoder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2021-06-16")]


@pytest.mark.parametrize("text", [
    "Rebels of the ADF killed 12 villagers near Beni on Sunday, local officials said.",
    "Insurgents from the Allied Democratic Forces attacked an army post near Beni on Sunday, "
    "killing two soldiers.",
])
def test_men_of_a_named_group_fight_for_it(text: str) -> None:
    sides = _sides(text)
    assert sides and all("ADF: Allied Democratic Forces" in pair for pair in sides), sides


def test_a_peoples_armed_men_stay_its_militia() -> None:
    sides = _sides("Gunmen from the Maasai community attacked a village near Narok on Sunday, "
                   "killing two.")
    assert sides and sides[0][0] == "Maasai Ethnic Militia (Kenya)", sides
