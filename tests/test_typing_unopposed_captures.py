"""A place taken while the text denies any fighting (issue #3) changed hands without a
battle: Non-violent transfer of territory; a capture with violence stays a capture."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("Al-Shabaab fighters overtook a village in Lamu on Friday night. No violence was "
     "reported.", "Non-violent transfer of territory"),
    ("Al-Shabaab fighters overtook a village in Lamu on Friday night, killing two "
     "policemen.", "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_captures_without_violence(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
