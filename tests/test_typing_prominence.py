"""A trigger's prominence (how near its sentence's main verb it stands) lifts its
mention's confidence: the main clause reports the event, an embedded clause often
a report of it or a side detail."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import detected
from spacy.language import Language

from eventcoder.extract.typing_base import prominence

PUBLISHED = dt.date(2024, 3, 5)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Gunmen shot dead two traders in Mandera.", "shot", 0.15),  # the sentence's root
    ("Residents said gunmen shot dead two traders.", "shot", 0.1),  # one step down
    ("Elders told reporters that residents feared that gunmen would shoot traders.",
     "shoot", 0.05),
])
def test_prominence_counts_the_steps_to_the_root(
        nlp: Language, text: str, trigger: str, expected: float) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert prominence(doc[token.i:token.i + 1]) == expected


def test_main_clause_attack_is_more_confident_than_a_reported_one(nlp: Language) -> None:
    told = detected(nlp, "Gunmen shot dead two traders in Mandera on Monday.", PUBLISHED)
    reported = detected(nlp, "Residents said gunmen shot dead two traders in Mandera on Monday.",
                        PUBLISHED)
    assert [m.sub_event_type for m in told] == [m.sub_event_type for m in reported] == ["Attack"]
    assert told[0].confidence > reported[0].confidence
