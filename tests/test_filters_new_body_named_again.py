"""A body just formed, named again (issue #3): after the story told a change to a
group, a definite group noun it calls new ("a rival faction stayed out of the new
alliance"; filters.habits._the_new_body_named_again) is that body, evidence of the change told
before, no change of its own. A new alliance told first stays the change."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 4, 15)


def test_the_new_alliance_named_again(nlp: Language) -> None:
    text = ("Three armed factions in southern Libya said on Sunday they had merged to form "
            "a single force under one command. A fourth faction, the largest in the region, "
            "stayed out of the new alliance.")
    assert statuses(nlp, text, "alliance", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_a_new_alliance_told_first_stays_the_change(nlp: Language) -> None:
    text = ("Three armed factions in southern Libya announced a new alliance on Sunday, "
            "their spokesman said.")
    assert "new" in statuses(nlp, text, "alliance", PUBLISHED) + statuses(
        nlp, text, "new alliance", PUBLISHED)
