"""Bare "soldiers" or "troops" in what a foreign army's spokesman says are that army's,
not the army of the country the event is in."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_soldiers_told_by_a_foreign_armys_spokesman(nlp: Language) -> None:
    text = ("DIFFA, Niger, March 3 (Reuters) - A Chadian army spokesman said soldiers had "
            "exchanged fire with Boko Haram fighters near Diffa on Sunday and had pushed "
            "them back across the river.")
    events = coded_events(nlp, text, "2024-03-03")
    sides = {a for e in events for a in (e.actor1, e.actor2) if a}
    assert any(a.startswith("Military Forces of Chad") for a in sides), describe(events)
    assert not any(a.startswith("Military Forces of Niger") for a in sides), describe(events)


def test_soldiers_told_by_a_local_police_spokesman_stay_local(nlp: Language) -> None:
    text = ("DIFFA, Niger, March 3 (Reuters) - A police spokesman said soldiers had "
            "exchanged fire with Boko Haram fighters near Diffa on Sunday.")
    events = coded_events(nlp, text, "2024-03-03")
    sides = {a for e in events for a in (e.actor1, e.actor2) if a}
    assert any(a.startswith("Military Forces of Niger") for a in sides), describe(events)
