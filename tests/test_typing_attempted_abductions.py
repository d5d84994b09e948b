"""An abduction only attempted (issue #3): "attacked and tried to kidnap a nun",
"militants who had attempted to abduct a teacher" took nobody away; ACLED codes the
violence of the attempt (an attack on civilians, or a battle with forces). An
abduction carried out stays one."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2022, 8, 9)

CASES = [
    ("Gunmen stormed a school in Mandera on Monday and tried to abduct two teachers "
     "before fleeing.", "Attack"),
    ("Soldiers attacked militants who had attempted to kidnap an aid worker near Dadaab.",
     "Armed clash"),
    ("Gunmen abducted two teachers from a school in Mandera on Monday.",
     "Abduction/forced disappearance"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_attempted_abductions(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
