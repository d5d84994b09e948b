"""What a group has done over time, told in the perfect with no day: wars a verb in the
perfect has as object ("the two states have fought three wars over the border") are
history (background), and a bare plural target of a perfect verb with a pronoun for
its subject, in a sentence with no number and a clause with no time ("they have also
raided cattle camps in the valley"), a kind of target the group strikes, habitual
(filters.habits._wars_fought_before, _a_kind_of_target_in_the_perfect). A counted or
determined object, a day or a named subject ("herders have raided cattle camps", news
of one raid) keeps the event new."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)

CASES = [
    ("India and Pakistan have fought three wars over the region since independence.",
     "fought", "background"),
    ("They have also raided cattle camps across the valley, driving herders south.",
     "raided", "habitual"),
    # one occasion: a determined object, a count, a day, a subject named
    ("They have raided the cattle camps across the valley, driving herders south.",
     "raided", "new"),
    ("They have raided three cattle camps across the valley, driving herders south.",
     "raided", "new"),
    ("They have also raided cattle camps across the valley on Sunday, driving herders "
     "south.", "raided", "new"),
    ("Armed herders have raided cattle camps across the valley, driving farmers south.",
     "raided", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_what_a_group_has_done_over_time(nlp: Language, text: str, trigger: str,
                                         expected: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == expected
