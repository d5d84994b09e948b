"""Typing rules of session 8 (issue #3), each on a hand-written sentence that
the rule decides (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_primary = partial(primary, published=PUBLISHED)


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
