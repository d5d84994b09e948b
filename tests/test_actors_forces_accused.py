"""An attack whose killer the sentence does not name, told with the forces accused of it
("his family accused the police of killing him", "witnesses said soldiers were
responsible"), is the accused forces' attack. Forces that only blame someone else, or only
look for the killers, are no side of it."""

from __future__ import annotations

import pytest

import eventcoder


def _attackers(text: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Attack"]


@pytest.mark.parametrize("text", [
    "A young man was shot dead in Kisumu on Friday. His family accused the police of "
    "killing him.",
    "A young man was shot dead in Kisumu on Friday. His family blamed the police for the "
    "killing.",
    "A young man was shot dead in Kisumu on Friday. Witnesses said police officers were "
    "responsible.",
])
def test_forces_accused_of_the_attack(text: str) -> None:
    assert _attackers(text)[:1] == ["Police Forces of Kenya (2013-)"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead a trader in Mandera on Friday. Police blamed Al Shabaab for the "
     "attack.", "Al Shabaab"),
    ("A trader was shot dead in Mandera on Friday. Police said they were hunting the "
     "killers.", "Unidentified Armed Group (Kenya)"),
])
def test_forces_that_blame_or_hunt_are_no_side(text: str, expected: str) -> None:
    assert _attackers(text)[:1] == [expected]
