"""A lynching, or harm done by a mob, told of a demonstration is mob violence
against the person punished, not the demonstrators' violence (issue #3).
Fails without ``extract.typing_crowds.mob_justice``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-05-20")]


def test_marchers_who_lynch_a_thief_are_a_mob(nlp: Language) -> None:
    text = ("Residents who were marching against rising crime in Meru on Friday "
            "beat up and lynched a suspected thief they caught in the crowd.")
    assert _types(nlp, text) == ["Mob violence"]


def test_a_man_stoned_by_a_mob_during_a_protest(nlp: Language) -> None:
    text = ("A county tax collector was stoned to death by a mob during a protest "
            "by hawkers in Kisumu on Monday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_stones_thrown_by_protesters_stay_a_violent_demonstration(nlp: Language) -> None:
    text = ("Protesters threw stones at police in Kisumu on Monday during a march "
            "against rising food prices.")
    assert _types(nlp, text) == ["Violent demonstration"]
