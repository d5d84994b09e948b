"""An event told before, named again by someone who judges it ("calling the assaults
abhorrent", "has called the killing inexcusable", "calling the raid harassment"): the
event told before, referred to (filters.references._named_in_a_judgement), not a new one, nor a
plan ("called" also calls for things); "called a strike for Monday" is still a call."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import detected, trigger_statuses
from spacy.language import Language

from eventcoder.extract.filters import RETOLD

PUBLISHED = dt.date(2024, 3, 11)
TEXT = ("Gunmen shot dead a village chief and his son near the town of Beni on Sunday, "
        "local officials said. The provincial governor visited the family on Monday, "
        "calling the shooting a cowardly act and promising to find those responsible.")


def test_a_judged_event_is_the_event_told_before(nlp: Language) -> None:
    found = [(m.status, m.status_kind) for m in detected(nlp, TEXT, PUBLISHED)
             if m.trigger_text == "shooting"]
    assert found == [("reference", RETOLD)]
    events = coded_events(nlp, TEXT, PUBLISHED)
    assert [e.event_date for e in events] == [dt.date(2024, 3, 10)], describe(events)


def test_a_call_for_a_strike_is_still_a_call(nlp: Language) -> None:
    text = ("Police fired tear gas at opposition supporters in the capital on Sunday. The "
            "opposition leader called a general strike for Thursday.")
    assert trigger_statuses(nlp, text, PUBLISHED)["general strike"] == "plan"
