"""Forces told as led by a state ("Saudi-led warplanes", "French-led troops") are the
leading state's forces, as its demonym before them would make them (actor_candidates.
_led_gap, read in _merge_modifiers); before, the words were the event country's own
army."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "wanted"), [
    ("Saudi-led warplanes bombed a wedding party in Hajjah province on Sunday, killing 20 "
     "people, medics said.", "Military Forces of Saudi Arabia"),
    ("French-led troops killed 15 militants near Menaka on Tuesday, the army said.",
     "Military Forces of France"),
])
def test_forces_led_by_a_state_are_its_forces(text: str, wanted: str) -> None:
    events = eventcoder.code(text, published="2018-06-16")
    assert events and all((e.actor1 or "").startswith(wanted) for e in events), \
        [e.actor1 for e in events]
