"""A note's closing denial "No report of violence" or "no reports of injuries" denies
the violence it names: no Attack of an unidentified group beside the demonstration
(issue #3; filters.status_of_trigger: 'no' on a report noun, report_nouns in
data/filters.yaml, as 'devoid of' / 'free of' already were). A report that is not
denied keeps what it reports."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2018, 2, 13)


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2018-02-13")]


def test_no_report_of_violence_after_a_blockade(nlp: Language) -> None:
    text = ("Hawkers blocked a section of Jogoo Road in Nairobi on Monday, protesting the "
            "demolition of their stalls. No report of violence.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_no_reports_of_injuries_is_denied(nlp: Language) -> None:
    text = ("Police fired tear gas at marchers in Kisumu on Monday. There were no reports "
            "of injuries.")
    assert first_status(nlp, text, "injuries", PUBLISHED) == "negated"


def test_reports_of_injuries_are_no_denial(nlp: Language) -> None:
    text = ("Police fired tear gas at marchers in Kisumu on Monday. There were reports "
            "of injuries.")
    assert first_status(nlp, text, "injuries", PUBLISHED) != "negated"
