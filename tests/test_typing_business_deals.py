"""A lease, licensing, supply or trade agreement between offices and firms is
business, and being "in agreement with" someone is sharing a view: neither is an
Agreement between sides of a conflict (issue #3; the "agreement:agreement with" keys
of exclude_preceded_by and the signed-an-agreement pattern in triggers.yaml). A deal
between a government and rebels stays an Agreement."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_a_lease_agreement_with_a_firm_is_no_agreement(nlp: Language) -> None:
    text = ("The county assembly approved a lease agreement with a private hospital "
            "operator in Machakos on Wednesday.")
    assert _types(nlp, text) == []


def test_a_licensing_deal_signed_is_no_agreement(nlp: Language) -> None:
    text = ("The ministry signed a licensing agreement with two bus companies in "
            "Nairobi on Tuesday.")
    assert _types(nlp, text) == []


def test_being_in_agreement_with_the_chief_is_no_agreement(nlp: Language) -> None:
    text = ("Fishermen in Lodwar said they were in agreement with the area chief on "
            "the new landing fees.")
    assert _types(nlp, text) == []


def test_a_government_deal_with_rebels_stays_an_agreement(nlp: Language) -> None:
    text = ("The government reached an agreement with the rebels in Juba on Saturday "
            "to end the fighting.")
    assert _types(nlp, text) == ["Agreement"]
