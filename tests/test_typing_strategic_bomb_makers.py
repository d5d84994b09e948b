"""A bomb that went off while its own maker handled it is Disrupted weapons use,
not a bombing, also where the parser hangs the handling verb of the relative
clause on the verb of going off as an auxiliary ('the device he was assembling
detonated') (issue #3). Needs that reading in
typing_armed.went_off_in_handlers_hands."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_bomb_maker_killed_by_the_device_he_was_assembling(nlp: Language) -> None:
    text = ("A suspected militant was killed on Sunday when the explosive device he was "
            "assembling detonated in a rented room in Mombasa, police said.")
    assert _types(nlp, text) == ["Disrupted weapons use"]


def test_a_bomb_thrown_at_a_bar_stays_an_explosion(nlp: Language) -> None:
    text = ("An explosive device detonated at a bar in Mandera on Sunday night, wounding "
            "four drinkers, police said.")
    assert _types(nlp, text) == ["Remote explosive/landmine/IED"]
