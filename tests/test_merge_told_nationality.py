"""Civilians named by a nation other than the event country's are the victims the merge
keeps over the event country's civilians, which are only what an untold nationality
defaults to ('gunmen shot dead a refugee' then 'they shot the Ethiopian refugee')."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2024, 3, 5))


def test_the_told_nationality_names_the_victims(nlp: Language) -> None:
    text = ("LODWAR, Kenya, March 5 - Gunmen shot dead a refugee inside Kakuma camp in "
            "Turkana County on Monday night, police said.\n\nThe gunmen shot the Ethiopian "
            "refugee twice in the chest as he closed his small shop, a camp official said.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Attack"], events
    assert events[0].actor2 == "Civilians (Ethiopia)", events


def test_home_civilians_stay_when_no_other_nation_is_told(nlp: Language) -> None:
    # the guard: a story that names no foreign nation keeps the country's civilians
    text = ("LODWAR, Kenya, March 5 - Gunmen shot dead a trader in Lodwar town on Monday "
            "night, police said.\n\nThe gunmen shot the trader twice in the chest as he "
            "closed his small shop, a local official said.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Attack"], events
    assert events[0].actor2 == "Civilians (Kenya)", events
