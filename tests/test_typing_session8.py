"""Typing rules of session 8 (issue #3), each on a hand-written sentence that
the rule decides (each case fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_primary = partial(primary, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)

PRIMARY_TYPES = [
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


@pytest.mark.parametrize(("text", "sub_event_type"), PRIMARY_TYPES)
def test_primary_type(nlp: Language, text: str, sub_event_type: str) -> None:
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
