"""An "attack" of illness ("suffered a heart attack", "a panic attack", "an asthma
attack in a cell") is no violence (issue #3; exclude_preceded_by "attack" in
triggers.yaml). A gun attack told beside a death of a heart attack still codes."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-05-10")]


def test_a_senator_with_a_heart_attack_is_no_event(nlp: Language) -> None:
    text = ("The opposition senator suffered a heart attack in parliament in Islamabad on "
            "Tuesday and was rushed to hospital.")
    assert _types(nlp, text) == []


def test_a_player_with_a_panic_attack_is_no_event(nlp: Language) -> None:
    text = "The striker suffered a panic attack before the match in Lagos, his coach said."
    assert _types(nlp, text) == []


def test_an_asthma_attack_in_a_cell_is_no_attack(nlp: Language) -> None:
    text = ("A detained reporter had an asthma attack in a police cell in Harare, her "
            "lawyer said on Monday.")
    assert "Attack" not in _types(nlp, text)


def test_a_gun_attack_beside_a_heart_attack_still_codes(nlp: Language) -> None:
    text = ("Gunmen fired on a bus in Peshawar on Monday, killing four passengers; a fifth "
            "man collapsed with a heart attack as he fled.")
    assert _types(nlp, text) == ["Attack"]
