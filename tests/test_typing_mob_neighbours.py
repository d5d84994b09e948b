"""Neighbours who beat someone are an unorganised crowd: ACLED codes their
violence as mob violence (issue #3). Fails without 'neighbours' among the
crowd cues of data/triggers.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_woman_assaulted_by_her_neighbours(nlp: Language) -> None:
    text = "A woman was assaulted by her neighbours in Kisumu on Saturday."
    assert _types(nlp, text) == ["Mob violence"]


def test_neighbours_who_only_tell_are_no_mob(nlp: Language) -> None:
    text = ("Gunmen shot dead a shopkeeper in Kisumu on Saturday, "
            "his neighbours said.")
    assert _types(nlp, text) == ["Attack"]
