"""An arrest that sets the scene ("after he was arrested") in a sentence that
goes on about a demonstration is part of the story the demonstrators protest,
not an arrest of them (issue #3). Fails without the follow-up-sentence case of
the scene-setting arrest rule in ``extract.events.detect_mentions``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-08-19")]


def test_arrest_in_the_story_of_the_grievance(nlp: Language) -> None:
    text = ("Hundreds of boda boda riders protested in Nakuru on Monday over the death "
            "of a colleague. The rider had collapsed in a cell hours after he was arrested.")
    assert _types(nlp, text) == ["Peaceful protest"]


def test_arrest_of_the_demonstrators_is_an_intervention(nlp: Language) -> None:
    text = ("Hundreds of boda boda riders protested in Nakuru on Monday. "
            "Police arrested twelve of them.")
    assert _types(nlp, text) == ["Protest with intervention"]
