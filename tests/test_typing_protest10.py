"""Demonstration and riot typing rules of session 10 (issue #3), each on a
hand-written sentence that the rule decides (each case fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)

PRIMARY_TYPES = [
    # Election violence told with nothing more specific is rioting, also when the
    # parser leaves the noun phrase flat and "violence" is not the span's root.
    ("Sporadic post-election violence - details not specified", "Mob violence"),
    ("Ongoing post-election violence - details unclear", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), PRIMARY_TYPES)
def test_primary_type(nlp: Language, text: str, sub_event_type: str) -> None:
    assert _type(nlp, text) == sub_event_type


def test_the_reason_names_election_violence(nlp: Language) -> None:
    text = "Sporadic post-election violence - details not specified"
    reasons = [m.type_reason for m in _new(nlp, text)]
    assert any("election violence, no armed group named" in r for r in reasons), reasons
