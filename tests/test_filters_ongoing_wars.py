"""A war told as going on, or as the period a fight belongs to, is no event of the day
(issue #3): a progressive waged against a war noun ("the army is also fighting a
decade-old insurgency in the east"; filters.habits._fighting_an_ongoing_war) is habitual, and
an event noun of a war that what is told of it dates years back ("some of the worst
fighting of a war that killed thousands between 2013 and 2018"; filters.history._of_a_dated_war) is
the
war's, a statistic. Fighting of the day stays new."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 10, 8)


def test_fighting_an_insurgency_is_ongoing(nlp: Language) -> None:
    text = ("Bandits killed 11 people in a raid on a village in Zamfara state on Sunday, "
            "police said. The army is also fighting a decade-old jihadist insurgency in the "
            "northeast.")
    assert statuses(nlp, text, "fighting", PUBLISHED) == ["habitual"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_the_fighting_of_a_war_dated_years_back(nlp: Language) -> None:
    text = ("Soldiers killed two herders near the town of Bor on Saturday, local officials "
            "said. Bor saw some of the heaviest fighting of a war that killed tens of "
            "thousands of people between 2013 and 2018.")
    assert statuses(nlp, text, "fighting", PUBLISHED) == ["statistic"]


def test_fighting_of_the_day_stays_new(nlp: Language) -> None:
    text = ("Government troops were fighting rebels on the outskirts of the town of Bor on "
            "Monday, residents said.")
    assert statuses(nlp, text, "fighting", PUBLISHED) == ["new"]
