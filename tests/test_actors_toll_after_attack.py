"""A report tells an attack, then its toll among the forces ("... raided a village.
Three police officers were killed"): the forces hit in the second sentence, which names
no one against them, fought the armed group the first sentence names."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_forces_killed_after_a_named_raid_fought_the_raiders() -> None:
    events = _events("Al Shabaab fighters raided a village near Mandera on Sunday night, "
                     "torching homes. Three police officers were killed in the fighting.")
    assert ("Armed clash", "Police Forces of Kenya (2013-)", "Al Shabaab") in events


def test_a_community_s_raiders_told_before_are_the_other_side() -> None:
    # the toll joins the raid: one battle, not a second one against unnamed men; the
    # police it wounded are the raiders' opponent (merge.sides._incident_sides: the raid, whose
    # trigger decided the type, places the sides; a vote once kept the toll's unnamed
    # attackers as the battle's second side)
    assert _events("Pokot raiders attacked a convoy of traders near Kapedo on Monday. Two "
                   "police officers were wounded.") == [
        ("Armed clash", "Pokot Ethnic Militia (Kenya)", "Police Forces of Kenya (2013-)")]


def test_unnamed_attackers_before_leave_the_side_unidentified() -> None:
    assert _events("Gunmen attacked a convoy of traders near Kapedo on Monday. Two police "
                   "officers were wounded.") == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")]
