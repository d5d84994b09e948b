"""Who is an armed side, which makes a battle (Armed clash) of violence against it and an
Attack of violence against civilians: camps, convoys, posts and aircraft, forces among
the victims, people who took up arms or fought back, the target of shots, and names
that look armed but are not (each case fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary, primary_type
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article

PUBLISHED = dt.date(2025, 3, 10)
_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)


# A camp the text calls a shelter for civilians stays one when told again as
# "the camp": an attack on it is violence against civilians, no battle.
_CAMP_LEAD = ("Thousands of families have lived for a year in the Hamra displacement camp "
              "outside the town.")


_primary_type = partial(primary_type, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)


def test_the_camp_of_a_displacement_camp_story_is_no_armed_side(nlp: Language) -> None:
    text = f"{_CAMP_LEAD} Militiamen stormed the camp on Sunday, killing four."
    stormed = [m for m in _new(nlp, text) if m.trigger_text == "stormed"]
    assert [m.sub_event_type for m in stormed] == ["Attack"]
    assert "shelter for civilians" in stormed[0].type_reason


def test_the_camp_word_is_no_forces_cue_there(nlp: Language) -> None:
    # ("the camp" was read as state forces beside the militiamen: a battle)
    text = (f"{_CAMP_LEAD} Five staff of a medical charity died when the fighters attacked "
            "its clinic in the camp.")
    assert _type(nlp, text) == "Attack"


def test_an_army_camp_is_still_a_forces_site(nlp: Language) -> None:
    assert _type(nlp, "Militiamen stormed an army camp on Sunday, killing four.") == \
        "Armed clash"
    # (without the displacement camp told first, "the camp" stays a garrison)
    assert _type(nlp, "Militiamen stormed the camp on Sunday, killing four.") == "Armed clash"


# Coordinated verbs share the object the last one carries: the first verb is
# no headline's reduced passive whose subject was hurt ("bandits attacked"
# named the bandits as the victims: a battle).
def test_coordinated_verbs_share_their_object(nlp: Language) -> None:
    best = [m for m in _new(nlp, "Armed bandits attacked and raided a cattle dip")
            if m.trigger_text == "attacked"]
    assert [m.sub_event_type for m in best] == ["Attack"]
    assert "the object the coordinated verb carries" in best[0].type_reason
    # (soldiers as the shared object are an armed side)
    assert _type(nlp, "Gunmen ambushed and killed four soldiers near the border.") == \
        "Armed clash"


# "Attack on <target> by <doers>" parsed with the "by" phrase under the target:
# the doers are not among the victims.
def test_the_by_phrase_under_the_target_names_the_doers(nlp: Language) -> None:
    best = _new(nlp, "Raid on a farming village by Turkana raiders")
    assert [m.sub_event_type for m in best] == ["Attack"]
    assert "the 'by' phrase under the target names the doers" in best[0].type_reason
    assert _type(nlp, "Raid on a police post by Turkana raiders") == "Armed clash"


# A group's name on a noun of someone outside or against the group names no
# armed side ("an al-Shabaab critic", "a Taliban defector"); a member stays one.
def test_a_group_name_on_an_outsider_names_no_member(nlp: Language) -> None:
    best = _new(nlp, "A Taliban defector was shot dead outside a mosque in Kandahar.")
    assert [m.sub_event_type for m in best] == ["Attack"]
    assert "names no member" in best[0].type_reason
    assert _type(nlp, "A radio host and ISIS critic was shot dead at his home in Mosul.") == \
        "Attack"
    assert _type(nlp, "A Taliban commander was shot dead outside a mosque in Kandahar.") == \
        "Armed clash"


# An aid or humanitarian convoy carries relief, not troops.
def test_an_aid_convoy_is_no_armed_target(nlp: Language) -> None:
    assert _type(nlp, "Gunmen attacked an aid convoy near Nyala, killing two drivers.") == \
        "Attack"
    assert _type(nlp, "Gunmen attacked a military convoy near Nyala, killing two.") == \
        "Armed clash"


# Whom shots were aimed at ("fired shots at ...", "opened fire on ...") is the
# victim: forces firing at other forces fight them.
def test_the_target_of_shots_is_a_victim(nlp: Language) -> None:
    best = _new(nlp, "Prison warders fired shots at soldiers who had come to free a "
                     "detained colleague.")
    assert [m.sub_event_type for m in best if m.trigger_text == "fired shots"] == \
        ["Armed clash"]
    assert "the shots' target" in best[0].type_reason
    assert _type(nlp, "Prison warders fired shots at relatives who had come to visit a "
                      "detained man.") == "Attack"


# Singular forms the forces cue lacked: a cop or a reservist shot by gunmen is
# an armed side hit. (A night watchman stays a civilian: the project's typing
# corpus codes a guard hacked to death by a gang as an Attack.)
def test_singular_police_words_are_forces(nlp: Language) -> None:
    assert _type(nlp, "Gunmen shot and wounded a traffic cop in the town on Saturday.") == \
        "Armed clash"
    assert _type(nlp, "Gunmen shot and wounded a trader in the town on Saturday.") == "Attack"


def test_armed_men_setting_upon_a_post_fight_a_battle(nlp: Language) -> None:
    text = "Militants set upon an army outpost near the border on Sunday, killing nine soldiers."
    assert _primary_type(nlp, text) == "Armed clash"


def test_a_fire_exchange_is_an_armed_clash(nlp: Language) -> None:
    text = "Troops and the rebels were locked in a fire exchange near the bridge on Monday."
    assert _primary_type(nlp, text) == "Armed clash"


def test_an_aircraft_fired_on_is_the_target(nlp: Language) -> None:
    text = "Two gunmen shot at a cargo plane while it was landing at the airstrip."
    assert _primary_type(nlp, text) == "Attack"


def test_fire_fighters_are_no_armed_group(nlp: Language) -> None:
    text = "Police and fire fighters rushed to the depot after the attack on Sunday."
    assert "Armed clash" not in [m.sub_event_type for m in _new(nlp, text)]


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
        ("A gunman opened fire at a refugee camp near the border, killing a community leader.",
         "Attack"),
        ("Militants attacked an army camp near the border, killing two soldiers.", "Armed clash"),
    ],
)
def test_a_refugee_camp_is_no_garrison(nlp: Language, text: str, expected: str) -> None:
    assert _primary_type(nlp, text) == expected


# A crowd that took up arms or fought back is an armed side.

def test_residents_who_took_up_arms_fight_a_battle(nlp: Language) -> None:
    text = "Angry villagers took up arms and battled the cattle raiders at dawn."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Armed clash"
    assert "took up arms or fought back" in best.type_reason


def test_raiders_killed_by_residents_who_fought_back_is_a_battle(nlp: Language) -> None:
    # (the actor stage's second look must not make the armed villagers a mob)
    text = "Three bandits were killed by villagers who fought back during the night raid."
    coded = code_doc(nlp(text), make_article(text, published=PUBLISHED.isoformat()))
    assert [e.sub_event_type for e in coded.events] == ["Armed clash"]


RETALIATION_AND_HEADLINE_TYPES = [
    # A headline's demonstrators misparsed: what follows them is what they did
    # (the parser reads "protesters" as a verb and "light fires" as its object;
    # "throw" as the object of "against"); what they oppose stays their grievance.
    ("ODM protesters light fires in Kisumu and are dispersed by police.",
     "Violent demonstration"),
    ("Protesters against corruption throw stones at the county offices.",
     "Violent demonstration"),
    ("Protesters against the demolition of the market gathered outside the county offices.",
     "Peaceful protest"),
    # The people attacked fought back: a battle between armed sides (not when the
    # "retaliation" is an attack of its own).
    ("Gunmen attacked a trading centre in Marsabit at dawn. "
     "The villagers responded with heavy resistance.", "Armed clash"),
    ("Raiders killed a herder and stole 300 goats near the town. "
     "The villagers retaliated by burning two houses of the raiders' clan.", "Attack"),
    # ... also when they are said to have fired back (the attack's own verb)
    ("Bandits ambushed a group of farmers on their way to the market near Isiolo. "
     "The farmers fired back with their own rifles.", "Armed clash"),
    # Forces among the victims: the attack was on an armed side.
    ("Unknown gunmen attack a matatu outside Mandera, kill five, "
     "including two police officers.", "Armed clash"),
    ("Gunmen attacked a bus outside Garissa and killed six passengers, including a teacher.",
     "Attack"),
    # An arrest that sets the scene of a demonstration is its grievance.
    ("Opposition protests broke out in Kakamega following the arrest of two MPs.",
     "Peaceful protest"),
    ("Protests took place in Busia after four county officials were arrested in Uganda.",
     "Peaceful protest"),
    ("Police arrested twelve demonstrators who had gathered outside the county offices.",
     "Protest with intervention"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), RETALIATION_AND_HEADLINE_TYPES)
def test_primary_type_of_retaliation_and_headline_crowds(nlp: Language, text: str,
                                                        sub_event_type: str) -> None:
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == sub_event_type


def test_raid_whose_victims_retaliated_is_an_armed_clash(nlp: Language) -> None:
    text = ("Two herders were shot and wounded when raiders struck a village near Baragoi. "
            "The herders retaliated, leading to two hours of gunfire.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Armed clash"
    assert "fought back ('retaliated')" in best.type_reason


def test_a_headline_count_of_police_killed_names_the_victims(nlp: Language) -> None:
    # "killed" is tagged as a past tense with "Three police" as its subject
    text = "Militants attack a village in Lamu. Three police and one reservist killed, one missing."
    killed = [m for m in _new(nlp, text) if m.trigger_text == "killed"]
    assert killed and killed[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # Forces who answered an attack and killed, the dead told by their number only:
    # they fought the attackers (one Armed clash).
    ("A gang armed with pangas raided homesteads outside Londiani overnight; police "
     "responded, shooting dead three.", "Armed clash"),
    ("Bandits raided a village near Kapedo at dawn and wounded two women. Soldiers "
     "intervened, killing 4.", "Armed clash"),
    # ... not when the dead the number counts are named (a bystander the forces hit) or
    # when the forces answered a riot (part of the riot).
    ("Bandits raided a village near Kapedo at dawn and wounded two women. Soldiers "
     "intervened, killing one elderly herder.", "Attack"),
    ("Youths rioted in Kapedo over a chief's arrest and burnt tyres. Police intervened "
     "killing 2.", "Violent demonstration"),
])
def test_forces_who_answered_an_attack_and_killed_fought_it(
        nlp: Language, text: str, sub_event_type: str) -> None:
    coded = code_doc(nlp(text), make_article(text, published=PUBLISHED.isoformat()))
    assert coded.events and coded.events[0].sub_event_type == sub_event_type
