"""A crowd word whose apposition names an armed group ("a youth, a Pokot militia")
is that armed group, not an unarmed crowd: its violence is no mob violence."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary
from spacy.language import Language

PUBLISHED = dt.date(2021, 11, 20)

CASES = [
    ("On Monday, a youth Turkana militia (whose members are said to be teenagers) shot "
     "and killed two herders near Kapedo.", "Attack"),
    # ... and a crowd with no armed group named stays a mob.
    ("On Monday a crowd of youths beat two suspected thieves to death near Kapedo.",
     "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), CASES)
def test_an_armed_apposition_makes_the_crowd_armed(nlp: Language, text: str,
                                                   sub_event_type: str) -> None:
    found = primary(nlp, text, PUBLISHED)
    assert found is not None and found.sub_event_type == sub_event_type
