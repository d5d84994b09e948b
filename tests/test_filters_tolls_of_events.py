"""The toll of an event told before (issue #3): "gave no toll for the final assault",
"the toll of the bombing" name the event told before, not a new one; it joins that
event as evidence."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
LEAD = "Gunmen stormed a hotel in Mogadishu on Tuesday, killing six guests. "


def test_no_toll_for_the_assault_told_before(nlp: Language) -> None:
    text = LEAD + "Police gave no toll for the final assault on the building."
    assert first_status(nlp, text, "assault", PUBLISHED) == "reference"
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_another_noun_before_the_assault_leaves_it(nlp: Language) -> None:
    # only a toll names the cost of the event told before
    text = LEAD + "Police gave no warning before a second assault on a nearby market."
    assert first_status(nlp, text, "assault", PUBLISHED) == "new"
