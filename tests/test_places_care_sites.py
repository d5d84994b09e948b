"""Where the hurt are treated ("in hospitals in Kaduna and Zaria") is the place of their
care, not where they were hurt, like a hospital reached after a direction word ("taken
to hospital in Kaduna"): a sentence telling the care of an attack's wounded stays at the
attack's place and joins it."""

from __future__ import annotations

import eventcoder


def test_the_wounded_treated_in_two_towns_join_the_attack() -> None:
    text = ("Gunmen attacked the village of Kauru in Kaduna state on Sunday, killing 40 "
            "people, a local official said.\n\n"
            "More than 60 people were being treated for gunshot wounds in hospitals in "
            "Kaduna and Zaria.")
    events = eventcoder.code(text, published="2024-01-09")
    assert [e.sub_event_type for e in events] == ["Attack"]
