"""A place handed over peacefully, in a sentence that names only who moved in ("troops
moved back into the town without a shot being fired"), was given up by the armed side
the sentences before tell pulling out of it or handing it over: that side is the
transfer's second actor. A side told only as taking part stays out."""

from __future__ import annotations

import eventcoder


def _transfers(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-03-12")
            if e.sub_event_type == "Non-violent transfer of territory"]


def test_the_side_that_pulled_out_gave_the_town_up() -> None:
    sides = _transfers(
        "MOGADISHU, March 12 - Al Shabaab pulled its fighters out of the town of Bulo Burde "
        "over the weekend and handed it over to elders, residents said. Somali soldiers moved "
        "into the district offices on Monday without a shot being fired, an officer said.")
    assert [a2 for _, a2 in sides] == ["Al Shabaab"]


def test_a_side_that_did_not_withdraw_is_no_giver() -> None:
    sides = _transfers(
        "MOGADISHU, March 12 - Al Shabaab fighters attacked a checkpoint near Bulo Burde "
        "last month, residents said. Somali soldiers moved into the district offices on "
        "Monday without a shot being fired, an officer said.")
    assert [a2 for _, a2 in sides] == [None]
