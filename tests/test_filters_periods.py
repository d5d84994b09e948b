"""Status rules (issue #3): whose period a "since" phrase gives.
A cumulative total is told over a period; a period that only describes someone the
event is about does not make the event a total. Each case has a twin that must
stay as it was; each test fails without its rule."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import detected, first_status, statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)



CASES = [
    # The period of those the demonstrators protest against, not of the protest.
    ("Traders have protested against hawkers who have occupied the market since 2015.",
     "protested", "new"),
    ("Hundreds of stall owners in Thika have demonstrated over the handing of a park to "
     "vendors who flooded the town since the new governor took office.",
     "demonstrated", "new"),
    # The period of the attacks themselves: a total.
    ("The militia has killed 50 people in attacks that have continued since 2019.",
     "killed", "statistic"),
    # The doer's years are the toll's years: a total.
    ("Boko Haram, which has waged an insurgency since 2009, has killed more than "
     "40,000 people.", "killed", "statistic"),
    # A plain total since a date.
    ("At least 300 people have been killed in clashes since January.", "clashes",
     "statistic"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), CASES)
def test_period_belongs_to_its_clause(nlp: Language, text: str, trigger: str,
                                      status: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == status


HISTORY_CASES = [
    # A month of an earlier year: history, not the day's news.
    ("Insurgents ambushed a convoy near Kidal on Saturday. The army, which recaptured "
     "the town last November, has vowed to hold it.", "recaptured", "background"),
    # A clause about a war dated by its years tells the war's history.
    ("Many fear a return to the civil war of 2013 to 2018, which ended when a peace deal "
     "brought the rebel leader back into government.", "peace deal", "background"),
    # ... not a clause about a noun with no year.
    ("Rebels attacked Bunia on Monday. The town, which gunmen raided before dawn, lies "
     "near the border.", "raided", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), HISTORY_CASES)
def test_history_of_a_dated_noun(nlp: Language, text: str, trigger: str,
                                 status: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == status


MONTH_CASES = [
    # A month before the publication's, with no day: history told by month.
    ("Ukrainian troops retook Izium on Saturday. Russian forces had captured the town in "
     "April after weeks of fighting.", "captured", "background"),
    ("Fighting around Las Anod broke out in February after elders declared for the federal "
     "government.", "Fighting", "background"),
    ("The president declared a unilateral ceasefire in October.", "ceasefire", "background"),
    ("Police arrested 40 protesters in Nairobi in April 2022.", "arrested", "background"),
    # ... not the publication's month, a day of a month, or a month deeper in the clause.
    ("Gunmen killed 12 people in Gwoza in September.", "killed", "new"),
    ("Gunmen killed 12 people in Gwoza on April 3.", "killed", "new"),
    ("Gunmen killed 12 people in Gwoza, a town which militants also attacked in March.",
     "killed", "new"),
    # A clause joined by "and" to month-dated history, with its own day or its own doer,
    # is news (see below for one with neither).
    ("Troops retook the town in March and launched an offensive against the hills on "
     "Sunday.", "offensive", "new"),
    ("Troops retook the town in March and the rebels launched an offensive against it.",
     "offensive", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), MONTH_CASES)
def test_history_told_by_month(nlp: Language, text: str, trigger: str, status: str) -> None:
    found = statuses(nlp, text, trigger, dt.date(2022, 9, 12))
    assert found and found[0] == status


LASTING_CASES = [
    # A present perfect that has lasted weeks or longer tells a situation, not the day's event.
    ("Traders have blockaded the only road into Djibo for months.", "blockaded the only road",
     "habitual"),
    ("Bandits have raided villages along the Kaduna highway for years.", "raided", "habitual"),
    ("Pastoralists have clashed with farmers over grazing land for decades.", "clashed",
     "habitual"),
    # ... not a few days of fighting, a simple past, or demonstrators still out.
    ("Troops have fought the rebels around the town for two days.", "fought", "new"),
    ("Bandits raided villages along the Kaduna highway for hours on Sunday.", "raided", "new"),
    ("Nurses have marched outside the ministry for weeks.", "marched", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), LASTING_CASES)
def test_a_situation_that_has_lasted_long(nlp: Language, text: str, trigger: str,
                                          status: str) -> None:
    found = statuses(nlp, text, trigger, dt.date(2022, 9, 12))
    assert found and found[0] == status


PERIOD_OF_EVENTS_CASES = [
    # Many events told as one stretch of time: a period, not an event.
    ("More than 30 people have died in two months of protests, a rights group said.",
     "protests", "statistic"),
    ("Residents returned to the town after weeks of fighting between the army and the "
     "rebels.", "fighting", "statistic"),
    # ... not a date ("the month of August"), nor days of one battle.
    ("During the month of August, gunmen shot dead four traders in Butere.", "shot dead",
     "new"),
    # The month of what an event noun was aimed at dates the event too.
    ("The opposition leader survived a gun attack on a protest march in October.", "protest",
     "background"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), PERIOD_OF_EVENTS_CASES)
def test_a_period_of_many_events(nlp: Language, text: str, trigger: str, status: str) -> None:
    found = statuses(nlp, text, trigger, dt.date(2022, 9, 12))
    assert found and found[0] == status


def test_a_joined_clause_goes_on_with_the_month_dated_story(nlp: Language) -> None:
    # no subject and no time of its own: the offensive is the history's, not news
    found = detected(nlp, "Troops retook the town in March and used it as a staging post for "
                     "an offensive against rebel-held hills.", dt.date(2022, 9, 12))
    assert found and {m.status for m in found} == {"background"}


EARLIER_CASES = [
    # An event noun named as an earlier one, after the story's event: background.
    ("Gunmen raided Kapedo on Monday. Previous attacks on the town were blamed on "
     "bandits.", "attacks", "background"),
    ("Thousands marched through Dakar on Saturday. Earlier protests against the delay, in "
     "which three people were killed, had been broken up with tear gas.", "protests",
     "background"),
    # ... not "recent" ones with their own day, nor earlier people.
    ("Gunmen raided Kapedo on Monday. Recent clashes between the two clans killed 12 "
     "people on Sunday.", "clashes", "new"),
    ("Gunmen raided Kapedo on Monday. Previous raiders were shot dead by police.",
     "shot dead", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), EARLIER_CASES)
def test_events_named_as_earlier_ones(nlp: Language, text: str, trigger: str,
                                      status: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == status


@pytest.mark.parametrize(("text", "status"), [
    ("Gunmen stormed the studio on Tuesday. No one had been arrested by Wednesday.",
     "negated"),
    ("Gunmen stormed the studio on Tuesday. Nobody was detained.", "negated"),
    ("Gunmen stormed the studio on Tuesday. Police arrested 13 people.", "new"),
])
def test_nobody_arrested_is_no_arrest(nlp: Language, text: str, status: str) -> None:
    found = [m.status for m in detected(nlp, text, PUBLISHED)
             if m.sub_event_type == "Arrests"]
    assert found == [status]
