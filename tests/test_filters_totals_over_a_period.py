"""A count of many people told over a stretch of time that runs back from the telling
("said it had killed about 40 militants over the previous fortnight", "more than 900
people were killed in the first three months of the year") is that stretch's total, a
statistic, not one event (issue #3; filters.statistics._total_over_a_period). A toll with a day of
its own stays the day's."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2023, 9, 14)


def test_a_fortnight_of_operations_is_a_total(nlp: Language) -> None:
    text = ("Bandits abducted 14 farmers near the town of Gusau on Tuesday, residents said. "
            "The air force said on Monday that it had killed more than 60 bandits in raids "
            "across the state over the past two weeks.")
    assert statuses(nlp, text, "killed", PUBLISHED) == ["statistic"]


def test_the_first_months_of_a_year_are_a_total(nlp: Language) -> None:
    text = ("Gunmen shot dead a village chief in the Artibonite region on Tuesday, police "
            "said. More than 800 people were killed in the first six months of the year, "
            "according to a rights group.")
    assert statuses(nlp, text, "killed", PUBLISHED) == ["statistic"]


def test_a_count_of_the_day_beside_a_period_stays_new(nlp: Language) -> None:
    text = ("Police arrested more than 40 suspected gang members in raids across the city "
            "on Tuesday, the first arrests in the past two months.")
    assert statuses(nlp, text, "arrested", PUBLISHED) == ["new"]
