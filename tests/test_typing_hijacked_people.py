"""People hijacked are taken away (issue #3): "passengers were hijacked by gunmen" is an
abduction; a vehicle hijacked stays typed by the attack words."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("Six passengers of a minibus were hijacked by gunmen near Lafey on Tuesday and "
     "driven across the border.", "Abduction/forced disappearance"),
    ("Gunmen stopped and hijacked a bus near Lafey on Tuesday.", "Attack"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_hijacking_people_or_vehicles(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
