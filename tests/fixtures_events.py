"""Helpers for the end-to-end tests: where a named town is, whether an event is at
or near it, and a readable listing of coded events for assertion messages."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.geo import haversine_km
from eventcoder.merge import NEARBY_KM
from eventcoder.pipeline import DEFAULT_POLICY, CodingPolicy, code_doc, make_article
from eventcoder.resolve.gazetteer import get_gazetteer, name_key
from eventcoder.schema import Event


def coded_events(nlp: Language, text: str, published: dt.date | str,
                 policy: CodingPolicy = DEFAULT_POLICY) -> list[Event]:
    """The events the whole pipeline codes from one text published on that day (under
    the coding policy, the default unless a test asks for another)."""
    return code_doc(nlp(text), make_article(text, published=published), policy).events


def actor_sides(events: list[Event]) -> set[tuple[str | None, int | None]]:
    """Every (actor, inter code) pair the events name, on either side."""
    return {side for e in events for side in ((e.actor1, e.inter1), (e.actor2, e.inter2))}


def town_point(name: str, country_code: str) -> tuple[float, float] | None:
    """The most populous town of that name in the country, from the gazetteer."""
    key = name_key(name)
    towns = [c for c in get_gazetteer().lookup([key]).get(key, [])
             if c.cc == country_code and c.is_town and c.lat is not None and c.lon is not None]
    if not towns:
        return None
    best = max(towns, key=lambda c: c.population)
    assert best.lat is not None and best.lon is not None
    return best.lat, best.lon


def near(event: Event, point: tuple[float, float] | None) -> bool:
    """Is the event within NEARBY_KM of the point (the merge's 'same place')?"""
    if point is None or event.latitude is None or event.longitude is None:
        return False
    return haversine_km(event.latitude, event.longitude, *point) <= NEARBY_KM


def describe(events: list[Event]) -> str:
    return "\n".join(
        f"  {e.event_date} {e.sub_event_type} | {e.actor1} | {e.actor2} | {e.location} "
        f"({e.admin1}, precision {e.geo_precision}) | {e.fatalities} killed, "
        f"{e.injured} injured" for e in events)
