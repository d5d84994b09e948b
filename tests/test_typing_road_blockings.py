"""Road blockings: people blocking a road or highway (also one named after the towns it
joins) make a violent demonstration; a road blocked by a landslide or trade paralysed
along a road does not (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_mentions, primary
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)


# Roads named after the towns they join ("the Nakuru-Eldoret highway").

def test_blocking_a_hyphenated_highway_is_a_violent_demonstration(nlp: Language) -> None:
    text = "Hundreds of hawkers blocked the busy Nyeri-Karatina-Sagana highway to protest new fees."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"
    assert "Nyeri-Karatina-Sagana highway" in best.trigger_text


def test_a_road_blocked_by_a_landslide_is_no_demonstration(nlp: Language) -> None:
    text = "Heavy rains caused a landslide that blocked the Marigat-Kabarnet road on Friday."
    assert [m.sub_event_type for m in _new(nlp, text)] == []


def test_business_paralysed_along_a_road_is_no_road_blocking(nlp: Language) -> None:
    text = "Matatu crews paralysed trade along the Embu-Meru road in protest."
    assert all(m.trigger_text != "paralysed trade along the Embu-Meru road"
               for m in _mentions(nlp, text))
