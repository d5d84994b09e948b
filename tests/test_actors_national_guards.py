"""A national guard told without its country is the guard of the country the news is
about (a role word, like "troops"): Mexico's file listed "National Guard" as its own name,
so the guard of any other country (the United States', Ukraine's, Tunisia's) became the
Military Forces of Mexico. A country whose guard serves the interior ministry names it
police (role_aliases: Tunisia, Niger). Each test but the last fails on cfbf8df."""

from __future__ import annotations

import pytest

import eventcoder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-05-31")]


@pytest.mark.parametrize(("text", "guard"), [
    ("National Guard soldiers fired tear gas at stone-throwing crowds in downtown Portland, "
     "Oregon, on Thursday night, the city's police said.",
     "Military Forces of the United States"),
    ("KYIV, May 31 (Reuters) - Russian drones hit a National Guard post outside Sumy on "
     "Thursday, killing three guardsmen, the regional governor said.",
     "Military Forces of Ukraine"),
    ("TUNIS, May 31 (Reuters) - National Guard officers detained nine suspected militants "
     "near Kasserine on Thursday, the interior ministry said.",
     "Police Forces of Tunisia"),
])
def test_a_national_guard_is_its_own_country_s(text: str, guard: str) -> None:
    sides = _sides(text)
    assert sides and any((side or "").startswith(guard) for pair in sides for side in pair), \
        sides
    assert not any("Mexico" in (side or "") for pair in sides for side in pair), sides


def test_mexico_s_guard_stays_its_army() -> None:
    sides = _sides("CULIACAN, Mexico, May 31 (Reuters) - Gunmen ambushed a National Guard "
                   "convoy outside Culiacan on Thursday, killing two guardsmen, officials said.")
    assert sides and any((side or "").startswith("Military Forces of Mexico")
                         for pair in sides for side in pair), sides
