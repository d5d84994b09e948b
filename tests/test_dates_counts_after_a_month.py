"""A number after a month name that counts people ("in May 14 more were shot", "Oct. 7
people died") is a count, not the month's day: the phrase is the month alone
(data/dates.yaml counted_after_a_day). After "on" the number stays a day ("on May 14
people marched"), as does a day followed by anything else."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.resolve.dates import find_date_phrases

PUBLISHED = dt.date(2023, 9, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("In March, 40 miners died in a landslide, and in May 14 more were shot dead at the "
     "same pit.", [("In March", 3), ("in May", 3)]),
    ("Local officials said that in June 9 others were wounded in the district.",
     [("in June", 3)]),
    # a day all the same
    ("On May 14 people marched through the capital.", [("May 14", 1)]),
    ("Police dispersed the march on May 14 with tear gas.", [("May 14", 1)]),
])
def test_a_count_after_a_month_is_no_day(text: str, expected: list[tuple[str, int]]) -> None:
    found = [(p.text, p.precision) for p in find_date_phrases(text, PUBLISHED)]
    assert found == expected
