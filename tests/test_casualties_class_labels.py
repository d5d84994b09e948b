"""School class labels ("Form Four", "Standard Eight", "grade 7") are no head counts."""

from __future__ import annotations

import pytest
from fixtures_mentions import casualty_mention
from spacy.language import Language

_mention = casualty_mention


# "Form Four", "Standard Eight", "grade 7" name a school class: the number is no count.
CLASS_LABELS = [
    ("A Form Four student was stabbed to death by a classmate in Kisii on Monday.",
     "stabbed", 1),
    ("Two Form One students were killed when gunmen attacked their school near Garissa.",
     "killed", 2),
    ("A Standard Eight pupil was shot dead by police in Kisumu on Tuesday.", "shot", 1),
    ("A grade 7 pupil was killed by a stray bullet in Mathare.", "killed", 1),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CLASS_LABELS)
def test_a_school_class_number_is_no_head_count(
    nlp: Language, text: str, trigger: str, expected: int
) -> None:
    assert _mention(nlp, text, trigger).fatalities == expected
