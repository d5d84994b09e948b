"""A launcher that forces find or seize after a rocket attack was not fired: Disrupted
weapons use, as a cache of rifles found is (issue #3). ('launchers' was a weapons noun
already; the singular was not, so 'found the launcher' told nothing.) Needs 'launcher'
among the weapons_noun cues of data/triggers.yaml (the seizure relation reads it)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_DISRUPTED = "Disrupted weapons use"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_troops_find_the_launcher(nlp: Language) -> None:
    text = ("Troops found the launcher hidden in a maize field outside the town on "
            "Thursday, the army said.")
    assert _types(nlp, text) == [_DISRUPTED]


def test_a_launcher_recovered_in_the_passive(nlp: Language) -> None:
    text = "A launcher was recovered by police from a house in the border town on Friday."
    assert _types(nlp, text) == [_DISRUPTED]
