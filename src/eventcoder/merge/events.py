"""One event per mention: its id, country, claims, and the split of a span of
days or of towns also hit into events of their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from functools import cache

from eventcoder.merge.words import _TOLL_FIELDS
from eventcoder.schema import Claim, Event, EventMention, Evidence, PlaceMention

__all__ = [
    "MAX_SPAN_DAYS",
    "event_from_mention",
]

MAX_SPAN_DAYS = 14  # a longer "span" is a campaign summary, not a splittable total


def _event_id(doc_id: str, start: int, end: int, day: dt.date | None) -> str:
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{day.isoformat() if day else ''}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@cache
def _iso3(country: str) -> str | None:
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_3)
    except LookupError:
        return None


def _mention_claims(mention: EventMention) -> list[Claim]:
    """The mention's claims, plus one for each figure no claim carries."""
    claims = list(mention.claims)
    single_source = mention.sources[0] if len(mention.sources) == 1 else None
    for name in ("fatalities", "injured"):
        value = getattr(mention, name)
        if value is not None and not any(c.field == name for c in claims):
            claims.append(Claim(field=name, value=value, source=single_source))
    return claims


def event_from_mention(mention: EventMention, day: dt.date | None = None) -> Event:
    """One mention as a provisional single-report event (before merging)."""
    place = mention.place
    evidence = list(mention.evidence)
    trigger_span = (mention.trigger_start, mention.trigger_end)
    if not any((e.start, e.end) == trigger_span for e in evidence):
        evidence.insert(0, Evidence(mention.doc_id, *trigger_span, mention.trigger_text,
                                    "trigger"))
    if mention.date_evidence and mention.date_evidence not in evidence:
        evidence.append(mention.date_evidence)
    country = place.country if place else mention.country
    geo_precision = mention.geo_precision
    if place is not None and geo_precision is None:
        geo_precision = 3 if (place.feature_code or "").startswith("ADM") else 1
    a1, a2 = mention.actor1, mention.actor2
    event_date = day or mention.event_date
    return Event(
        event_id=_event_id(mention.doc_id, mention.trigger_start, mention.trigger_end,
                           event_date),
        doc_id=mention.doc_id,
        event_date=event_date,
        time_precision=(1 if day else mention.time_precision) if event_date else None,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        actor1=a1.name if a1 else None,
        assoc_actor_1="; ".join(a.name for a in mention.assoc_actor_1) or None,
        inter1=a1.inter if a1 else None,
        actor2=a2.name if a2 else None,
        assoc_actor_2="; ".join(a.name for a in mention.assoc_actor_2) or None,
        inter2=a2.inter if a2 else None,
        country=country,
        iso3=place.iso3 if place else (_iso3(country) if country else None),
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=geo_precision if place else None,
        geonameid=place.geonameid if place else None,
        source="; ".join(dict.fromkeys(mention.sources)) or None,
        fatalities=mention.fatalities or 0,
        injured=mention.injured or 0,
        confidence=mention.confidence,
        evidence=evidence,
        claims=_mention_claims(mention),
        actors_not_normalised=list(dict.fromkeys(
            a.name for a in (a1, a2, *mention.assoc_actor_1, *mention.assoc_actor_2)
            if a is not None and not a.normalised)),
    )


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _events_for_mention(mention: EventMention) -> list[Event]:
    """One event per day of the mention, and per town when its sentence lists several
    towns hit (``EventMention.also_hit``)."""
    events = _events_per_day(mention)
    if len(events) != 1:
        return events
    return [events[0], *(_at_town_also_hit(events[0], pm) for pm in mention.also_hit)]


def _at_town_also_hit(first: Event, pm: PlaceMention) -> Event:
    """The event at another town of the list, at the first's precision ("near the
    towns of ..."): its toll unknown (ACLED codes 0 where the text gives none; the
    stated total stays on the first town's event)."""
    place = pm.place
    assert place is not None
    evidence = [e for e in first.evidence if e.field != "location"]
    evidence.append(Evidence(first.doc_id, pm.start, pm.end, pm.text, "location"))
    return replace(
        first,
        event_id=_event_id(first.doc_id, pm.start, pm.end, first.event_date),
        country=place.country, iso3=place.iso3, admin1=place.admin1, admin2=place.admin2,
        location=place.name, latitude=place.latitude, longitude=place.longitude,
        geonameid=place.geonameid, fatalities=0, injured=0,
        # a province named like its seat ("port facilities in B") is coded as a region
        geo_precision=3 if place.feature_code == "ADM1" else first.geo_precision,
        claims=[c for c in first.claims if c.field not in _TOLL_FIELDS],
        evidence=evidence,
    )


def _events_per_day(mention: EventMention) -> list[Event]:
    """One event per day of the mention (a span's figures split across its days)."""
    start, end = mention.event_date, mention.end_date
    if (
        start is None
        or end is None
        or end <= start
        or (end - start).days >= MAX_SPAN_DAYS
        or mention.time_precision not in (None, 1)
    ):
        return [event_from_mention(mention)]
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    out: list[Event] = []
    for i, day in enumerate(days):
        event = event_from_mention(mention, day)
        claims: list[Claim] = []
        for claim in event.claims:
            if claim.field in ("fatalities", "injured") and isinstance(claim.value, int):
                share = _split(claim.value, len(days))[i]
                claims.append(replace(claim, value=share))
            else:
                claims.append(claim)
        event.claims = claims
        event.fatalities = _split(event.fatalities, len(days))[i]
        event.injured = _split(event.injured, len(days))[i]
        out.append(event)
    return out
