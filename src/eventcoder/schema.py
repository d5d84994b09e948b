"""The typed objects that flow through the pipeline.

Data flows one way: ``Article`` (read) -> spaCy ``Doc`` (annotate) ->
``EventMention`` (extract, one per event-reporting clause) -> resolved fields
(``Actor``, ``Place``, dates, numbers) -> ``Event`` (merge, one per incident).

Every character offset in these objects is relative to ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "ACLED_COLUMNS",
    "Actor",
    "Article",
    "Claim",
    "Event",
    "EventMention",
    "Evidence",
    "Place",
    "PlaceMention",
    "ReadError",
]


@dataclass(slots=True)
class Article:
    """One input document."""

    doc_id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(slots=True)
class ReadError:
    """A document that could not be read: where it was and why."""

    where: str  # path, or "path:line" for a JSON-lines record
    reason: str


@dataclass(slots=True)
class Evidence:
    """A span of a document that supports a field of an event."""

    doc_id: str
    start: int
    end: int
    text: str
    field: str | None = None  # which field it supports ("trigger", "fatalities", ...)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.field:
            out["field"] = self.field
        return out


@dataclass(slots=True)
class Claim:
    """One source's statement about one field of an event (e.g. a death toll)."""

    field: str  # "fatalities", "injured", "sub_event_type", ...
    value: Any
    source: str | None
    evidence: Evidence | None = None
    # a casualty figure's victims: their side(s), "+"-joined ("armed", "civilian+state");
    # figures of different sides add up, those of one side are restatements
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": self.field,
            "value": self.value,
            "source": self.source,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }
        if self.group:
            out["group"] = self.group
        return out


@dataclass(slots=True)
class Place:
    """A gazetteer entry (resolved place)."""

    name: str
    latitude: float
    longitude: float
    country: str  # country name, e.g. "Syria"
    iso3: str  # ISO 3166-1 alpha-3, e.g. "SYR"
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None  # GeoNames feature code: PPL, PPLA, ADM1, PCLI, AIRB...
    population: int = 0


@dataclass(slots=True)
class PlaceMention:
    """A toponym in a document and, when resolved, the place it names."""

    doc_id: str
    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": p.name if p else None,
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "geonameid": p.geonameid if p else None,
            "feature_code": p.feature_code if p else None,
            "country": p.country if p else None,
            "admin1": p.admin1 if p else None,
        }


@dataclass(slots=True)
class Actor:
    """An actor normalised to an ACLED-style name, scoped by country."""

    name: str  # "Military Forces of Syria (2000-)", "Unidentified Armed Group (Kenya)"
    inter: int  # 1..8, see taxonomy.INTER_CODES
    text: str | None = None  # the words in the document
    country: str | None = None
    normalised: bool = True  # False: a named group kept as written, not in the dictionary
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class EventMention:
    """One report of one event in one document, before merging.

    Produced by ``extract.events.detect_mentions`` with the type, trigger and
    status; the pipeline then fills actors, place, date, casualties and sources.
    """

    doc_id: str
    sent_start: int
    sent_end: int
    trigger_start: int
    trigger_end: int
    trigger_text: str
    sub_event_type: str
    event_type: str
    type_score: float  # 0-1, how sure the typing is
    type_reason: str  # why this type: "trigger 'air strike' (air_strike)", a rule name...
    status: str = "new"  # see extract.filters.STATUSES: new, background, statistic, ...
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    country: str | None = None  # the event's country: its place's, else the article's focus
    place: Place | None = None
    place_mention: PlaceMention | None = None
    geo_precision: int | None = None
    # The other towns of a list naming several places hit ("near the towns of X, Y
    # and Z", ``place`` being the first): merge makes one event per town.
    also_hit: list[PlaceMention] = field(default_factory=list)
    event_date: dt.date | None = None
    time_precision: int | None = None
    date_evidence: Evidence | None = None
    # Last day when the mention reports a span ("on Saturday and Sunday"); merge splits
    # the span's casualty total across its days (ACLED: one event per day).
    end_date: dt.date | None = None
    fatalities: int | None = None  # None: no mention (coded 0 in the event)
    injured: int | None = None
    sources: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    # What later rules test, kept apart from ``type_reason`` (which is for a reviewer
    # to read, and may be reworded): the class of the trigger that typed the mention
    # (data/triggers.yaml; "" when no trigger did) and the named marks the typing rules
    # set (extract.typing_base.MARK_*). Neither is written to any output.
    trigger_class: str = ""
    rule_marks: frozenset[str] = frozenset()
    # The kind of its status where later stages tell kinds of one status apart
    # (extract.filters.TriggerStatus.kind: "retold", a reference that names the event
    # told before once more; "" for none). Written to no output either.
    status_kind: str = ""


# ACLED's public export column order; `Event.to_acled_row` fills these.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)


@dataclass(slots=True)
class Event:
    """One incident, coded the way ACLED codes it, with its provenance."""

    event_id: str
    doc_id: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    fatalities: int = 0
    injured: int = 0
    notes: str | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Names among actor1/actor2/associates that the actor dictionary does not know,
    # kept as the text wrote them (issue #4: flagged, never forced onto a wrong name).
    actors_not_normalised: list[str] = field(default_factory=list)
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (field names follow ACLED where it has them)."""
        out = asdict(self)
        out.pop("geonameid")
        out["event_date"] = self.event_date.isoformat() if self.event_date else None
        out["evidence"] = [e.to_dict() for e in self.evidence]
        out["claims"] = [c.to_dict() for c in self.claims]
        return out

    def to_acled_row(self) -> dict[str, Any]:
        """A row with ACLED's export column names (see ``ACLED_COLUMNS``)."""
        from eventcoder.taxonomy import disorder_type

        row: dict[str, Any] = dict.fromkeys(ACLED_COLUMNS, "")
        row.update(
            event_id_cnty=self.event_id,
            event_date=self.event_date.isoformat() if self.event_date else "",
            year=self.event_date.year if self.event_date else "",
            time_precision=self.time_precision or "",
            disorder_type=disorder_type(self.sub_event_type, self.civilian_targeting),
            event_type=self.event_type,
            sub_event_type=self.sub_event_type,
            actor1=self.actor1 or "",
            assoc_actor_1=self.assoc_actor_1 or "",
            inter1=self.inter1 if self.inter1 is not None else "",
            actor2=self.actor2 or "",
            assoc_actor_2=self.assoc_actor_2 or "",
            inter2=self.inter2 if self.inter2 is not None else "",
            interaction=self.interaction if self.interaction is not None else "",
            civilian_targeting=self.civilian_targeting or "",
            iso=self.iso3 or "",
            country=self.country or "",
            admin1=self.admin1 or "",
            admin2=self.admin2 or "",
            location=self.location or "",
            latitude=self.latitude if self.latitude is not None else "",
            longitude=self.longitude if self.longitude is not None else "",
            geo_precision=self.geo_precision or "",
            source=self.source or "",
            notes=self.notes or "",
            fatalities=self.fatalities,
            tags="; ".join(f"not in actor dictionary: {name}"
                           for name in self.actors_not_normalised),
        )
        return row
