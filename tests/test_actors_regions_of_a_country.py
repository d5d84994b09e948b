"""A country's name qualified as a part of it ("northern Kenya", "eastern Ukraine") names a
region, a place: it is not the state's forces as a bare country name in a party's slot
is ("Ethiopia attacked ...")."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_region_of_the_country_is_no_side_of_a_riot() -> None:
    assert _events("Youths rioted as MPs toured northern Kenya to promote the new "
                   "constitution.") == [("Violent demonstration", "Rioters (Kenya)", None)]


def test_a_region_shelled_is_its_people() -> None:
    assert _events("Russian forces shelled eastern Ukraine on Monday, killing three "
                   "civilians.") == [("Shelling/artillery/missile attack",
                                      "Military Forces of Russia (2000-)", "Civilians (Ukraine)")]
