"""A fight or battle against a cause, an ill or a law ("the fight against
terrorism", "fighting corruption", "a battle against the new bill") meets no foe:
no Armed clash (issue #3; the armed_clash lists of exclude_followed_by in
triggers.yaml, the "class:phrase next-word" keys for a preposition between).
Troops fighting militants stay an Armed clash."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_leaders_praising_a_fight_against_terrorism_code_nothing(nlp: Language) -> None:
    text = ("County leaders in Garissa on Monday thanked the police for their long fight "
            "against global terrorism.")
    assert _types(nlp, text) == []


def test_a_fight_against_extremism_needing_money_codes_nothing(nlp: Language) -> None:
    text = ("A senator told a forum in Nairobi on Monday that the fight against extremism "
            "in schools needed more money.")
    assert _types(nlp, text) == []


def test_a_party_fighting_against_a_bill_codes_no_clash(nlp: Language) -> None:
    text = ("Opposition members in Nairobi on Monday vowed to keep fighting against the "
            "finance bill in the assembly.")
    assert "Armed clash" not in _types(nlp, text)


def test_a_pledge_to_keep_fighting_corruption_codes_nothing(nlp: Language) -> None:
    text = "The new governor of Kakamega pledged on Monday to keep fighting corruption."
    assert _types(nlp, text) == []


def test_soldiers_fighting_militants_stay_a_clash(nlp: Language) -> None:
    text = ("Soldiers fought against al-Shabaab militants near Kolbio on Tuesday, and "
            "three militants were killed.")
    assert _types(nlp, text) == ["Armed clash"]
