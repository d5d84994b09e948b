"""Violence told over a period: 'since dawn' or 'in the past two days' is news, 'in the
past three years' a statistic, and fighting back in self-defence no history (each test
fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import detected, new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2022, 3, 14)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers have been fighting the insurgents in the valley since dawn.",
        "Gunmen have killed eleven villagers in the district in the past two days.",
    ],
)
def test_the_period_of_the_day_makes_no_statistic(nlp: Language, text: str) -> None:
    assert _new(nlp, text), [(m.status, m.type_reason) for m in _mentions(nlp, text)]


def test_a_period_of_years_stays_a_statistic(nlp: Language) -> None:
    text = "Gunmen have killed more than 400 villagers in the district in the past three years."
    assert not _new(nlp, text)


def test_fighting_back_in_defence_is_no_history(nlp: Language) -> None:
    text = "Three cattle raiders were killed by villagers who fought back in self-defence."
    assert [m.status for m in _mentions(nlp, text)] == ["new"]
