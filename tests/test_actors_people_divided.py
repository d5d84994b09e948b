"""A battle between parts of one people ("rival Pokot clans", "the Maasai's two clans")
whose other side no words name: the people's militia is both sides."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_two_clans_of_one_people() -> None:
    assert _events("Two Pokot clans clashed over pasture near Tot on Sunday, leaving three "
                   "dead.") == [
        ("Armed clash", "Pokot Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)")]


def test_a_people_s_clans_set_against_each_other() -> None:
    assert _events("Two people were killed in a clash between the Maasai's two clans over "
                   "grazing land near Narok.") == [
        ("Armed clash", "Maasai Ethnic Militia (Kenya)", "Maasai Ethnic Militia (Kenya)")]


def test_a_people_against_the_police_is_no_division() -> None:
    assert _events("Pokot raiders clashed with police near Tot on Sunday.") == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Pokot Ethnic Militia (Kenya)")]
