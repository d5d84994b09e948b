"""State forces coordinated with a crowd as the subjects of a fight ("Police and hawkers
clashed") are the crowd's other side in its Mob violence, not a second crowd of rioters;
rival crowds that the police only broke up later stay rioters on both sides."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_police_and_hawkers_clashed() -> None:
    assert _events("Police and hawkers clashed in Nakuru on Monday over the removal of market "
                   "stalls.") == [
        ("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-)")]


def test_police_and_a_mob_clashed() -> None:
    assert _events("Police and a machete-wielding mob clashed in Kerugoya when the mob tried to "
                   "attack a returning officer.") == [
        ("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-)")]


def test_rival_crowds_broken_up_later_stay_rioters() -> None:
    assert _events("Rival groups of supporters clashed at a rally in Chuka on Saturday. Police "
                   "intervened and dispersed them.") == [
        ("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")]
