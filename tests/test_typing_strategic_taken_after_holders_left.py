"""A place taken "after" its holders left, whatever words name them ("took control of
Bariire after al Shabaab fled overnight"), met no one: Non-violent transfer of
territory. A capture after the side attacked stays a capture (issue #3). Needs
typing_armed._after_the_holders_left and departure_verbs in data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-08-15")]


def test_taken_after_the_named_group_fled(nlp: Language) -> None:
    text = ("Somali government forces took control of Bariire in Lower Shabelle on Sunday after "
            "al Shabaab fled overnight, a district official said.")
    assert _types(nlp, text) == ["Non-violent transfer of territory"]


def test_taken_after_an_attack_stays_a_capture(nlp: Language) -> None:
    text = ("Al Shabaab took control of Bariire in Lower Shabelle on Sunday after it attacked "
            "the army base there, a district official said.")
    assert "Non-violent transfer of territory" not in _types(nlp, text)
