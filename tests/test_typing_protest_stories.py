"""Crowds destroying property in a story of demonstrations are the demonstrators'
unrest (a Violent demonstration), not a mob's attack; a mob named as such stays
Mob violence (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2022, 6, 15)
_new = partial(new_mentions, published=PUBLISHED)

_MARCH = "Thousands of students marched through Accra on Monday to protest against fuel prices."


def _type_of(nlp: Language, text: str, trigger: str) -> str:
    return next(m.sub_event_type for m in _new(nlp, text) if m.trigger_text == trigger)


def test_crowds_burning_in_a_protest_story_riot(nlp: Language) -> None:
    text = (f"{_MARCH}\n\nOn Tuesday, crowds set fire to a police post and two buses in "
            "the city, residents said.")
    assert _type_of(nlp, text, "set fire to") == "Violent demonstration"


def test_a_mob_in_a_protest_story_stays_a_mob(nlp: Language) -> None:
    text = (f"{_MARCH}\n\nOn Tuesday, a mob set fire to the house of a suspected thief "
            "in the city, residents said.")
    # (the "still" side of the rule: a mob word keeps the mob's type)
    assert {m.sub_event_type for m in _new(nlp, text)
            if m.sent_start > len(_MARCH)} == {"Mob violence"}
