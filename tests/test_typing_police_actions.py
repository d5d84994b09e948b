"""Typing of what the forces did to suspects, crowds and raiders: suspects named as an
armed band fight a battle, forces against an unarmed crowd make mob violence, shots
that hurt marchers are excessive force, raiders fought after their attack make a
battle (each row fails without its rule or shows what the rule leaves alone)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)


# Each row: a sentence, the primary event's sub-event type, and a phrase its
# type_reason must hold (None: not checked); a rule's row comes with rows of what
# it leaves alone.
PRIMARY_TYPES = [
    # police killing suspected gang members is a clash
    pytest.param(
        "Officers in Thika shot dead three suspected gang members on Friday night.",
        "Armed clash", "suspects named as an armed band",
        id="police_killing_suspected_gang_members_is_a_clash"),
    # police killing suspected sect members is a clash
    # (the sect written in lower case: a modifier, not a proper noun)
    pytest.param(
        "Police gunned down 2 suspected mungiki members.",
        "Armed clash", None,
        id="police_killing_suspected_sect_members_is_a_clash"),
    # police killing a suspected thief stays an attack
    pytest.param(
        "Police shot dead a suspected thief in the market on Sunday.",
        "Attack", None,
        id="police_killing_a_suspected_thief_stays_an_attack"),
    # blocking an avenue is a violent demonstration
    pytest.param(
        "Students protested on Monday and blocked sections of Harambee Avenue.",
        "Violent demonstration", None,
        id="blocking_an_avenue_is_a_violent_demonstration"),
    # police stopping a demonstration is an intervention
    pytest.param(
        ("Police in Kitui stopped a demonstration by jua kali artisans against the new "
         "levy."),
        "Protest with intervention", None,
        id="police_stopping_a_demonstration_is_an_intervention"),
    # a road blocked by residents after floods is a demonstration
    # (the guard's counterpart: people blocked it, whatever the story's floods)
    pytest.param(
        ("Residents of Kimalel blocked the Marigat-Kabarnet road, saying flood victims got"
         " no aid."),
        "Violent demonstration", None,
        id="a_road_blocked_by_residents_after_floods_is_a_demonstration"),
    # police and hawkers clashing is mob violence
    pytest.param(
        "Police and hawkers clashed in the market over the removal of their stalls.",
        "Mob violence", "forces against an unarmed crowd",
        id="police_and_hawkers_clashing_is_mob_violence"),
    # police clashing with armed residents stays a battle
    pytest.param(
        "Police clashed with armed residents in the valley on Sunday.",
        "Armed clash", None,
        id="police_clashing_with_armed_residents_stays_a_battle"),
    # police clashing with militants stays a battle
    pytest.param(
        "Police clashed with militants near the border post on Sunday.",
        "Armed clash", None,
        id="police_clashing_with_militants_stays_a_battle"),
    # injuries after witchcraft claims are mob violence
    pytest.param(
        "Two injuries and nine houses destroyed after claims of witchcraft in Gucha.",
        "Mob violence", None,
        id="injuries_after_witchcraft_claims_are_mob_violence"),
    # protesters who demolished a fence are violent
    pytest.param(
        "Angry protesters demolished the fence of the county offices on Monday.",
        "Violent demonstration", None,
        id="protesters_who_demolished_a_fence_are_violent"),
    # a red cross officer shot is an attack
    pytest.param(
        "A Red Cross officer was shot and wounded by gunmen near the market.",
        "Attack", None,
        id="a_red_cross_officer_shot_is_an_attack"),
    # raiders killed by police after their attack make a battle
    pytest.param(
        ("About 300 raiders attacked Lokori village and drove away 500 goats. Police "
         "intervened, killing twelve of the raiders."),
        "Armed clash", "the attackers were fought",
        id="raiders_killed_by_police_after_their_attack_make_a_battle"),
    # an attack with no fight stays the event
    pytest.param(
        ("About 300 raiders attacked Lokori village and drove away 500 goats. Police later"
         " recovered some of the animals."),
        "Attack", None,
        id="an_attack_with_no_fight_stays_the_event"),
    # demonstrators shot and injured by police is excessive force
    pytest.param(
        ("Two marchers were shot and injured by police during a protest over land in "
         "Kitale."),
        "Excessive force against protesters", "shot and hurt by forces",
        id="demonstrators_shot_and_injured_by_police_is_excessive_force"),
    # warning shots and a stampede stay an intervention
    pytest.param(
        ("Officers fired into the air to scatter the marchers and two were hurt in the "
         "stampede."),
        "Protest with intervention", None,
        id="warning_shots_and_a_stampede_stay_an_intervention"),
    # rubber bullets stay an intervention
    pytest.param(
        "Police fired rubber bullets at the demonstrators in Eldoret, injuring five.",
        "Protest with intervention", None,
        id="rubber_bullets_stay_an_intervention"),
    # houses burnt by a group of operators is mob violence
    pytest.param(
        ("Twelve houses were burnt down in Manyatta estate by a group of boda boda "
         "operators hunting for motorcycle thieves."),
        "Mob violence", None,
        id="houses_burnt_by_a_group_of_operators_is_mob_violence"),
    # an unidentified group of youths is no crowd
    pytest.param(
        "A trader was critically injured by an unidentified group of youths in Likoni.",
        "Attack", None,
        id="an_unidentified_group_of_youths_is_no_crowd"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "reason"), PRIMARY_TYPES)
def test_primary_type(nlp: Language, text: str, sub_event_type: str,
                      reason: str | None) -> None:
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == sub_event_type
    if reason is not None:
        assert reason in best.type_reason


def test_a_suspected_gang_leader_killed_by_nobody_named_stays_an_attack(
        nlp: Language) -> None:
    text = "A suspected gang leader was found killed near the river on Tuesday."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"


def test_dispersing_an_angry_crowd_is_no_mob_violence(nlp: Language) -> None:
    text = ("Hundreds of protesters marched in the capital. Police fired live bullets "
            "and tear gas to disperse angry crowds near the square.")
    subs = {m.sub_event_type for m in _new(nlp, text)}
    assert "Mob violence" not in subs
