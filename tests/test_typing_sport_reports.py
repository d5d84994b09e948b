"""A match report's words of play (a side that beat another, a forward who beat the
goalie) are sport, no violence: the words of the game (goalie, midfielder,
semifinal, playoffs, innings ...) are nonpolitical cues (issue #3; triggers.yaml).
Fans shot dead outside a stadium after a match stay an attack."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_a_side_beating_another_in_a_semifinal_codes_nothing(nlp: Language) -> None:
    text = ("Tusker beat Ulinzi Stars 3-1 in Nairobi on Saturday to reach the cup "
            "semifinal, with their midfielder scoring twice.")
    assert _types(nlp, text) == []


def test_a_forward_beating_the_goalie_codes_nothing(nlp: Language) -> None:
    text = ("In Mombasa on Sunday the young forward beat the goalie from close range "
            "to send his club into the playoffs.")
    assert _types(nlp, text) == []


def test_fans_stabbed_after_a_match_stay_an_attack(nlp: Language) -> None:
    text = ("Gunmen shot dead two fans outside the stadium in Nairobi on Sunday after "
            "the league match, police said.")
    assert "Attack" in _types(nlp, text)
