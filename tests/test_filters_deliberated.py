"""A step a government or group is weighing ("was considering pulling out of the task
force", "is considering the possibility of regaining its bases") is a plan, not a
step taken (plan_verbs: the progressive forms of deliberation; "considered" stays out,
as it also judges: "is considered missing", "considered the raid illegal")."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 6)


def test_a_withdrawal_being_weighed_is_a_plan(nlp: Language) -> None:
    text = ("Jihadists killed 12 soldiers at a border post near Menaka on Saturday, the army "
            "said. The government said it was mulling a withdrawal of its troops from the "
            "remaining border posts.")
    assert trigger_statuses(nlp, text, PUBLISHED)["withdrawal of"] == "plan"
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)

