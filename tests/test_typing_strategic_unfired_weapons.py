"""Unfired rockets or shells removed after an attack are weapons taken out of
use: Disrupted weapons use by the forces who removed them, not another mention
of the fire (issue #3). Needs 'unfired' among the disrupted_weapons phrases
(data/triggers.yaml). ('rockets that had not been fired' is still read as
negated fire, like 'a bomb that did not explode': the filters' negation.)"""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_DISR = "Disrupted weapons use"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_police_remove_unfired_rockets(nlp: Language) -> None:
    text = ("Police in Basra removed four unfired rockets from a burnt-out van on "
            "Sunday, a police officer said.")
    assert _types(nlp, text) == [_DISR]
