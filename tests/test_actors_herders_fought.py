"""Herders who are a side of a battle ("police fought running clashes with herders", "armed
herders shot a police officer") are an unidentified communal militia, ACLED's name for
armed pastoralists, not an unidentified armed group; herders a battle only hit stay no
side of it."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_herders_the_police_clashed_with() -> None:
    assert _events("Police fought running clashes with herders armed with spears near "
                   "Maralal on Tuesday, leaving two officers hurt.") == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Unidentified Communal Militia (Kenya)")]


def test_armed_herders_who_shot_an_officer() -> None:
    assert _events("Armed herders shot and injured a police officer near Rumuruti on Monday "
                   "after they were confronted.") == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Unidentified Communal Militia (Kenya)")]


def test_herders_killed_in_a_battle_are_no_side() -> None:
    assert _events("Three herders were killed when gunmen clashed with police reservists near "
                   "Baragoi on Monday.") == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")]
