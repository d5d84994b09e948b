"""A side withdrawing after the violence a report tells is how that violence ended,
not a transfer of territory without a fight (issue #3: one event per incident,
no spurious events). Each test fails without the rule."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 6)
_new = partial(new_mentions, published=PUBLISHED)
NVT = "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    # the next sentence tells the attackers leaving
    "Al Shabaab fighters overran an army base in Hiraan on Sunday. They later withdrew.",
    "Gunmen raided a village near Maiduguri and killed nine farmers. "
    "They withdrew before troops arrived.",
    "ISWAP fighters attacked a military base in Borno on Friday. "
    "The insurgents retreated after a three-hour gun battle.",
    # in the same sentence
    "The militants withdrew after an hour of heavy fighting with the soldiers.",
])
def test_a_retreat_after_violence_is_no_transfer(nlp: Language, text: str) -> None:
    subs = [m.sub_event_type for m in _new(nlp, text)]
    assert NVT not in subs
    assert subs  # the violence itself stays


@pytest.mark.parametrize("text", [
    # the withdrawal is the story: nothing violent is told
    "Government troops withdrew from the town of Kidal on Monday, residents said.",
    # a capture in the same sentence: the place changed hands after the withdrawal
    "Rebel fighters took control of the town after the soldiers withdrew on Friday.",
])
def test_a_withdrawal_without_violence_stays_a_transfer(nlp: Language, text: str) -> None:
    assert NVT in [m.sub_event_type for m in _new(nlp, text)]
