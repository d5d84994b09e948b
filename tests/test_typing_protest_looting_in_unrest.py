"""Looting or arson by no one named, told in a country's unrest ("as the unrest
spread"): the rioting of that unrest, a Violent demonstration with no protest word;
people burned and doers the sentence names keep their own types (the first tests fail
without the rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2022, 3, 14)
_types = partial(new_types, published=PUBLISHED)


def test_store_torched_as_unrest_spread(nlp: Language) -> None:
    text = ("Three people died on Sunday when a looted warehouse was torched in the port "
            "city of Mombasa, officials said, as the unrest in the coastal counties spread despite "
            "a curfew.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_looters_ransacked_shops_amid_violence(nlp: Language) -> None:
    text = ("Looters ransacked dozens of shops in Kisumu on Monday night, police said, as "
            "the violence that followed the vote spread to three counties.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_a_man_set_on_fire_is_no_looting(nlp: Language) -> None:
    # a person set on fire is harm to people, not arson of property
    text = ("After the outbreak of violence in the valley, a group of herders attacked "
            "a trader and set him on fire.")
    assert "Violent demonstration" not in _types(nlp, text)


def test_a_named_gang_keeps_its_arson(nlp: Language) -> None:
    text = ("A gang set a petrol station on fire in Nakuru on Monday, police said, as the "
            "unrest in the county spread.")
    assert "Violent demonstration" not in _types(nlp, text)
