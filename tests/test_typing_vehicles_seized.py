"""A vehicle or vessel seized is no territory (issue #3): "pirates captured a fishing
vessel ... and held its crew", "a tanker was seized after being attacked" are typed by
the hostage-taking or the attack told with them, never as a non-state actor
overtaking territory. A town captured still is."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 1, 6)

CASES = [
    ("Somali pirates captured a fishing vessel off Lamu on Sunday and held its 20 crew "
     "members captive.", "Abduction/forced disappearance"),
    ("A Greek-owned tanker was seized by pirates off the coast of Mombasa on Monday after "
     "being attacked.", "Attack"),
    ("Al Shabaab fighters captured the town of Bulo Hawo on Sunday after heavy fighting.",
     "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_vehicles_seized(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
