"""A demonstration that is only the charge against the people arrested (or the aim of
a crackdown) is no scene of their arrest: the arrest is an Arrests event, not a
protest with intervention (each test fails without the rule, or guards its limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2021, 5, 20)
_types = partial(new_types, published=PUBLISHED)


def test_organisers_arrested_for_the_riots(nlp: Language) -> None:
    text = ("Police in Mombasa on Wednesday detained four men suspected of organising the "
            "riots at the port.")
    assert _types(nlp, text) == {"Arrests"}


def test_activist_charged_with_inciting_a_protest(nlp: Language) -> None:
    text = ("Authorities in Minsk arrested a student leader on Wednesday on charges of "
            "inciting an unauthorised protest, as they stepped up a crackdown on dissent.")
    assert _types(nlp, text) == {"Arrests"}


def test_marchers_arrested_stay_an_intervention(nlp: Language) -> None:
    # (the limit: the demonstrators themselves were arrested at their march)
    text = ("Police in Mombasa on Wednesday arrested 30 marchers suspected of organising "
            "a sit-in at the port.")
    assert _types(nlp, text) == {"Protest with intervention"}


def test_arrests_with_the_protests_as_backdrop(nlp: Language) -> None:
    text = ("Police raided the offices of two opposition parties in Minsk on Wednesday and "
            "detained their leaders, as the government stepped up its response to weeks of "
            "protests.")
    assert _types(nlp, text) == {"Arrests"}


def test_arrests_as_police_break_up_a_protest_stay_an_intervention(nlp: Language) -> None:
    # (the limit: the clause tells the forces' intervention at the demonstration)
    text = "Police in Minsk detained 40 people on Wednesday as they dispersed a protest."
    assert _types(nlp, text) == {"Protest with intervention"}


def test_arrested_as_they_staged_a_sit_in_stay_an_intervention(nlp: Language) -> None:
    # (nor one whose subject is the people arrested, staging their demonstration)
    text = ("Riot police in Minsk arrested 15 students on Wednesday as they staged a sit-in "
            "outside the university.")
    assert _types(nlp, text) == {"Protest with intervention"}
