"""Typing rules about the scene of an event and what it is not (issue #3): scene events
that take no precedence, defused or seized weapons, weapon words that are no events,
deaths in an intervention, a rampage over a grievance, a diplomatic reaction, a
demonstration named again; each on a hand-written sentence the rule decides: the test
fails without the rule."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.schema import Article, EventMention


def _new(nlp: Language, text: str) -> list[EventMention]:
    article = Article(doc_id="t", text=text, published=dt.date(2023, 5, 9))
    return [m for m in detect_mentions(nlp(text), article) if m.status == "new"]


def _first(nlp: Language, text: str) -> EventMention:
    mentions = _new(nlp, text)
    assert mentions, text
    return mentions[0]


# An event named only to set the scene ("despite air strikes", "during the
# clashes") does not take precedence over the event the clause reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators for the government and the rebels signed a ceasefire in the capital "
         "on Monday despite air strikes on two northern villages.", "Agreement"),
        ("Several shops were burned down in the market overnight despite a curfew imposed "
         "after the clashes.", "Looting/property destruction"),
    ],
)
def test_scene_events_do_not_take_precedence(nlp: Language, text: str, expected: str) -> None:
    mention = _first(nlp, text)
    assert mention.sub_event_type == expected, mention.type_reason


# A weapon that a disrupted-weapons word acted on did not explode, even when
# the sentence reports deaths from other blasts.
def test_defused_weapons_are_not_explosions(nlp: Language) -> None:
    text = ("An explosive device was found near the stadium and defused by the bomb squad, "
            "a day after two bombings killed 30 people in the city.")
    assert _first(nlp, text).sub_event_type == "Disrupted weapons use", _first(nlp, text)


# A police raid that seized weapons is the seizure, not an attack.
def test_raid_that_seized_weapons(nlp: Language) -> None:
    text = "Police raided a house in the estate and seized three rifles and a pistol."
    assert _first(nlp, text).sub_event_type == "Disrupted weapons use"


# Crowd violence "over" or "against" a grievance is a demonstration.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("College students went on the rampage over a fee increase on Tuesday.",
         "Violent demonstration"),
        # no grievance named: crowd violence stays mob violence
        ("A crowd of youths went on the rampage in the market on Tuesday.", "Mob violence"),
    ],
)
def test_rampage_over_a_grievance(nlp: Language, text: str, expected: str) -> None:
    mention = _first(nlp, text)
    assert mention.sub_event_type == expected, mention.type_reason


# Lexicon: "infantry fighting vehicles" and "a missile treaty" report no event.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers in infantry fighting vehicles patrolled the border town on Friday.",
        "The minister toured a missile factory outside the capital on Friday.",
    ],
)
def test_weapon_modifiers_are_not_events(nlp: Language, text: str) -> None:
    assert _new(nlp, text) == []


# Deaths told in one sentence with the forces' intervention are excessive
# force; a death the protest is about ("after ... were killed") is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people died in the police crackdown on the opposition march in the capital.",
         "Excessive force against protesters"),
        ("Hundreds of traders demonstrated in the market over new levies. Officers intervened "
         "in the demonstration, killing one trader.", "Excessive force against protesters"),
        ("Boda boda riders marched on the police station after two riders were killed by "
         "robbers. Officers dispersed the marchers.", "Protest with intervention"),
    ],
)
def test_deaths_in_an_intervention(nlp: Language, text: str, expected: str) -> None:
    mention = _first(nlp, text)
    assert mention.sub_event_type == expected, mention.type_reason


def test_broken_up_is_an_intervention(nlp: Language) -> None:
    text = "A sit-in by teachers outside the ministry was broken up by officers on Monday."
    mention = _first(nlp, text)
    assert mention.sub_event_type == "Protest with intervention", mention.type_reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that a typed class also reads is typed by that class
        ("Several shops in the market were looted and set alight overnight.",
         "Looting/property destruction"),
        # the weapon did the destroying: it was used, not disrupted
        ("A missile fired by the rebels destroyed a navy warship off the coast on Sunday.",
         "Shelling/artillery/missile attack"),
        # a withdrawal under bombardment is no peaceful handover
        ("Government troops recovered control of three villages from rebels who withdrew "
         "after heavy artillery bombardment.", "Government regains territory"),
        ("Militants took over three localities near the river on Tuesday.",
         "Non-state actor overtakes territory"),
        ("Students staged a die-in outside parliament on Friday.", "Peaceful protest"),
        ("Teachers formed a human chain outside the ministry on Friday.", "Peaceful protest"),
        ("The army dispatched hundreds of troops to the border region on Monday.",
         "Change to group/activity"),
    ],
)
def test_typing_cases(nlp: Language, text: str, expected: str) -> None:
    mention = _first(nlp, text)
    assert mention.sub_event_type == expected, mention.type_reason


def test_relative_clause_is_not_the_seized_object(nlp: Language) -> None:
    """A man captured is not the rockets his men fired (a relative clause)."""
    text = "Troops captured a rebel commander whose men had fired rockets at the town last year."
    article = Article(doc_id="t", text=text, published=dt.date(2023, 5, 9))
    mentions = detect_mentions(nlp(text), article)
    assert mentions and all(m.sub_event_type != "Disrupted weapons use" for m in mentions)


def test_control_regained_over_a_fire_is_no_capture(nlp: Language) -> None:
    assert _new(nlp, "Firefighters regained control of the blaze near the village on Sunday.") == []


# A diplomatic reaction to an earlier event is no new event.
@pytest.mark.parametrize(
    "text",
    [
        "Five diplomats were expelled on Friday after a poison gas attack on a defector.",
        "The government recalled its ambassador in response to the bombing of its embassy.",
    ],
)
def test_diplomatic_reaction_to_an_attack(nlp: Language, text: str) -> None:
    assert _new(nlp, text) == [], [m.type_reason for m in _new(nlp, text)]


def test_deployment_serves_the_base(nlp: Language) -> None:
    text = ("Government troops established a new military post near the border, where "
            "armoured vehicles were deployed.")
    mention = _first(nlp, text)
    assert mention.sub_event_type == "Headquarters or base established", mention.type_reason


def test_a_demonstration_named_again_is_the_same_one(nlp: Language) -> None:
    """'The marchers' of the second sentence are the march the police broke
    up: one demonstration with intervention, not a new peaceful one."""
    text = ("Riot police suppressed a march by nurses in the city centre on Monday. "
            "The marchers were protesting against unpaid salaries.")
    types = {m.sub_event_type for m in _new(nlp, text)}
    assert types == {"Protest with intervention"}, types


def test_a_new_demonstration_keeps_its_own_type(nlp: Language) -> None:
    text = ("Riot police suppressed a march by nurses in the city centre on Monday. "
            "In another town, teachers protested against unpaid salaries.")
    types = [m.sub_event_type for m in _new(nlp, text)]
    assert types == ["Protest with intervention", "Peaceful protest"], types
