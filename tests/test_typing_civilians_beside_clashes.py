"""Civilians attacked beside a clash noun (issue #3): a clause whose verb kills or
attacks people it calls civilians ("raiders killed civilians ... four days of
clashes", "ethnic clashes as militia attack civilians") reports an attack on them;
the clash noun names the unrest. A clash with named sides stays a battle."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2021, 11, 3)

CASES = [
    ("Armed raiders killed civilians in Kerio Valley on Sunday, a third day of clashes.",
     "Attack"),
    ("Renewed ethnic clashes as militiamen attack civilians in Molo.", "Attack"),
    # the clash names its sides: a battle
    ("Militiamen who had killed civilians clashed with police in Molo on Sunday.",
     "Armed clash"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_civilians_attacked_beside_clashes(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
