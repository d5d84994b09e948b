"""A petrol or fire bomb is fire, not an explosion (issue #3): armed men throwing one at
people or property attack them; a crowd's firebombs stay with the riot rules, and ones
that failed to go off with the disruption."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("Unknown attackers threw a petrol bomb into a fuel station in Mombasa on Monday.",
     "Attack"),
    ("Unidentified men petrol bomb the house of a teacher in Kisii, injuring him and his "
     "wife.", "Attack"),
    ("Rioters threw petrol bombs at police in Kisumu on Monday.", "Violent demonstration"),
    # a thrown bomb is a hand-thrown explosive
    ("Militants threw a bomb into a bar in Mandera on Monday, injuring five.", "Grenade"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_petrol_bombs(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
