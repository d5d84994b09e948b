"""A thing a mob pelted or smashed, named with its owners' words ("a party's campaign
bus", "a party convoy"), is no victim: a mob that hit only things fought the forces
that stopped it, ACLED's second side. People it hit stay its victims."""

from __future__ import annotations

import eventcoder


def _mob(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Mob violence"]


def test_a_party_vehicle_stoned_is_no_victim() -> None:
    text = ("Officers used teargas to scatter youths who were hurling rocks at a Jubilee "
            "campaign bus in Nakuru on Saturday.")
    assert _mob(text) == ["Police Forces of Kenya (2013-)"]


def test_a_party_official_stoned_stays_the_victim() -> None:
    text = ("Officers used teargas to scatter youths who were hurling rocks at a Jubilee "
            "official in Nakuru on Saturday.")
    assert _mob(text) == ["Civilians (Kenya)"]
