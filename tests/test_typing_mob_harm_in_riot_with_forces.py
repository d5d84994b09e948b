"""Harm told as happening during a fight of an unarmed crowd with state forces
('pupils were injured during a confrontation with residents and police') is that
crowd's riot against the forces: Mob violence by rioters, as the fighting word
alone already is (forces_against_crowd), not an attack on civilians by the police
(issue #3; typing_crowds.harm_in_riot_with_forces). The first test fails
without the rule; a fight of bandits with the police stays a battle."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2018-07-24")]


def test_pupils_hurt_during_a_confrontation_with_residents_and_police(nlp: Language) -> None:
    text = ("Several pupils were injured during a confrontation with residents and police "
            "in Nyeri on Tuesday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_hawkers_hurt_during_a_scuffle_with_askaris_and_police(nlp: Language) -> None:
    text = ("Two hawkers were hurt during a scuffle with county askaris and police in "
            "Nakuru on Monday.")
    assert [t for t, _ in _events(nlp, text)] == ["Mob violence"]


def test_men_hurt_during_clashes_between_bandits_and_police(nlp: Language) -> None:
    text = ("Two men were injured during clashes between bandits and police in Baringo "
            "on Monday.")
    assert [t for t, _ in _events(nlp, text)] == ["Armed clash"]
