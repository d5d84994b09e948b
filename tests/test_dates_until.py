""""The shooting went on until around midday on Friday": the day after "until" (with a
time of day between) is when the fight ended, not the event's day. Nor is a statement's
day the day of the toll it tells in the past perfect, when the lead dates the fight
earlier."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.resolve.dates import find_date_phrases

D = dt.date


def test_until_a_time_of_day_on_a_weekday_is_no_event_day() -> None:
    published = D(2024, 5, 4)
    for text in ("the gunfire went on until around midday on Friday",
                 "fighting lasted until late on Friday",
                 "clashes continued till dawn on Friday"):
        assert find_date_phrases(text, published) == [], text
    assert find_date_phrases("they attacked around midday on Friday", published)


def test_the_fight_is_dated_by_its_start_not_its_end(nlp: Language) -> None:
    text = ("ISIOLO, Kenya, May 4 (Reuters) - Armed raiders attacked a village near Isiolo on "
            "Thursday evening and drove away hundreds of goats, police said.\n\n"
            "Herders fought back and the exchange of fire with the raiders went on until around "
            "midday on Friday, a police commander said.")
    events = coded_events(nlp, text, "2024-05-04")
    fights = [e for e in events if e.event_type == "Battles"]
    assert fights and all(e.event_date == D(2024, 5, 2) for e in fights), describe(events)


def test_a_toll_told_in_a_later_statement_takes_the_leads_day(nlp: Language) -> None:
    text = ("TRIPOLI, May 6 (Reuters) - Rival militias fought for control of the airport road "
            "in southern Tripoli on Saturday, residents said.\n\n"
            "The health ministry said on Sunday that 12 people had been killed and 30 wounded "
            "in the clashes between the militias.")
    events = coded_events(nlp, text, "2024-05-06")
    fights = [e for e in events if e.event_type == "Battles"]
    assert fights and all(e.event_date == D(2024, 5, 4) for e in fights), describe(events)
