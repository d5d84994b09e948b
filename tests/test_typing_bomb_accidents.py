"""A bomb that went off in the hands of those making or moving it, and a bomb defused
("discover and dismantle"), is Disrupted weapons use (issue #3); a planted bomb that
went off among people stays a remote explosive."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("A man died in Eastleigh on Sunday when the bomb he was assembling in his kitchen "
     "exploded.", "Disrupted weapons use"),
    ("Two suspected militants died near Garissa on Monday when the explosives they were "
     "transporting on a motorbike went off.", "Disrupted weapons use"),
    ("Police discover and dismantle a bomb planted outside a church in Garissa.",
     "Disrupted weapons use"),
    ("A bomb planted by militants went off at a bus stop in Mandera on Monday, killing "
     "three.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bomb_accidents_and_defusals(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
