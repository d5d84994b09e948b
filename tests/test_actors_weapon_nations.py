"""A country's word on the weapon that did the act ("Israeli tank shells struck a
school", "killed by Turkish howitzers") names that country's forces as the doer, as "Russian
warplanes" does, for any weapon or ordnance word (ordnance_nouns, weapon_heads), not only
the pairs a country file lists. Where a weapon was made ("Iranian-made drones") names
no side."""

from __future__ import annotations

import eventcoder


def _doers(text: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text, published="2024-03-08")]


def test_a_nations_shells_are_its_forces() -> None:
    doers = _doers("Israeli tank shells struck a school sheltering displaced families in "
                   "Jabalia on Thursday, killing nine people, medics said.")
    assert doers and (doers[0] or "").startswith("Military Forces of Israel"), doers


def test_a_nations_guns_as_the_agent() -> None:
    doers = _doers("Two farmers were killed by Turkish howitzers near Tal Tamr on Thursday, "
                   "a war monitor said.")
    assert doers and (doers[0] or "").startswith("Military Forces of Turkey"), doers


def test_where_a_weapon_was_made_names_no_side() -> None:
    doers = _doers("Iranian-made drones struck an electricity substation in Kharkiv on "
                   "Thursday, killing two workers, officials said.")
    assert doers and not any(d and "Iran" in d for d in doers), doers
