"""The event told before, told again with the hour or the place it began ("residents
said the shooting started at dawn", "The fighting broke out at a market"): no new event
(issue #3; filters.history._how_told_fighting_began, onset_prepositions in data/filters.yaml)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_the_hour_the_shooting_started(nlp: Language) -> None:
    text = ("Al Shabaab fighters attacked a military base in Dhobley on Saturday and troops "
            "fought them off after hours of fighting, the army said. Residents said the "
            "shooting started at dawn and went on until noon.")
    assert first_status(nlp, text, "shooting", PUBLISHED) == "background"
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_a_first_shooting_in_the_story_stays(nlp: Language) -> None:
    # no shooting told before: the sentence tells the event
    text = "The shooting started at dawn in Dhobley on Saturday, killing three soldiers."
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
