"""A war dated by its years as the killer of a toll ("the country's 1975-1990 civil
war killed some 150,000 people") is its history, not an event of the story's day:
the war noun, subject of the toll's verb, is named by a year before publication
(filters: a year that names the event, now also the war that killed). A toll of this
year's fighting with no year before it stays new."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)

CASES = [
    ("Angola's 1975-2002 civil war killed about half a million people.", "killed",
     "background"),
    ("The 1998 border war with Eritrea killed tens of thousands of soldiers on both "
     "sides.", "killed", "background"),
    # the day's fighting, no year naming it: new
    ("The clashes killed at least nine soldiers near the border town on Sunday.",
     "clashes", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_toll_of_a_war_dated_by_its_years(nlp: Language, text: str, trigger: str,
                                          expected: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == expected
