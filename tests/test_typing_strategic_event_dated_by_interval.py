"""An event noun that a measured interval places before or after the event told ("The
ambush came a week after air strikes on militant camps", "two days after an attack on
a church") dates that event: it is the earlier one, background, even with a place or
target of its own; an interval of hours may still be one chain of violence and is not
read so (filters.references._refers_back, interval_nouns in data/filters.yaml)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_LEAD = ("Gunmen ambushed a police convoy near Garissa on Monday, killing two officers. ")


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_strikes_a_week_before_the_ambush_are_background(nlp: Language) -> None:
    text = _LEAD + "The ambush came a week after air strikes on militant camps in southern Somalia."
    assert _types(nlp, text) == ["Armed clash"]


def test_an_attack_hours_later_is_its_own_event(nlp: Language) -> None:
    text = _LEAD + "Hours after the ambush, militants attacked a police post in Mandera."
    assert _types(nlp, text) == ["Armed clash", "Armed clash"]
