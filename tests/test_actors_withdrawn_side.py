"""A peaceful handover's sentence that tells the side that left ("retook the town after
JNIM fighters withdrew", "after government troops withdrew without a fight") names the
handover's second side, as the sentences before it do (giver_told_before)."""

from __future__ import annotations

import eventcoder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-03-08")
            if e.sub_event_type == "Non-violent transfer of territory"]


def test_the_group_that_withdrew_gave_the_town_up() -> None:
    sides = _sides("Malian troops retook the town of Ber on Thursday after JNIM fighters "
                   "withdrew overnight without resistance, the army said.")
    assert sides and (sides[0][0] or "").startswith("Military Forces of Mali"), sides
    assert (sides[0][1] or "").startswith("JNIM"), sides


def test_the_troops_that_withdrew_gave_the_town_up() -> None:
    sides = _sides("Houthi fighters took over the town of Harib on Thursday after government "
                   "troops withdrew without a fight, residents said.")
    assert sides and sides[0] == ("Houthi Movement", "Military Forces of Yemen (2022-)"), sides
