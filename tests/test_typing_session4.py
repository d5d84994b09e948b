"""Typing and status rules of session 4 (issue #3), each on a hand-written
sentence that the rule decides (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import detected, new_mentions, primary, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2022, 3, 14)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_named_lethal_means_make_confident_excessive_force(nlp: Language) -> None:
    text = ("Officers broke up the march in Kisumu with live bullets, injuring several "
            "demonstrators. Eight more demonstrators were hurt when a second march was "
            "broken up near the bus park.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Excessive force against protesters"
    assert "lethal force named against demonstrators" in best.type_reason
    assert best.confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "A rioting mob set fire to a minibus in the town centre.",
        "A riot broke out in the market after a mob chased and lynched two men.",
    ],
)
def test_a_riot_told_with_a_mob_and_no_demonstration_is_mob_violence(
        nlp: Language, text: str) -> None:
    assert _primary_type(nlp, text) == "Mob violence"


def test_angry_youths_rioting_stay_a_violent_demonstration(nlp: Language) -> None:
    # ("angry youths" may be demonstrators; only a mob or its justice decides)
    assert _primary_type(nlp, "Riots by angry youths went on for a third day in the "
                               "town.") == "Violent demonstration"


def test_vigilantes_as_the_source_are_no_mob(nlp: Language) -> None:
    text = ("Gunmen raided two hamlets in the "
            "district, killing twelve farmers, according to vigilantes.")
    assert _primary_type(nlp, text) == "Attack"


def test_armed_men_setting_upon_a_post_fight_a_battle(nlp: Language) -> None:
    text = "Militants set upon an army outpost near the border on Sunday, killing nine soldiers."
    assert _primary_type(nlp, text) == "Armed clash"


def test_a_fire_exchange_is_an_armed_clash(nlp: Language) -> None:
    text = "Troops and the rebels were locked in a fire exchange near the bridge on Monday."
    assert _primary_type(nlp, text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers have been fighting the insurgents in the valley since dawn.",
        "Gunmen have killed eleven villagers in the district in the past two days.",
    ],
)
def test_the_period_of_the_day_makes_no_statistic(nlp: Language, text: str) -> None:
    assert _new(nlp, text), [(m.status, m.type_reason) for m in _mentions(nlp, text)]


def test_a_period_of_years_stays_a_statistic(nlp: Language) -> None:
    text = "Gunmen have killed more than 400 villagers in the district in the past three years."
    assert not _new(nlp, text)


def test_a_participle_describing_a_person_reports_no_fight(nlp: Language) -> None:
    text = "Musa, a herder helping the army fight the insurgents, said the market was calm."
    assert not _new(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels began leaving the town on Tuesday under an evacuation accord agreed "
        "with the army.",
        "The district was handed over to the police as part of a peace deal that ended "
        "months of fighting.",
    ],
)
def test_a_deal_frames_the_withdrawal_it_governs(nlp: Language, text: str) -> None:
    assert _primary_type(nlp, text) == "Non-violent transfer of territory"


def test_goods_handed_over_under_a_deal_make_an_agreement(nlp: Language) -> None:
    text = ("The two clans handed over fifty goats to "
            "each other under a peace deal brokered by elders.")
    assert _primary_type(nlp, text) == "Agreement"
    # (goods a deal returns are its topic, not a new theft)
    assert _primary_type(nlp, text.replace("fifty goats", "fifty stolen goats")) == "Agreement"


def test_fighting_named_as_the_place_of_a_swap_is_its_topic(nlp: Language) -> None:
    text = ("The two militias exchanged prisoners on Friday in a "
            "town that saw the fiercest fighting of the war.")
    assert _primary_type(nlp, text) == "Agreement"


def test_fighting_that_breaks_out_after_a_truce_is_new(nlp: Language) -> None:
    text = "The truce collapsed on Friday and fighting broke out in the town."
    assert "Armed clash" in [m.sub_event_type for m in _new(nlp, text)]


def test_a_capture_without_any_clash_is_non_violent(nlp: Language) -> None:
    text = ("Government troops took control of three "
            "villages without getting involved in any clashes.")
    assert _primary_type(nlp, text) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to break up crowds at the bus station on Friday.",
        "Officers halted the May Day event in the square, dispersing the crowds.",
    ],
)
def test_forces_dispersing_a_crowd_is_a_protest_with_intervention(
        nlp: Language, text: str) -> None:
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Protest with intervention"
    assert best.confidence < 0.8  # the gathering is only implied


def test_police_breaking_up_a_mob_leave_the_mob_violence(nlp: Language) -> None:
    text = ("Villagers beat a herdsman they blamed for a missing goat. Police intervened "
            "and dispersed "
            "the crowd.")
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Mob violence"]


def test_arrests_a_protest_is_about_do_not_type_it(nlp: Language) -> None:
    text = ("Thousands marched in the capital to protest the new law and its plan for arrests "
            "of street vendors.")
    assert _primary_type(nlp, text) == "Peaceful protest"


def test_detainees_who_protest_are_no_arrest(nlp: Language) -> None:
    text = "Detainees at the remand prison protested over poor food on Monday."
    assert _primary_type(nlp, text) == "Peaceful protest"


def test_an_arrest_in_an_after_clause_sets_the_scene(nlp: Language) -> None:
    text = ("A day after police arrested dozens of students at a rally, gunmen abducted two "
            "student leaders.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Abduction/forced disappearance"


def test_an_after_clause_does_not_outrank_violence_with_a_surrender(nlp: Language) -> None:
    # (only a violent event of the clause takes over from the scene)
    text = "Witnesses said the two men had surrendered before officers opened fire."
    assert _primary_type(nlp, text) == "Attack"


def test_an_aircraft_fired_on_is_the_target(nlp: Language) -> None:
    text = "Two gunmen shot at a cargo plane while it was landing at the airstrip."
    assert _primary_type(nlp, text) == "Attack"


def test_fire_fighters_are_no_armed_group(nlp: Language) -> None:
    text = "Police and fire fighters rushed to the depot after the attack on Sunday."
    assert "Armed clash" not in [m.sub_event_type for m in _new(nlp, text)]


def test_a_vow_about_killings_told_after_it_does_not_make_them_a_plan(nlp: Language) -> None:
    text = ("The governor vowed an inquiry after five "
            "people were hacked to death by vigilantes near the market.")
    assert _primary_type(nlp, text) == "Mob violence"


def test_an_escaped_death_is_no_death(nlp: Language) -> None:
    text = "Two elders narrowly escaped death in the village on Sunday."
    assert [(m.trigger_text, m.status) for m in _mentions(nlp, text)] == [("death", "negated")]


def test_attacks_feared_by_those_who_flee_are_no_attack(nlp: Language) -> None:
    text = "Thousands of villagers fled their homes fearing attacks by the militants."
    assert _primary_type(nlp, text) == "Other"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The militants pledged allegiance to the Islamic State and attacked an army post.",
         "new"),
        ("The rebels vowed revenge and burned three villages.", "new"),
        # (a verb coordinated inside what is vowed stays vowed)
        ("The gunmen threatened to burn and loot the town.", "plan"),
    ],
)
def test_a_verb_coordinated_with_a_vow_is_done(nlp: Language, text: str, expected: str) -> None:
    statuses = [m.status for m in _mentions(nlp, text)]
    assert statuses and statuses[-1] == expected, statuses


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels downed an army helicopter near the town.", "Armed clash"),
        ("Air defences shot down two drones over the base.", "Disrupted weapons use"),
    ],
)
def test_a_crewed_aircraft_shot_down_is_a_battle(nlp: Language, text: str, expected: str) -> None:
    assert _primary_type(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Students burn a dormitory in protest over unpaid bursaries at their college.",
         "Violent demonstration"),
        ("Youths took to the streets burning party T-shirts and campaign posters.",
         "Violent demonstration"),
        # (symbols burnt and candles lit destroy no property)
        ("Protesters burn a coffin bearing the minister's name outside parliament.",
         "Peaceful protest"),
        ("Mourners marched through the town burning candles for the slain boy.",
         "Peaceful protest"),
    ],
)
def test_burning_in_a_protest(nlp: Language, text: str, expected: str) -> None:
    assert _primary_type(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A gunman opened fire at a refugee camp near the border, killing a community leader.",
         "Attack"),
        ("Militants attacked an army camp near the border, killing two soldiers.", "Armed clash"),
    ],
)
def test_a_refugee_camp_is_no_garrison(nlp: Language, text: str, expected: str) -> None:
    assert _primary_type(nlp, text) == expected
