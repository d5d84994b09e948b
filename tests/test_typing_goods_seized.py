"""Goods and evidence seized in a search ("the documents seized from his home", "the
items seized in the search") are things taken, not a place overtaken by a side
(issue #3; the "territory_capture:seized" keys of exclude_preceded_by in
triggers.yaml). Militants seizing a town stay a territorial capture."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_documents_seized_from_a_home_take_no_territory(nlp: Language) -> None:
    text = ("Investigators would not comment on the documents seized from the senator's "
            "office in Nairobi on Friday.")
    assert _types(nlp, text) == []


def test_items_seized_in_a_search_take_no_territory(nlp: Language) -> None:
    text = ("The inspector said the items seized during the search of the shop in "
            "Nakuru on Saturday were sent for analysis.")
    assert _types(nlp, text) == []


def test_phones_seized_from_suspects_regain_no_territory(nlp: Language) -> None:
    text = ("Officers said the phones seized from the two suspects in Kisumu would be "
            "examined by experts.")
    assert _types(nlp, text) == []


def test_rebels_seizing_a_town_stay_a_capture(nlp: Language) -> None:
    text = "Rebels seized the town of Bunia on Monday after heavy fighting with the army."
    assert _types(nlp, text) == ["Non-state actor overtakes territory"]
