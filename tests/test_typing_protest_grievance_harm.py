"""Harm told in an "after/following ..." phrase of a demonstration's sentence, done to
someone who is not among the demonstrators, is what they protest: no force was used
on them (each test fails without the rule, or guards its limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2022, 9, 14)
_protest_types = partial(new_types, published=PUBLISHED, event_type="Protests")


def test_a_shooting_before_the_march_is_its_grievance(nlp: Language) -> None:
    text = ("Hundreds of traders protested in Eldoret on Tuesday after police shot dead "
            "a hawker near the market.")
    assert _protest_types(nlp, text) == {"Peaceful protest"}


def test_a_wounding_before_the_protest_is_its_grievance(nlp: Language) -> None:
    text = ("University students protested in Nakuru on Tuesday after officers shot and "
            "wounded a lecturer.")
    assert _protest_types(nlp, text) == {"Peaceful protest"}


def test_fire_on_the_crowd_before_deaths_stays_force(nlp: Language) -> None:
    # (the limit: the harm in the "after" clause is done to the crowd itself)
    text = "Three marchers died in Eldoret on Tuesday after police opened fire on the crowd."
    assert _protest_types(nlp, text) == {"Excessive force against protesters"}
