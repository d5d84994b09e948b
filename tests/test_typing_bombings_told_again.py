"""A bombing named again by "the attack" (issue #3): after "a roadside bomb hit a
police truck, killing six officers", "Al Shabaab carried out the attack" or "fled
after the attack" tell the same bombing, and every new mention keeps the bombing's
type (a battle or an attack read from "the attack" would be a second event, or
outrank the bombing by ACLED precedence when the mentions merge)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2021, 6, 18)
IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("second", [
    "Police said Al Shabaab militants carried out the attack.",
    "Al Shabaab fighters fled towards the border after the attack.",
])
def test_the_attack_after_a_roadside_bomb(nlp: Language, second: str) -> None:
    text = ("A roadside bomb hit a police truck near Elwak on Thursday, killing six "
            "officers. " + second)
    assert {m.sub_event_type for m in new_mentions(nlp, text, PUBLISHED)} == {IED}


def test_an_attack_without_a_determiner_is_its_own(nlp: Language) -> None:
    """("gunmen attacked a patrol"): a new attack, no name for the bombing."""
    text = ("A roadside bomb hit a police truck near Elwak on Thursday, killing six "
            "officers. On Friday gunmen attacked a police patrol in Lafey.")
    assert "Armed clash" in {m.sub_event_type for m in new_mentions(nlp, text, PUBLISHED)}
