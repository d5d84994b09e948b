"""A fight told as "clashes between X and Y" has X and Y as its sides: armed people
named before the pair among its dead or wounded ("two people including a police
reservist were killed in clashes between ...") are casualties, not a side."""

from __future__ import annotations

import pytest

import eventcoder


def _clash(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("text", [
    "Two people including a police reservist were killed in clashes between Samburu and "
    "Pokot herders near Baragoi on Sunday.",
    "Two people including a police reservist were killed in clashes between the Samburu "
    "and the Pokot near Baragoi on Sunday.",
])
def test_the_pair_between_are_the_sides(text: str) -> None:
    assert _clash(text) == [("Samburu Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)")]


def test_forces_that_fought_stay_a_side() -> None:
    text = "Police and Pokot raiders clashed near Baragoi on Sunday, leaving two reservists dead."
    assert _clash(text) == [("Police Forces of Kenya (2013-)", "Pokot Ethnic Militia (Kenya)")]
