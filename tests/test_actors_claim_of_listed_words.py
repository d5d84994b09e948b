"""A word for armed men that a country file lists ("insurgents", labelled a name but
resolving to the unidentified armed group) is as unnamed as "gunmen": the group that
claims the attack later in the report is its doer."""

from __future__ import annotations

import eventcoder


def test_a_claim_names_the_listed_words_attackers() -> None:
    events = eventcoder.code(
        "Jihadist insurgents killed five farmers near Diffa on Thursday, officials said. "
        "Most villagers fled to the town. Boko Haram claimed the attack on Friday in a video.",
        published="2024-03-09")
    assert events and events[0].actor1 is not None and events[0].actor1.startswith("Boko Haram"), \
        [(e.actor1, e.actor2) for e in events]
