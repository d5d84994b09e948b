"""A violent adverb right after the protest word ('pupils protest violently over
...') makes the demonstration violent even where the parser read the headline's
present-tense verb as a noun and hung the adverb on the next verb: a riot (the
Riots type), not a peaceful protest (issue #3; typing_crowds.violent_protests,
_adverb_right_after). The first test fails without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2016-07-18")]


def test_students_protest_violently_in_a_headline(nlp: Language) -> None:
    text = ("Pupils of Kangaru Secondary School protest violently over the suspension "
            "of their classmates.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_students_protest_peacefully_stay_peaceful(nlp: Language) -> None:
    text = ("Pupils of Kangaru Secondary School protest peacefully over the suspension "
            "of their classmates.")
    assert _types(nlp, text) == ["Peaceful protest"]
