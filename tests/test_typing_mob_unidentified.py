"""A crowd word that nobody could name ("unidentified youths", "unknown
villagers") is no identified crowd: ACLED codes doers nobody could identify as an
unidentified armed group, so their attack on civilians is an Attack, not mob
violence (issue #3). Fails without the unknown-doer checks of
``extract.typing_crowds.crowd_agent`` and ``typing_crowds.crowd_subject``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-04-05")]


def test_unidentified_youths_attacking_traders(nlp: Language) -> None:
    text = "Unidentified youths attacked two traders at a market in Kisumu on Friday."
    assert _types(nlp, text) == ["Attack"]


def test_named_youths_attacking_traders_are_a_mob(nlp: Language) -> None:
    text = "Youths attacked two traders at a market in Kisumu on Friday."
    assert _types(nlp, text) == ["Mob violence"]
