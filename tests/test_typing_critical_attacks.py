"""An "attack" qualified by a word of criticism ("a scathing attack on the budget",
"a stinging attack on the board") is harsh speech, no violence (issue #3;
exclude_preceded_by "attack" in triggers.yaml). A brazen attack by gunmen still codes."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-05-10")]


def test_a_scathing_attack_on_a_minister_is_speech(nlp: Language) -> None:
    text = ("The opposition leader launched a scathing attack on the finance minister over "
            "rising taxes in Lusaka on Monday.")
    assert _types(nlp, text) == []


def test_a_stinging_attack_on_the_commission_is_speech(nlp: Language) -> None:
    text = ("In a stinging attack on the electoral commission, a senator in Abuja said the "
            "count had been rigged.")
    assert _types(nlp, text) == []


def test_a_vitriolic_attack_on_a_law_is_speech(nlp: Language) -> None:
    text = ("The cleric made a vitriolic attack on the new family law during Friday prayers "
            "in Karachi.")
    assert _types(nlp, text) == []


def test_a_brazen_attack_by_gunmen_still_codes(nlp: Language) -> None:
    text = ("Gunmen carried out a brazen attack on a police post in Mandera on Monday, "
            "killing two officers.")
    assert _types(nlp, text) == ["Armed clash"]
