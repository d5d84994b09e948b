"""Status rules (issue #3): a verbless headline's verb. Agency headlines drop the
article and use the bare present ("Flood victims protest."): the parser reads the event
word as a noun, hung on the subject ("victims of ... protest" then reads as a reference
to a protest) or as a compound of its object ("union protest plans to ..." then reads as
a planned protest). The protest happened; a real plan ("announces protest plans") and a
noun with a verb in the sentence stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 6, 14)


@pytest.mark.parametrize("text", [
    "Relatives of a drowned fisherman protest.",
    "Victims of a pyramid scheme protest.",
    "Dock workers union protest plans to sell the port.",
])
def test_a_headline_protest_is_a_protest(nlp: Language, text: str) -> None:
    assert statuses(nlp, text, "protest", PUBLISHED) == ["new"]
    events = coded_events(nlp, text, PUBLISHED.isoformat())
    assert [e.sub_event_type for e in events] == ["Peaceful protest"], describe(events)


def test_protest_plans_announced_stay_a_plan(nlp: Language) -> None:
    text = "The dock workers union announced protest plans."
    assert statuses(nlp, text, "protest", PUBLISHED) == ["plan"]


def test_victims_who_protested_a_protest_told_with_a_verb(nlp: Language) -> None:
    # the twin with a verb of its own: "victims of the protest" are the protest's victims
    text = "Victims of the protest were treated in hospital."
    assert statuses(nlp, text, "protest", PUBLISHED) != ["new"]
