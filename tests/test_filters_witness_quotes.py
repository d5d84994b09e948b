"""Words a witness or an official speaks about the event told before, quoted at the
start of a sentence with no number, place or name of their own ("'They were shooting at
everyone they saw,' a trader said"), retell that event: a reference that joins it if it
matches and never starts an event (filters.references._witness_words, RETOLD). So does the event a
reference noun takes with "for" ("resigned, taking responsibility for the deaths";
filters.references._retold_as_referred_to)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 6, 26)


def test_a_traders_quoted_words_retell_the_attack(nlp: Language) -> None:
    text = ("Gunmen attacked a market in Mandera on Tuesday, killing six traders, police "
            "said. \"They were shooting at everyone they saw,\" a trader said from his "
            "hospital bed.")
    assert statuses(nlp, text, "shooting", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1 and events[0].fatalities == 6, describe(events)


def test_quoted_words_with_a_count_and_a_place_stay_new(nlp: Language) -> None:
    text = ("Officers opened fire on protesters outside the county offices in Kisumu on "
            "Tuesday, a hospital official said. \"Gunmen killed three traders in Migori "
            "this morning,\" the governor said.")
    assert statuses(nlp, text, "killed", PUBLISHED) == ["new"]


def test_deaths_a_minister_took_responsibility_for_are_those_told(nlp: Language) -> None:
    text = ("Officers opened fire on protesters outside the county offices in Kisumu on "
            "Tuesday, killing four of them, a hospital official said. The interior minister "
            "resigned late on Tuesday, taking responsibility for the deaths.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"], \
        describe(events)
