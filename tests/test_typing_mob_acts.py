"""What a mob does to someone is mob violence even when the verb is no event
word of its own, and a death told in the next sentence belongs to it (issue #3:
mob justice told across two sentences). Fails without
``extract.typing_crowds.mob_acts_on_someone``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-02-12")]


def test_mob_cutting_off_a_hand_then_a_death(nlp: Language) -> None:
    text = ("A mob cut off the hand of a suspected thief at a market in Kisii on "
            "Sunday. The man later died in hospital.")
    assert _types(nlp, text) == ["Mob violence"]


def test_mob_dragging_a_woman_from_her_home(nlp: Language) -> None:
    text = "A mob dragged a suspected witch from her home in Kisii on Sunday."
    assert _types(nlp, text) == ["Mob violence"]
