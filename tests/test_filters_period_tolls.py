"""A toll told of a whole period, not of the day's event (issue #3): a year's toll
hung on "with" under a verb of being whose subject is the year ("Last year was the
bloodiest ..., with more than 2,000 people killed"; filters.statistics._toll_of_a_period), and a
count coordinated with a running total "since" a date, which counts over the same
period ("had been killed ... since March, and that 300 had been detained";
filters.statistics._total_of_a_conjunct); a toll "during" unrest whose start a relative clause
dates ("were killed ... during the protests, which began on May 2";
filters.statistics._in_unrest_since_it_began); and a past-perfect count of hundreds detained with
no day or place of its own, an authority's tally
(filters.statistics._detentions_counted_in_hundreds);
and a present-perfect toll in the hundreds whose verb names no place, time, doer or
cause, a movement's or a country's count
(filters.statistics._toll_in_hundreds_with_nothing_of_its_own)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_a_years_toll_after_a_superlative_is_a_statistic(nlp: Language) -> None:
    text = ("Bandits killed nine villagers in Zamfara state on Sunday, police said. "
            "Last year was the bloodiest in the northwest since 2019, with more than 2,000 "
            "people killed in attacks by armed gangs, a monitoring group said.")
    assert set(statuses(nlp, text, "killed", PUBLISHED)) >= {"new", "statistic"}
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1 and events[0].fatalities == 9, describe(events)


def test_arrests_coordinated_with_a_total_since_a_month(nlp: Language) -> None:
    text = ("Troops shot dead four protesters in Gondar on Sunday, witnesses said. "
            "A rights group said last week that more than 20,000 people had fled the "
            "region since March, and that hundreds of young men had been detained in the "
            "capital.")
    assert statuses(nlp, text, "detained", PUBLISHED) == ["statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert "Arrests" not in [e.sub_event_type for e in events], describe(events)


def test_arrests_counted_after_a_total_since_the_protests_began(nlp: Language) -> None:
    # the second count is a clause of its own under the same "said", and the "since"
    # opens a clause ("since the protests began"), not a phrase
    text = ("Troops shot dead four protesters in Gondar on Sunday, witnesses said. The "
            "interior ministry said 210 people had been hurt since the protests began last "
            "month, and 560 people had been detained.")
    assert statuses(nlp, text, "detained", PUBLISHED) == ["statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert "Arrests" not in [e.sub_event_type for e in events], describe(events)


def test_arrests_of_a_day_of_their_own_stay_an_event(nlp: Language) -> None:
    # the conjunct names its own day: the day's arrests, not part of the total
    text = ("Troops shot dead four protesters in Gondar on Sunday, witnesses said. A rights "
            "group said that 20,000 people had fled the region since March, and that 12 men "
            "had been detained in the capital on Sunday.")
    assert statuses(nlp, text, "detained", PUBLISHED) == ["new"]


def test_toll_in_the_unrest_that_began_after_a_vote(nlp: Language) -> None:
    # the relative clause says when the unrest began: the toll of the whole period
    text = ("Officers lobbed tear gas at marchers in Nairobi on Thursday, witnesses said. At "
            "least 40 people have died in the unrest that began after the disputed August "
            "vote, a rights group said.")
    assert statuses(nlp, text, "died", PUBLISHED) == ["statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"], describe(events)


def test_toll_in_the_unrest_of_a_day_stays(nlp: Language) -> None:
    text = ("Officers lobbed tear gas at marchers in Nairobi on Thursday, witnesses said. Two "
            "people died in the unrest, a rights group said.")
    assert statuses(nlp, text, "died", PUBLISHED) == ["new"]



def test_past_toll_during_unrest_whose_start_is_dated(nlp: Language) -> None:
    # in the simple past too, when the relative clause dates the start: the toll of
    # every day since then, told after the coordinated counts
    text = ("Riot officers lobbed tear gas at students in Kampala on Thursday, witnesses said. "
            "A rights commission says nine people were killed and more than 400 injured "
            "during the unrest, which began on May 2.")
    assert statuses(nlp, text, "killed", PUBLISHED) == ["statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert "Attack" not in [e.sub_event_type for e in events], describe(events)


def test_past_toll_during_unrest_with_no_start_date_stays(nlp: Language) -> None:
    # the clause names no day, month or year it began: no stretch of days is told
    text = ("Riot officers lobbed tear gas at students in Kampala on Thursday, witnesses said. "
            "A rights commission says nine people were killed during the unrest, which "
            "began after Friday prayers.")
    assert statuses(nlp, text, "killed", PUBLISHED) == ["new"]


def test_detentions_counted_in_hundreds_with_no_day_are_a_tally(nlp: Language) -> None:
    text = ("Protesters burned a tax office in Sokhumi on Friday and fought police, "
            "witnesses said. The interior ministry said 420 people had been detained, two "
            "opposition leaders among them.")
    assert statuses(nlp, text, "detained", PUBLISHED) == ["statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert "Arrests" not in [e.sub_event_type for e in events], describe(events)


def test_a_prosecutors_count_of_hundreds_detained_is_a_tally(nlp: Language) -> None:
    text = ("Protesters stormed the regional assembly in Aktau on Saturday, officials said. "
            "A prosecutor said 630 people had been detained, most of them students.")
    assert statuses(nlp, text, "detained", PUBLISHED) == ["statistic"]


def test_a_small_count_detained_or_one_with_a_place_stays(nlp: Language) -> None:
    few = ("Protesters burned a tax office in Sokhumi on Friday and fought police, "
           "witnesses said. The interior ministry said 30 people had been detained.")
    assert statuses(nlp, few, "detained", PUBLISHED) == ["new"]
    placed = ("Protesters burned a tax office in Sokhumi on Friday and fought police, "
              "witnesses said. The interior ministry said 420 people had been detained in "
              "Gagra.")
    assert statuses(nlp, placed, "detained", PUBLISHED) == ["new"]


def test_a_toll_in_the_hundreds_with_nothing_of_its_own_is_a_count(nlp: Language) -> None:
    # a present-perfect toll with no place, day, doer or cause: the movement's count
    text = ("Riot officers lobbed tear gas at marchers in Harare on Monday, witnesses said. Rights "
            "groups say more than 300 marchers have been killed.")
    assert statuses(nlp, text, "marchers", PUBLISHED) == ["new", "statistic"]
    # (no lethal force is read from it; its figure may still be attached to the one
    # event of the story by the casualty stage)
    events = coded_events(nlp, text, PUBLISHED)
    types = [e.sub_event_type for e in events]
    assert "Excessive force against protesters" not in types, describe(events)


def test_a_small_toll_or_one_naming_its_event_stays(nlp: Language) -> None:
    few = ("Riot officers lobbed tear gas at marchers in Harare on Monday, witnesses said. Rights "
           "groups say 30 marchers have been killed.")
    assert statuses(nlp, few, "marchers", PUBLISHED) == ["new", "new"]
    named = ("At least 140 villagers have died after a chemical strike hit their valley, "
             "a monitor says.")
    events = coded_events(nlp, named, PUBLISHED)
    assert [e.fatalities for e in events] == [140], describe(events)
