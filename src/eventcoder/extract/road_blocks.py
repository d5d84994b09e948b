"""Roads blocked in protest, coded by period (issue #3).

ACLED's Kenya data of recent years codes a crowd that blocks a road in protest as a
violent demonstration even when nothing else violent is told; in its data of earlier
years the same blockade is a peaceful protest. The day of the change is data
(``road_blocks_violent_from`` in typing.yaml), for the countries whose data showed the
change (``road_blocks_period_countries``). Only a text whose publication day is
before it reads the blockade as peaceful: the country file's era words give the
earliest day a text can be from, never that it is older than a day, and an undated
text keeps the violent demonstration, the coding of most blockades seen. A text that
tells violence the triggers miss (fires lit, vandalism, an armed crowd) keeps it too."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from eventcoder.extract.actor_matcher import actor_dictionary, document_country
from eventcoder.extract.typing_base import WORDS, Trig
from eventcoder.schema import Article

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_VIOLENT_FROM = min(dt.date.fromisoformat(d) for d in WORDS.road_blocks_violent_from)
ROAD_BLOCK_PEACEFUL = "a road blocked in protest, nothing else violent, in the years it was no riot"


def blocks_a_road(trigger_text: str) -> bool:
    """Is the trigger a blockade word ("blocked", "barricaded"), not the burning of tyres?"""
    lower = trigger_text.lower()
    return any(f in lower for f in WORDS.road_blocking_fragments)


def road_blocks_peaceful(doc: Doc, article: Article) -> bool:
    """Is the text, about a country whose coding changed, published before the day
    from which a blockade is violent, and does it tell no violence the triggers miss
    (fires lit, vandalism, an armed crowd)?"""
    if article.published is None or article.published >= _VIOLENT_FROM:
        return False
    country = document_country(doc, actor_dictionary())
    if country is None or country.lower() not in WORDS.road_blocks_period_countries:
        return False
    words = set(_WORD.findall(article.text.lower()))
    return not words & (WORDS.blockade_violence_words | WORDS.armed_modifiers)


def blockade(trig: Trig) -> bool:
    """A trigger of violence by demonstrators that is only their blockade of a road."""
    return trig.cls.name == "protest_violence" and blocks_a_road(trig.span.text)
