"""Only the state arrests: people whom an armed group detains or rounds up ("militants
detained five elders", "gunmen rounded up farm workers") are abducted, an Abduction/
forced disappearance, not Arrests by the police; forces that detain people still
arrest them (issue #3). Needs typing_armed.held_by_an_armed_group, read in the arrest
branch of events._propose."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_ABDUCTION = "Abduction/forced disappearance"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_militants_detain_elders(nlp: Language) -> None:
    text = "Al Shabaab militants detained five elders in a village near the border on Monday."
    assert _types(nlp, text) == [_ABDUCTION]


def test_traders_detained_by_militants_in_the_passive(nlp: Language) -> None:
    text = "Five traders were detained by militants of the group at a roadblock on Sunday."
    assert _types(nlp, text) == [_ABDUCTION]


def test_soldiers_hunting_rebels_still_arrest(nlp: Language) -> None:
    # (forces still arrest, whoever the clause that qualifies them says they hunt)
    text = ("Soldiers, who were said to be hunting the rebels, detained dozens of young men "
            "in the town on Friday.")
    assert _types(nlp, text) == ["Arrests"]
