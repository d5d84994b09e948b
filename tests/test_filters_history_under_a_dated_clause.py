"""A clause told as the time or the cause of an older one ("was overrun in 2019 when
fighters stormed ... before the army retook it", "since March, when two traders were
found dead after being abducted"): it happened then, history of the story, not a new
event (issue #3; filters.history._past_time_of_a_governing_clause)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_clauses_under_a_verb_dated_by_an_earlier_year(nlp: Language) -> None:
    text = ("Troops killed six militants in a raid near Kismayo on Monday, the army said. "
            "The town was left in ruins in 2019 when militants held it for four months "
            "before the army retook it.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_a_clause_on_an_earlier_month(nlp: Language) -> None:
    text = ("Hundreds of traders marched peacefully through Nakuru on Monday, police said. "
            "Tension in the town had been high since March, when two herders were found "
            "burned to death after being abducted by gunmen.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"], describe(events)


def test_a_clause_under_the_days_event_stays(nlp: Language) -> None:
    # (a weekday, not an earlier year: the when-clause is the event's own time)
    text = ("Militants attacked a police post in Lamu on Sunday when officers were changing "
            "shifts, killing two of them, police said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1 and events[0].event_date == dt.date(2024, 5, 19), describe(events)
