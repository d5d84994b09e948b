"""A count of people abducted over a whole country ("more than 4,700 people were
kidnapped across Nigeria in the year to June") is a round-up of many incidents, as a
toll over a whole country is (filters.statistics._across_a_country, _COUNTRY_TOLL_LABELS); one
night's arrests across the country stay out of that reading."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 8)


def test_abductions_counted_across_a_country_are_a_round_up(nlp: Language) -> None:
    text = ("Gunmen abducted 15 travellers from a bus near Kaduna on Monday, police said. "
            "Some 3,000 people were abducted across Nigeria in the twelve months to March, "
            "a risk consultancy said.")
    assert statuses(nlp, text, "abducted", PUBLISHED) == ["new", "statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert events[0].event_date == dt.date(2024, 5, 6), describe(events)


def test_wounds_treated_across_a_country_are_a_round_up(nlp: Language) -> None:
    # the toll word is a noun under "for": the spread phrase hangs on it or its verb
    text = ("Police shot dead three marchers in Nakuru on Monday, a hospital said. Some 60 "
            "people were treated for injuries across the country, the health ministry said.")
    assert statuses(nlp, text, "injuries", PUBLISHED) == ["statistic"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
