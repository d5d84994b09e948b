"""Gunfire told as "sprayed/riddled X with bullets" (issue #3) is an attack on X."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("Gunmen sprayed a car belonging to a Kitui legislator with bullets in Nairobi on "
     "Thursday.", "Attack"),
    ("Unknown attackers riddled the matatu with bullets outside Garissa on Friday.", "Attack"),
    # tear gas sprayed on a crowd is no gunfire
    ("Police sprayed the crowd with tear gas in Kisumu on Monday.",
     "Protest with intervention"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_sprayed_with_bullets(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
