"""Unnamed doers whom the text says are a crowd ('beaten by men said to be the
senator's backers', 'beaten by men believed to be youths from the next
village') are that crowd: mob violence, not an unidentified armed group's
attack (issue #3; typing_crowds.said_to_be, typing.yaml hearsay_participles).
The first two tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2022-05-10")]


def test_doers_said_to_be_supporters_are_rioters(nlp: Language) -> None:
    text = ("A county assembly aspirant was assaulted in Kakamega on Sunday by people "
            "said to be supporters of his opponent.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_doers_believed_to_be_youths_are_rioters(nlp: Language) -> None:
    text = ("A shopkeeper was beaten by men believed to be youths from a neighbouring "
            "village in Vihiga on Monday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_doers_said_to_be_militiamen_stay_armed(nlp: Language) -> None:
    text = ("A shopkeeper was shot dead by men believed to be members of a banned "
            "militia in Vihiga on Monday.")
    assert [t for t, _ in _events(nlp, text)] == ["Attack"]
