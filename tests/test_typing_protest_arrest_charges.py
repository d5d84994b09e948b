"""A demonstration that is only the charge against the people arrested (or the aim of
a crackdown) is no scene of their arrest: the arrest is an Arrests event, not a
protest with intervention (each test fails without the rule, or guards its limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2021, 5, 20)
_new = partial(new_mentions, published=PUBLISHED)


def _types(nlp: Language, text: str) -> set[str]:
    return {m.sub_event_type for m in _new(nlp, text)}


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
