"""Negated events: 'no one was attacked', 'no civilians were injured', 'no reported
injury or death', an absence 'devoid of' patrols and battles, an escaped death (each
test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 6, 20)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_nobody_attacked_negates_the_attack_word(nlp: Language) -> None:
    text = "Herders set fire to maize farms near the river on Friday. No one was attacked."
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Looting/property destruction"]


def test_no_civilians_hurt_negates_the_injury_not_the_attack(nlp: Language) -> None:
    text = "Gunmen attacked the village at night; no civilians were injured."
    statuses = {m.trigger_text: m.status for m in _mentions(nlp, text)}
    assert statuses == {"attacked": "new", "injured": "negated"}
    assert _primary_type(nlp, text) == "Attack"


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


def test_an_escaped_death_is_no_death(nlp: Language) -> None:
    text = "Two elders narrowly escaped death in the village on Sunday."
    assert [(m.trigger_text, m.status) for m in _mentions(nlp, text)] == [("death", "negated")]
