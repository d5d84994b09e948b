"""Armed men who are not forces attacking demonstrators ('hired goons with
clubs attacked traders protesting outside the county offices', 'militiamen
opened fire on marchers') intervene in the demonstration: Protest with
intervention (Excessive force when people are killed), with the armed group,
not the police, as actor2 (issue #3; typing_crowds.forces_attack_demonstrators
reads non_state doers too; actors: an armed non-state side of an intervention is
actor2, never the demonstrators; 'goons' name an unidentified armed group in
actors/generic.yaml). Before: a Peaceful protest with the attack lost, or an
intervention given to the police nobody named. The first three tests fail
without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in coded_events(nlp, text, "2023-07-12")]


def test_goons_attacking_protesters_intervene(nlp: Language) -> None:
    text = ("Hired goons wielding clubs attacked traders protesting outside the county "
            "offices in Nakuru on Tuesday.")
    assert _events(nlp, text) == [("Protest with intervention", "Protesters (Kenya)",
                                   "Unidentified Armed Group (Kenya)")]


def test_militiamen_killing_demonstrators_use_excessive_force(nlp: Language) -> None:
    text = ("Militiamen attacked demonstrators in Mopti on Tuesday, killing three of "
            "them.")
    assert _events(nlp, text) == [("Excessive force against protesters", "Protesters (Mali)",
                                   "Unidentified Armed Group (Mali)")]


def test_goons_beating_a_reporter_are_an_armed_group(nlp: Language) -> None:
    text = "Goons beat up a reporter outside a courthouse in Kisumu on Tuesday."
    assert _events(nlp, text) == [("Attack", "Unidentified Armed Group (Kenya)",
                                   "Civilians (Kenya)")]


def test_police_attacking_protesters_stay_the_intervention(nlp: Language) -> None:
    text = "Police attacked a group of protesters in Kisumu on Tuesday."
    assert _events(nlp, text) == [("Protest with intervention", "Protesters (Kenya)",
                                   "Police Forces of Kenya (2013-)")]
