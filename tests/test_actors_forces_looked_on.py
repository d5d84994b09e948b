"""Forces told only watching a crowd ("Police watched from a distance as the protesters
took to the streets") did not intervene: a riot with no other force told has no second
side. Forces that watched and then acted ("watched and later fired tear gas at them")
intervened."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_forces_that_only_watched_are_no_side() -> None:
    assert _events("Protesters blocked the main roads in Homa Bay on Monday. Police watched "
                   "from a distance as the protesters took to the streets.") == [
        ("Violent demonstration", "Rioters (Kenya)", None)]


def test_forces_that_watched_then_acted_intervened() -> None:
    assert _events("Youths burned tyres on the Kisumu-Busia road as police watched and later "
                   "fired tear gas at them.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-)")]
