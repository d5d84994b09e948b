"""Arrests at a demonstration are its intervention (ACLED codes them in the protest):
told in its sentence or later in its story, at its own place and day, by state forces,
they join it and make it at least a Protest with intervention. Arrests elsewhere stay
an event of their own."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 3, 22))


def test_arrests_told_later_in_a_protest_story_are_its_intervention(nlp: Language) -> None:
    text = ("KAMPALA, March 22 (Reuters) - Hundreds of market vendors marched through "
            "Kampala on Tuesday to protest against new trading fees, witnesses said.\n\n"
            "Police said they had arrested 40 people in Kampala on Tuesday.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"], events
    assert (events[0].actor2 or "").startswith("Police Forces of Uganda"), events[0].actor2


def test_arrests_in_another_town_stay_apart(nlp: Language) -> None:
    text = ("KAMPALA, March 22 (Reuters) - Hundreds of market vendors marched through "
            "Kampala on Tuesday to protest against new trading fees, witnesses said.\n\n"
            "Police said they had arrested 40 people in Gulu on Tuesday.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Arrests", "Peaceful protest"], types
