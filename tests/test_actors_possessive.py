"""A country's possessive scopes the actor word it owns, as a demonym does:
"Ethiopia's federal government" is Ethiopia's, wherever the event is placed."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "expected"), [
    # talks placed in the dateline's city abroad keep each party's own country
    ("PRETORIA, Nov 3 - Ethiopia's federal government and the Tigray People's Liberation "
     "Front agreed on Wednesday to a permanent cessation of hostilities.",
     ("Pretoria", "Government of Ethiopia", "TPLF")),
    ("PRETORIA, Nov 3 - The Ethiopian federal government and the Tigray People's "
     "Liberation Front agreed on Wednesday to a permanent cessation of hostilities.",
     ("Pretoria", "Government of Ethiopia", "TPLF")),
    # a foreign army fighting across the border is that country's army
    ("Somalia's army killed 20 al Shabaab fighters near Mandera on Wednesday.",
     ("Mandera", "Military Forces of Somalia", "Al Shabaab")),
])
def test_a_possessive_country_scopes_its_actor(text: str,
                                               expected: tuple[str, str, str]) -> None:
    events = eventcoder.code(text, published="2022-11-03")
    assert len(events) == 1, events
    place, actor1, actor2 = expected
    event = events[0]
    assert event.location == place
    assert (event.actor1 or "").startswith(actor1), event.actor1
    assert (event.actor2 or "").startswith(actor2), event.actor2
