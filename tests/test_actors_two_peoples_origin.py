"""One group word whose "from" phrase joins two peoples ("fighters from Maasai and
Kalenjin traded fire") tells the two sides of the battle, each people's
militia."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_militias_from_two_peoples_fought_each_other() -> None:
    assert ("Armed clash", "Maasai Ethnic Militia (Kenya)", "Kalenjin Ethnic Militia (Kenya)")\
        in _events("Fighters from Maasai and Kalenjin traded fire near a contested farm in "
                   "Narok on Tuesday, leaving one dead.")


def test_raiders_from_one_people_keep_the_civilians_they_hit() -> None:
    assert _events("Raiders from Pokot attacked a village in Turkana on Sunday.") == [
        ("Attack", "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)")]
