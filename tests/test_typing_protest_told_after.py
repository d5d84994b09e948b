"""A crowd's violence told first, and the demonstration it belonged to told in the next
sentence ("Youths stoned cars. They were protesting ..."): one violent demonstration, not
mob violence beside a peaceful protest (the tests fail without the rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2023, 5, 20)
_types = partial(new_types, published=PUBLISHED)


def test_pronoun_doers_of_the_protest_are_the_crowd_told_before(nlp: Language) -> None:
    text = ("Students hurled rocks at the cars of lecturers at a college in Eldoret on "
            "Friday. They were demonstrating against a rise in tuition fees.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_definite_doers_of_the_protest(nlp: Language) -> None:
    text = ("Hundreds of youths stoned passing lorries and set a bus on fire in Kisumu "
            "on Monday. The youths were protesting against the rising cost of fuel.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_the_act_said_to_be_a_protest(nlp: Language) -> None:
    text = ("Angry traders pelted county officers with stones in Nakuru on Tuesday. The "
            "attack was described by witnesses as a protest against new market fees.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_a_lynching_stays_the_mobs_own(nlp: Language) -> None:
    # what a mob did to a suspect it punished is no demonstration's violence
    text = ("A mob lynched a suspected thief in Kisumu on Monday. The residents were "
            "protesting against insecurity in the estate.")
    assert "Mob violence" in _types(nlp, text)


def test_a_new_demonstration_told_after_a_riot_is_its_own(nlp: Language) -> None:
    # ("Hundreds of traders" is no one told before): a demonstration of its own
    text = ("Students hurled rocks at the cars of lecturers at a college in Eldoret on "
            "Friday. Hundreds of traders were protesting against market fees in Nakuru.")
    assert "Peaceful protest" in _types(nlp, text)
