"""A sentence that opens at another time of the day ("Later on Saturday, ...", "Hours
later, ...") and names its own place tells a new scene: a strike there is another
event, even within the 25 km that otherwise makes two towns one incident's place; at
the same place it still joins (merge.yaml another_time_openings)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2024, 7, 14))


def test_a_strike_later_that_day_at_a_nearby_town_is_another_event(nlp: Language) -> None:
    text = ("An Israeli air strike killed at least 12 people at a school in Deir al-Balah "
            "on Saturday, the health ministry said.\n\n"
            "Later on Saturday, an Israeli air strike hit a house in Khan Younis, killing "
            "five people, medics said.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Air/drone strike"]
    assert sorted(e.fatalities for e in events) == [5, 12]


def test_the_same_strike_told_later_at_its_own_place_joins(nlp: Language) -> None:
    # the guard: the same place is the same incident
    text = ("An Israeli air strike killed at least 12 people at a school in Deir al-Balah "
            "on Saturday, the health ministry said.\n\n"
            "Later on Saturday, rescuers in Deir al-Balah said the air strike had killed "
            "15 people.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_shelling_later_that_day_is_another_strike_where_no_place_is_found(
        nlp: Language) -> None:
    # another weapon at another time of the day: no place needed to keep it apart
    text = ("Government jets bombed a rebel camp in the hills on Saturday, the army said, "
            "killing 9 fighters.\n\n"
            "Later on Saturday, the rebels fired mortar shells at army posts along the "
            "ridge, wounding three soldiers, an army spokesman said.")
    events = _events(nlp, text)
    assert sorted(e.sub_event_type for e in events) == [
        "Air/drone strike", "Shelling/artillery/missile attack"], [
        (e.sub_event_type, e.location) for e in events]
