"""Typing and status rules of session 6 (issue #3), each on a hand-written
sentence that the rule decides (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_mentions, primary, primary_type
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article

PUBLISHED = dt.date(2024, 3, 9)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


# Agent nouns name the doer, not an act.

def test_pursuing_the_kidnappers_is_no_abduction(nlp: Language) -> None:
    text = "Soldiers chased the kidnappers through the hills on Tuesday."
    assert [m.sub_event_type for m in _new(nlp, text)] == []


def test_a_mob_killing_a_suspected_rapist_is_mob_violence(nlp: Language) -> None:
    text = "Villagers in Kisii beat a suspected rapist to death on Sunday."
    assert _primary_type(nlp, text) == "Mob violence"


# An act told as an accusation is not reported as having happened.

def test_lynched_for_suspected_rape_is_mob_violence(nlp: Language) -> None:
    text = "An angry mob lynched a herdsman near the market for suspected rape."
    assert _primary_type(nlp, text) == "Mob violence"


def test_the_act_someone_is_suspected_of_is_no_event(nlp: Language) -> None:
    text = "Police detained a teacher suspected of defilement in Kitale on Monday."
    subs = [m.sub_event_type for m in _new(nlp, text)]
    assert "Sexual violence" not in subs
    assert subs == ["Arrests"]


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


def test_a_crowd_without_arms_still_makes_mob_violence(nlp: Language) -> None:
    # (the rule's counterpart: no self-arming phrase, the crowd stays a mob)
    text = "Three bandits were beaten to death by villagers during the night."
    assert _primary_type(nlp, text) == "Mob violence"


# "No" before the first of coordinated casualty nouns covers them all.

def test_no_reported_injury_or_death_negates_both(nlp: Language) -> None:
    text = ("Gunmen set fire to two shops in the market of Busia. "
            "No reported injury or death.")
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Looting/property destruction"]
    death = next(m for m in _mentions(nlp, text) if m.trigger_text == "death")
    assert death.status == "negated"
    assert "'no' on the casualty nouns" in death.type_reason


# An absence covers the nouns coordinated with its first object.

def test_celebrations_devoid_of_presence_and_battles_stay_peaceful(nlp: Language) -> None:
    text = ("Opposition supporters took to the streets of Kisumu to celebrate the ruling. "
            "The festivities were devoid of police patrols and running battles.")
    battles = next(m for m in _mentions(nlp, text) if m.trigger_text == "battles")
    assert battles.status == "negated"
    assert _primary_type(nlp, text) == "Peaceful protest"


# A rioting crowd broken up by forces was a violent demonstration.

def test_teargas_on_rioting_traders_is_a_violent_demonstration(nlp: Language) -> None:
    text = "Police at the market fired teargas to disperse rioting traders."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"
    # (since session 7 the rioting itself is reported, not only the dispersal)
    assert "rioting" in best.type_reason


def test_teargas_on_a_crowd_is_still_an_intervention(nlp: Language) -> None:
    # (the counterpart: no riot word, the dispersal stays a protest with intervention)
    text = "Police at the market fired teargas to disperse the traders."
    assert _primary_type(nlp, text) == "Protest with intervention"


def test_anti_riot_police_make_no_rioting_crowd(nlp: Language) -> None:
    text = "Anti-riot police dispersed angry voters outside the tallying centre."
    assert _primary_type(nlp, text) == "Protest with intervention"


# The subject of a death word or of a passive suffered the act: it is no crowd
# that did it.

def test_fishermen_who_are_dead_are_no_mob(nlp: Language) -> None:
    text = "Five fishermen are dead on the lake after raiders from across the border attacked them."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"
    assert "unarmed crowd" not in best.type_reason


def test_residents_whose_homes_were_burnt_are_no_mob(nlp: Language) -> None:
    text = ("A trader was shot dead at Loruk by raiders as villagers fled after "
            "their huts were set on fire.")
    assert _primary_type(nlp, text) == "Attack"


# Status rules (extract/filters.py).

def test_a_modal_after_a_semicolon_leaves_the_kidnapping_standing(nlp: Language) -> None:
    text = "A chief was kidnapped and robbed in Voi; the kidnappers may have been paid by rivals"
    kidnapping = next(m for m in _mentions(nlp, text) if m.trigger_text == "kidnapped")
    assert kidnapping.status == "new"


def test_killings_attributed_to_a_sect_are_reported(nlp: Language) -> None:
    text = "Three traders hacked in the night at Kiambu. Killings attributed to the Mungiki sect."
    killings = next(m for m in _mentions(nlp, text) if m.trigger_text == "Killings")
    assert killings.status == "new"


def test_killings_condemned_are_still_referred_to(nlp: Language) -> None:
    text = "The bishops condemned the killings blamed on the army."
    killings = next(m for m in _mentions(nlp, text) if m.trigger_text == "killings")
    assert killings.status == "background"


def test_it_is_not_clear_why_leaves_the_shooting_standing(nlp: Language) -> None:
    text = "It is not clear why the guard opened fire on the crowd."
    shooting = next(m for m in _mentions(nlp, text) if m.trigger_text == "opened fire")
    assert shooting.status == "new"


def test_the_attack_someone_is_a_suspect_in_is_no_event(nlp: Language) -> None:
    text = ("A trader was shot dead by a lone gunman in Malindi on Friday. He was one of "
            "four suspects in a grenade attack on a church in the town.")
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Attack"]


def test_a_claim_to_have_seized_weapons_reports_the_seizure(nlp: Language) -> None:
    text = "The border unit claimed to have seized a large cache of rifles during a raid on a farm."
    assert _primary_type(nlp, text) == "Disrupted weapons use"


def test_a_conceded_claim_stays_a_claim(nlp: Language) -> None:
    # (the counterpart: "while ..." concedes a claim the sentence disputes)
    text = ("While the group claimed to have captured the town and its police post, "
            "officers said they still held it.")
    captured = next(m for m in _mentions(nlp, text) if m.trigger_text == "captured")
    assert captured.status == "background"
