"""State forces blowing up a home is a punitive demolition (issue #3): ACLED codes it
as Looting/property destruction, not as a remote explosive; a bombing that hurts
people, or one by an armed group, stays a bombing."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("Troops blew up the family house of a man accused of shooting a soldier in Jenin "
     "on Thursday.", "Looting/property destruction"),
    ("The home of the gunman was blown up by soldiers in Hebron on Monday.",
     "Looting/property destruction"),
    ("Militants blew up a house in Mandera on Monday, killing three people.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_forces_blowing_up_a_home(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
