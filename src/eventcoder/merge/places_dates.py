"""Places and dates: whether two reports' places and days can be one incident's
(nearby towns, containing units, nights, days told after).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from eventcoder.geo import haversine_km
from eventcoder.merge.words import _REGION_WORDS, _alternatives, _merge_data, _phrase_pattern
from eventcoder.schema import Event, Evidence

__all__ = [
    "NEARBY_KM",
    "UNIT_KM",
]

NEARBY_KM = 25.0  # places this close are "the same place" (ACLED codes to the nearest town)
UNIT_KM = 50.0  # a town this close to a district's or province's seat is taken to be in it


@cache
def _night_time_pattern() -> re.Pattern[str]:
    """Words saying an incident happened at night (data/merge.yaml)."""
    return _phrase_pattern("night_time_words")


def _told_at_night(event: Event, sentences: Sequence[Evidence] = ()) -> bool:
    """Does the report say the incident was at night ("an overnight raid", "late on
    Friday", "the early hours of Saturday"; ``night_time_words``): its date phrase, its
    sentence, or, for a date carried over from another sentence ("Dozens of wounded
    were taken to hospital" dated by the sentence before), that sentence among
    ``sentences``?"""
    pattern = _night_time_pattern()
    if any(pattern.search(e.text) for e in event.evidence if e.field != "trigger"):
        return True
    dates = [e for e in event.evidence if e.field == "event_date"]
    return any(_holds(s, d) and pattern.search(s.text) for d in dates for s in sentences)


def _sentences_of(*events: Event) -> list[Evidence]:
    """The reports' sentences: where a date carried over from another sentence was told."""
    return [e for event in events for e in event.evidence if e.field == "sentence"]


def _holds(sentence: Evidence, phrase: Evidence) -> bool:
    """Is the phrase inside the sentence?"""
    return sentence.doc_id == phrase.doc_id and sentence.start <= phrase.start \
        and phrase.end <= sentence.end


def _region_key(name: str | None) -> str:
    if not name:
        return ""
    return " ".join(_REGION_WORDS.sub(" ", name).split()).casefold()


def _country_told(event: Event) -> bool:
    """Does the text name the report's country (a place, or the country itself in the
    mention's sentence)? Otherwise it is only the article's focus."""
    return any(e.field in ("location", "country") for e in event.evidence)


def _place_relation(a: Event, b: Event, *, across_documents: bool = True) -> str:
    """'same', 'near', 'contains', 'unknown' or 'different'."""
    if a.country and b.country and a.country.casefold() != b.country.casefold():
        if across_documents or (_country_told(a) and _country_told(b)):
            return "different"
        # Within one story, a report that names neither a place nor a country took
        # the article's focus: like a place carried over from another sentence, it
        # says nothing that keeps the report apart ("Drones hit a convoy in Yemen on
        # the story's day ... The raid killed nine": the raid is the drones').
    if a.location is None or b.location is None:
        return "unknown"
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return "same"
    if a.location.casefold() == b.location.casefold():
        return "same"
    if _unit_holds_town(a, b) or _unit_holds_town(b, a):
        return "contains"
    region_a = (a.geo_precision or 1) >= 3
    region_b = (b.geo_precision or 1) >= 3
    if region_a != region_b:
        region, town = (a, b) if region_a else (b, a)
        keys = {_region_key(region.location), _region_key(region.admin1)} - {""}
        if _region_key(town.admin1) in keys:
            return "contains"
        return "different"
    if (
        not region_a
        and a.latitude is not None
        and a.longitude is not None
        and b.latitude is not None
        and b.longitude is not None
        and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEARBY_KM
    ):
        return "near"
    return "different"


def _second_level_unit(event: Event) -> bool:
    """Is the report placed at a second-level unit itself (a district or province placed
    at its seat: "on the southern island of Basilan"), not at a town in it?"""
    return bool(event.admin2) and (event.location or "").casefold() == str(
        event.admin2).casefold()


def _unit_holds_town(unit: Event, town: Event) -> bool:
    """Is ``town`` (a place in the same admin1 whose second-level unit is that one, or,
    untold, within ``UNIT_KM`` of the unit's seat) in the second-level unit ``unit`` is
    placed at ("in the town of Sumisip" on the island province of Basilan, 31 km from
    its seat)? A unit placed at its seat is no town: NEARBY_KM is too short for it."""
    if not _second_level_unit(unit) or _second_level_unit(town) or not town.location:
        return False
    if not unit.admin1 or (town.admin1 or "").casefold() != unit.admin1.casefold():
        return False
    if town.admin2 is not None:
        return str(town.admin2).casefold() == str(unit.admin2).casefold()
    # the gazetteer often leaves a town's second-level unit untold: one near the unit's
    # seat is taken to be in it (another province's town of the region is not)
    if unit.latitude is None or unit.longitude is None or town.latitude is None \
            or town.longitude is None:
        return False
    return haversine_km(unit.latitude, unit.longitude, town.latitude, town.longitude) <= UNIT_KM


def _day_range(date: dt.date, precision: int | None) -> tuple[dt.date, dt.date]:
    if precision == 2:  # the week
        return date - dt.timedelta(days=6), date + dt.timedelta(days=6)
    if precision == 3:  # the month
        start = date.replace(day=1)
        nxt = (start + dt.timedelta(days=32)).replace(day=1)
        return start, nxt - dt.timedelta(days=1)
    return date, date


def _date_relation(a: Event, b: Event, *, across_documents: bool) -> str:
    """'same', 'adjacent' (consecutive days of one night), 'overlap' (coarse
    precision), 'told' (a day of telling and the incident's day before it, within one
    story), 'unknown' or 'different'."""
    if a.event_date is None or b.event_date is None:
        return "unknown"
    if a.event_date == b.event_date:
        return "same"
    if not across_documents and _told_after_the_incident(a, b):
        return "told"
    a_lo, a_hi = _day_range(a.event_date, a.time_precision)
    b_lo, b_hi = _day_range(b.event_date, b.time_precision)
    if (a.time_precision or 1) > 1 or (b.time_precision or 1) > 1:
        return "overlap" if a_lo <= b_hi and b_lo <= a_hi else "different"
    if abs((a.event_date - b.event_date).days) == 1 \
            and _one_night(a, b, across_documents=across_documents):
        return "adjacent"
    return "different"


def _one_night(a: Event, b: Event, *, across_documents: bool) -> bool:
    """Are two reports of the same sub-type dated on consecutive days one night's
    incident, told from its evening and from its morning? ACLED codes one event per
    day, and a night is the usual cause of a one-day disagreement ("an overnight raid"
    dated by the morning's statement, "late on Friday" in the detail). Across documents
    one report saying so is enough (each story dates the incident its own way); within
    one story both must say so: a story that dates two acts a day apart and tells only
    one of them at night tells two days."""
    if a.sub_event_type != b.sub_event_type:
        return False
    sentences = _sentences_of(a, b)
    a_night, b_night = _told_at_night(a, sentences), _told_at_night(b, sentences)
    return (a_night or b_night) if across_documents else (a_night and b_night)


@cache
def _telling_pattern() -> re.Pattern[str]:
    """Words of saying right before a date phrase ("said on Tuesday"; data/merge.yaml)."""
    return re.compile(rf"\b(?:{_alternatives('telling_phrases')})\s+(?:on\s+)?$", re.IGNORECASE)


def _told_on(event: Event, sentences: Sequence[Evidence] = ()) -> bool:
    """Is the report dated only by the day it was told: its date phrase comes right after
    a verb of saying ("killed 85 villagers ..., the agency said on Tuesday") in its own
    sentence or, for a date carried over, in that sentence among ``sentences``?"""
    dates = [e for e in event.evidence if e.field == "event_date"]
    if len(dates) != 1 or event.time_precision not in (None, 1):
        return False
    date = dates[0]
    pattern = _telling_pattern()
    return any(_holds(s, date) and pattern.search(s.text[:date.start - s.start])
               for s in (*_sentences_of(event), *sentences))


def _told_after_the_incident(a: Event, b: Event) -> bool:
    """Is one report dated by its telling and the other on a day before it, within
    own_account_max_days_after (the lead's "the agency said on Tuesday" and the detail's
    "The strike on Sunday night")? Two reports dated by their telling are two days."""
    assert a.event_date is not None and b.event_date is not None
    if (a.time_precision or 1) != 1 or (b.time_precision or 1) != 1 or not (
            0 < abs((a.event_date - b.event_date).days)
            <= int(_merge_data()["own_account_max_days_after"])):
        return False  # (the cheap checks first: most pairs a story compares end here)
    sentences = _sentences_of(a, b)
    a_told, b_told = _told_on(a, sentences), _told_on(b, sentences)
    if a_told == b_told:
        return False
    told, incident = (a, b) if a_told else (b, a)
    assert told.event_date is not None and incident.event_date is not None
    return told.event_date > incident.event_date
