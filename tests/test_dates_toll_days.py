"""A day that only dates a toll given or raised ("the toll, given as 8 by a local source
on Saturday, was raised to 12 by the army on Sunday") is no day of the harm the toll
counts: the wounded told beside it, and the sentences after it, belong to the incident
dated before."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events
from spacy.language import Language


def test_the_wounded_told_beside_a_raised_toll_join_the_incident(nlp: Language) -> None:
    text = ("Gunmen raided a village near Bunia in Congo's Ituri province early on Saturday, "
            "killing at least 12 people, the army said.\n\n"
            "The toll, given as 8 by a local source on Saturday, was raised to 12 by the army "
            "on Sunday, and officials said about 20 people were wounded.")
    events = coded_events(nlp, text, "2024-03-11")
    assert len(events) == 1
    assert events[0].event_date == dt.date(2024, 3, 9)
    assert events[0].injured == 20


def test_a_flag_raised_on_a_day_keeps_that_day(nlp: Language) -> None:
    text = ("Troops raised the national flag over the town hall of Bunia in Congo's Ituri "
            "province on Sunday after rebels withdrew, officials said.")
    events = coded_events(nlp, text, "2024-03-11")
    assert events and all(e.event_date == dt.date(2024, 3, 10) for e in events)
