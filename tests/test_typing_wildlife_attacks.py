"""A wild animal that attacks, tramples or mauls people ("a hippo attacked a
fisherman", "killed by a crocodile") is wildlife conflict, no political violence
(issue #3; a nonpolitical cue in triggers.yaml). Armed men's attacks near wildlife
still code."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-05-10")]


def test_a_crocodile_that_killed_a_boy_is_no_event(nlp: Language) -> None:
    text = ("A crocodile killed a boy who was fetching water from the Tana River near "
            "Garsen on Monday.")
    assert _types(nlp, text) == []


def test_a_fisherman_killed_by_a_hippo_is_no_event(nlp: Language) -> None:
    text = "A fisherman was killed by a hippo on Lake Victoria near Homa Bay on Sunday."
    assert _types(nlp, text) == []


def test_elephants_that_trampled_a_herder_are_no_event(nlp: Language) -> None:
    text = "Wild elephants trampled a herder to death in Kajiado on Saturday, residents said."
    assert _types(nlp, text) == []


def test_gunmen_beside_an_elephant_story_still_code(nlp: Language) -> None:
    text = ("Gunmen attacked a village in Laikipia on Tuesday, killing three people, a day "
            "after an elephant killed a farmer nearby.")
    assert _types(nlp, text) == ["Attack"]
