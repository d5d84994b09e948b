"""A vague amount asked after ("did not say how many people died") states no count:
the toll stays untold rather than ACLED's figure for "many"."""

from __future__ import annotations

import eventcoder


def test_how_many_is_no_toll() -> None:
    text = ("Police said gunmen attacked a village near Garissa on Sunday. They did not say "
            "how many people had been killed.")
    events = eventcoder.code(text, published="2024-02-12")
    assert [e.fatalities for e in events] == [0]
