"""Typing rules of session 8 (issue #3), each on a hand-written sentence that
the rule decides (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions, primary
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_primary = partial(primary, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)


# A headline's demonstrators misparsed: what follows them is what they did.


def test_headline_protesters_who_light_fires_are_a_violent_demonstration(
        nlp: Language) -> None:
    # the parser reads "protesters" as a verb and "light fires" as its object
    text = "ODM protesters light fires in Kisumu and are dispersed by police."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"


def test_headline_protesters_against_a_cause_who_throw_stones_are_violent(
        nlp: Language) -> None:
    # "throw" is misparsed as the object of "against"
    text = "Protesters against corruption throw stones at the county offices."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"


def test_what_protesters_oppose_stays_their_grievance(nlp: Language) -> None:
    text = "Protesters against the demolition of the market gathered outside the county offices."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Peaceful protest"


# The people attacked fought back: a battle between armed sides.


def test_raid_whose_victims_retaliated_is_an_armed_clash(nlp: Language) -> None:
    text = ("Two herders were shot and wounded when raiders struck a village near Baragoi. "
            "The herders retaliated, leading to two hours of gunfire.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Armed clash"
    assert "fought back ('retaliated')" in best.type_reason


def test_villagers_who_responded_with_heavy_resistance_fought_a_battle(
        nlp: Language) -> None:
    text = ("Gunmen attacked a trading centre in Marsabit at dawn. "
            "The villagers responded with heavy resistance.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Armed clash"


def test_retaliating_by_burning_houses_is_no_fight_back(nlp: Language) -> None:
    text = ("Raiders killed a herder and stole 300 goats near the town. "
            "The villagers retaliated by burning two houses of the raiders' clan.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"


# Forces among the victims: the attack was on an armed side.


def test_a_headline_count_of_police_killed_names_the_victims(nlp: Language) -> None:
    # "killed" is tagged as a past tense with "Three police" as its subject
    text = "Militants attack a village in Lamu. Three police and one reservist killed, one missing."
    killed = [m for m in _new(nlp, text) if m.trigger_text == "killed"]
    assert killed and killed[0].sub_event_type == "Armed clash"


def test_victims_including_police_officers_make_an_armed_clash(nlp: Language) -> None:
    text = ("Unknown gunmen attack a matatu outside Mandera, kill five, "
            "including two police officers.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Armed clash"


def test_civilians_including_a_teacher_stay_an_attack(nlp: Language) -> None:
    text = "Gunmen attacked a bus outside Garissa and killed six passengers, including a teacher."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"


# An arrest that sets the scene of a demonstration is its grievance.


def test_protests_following_an_arrest_are_peaceful(nlp: Language) -> None:
    text = "Opposition protests broke out in Kakamega following the arrest of two MPs."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Peaceful protest"


def test_protests_after_officials_were_arrested_are_peaceful(nlp: Language) -> None:
    text = "Protests took place in Busia after four county officials were arrested in Uganda."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Peaceful protest"


def test_demonstrators_arrested_by_police_are_an_intervention(nlp: Language) -> None:
    text = "Police arrested twelve demonstrators who had gathered outside the county offices."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Protest with intervention"
