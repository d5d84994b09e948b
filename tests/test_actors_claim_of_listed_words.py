"""A word for armed men that a country file lists ("insurgents", labelled a name but
resolving to the unidentified armed group) is as unnamed as "gunmen": the group that
claims the attack later in the report is its doer, also when the word opens the sentence
("Insurgents attacked ...", capitalised like a name)."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "claimant"), [
    ("Jihadist insurgents killed five farmers near Diffa on Thursday, officials said. "
     "Most villagers fled to the town. Boko Haram claimed the attack on Friday in a video.",
     "Boko Haram"),
    ("Insurgents attacked a village near Macomia on Thursday, beheading four people, "
     "officials said. Islamic State claimed responsibility for the raid on Friday.",
     "Islamic State"),
])
def test_a_claim_names_the_listed_words_attackers(text: str, claimant: str) -> None:
    events = eventcoder.code(text, published="2024-03-09")
    assert events and (events[0].actor1 or "").startswith(claimant), \
        [(e.actor1, e.actor2) for e in events]
