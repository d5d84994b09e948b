"""A community, clan or tribe word that qualifies a person's title ("a community leader",
"clan elders") says who the victim is, not that the violence was communal or ethnic: the
unnamed gunmen stay an unidentified armed group."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_community_leader_shot_by_gunmen() -> None:
    assert _events("Gunmen shot dead a community leader in Garissa on Monday.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_clan_elders_attacked_by_gunmen() -> None:
    assert ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)") in _events(
        "Gunmen attacked clan elders at a meeting in Wajir on Tuesday, killing two.")


def test_communal_violence_keeps_its_militia() -> None:
    assert ("Attack", "Unidentified Communal Militia (Kenya)", "Civilians (Kenya)") in _events(
        "Gunmen killed two people in intercommunal violence in Marsabit on Friday.")
