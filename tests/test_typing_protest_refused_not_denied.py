"""A passive denial verb with an object of its own ('was denied clearance', 'were
denied a party ticket') refuses someone a thing; it does not deny that the
demonstration took place, even when a headline's parse hangs the protest word on it
(filters.plans._refused). A denial of the event itself still negates it."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2017, 4, 28)
_types = partial(new_types, published=PUBLISHED)


def test_headline_protest_after_a_refusal(nlp: Language) -> None:
    text = ("Backers of Kitui county Jubilee aspirant held demonstration after candidate "
            "was denied clearance")
    assert _types(nlp, text) == {"Peaceful protest"}


def test_another_headline(nlp: Language) -> None:
    text = "Supporters of Kitui ward hopeful held protest after aspirant was denied party ticket"
    assert _types(nlp, text) == {"Peaceful protest"}


def test_a_denied_attack(nlp: Language) -> None:
    assert _types(nlp, "The attack on the convoy near Garissa was denied by the police.") == set()
