"""A crowd word in apposition to a sentence's subject names the doers, also where
the parser took a fronted place for the subject and the crowd for its apposition
(issue #3: rival supporters fighting are mob violence, not a battle). Fails
without the apposition step of ``extract.typing_crowds.crowd_subject``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-02-12")]


def test_fronted_county_then_rival_supporters_clashing(nlp: Language) -> None:
    text = ("Tharaka Nithi, supporters of two ward candidates clashed outside a "
            "tallying centre on Sunday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_armed_subject_with_a_crowd_apposition_keeps_its_battle(nlp: Language) -> None:
    text = ("The gunmen, youths from a nearby village, attacked a police post in "
            "Wajir on Sunday.")
    assert "Mob violence" not in _types(nlp, text)
