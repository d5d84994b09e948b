"""Typing rules of session 10 (issue #3), each on a hand-written text that the
rule decides (each case fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2025, 3, 10)
_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)

# A camp the text calls a shelter for civilians stays one when told again as
# "the camp": an attack on it is violence against civilians, no battle.
_CAMP_LEAD = ("Thousands of families have lived for a year in the Hamra displacement camp "
              "outside the town.")


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


# Talks suspended, called off or broken down are no Agreement (nobody agreed to
# anything); an agreement that ended still is one (ACLED and CASE code it so).
def test_talks_broken_off_are_no_agreement(nlp: Language) -> None:
    for text in ("The president suspended peace talks with the rebels on Friday.",
                 "The rebels broke off peace talks with the government on Friday.",
                 "Peace talks between the two clans collapsed on Monday."):
        assert _type(nlp, text) == "none", text
    assert _type(nlp, "The militia pulled out of the ceasefire deal on Friday.") == "Agreement"


# ... and leaving talks is no withdrawal from territory.
def test_leaving_talks_is_no_transfer_of_territory(nlp: Language) -> None:
    assert _type(nlp, "The rebels pulled out of the peace talks on Sunday.") == "none"
    assert _type(nlp, "Troops withdrew from the town on Sunday.") == \
        "Non-violent transfer of territory"


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
