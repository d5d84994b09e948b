"""An armed-act noun a superlative ranks among others ("one of the deadliest attacks on
the force in years"), beside another event word of its sentence, places the act the
sentence tells among others: no act of its own (issue #3; typing_armed.ranks_an_event_told,
typing.yaml ranking_heads, dropped with the doer nouns in events.detect_mentions).
Before, such a noun in a statement about last month's killing was a new event dated the
statement's day.

The first test fails without the rule; the guard keeps the act the sentence tells."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_ranked_attack_of_last_month_is_no_event_of_the_statements_day(nlp: Language) -> None:
    text = ("Militants killed 14 policemen when they overran a checkpoint near Bannu last "
            "month, the provincial governor said on Monday, giving the first toll of one of "
            "the deadliest attacks on the force in years.")
    events = coded_events(nlp, text, "2024-06-04")
    assert not [e for e in events if e.event_date == dt.date(2024, 6, 3)], describe(events)


def test_the_act_the_ranking_sentence_tells_stays(nlp: Language) -> None:
    text = ("Gunmen killed 12 worshippers at a mosque in Kano on Friday in the worst attack "
            "on the city since 2014, police said.")
    events = coded_events(nlp, text, "2024-06-04")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 12)],\
        describe(events)
