"""Officers hurt or killed at a demonstration ("two policemen were wounded during
the march"), no armed group named and the forces not the doers, tell the
demonstrators' violence: a Violent demonstration, not a Protest with intervention
read from "injured" and the police (issue #3; typing_crowds.forces_hurt_at_demonstration
in protest_type; forces_hurt_in_protest_story for such a sentence after the
demonstration's, which was an Armed clash of the police with an unidentified armed
group). Demonstrators hurt by the police stay an intervention; officers killed by
bandits that the marchers protest are their grievance."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-03-15")]


def test_officers_wounded_during_the_march(nlp: Language) -> None:
    text = "Three policemen were wounded during a march by hawkers in Nyeri on Monday."
    assert _types(nlp, text) == ["Violent demonstration"]


def test_officers_hurt_in_the_next_sentence(nlp: Language) -> None:
    text = ("Hawkers demonstrated in Nyeri on Monday against the closure of their market. "
            "Three police officers were hurt.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_marchers_hurt_by_police_stay_an_intervention(nlp: Language) -> None:
    text = "Police injured three hawkers who were demonstrating in Nyeri on Monday."
    assert _types(nlp, text) == ["Protest with intervention"]


def test_officers_killed_by_bandits_are_the_grievance(nlp: Language) -> None:
    text = ("Residents of Nyeri marched on Monday after two police officers were killed "
            "by bandits.")
    assert _types(nlp, text) == ["Peaceful protest"]
