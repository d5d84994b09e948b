"""Disaster words (issue #3): "storm" names the weather only with a weather phrase
("a storm", "tropical storm", "heavy storms"). The bare word in news of unrest is
mostly the verb of people rushing a building, often in a headline's present tense
with no article ("Parents storm school ..."): it no longer marks the story as a
disaster in which the damage or harm told would be no political violence."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.schema import Article, EventMention


def _new_mentions(nlp: Language, text: str) -> list[EventMention]:
    article = Article(doc_id="t", text=text, published=dt.date(2023, 4, 2))
    return [m for m in detect_mentions(nlp(text), article) if m.status == "new"]


@pytest.mark.parametrize("text", [
    "Traders storm county offices and burn a council lorry over demolished stalls.",
    "Villagers storm a chief's camp and wreck his office after a boy dies in the cells.",
])
def test_storming_crowd_is_no_disaster(nlp: Language, text: str) -> None:
    assert _new_mentions(nlp, text), text


@pytest.mark.parametrize("text", [
    "A tropical storm killed twelve people and destroyed hundreds of homes on the coast.",
    "Heavy storms destroyed crops and homes across the valley.",
])
def test_weather_storm_stays_a_disaster(nlp: Language, text: str) -> None:
    assert _new_mentions(nlp, text) == []
