"""A weapon system or war machine named like an organisation ("The Black Hawk was
carrying troops", "shot down by Pantsir air defence systems") is a weapon, never a side:
the tagger often reads such a name as an organisation, and the act's side is then the
one the story tells."""

from __future__ import annotations

import pytest

import eventcoder


def _actors(text: str) -> set[str]:
    """The sides' names and the words they were read from."""
    events = eventcoder.code(text, published="2025-02-11")
    return {a for e in events for a in (e.actor1, e.actor2) if a} | {
        ev.text for e in events for ev in e.evidence if ev.field in ("actor1", "actor2")}


@pytest.mark.parametrize(("text", "weapon"), [
    ("The Black Hawk was carrying eight soldiers to an outpost near Tame when an "
     "explosive-laden drone struck it on Monday, killing three of them, the army said.",
     "Black Hawk"),
    ("Six drones flew towards the Crimean port of Sevastopol overnight; four were shot down "
     "by Pantsir air defence systems over the bay, the governor said.", "Pantsir"),
])
def test_a_weapon_is_no_side(text: str, weapon: str) -> None:
    actors = _actors(text)
    assert actors
    assert not any(weapon in a for a in actors), actors
