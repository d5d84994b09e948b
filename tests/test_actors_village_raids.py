"""Villages named as where the victims lived ("gunmen raided three villages") do not make
the raiders a communal militia; villages set against each other ("an attack between two
villages") do."""

from __future__ import annotations

import eventcoder


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_raided_villages_are_only_where_the_victims_lived() -> None:
    assert _sides("Gunmen raided three villages near Witu on Sunday, killing two residents "
                  "and torching several houses.")[0] == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_villages_set_against_each_other_are_communal_militias() -> None:
    assert _sides("Two people were killed on Sunday in an attack between two villages over "
                  "a disputed boundary near Kisumu.") == [
        ("Armed clash", "Unidentified Communal Militia (Kenya)",
         "Unidentified Communal Militia (Kenya)")]
