"""A battle or a fight fought in courts, offices or at the polls ("a legal battle",
"an uphill battle", "a leadership battle") is a contest, not an Armed clash (issue #3;
the "armed_clash:battle" keys of exclude_preceded_by in triggers.yaml). A battle
between soldiers and militants stays an Armed clash."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_a_legal_battle_over_land_records_is_no_clash(nlp: Language) -> None:
    text = ("The governor lost a long legal battle over the county's land records in "
            "Nairobi on Tuesday.")
    assert _types(nlp, text) == []


def test_an_uphill_battle_for_a_seat_is_no_clash(nlp: Language) -> None:
    text = "The senator faces an uphill battle to keep his seat in Kisumu, analysts said."
    assert _types(nlp, text) == []


def test_a_leadership_battle_in_a_party_is_no_clash(nlp: Language) -> None:
    text = ("A bitter leadership battle gripped the ruling party's branch in Nakuru on "
            "Thursday as two officials claimed the chair.")
    assert _types(nlp, text) == []


def test_soldiers_battling_militants_stay_a_clash(nlp: Language) -> None:
    text = ("Soldiers fought a fierce battle with militants near Garissa on Monday, "
            "leaving six fighters dead.")
    assert _types(nlp, text) == ["Armed clash"]
