"""The type of a capture once the taker is known (issue #3: government regains
territory vs non-state actor overtakes territory, who took it from whom). Each
test fails without the rule in ``refine_type_with_actors``."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-02-10")]


@pytest.mark.parametrize("text", [
    "The Arakan Army seized a border post in Maungdaw township on Friday.",
    "The Kachin Independence Army captured the town of Bhamo after days of fighting.",
])
def test_a_rebel_army_taking_a_place_overtakes_territory(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == ["Non-state actor overtakes territory"]


def test_the_state_army_taking_a_place_back_regains_it(nlp: Language) -> None:
    text = "The Nigerian army recaptured the town of Mubi from Boko Haram on Friday."
    assert _types(nlp, text) == ["Government regains territory"]


@pytest.mark.parametrize("text", [
    # state forces beside the group: the government side took it
    "The Syrian army and allied Hezbollah fighters recaptured the town of Qusayr.",
    # no subject: the rebels only attacked before the ground was regained
    "Significant ground was regained on Wednesday after a rebel assault by the Free Syrian Army.",
])
def test_a_capture_with_state_forces_stays_with_the_government(nlp: Language,
                                                                 text: str) -> None:
    assert _types(nlp, text) == ["Government regains territory"]
