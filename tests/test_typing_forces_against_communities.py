"""Forces against a community named alone (issue #3): "seven Pokot were killed by
police", "soldiers attacked Kenyan Pokot" name the community's armed men, and ACLED
codes forces fighting them as an armed clash with its identity militia. A community's
name on civilians ("Maasai herders", "a Pokot village") stays an attack on civilians."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2021, 11, 3)

CASES = [
    ("At least five Turkana were shot dead by police during a security operation near "
     "Lokori on Monday.", "Armed clash"),
    ("Soldiers crossed the border and attacked Kenyan Pokot near Amudat on Sunday.",
     "Armed clash"),
    # the community's name on civilians: an attack on them
    ("Police shot dead two Samburu herders near Baragoi on Monday.", "Attack"),
    ("Soldiers attacked a Pokot village near Amudat on Sunday, residents said.", "Attack"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_forces_against_a_community(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
