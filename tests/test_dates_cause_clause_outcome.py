"""A subjectless participle told right after an "after ..." clause ("after raiders
stormed the market on Friday, sparking a gun battle") tells that clause's outcome: an
event it names takes the clause's day, though the parser may hang the participle on the
main verb."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def test_outcome_participle_takes_the_cause_clause_day(nlp: Language) -> None:
    # published on a Sunday; the storming and the gunfight it set off were on Friday
    text = ("KADUNA, March 10 (Reuters) - The local council chairman said he had fled his "
            "office after bandits stormed the town hall on Friday, setting off a gunfight "
            "with his guards that went on for hours.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events and all(e.event_date == D(2024, 3, 8) for e in events), describe(events)


def test_a_participle_with_its_own_subject_is_no_outcome(nlp: Language) -> None:
    # the clause after the comma has its own subject: Friday stays the cause's day
    text = ("KADUNA, March 10 (Reuters) - Youths clashed with police in Birnin Gwari after "
            "bandits stormed the cattle market on Friday, officials said on Sunday.")
    events = coded_events(nlp, text, "2024-03-10")
    battles = [e for e in events if e.sub_event_type == "Armed clash"]
    riots = [e for e in events if e.event_type == "Riots"]
    assert all(e.event_date != D(2024, 3, 8) for e in riots + battles), describe(events)
