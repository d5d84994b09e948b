"""A camp named only by its place (issue #3): "gunmen stormed Kakuma camp", "an attack
on Olgana camp" hit a settlement of refugees, herders or fishermen, an attack on
civilians; a forces' camp says whose it is ("the Mokowe GSU camp", "a police camp")
and an attack on it is a battle."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2021, 6, 18)

CASES = [
    ("Two people were killed when an unknown group stormed Kalobeyei camp on Sunday night.",
     "Attack"),
    ("Gunmen attacked Mokowe GSU camp on Sunday night.", "Armed clash"),
    ("Gunmen attacked a police camp near Hindi on Sunday night.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_camps_named_by_place(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
