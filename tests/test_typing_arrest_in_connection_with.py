"""An act named after "in connection with" on an arrest ("police arrested four men in
connection with the killing") is the arrest's reason, an act the story told before, not
an event of its own (issue #3): typing_armed.accused_of reads it as it reads "suspects
linked to the bombings" (typing.yaml link_nouns). Before, the act outranked the arrest."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_arrest_in_connection_with_an_attack(nlp: Language) -> None:
    text = ("Police in Garissa said on Thursday they had arrested six men in connection "
            "with the attack, and were still searching for two others.")
    events = coded_events(nlp, text, "2024-05-10")
    assert [e.sub_event_type for e in events] == ["Arrests"], describe(events)


def test_killing_told_then_arrests_in_connection_with_it(nlp: Language) -> None:
    text = ("Gunmen shot dead a chief in Marsabit on Sunday. Police arrested four men in "
            "connection with the killing on Tuesday.")
    events = coded_events(nlp, text, "2024-05-06")
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Attack"], describe(events)
