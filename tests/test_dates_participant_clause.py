"""Which day of its own sentence is the mention's: a day inside a relative or participle
clause on people ("two traders shot dead on 3 May", "three men who were shot a day before")
tells what befell those people earlier, not the day of the sentence's own event, which
stands outside that clause. A clause on an event noun ("a raid carried out on 4 May")
still dates that event."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_day_on_earlier_victims_does_not_date_the_revenge(nlp: Language) -> None:
    text = ("Raiders shot dead a herder near Garsen in revenge for two traders killed on "
            "3 May.")
    events = coded_events(nlp, text, "2023-05-20")
    assert events, describe(events)
    assert all(e.event_date != dt.date(2023, 5, 3) for e in events), describe(events)


def test_a_day_before_in_a_clause_on_the_dead_is_not_the_riot(nlp: Language) -> None:
    text = ("14 March 2022: Rioters stoned police officers in Mandera town. They were "
            "protesting against the deaths of two youths who they said were shot by "
            "officers a day before.")
    events = coded_events(nlp, text, "2022-03-20")
    riots = [e for e in events if e.event_type == "Riots"]
    assert [e.event_date for e in riots] == [dt.date(2022, 3, 14)], describe(events)


def test_a_clause_on_an_event_noun_still_dates_it(nlp: Language) -> None:
    text = "A raid carried out on 4 May killed five suspected poachers near Tsavo."
    events = coded_events(nlp, text, "2023-05-20")
    assert [e.event_date for e in events] == [dt.date(2023, 5, 4)], describe(events)
