"""ACLED notes scorer: code each note and compare with the event ACLED coded from it.

Input: a JSON-lines export of ACLED events (``acled_kenya_dev.jsonl``), one
event per line; ``notes`` is the text, the other columns are the gold.

Choices, and why:

- Each note is one article. It is coded with no publication date: the gold
  ``event_date`` must not leak into the input, and ACLED exports carry no
  report date. Dates are therefore only resolvable when the note states them
  (most notes say "On 12 March 2015, ..."; some say "On 12 March, ..." and
  cannot be dated without a reference year). ``--year-hint`` gives each note
  31 December of its gold year as publication date, a clearly labelled
  diagnostic for the date rules (the year is then the one gold value the
  input sees).
- ACLED exports are per country, and about half the Kenya notes name no
  place and no country ("Rioters clash with police"): nothing in the text
  can scope their actors. ``--country`` sets the country the way a user
  coding a national feed does (``$EVENTCODER_COUNTRY``); the report says
  which was used, and both runs are reported in the README.
- Notes that do not contain the gold location or admin1 name cannot be
  geocoded from the text; location and admin1 rates are also given among
  the notes that name their place (``named_place``), the ceiling the text
  allows.
- ``confidence`` is checked the way a user filters on it: the share of
  primary events with the gold sub-event type, for confidence >= 0.8 and
  below.
- One note describes one gold event; eventcoder may find several. The event
  compared with the gold is the *primary* one: the highest-confidence event,
  the earliest on ties. Choosing the best match against the gold would hide
  typing errors, so it is not done; the share of notes where *any* predicted
  event has the gold sub-event type is reported separately as a diagnostic.
- A note with no predicted event counts as wrong on every field (rates are
  over all notes); rates among notes with a prediction are reported beside.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import (
    CONFIDENCE_BANDS,
    classification_report,
    confidence_band,
    ratio,
)
from eventcoder.evaluate.records import json_lines
from eventcoder.evaluate.scope import default_country, run_country
from eventcoder.geo import haversine_km
from eventcoder.schema import Article, Event

__all__ = [
    "DEFAULT_DATA",
    "GoldEvent",
    "NoteComparison",
    "aggregate",
    "compare",
    "format_report",
    "headline",
    "normalise_admin",
    "parse_acled_date",
    "primary_event",
    "read_gold",
    "score",
]

DEFAULT_DATA = "acled_kenya_dev.jsonl"

# Distance thresholds (km): 25 km is "the same town", 161 km (100 miles) is the
# usual geoparsing accuracy threshold.
NEAR_KM = 25.0
FAR_KM = 161.0

NO_EVENT = "(no event)"
TOP_ERRORS = 15


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """The gold columns of one ACLED row that the scorer compares."""

    data_id: str
    notes: str
    event_date: dt.date | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    inter1: int | None
    inter2: int | None
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None


def parse_acled_date(text: str) -> dt.date | None:
    """ACLED's ``dd-mm-yy`` (two-digit years: 69-99 are 1900s) or ISO ``yyyy-mm-dd``."""
    text = (text or "").strip()
    for fmt in ("%d-%m-%y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _int_or_none(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _float_or_none(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def gold_from_row(row: dict[str, Any], index: int) -> GoldEvent:
    return GoldEvent(
        data_id=str(row.get("data_id") or row.get("event_id_cnty") or index),
        notes=str(row.get("notes") or ""),
        event_date=parse_acled_date(str(row.get("event_date") or "")),
        event_type=str(row.get("event_type") or "").strip(),
        sub_event_type=str(row.get("sub_event_type") or "").strip(),
        actor1=str(row.get("actor1") or "").strip(),
        actor2=str(row.get("actor2") or "").strip(),
        inter1=_int_or_none(row.get("inter1")),
        inter2=_int_or_none(row.get("inter2")),
        admin1=str(row.get("admin1") or "").strip(),
        location=str(row.get("location") or "").strip(),
        latitude=_float_or_none(row.get("latitude")),
        longitude=_float_or_none(row.get("longitude")),
        geo_precision=_int_or_none(row.get("geo_precision")),
        fatalities=_int_or_none(row.get("fatalities")),
    )


def read_gold(path: Path, *, limit: int | None = None) -> Iterator[GoldEvent]:
    """Rows with a non-empty note, in file order (malformed lines are skipped)."""
    yielded = 0
    for _, number, row in json_lines(path):
        if limit is not None and yielded >= limit:
            return
        gold = gold_from_row(row, number - 1)
        if not gold.notes.strip():
            continue
        yielded += 1
        yield gold


def primary_event(events: Sequence[Event]) -> Event | None:
    """The event compared with the gold: highest confidence, earliest on ties."""
    best: Event | None = None
    for event in events:  # events come in document order; strict > keeps the earliest
        if best is None or event.confidence > best.confidence:
            best = event
    return best


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ADMIN_WORDS = frozenset({"county", "province", "district", "region", "state", "governorate"})


def normalise_admin(name: str | None) -> str:
    """Case, punctuation and 'County'/'Province' suffixes ignored:
    "Murang'a County" == "muranga"; "Elgeyo-Marakwet" == "Elgeyo Marakwet"."""
    if not name:
        return ""
    text = name.casefold().replace("'", "").replace("\u2019", "")
    words = [w for w in _NON_ALNUM.sub(" ", text).split() if w not in _ADMIN_WORDS]
    return " ".join(words)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PERIOD_SUFFIX = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")


def actor_family(name: str | None) -> str:
    """An actor name without its ACLED period suffix: "Police Forces of Kenya (2013-)"
    and "Police Forces of Kenya (2002-2013)" are one family."""
    return _PERIOD_SUFFIX.sub("", (name or "").strip())


def note_names_place(gold: GoldEvent) -> bool:
    """The note's text contains the gold location or admin1 name (case,
    punctuation and 'County' ignored): only then can the text place the event."""
    text = f" {normalise_admin(gold.notes)} "
    names = (normalise_admin(gold.location), normalise_admin(gold.admin1))
    return any(name and f" {name} " in text for name in names)


@dataclass(slots=True)
class NoteComparison:
    """One note: gold against the primary predicted event."""

    data_id: str
    n_events: int
    gold_event_type: str
    pred_event_type: str
    gold_sub_event_type: str
    pred_sub_event_type: str
    any_sub_event_match: bool
    gold_actor1: str
    pred_actor1: str
    gold_actor2: str
    pred_actor2: str
    inter1_match: bool
    inter2_match: bool
    actor1_family_match: bool
    actor2_family_match: bool
    fatalities_match: bool
    date_match: bool
    has_pred_date: bool
    admin1_match: bool
    location_name_match: bool
    geo_precision_match: bool
    distance_km: float | None  # None: no predicted or no gold coordinates
    gold_geo_precision: int | None = None
    note_has_year: bool = False  # a date is resolvable without a publication date
    names_place: bool = False  # the note contains the gold location or admin1 name
    confidence: float | None = None  # of the primary event
    fields: dict[str, Any] = field(default_factory=dict)  # predicted values, for the JSON

    @property
    def has_event(self) -> bool:
        return self.n_events > 0


def compare(gold: GoldEvent, events: Sequence[Event]) -> NoteComparison:
    """Compare one note's predicted events with its gold event."""
    pred = primary_event(events)
    pred_type = pred.event_type if pred else NO_EVENT
    pred_sub = pred.sub_event_type if pred else NO_EVENT
    pred_actor1 = (pred.actor1 or "").strip() if pred else NO_EVENT
    pred_actor2 = (pred.actor2 or "").strip() if pred else NO_EVENT
    # ACLED writes inter2 = 0 when there is no second actor.
    pred_inter1 = pred.inter1 if pred else None
    pred_inter2 = (pred.inter2 if pred.inter2 is not None else 0) if pred else None
    distance: float | None = None
    if (
        pred is not None
        and pred.latitude is not None
        and pred.longitude is not None
        and gold.latitude is not None
        and gold.longitude is not None
    ):
        distance = haversine_km(gold.latitude, gold.longitude, pred.latitude, pred.longitude)
    gold_fatalities = gold.fatalities if gold.fatalities is not None else 0
    return NoteComparison(
        data_id=gold.data_id,
        n_events=len(events),
        gold_event_type=gold.event_type,
        pred_event_type=pred_type,
        gold_sub_event_type=gold.sub_event_type,
        pred_sub_event_type=pred_sub,
        any_sub_event_match=any(e.sub_event_type == gold.sub_event_type for e in events),
        gold_actor1=gold.actor1,
        pred_actor1=pred_actor1,
        gold_actor2=gold.actor2,
        pred_actor2=pred_actor2,
        inter1_match=pred is not None and pred_inter1 == gold.inter1,
        inter2_match=pred is not None and pred_inter2 == (gold.inter2 or 0),
        actor1_family_match=pred is not None and actor_family(pred_actor1) == actor_family(
            gold.actor1
        ),
        actor2_family_match=pred is not None and actor_family(pred_actor2) == actor_family(
            gold.actor2
        ),
        fatalities_match=pred is not None and pred.fatalities == gold_fatalities,
        date_match=pred is not None
        and gold.event_date is not None
        and pred.event_date == gold.event_date,
        has_pred_date=pred is not None and pred.event_date is not None,
        admin1_match=pred is not None
        and bool(gold.admin1)
        and normalise_admin(pred.admin1) == normalise_admin(gold.admin1),
        location_name_match=pred is not None
        and bool(gold.location)
        and normalise_admin(pred.location) == normalise_admin(gold.location),
        geo_precision_match=pred is not None and pred.geo_precision == gold.geo_precision,
        distance_km=distance,
        gold_geo_precision=gold.geo_precision,
        note_has_year=bool(_YEAR.search(gold.notes)),
        names_place=note_names_place(gold),
        confidence=pred.confidence if pred else None,
        fields={
            "event_date": pred.event_date.isoformat() if pred and pred.event_date else None,
            "fatalities": pred.fatalities if pred else None,
            "admin1": pred.admin1 if pred else None,
            "location": pred.location if pred else None,
            "inter1": pred_inter1,
            "inter2": pred_inter2,
        },
    )


def _rates(flags: Iterable[bool], total: int) -> float:
    return ratio(sum(1 for f in flags if f), total)


def aggregate(comparisons: Sequence[NoteComparison]) -> dict[str, Any]:
    """All metrics over the notes (JSON-able)."""
    n = len(comparisons)
    with_event = [c for c in comparisons if c.has_event]
    n_with = len(with_event)
    located = [c for c in comparisons if c.distance_km is not None]

    def both(flag: str) -> dict[str, float]:
        return {
            "all": _rates((getattr(c, flag) for c in comparisons), n),
            "with_event": _rates((getattr(c, flag) for c in with_event), n_with),
        }

    def exact(gold_attr: str, pred_attr: str) -> dict[str, float]:
        hits = [getattr(c, gold_attr) == getattr(c, pred_attr) for c in comparisons]
        hits_with = [getattr(c, gold_attr) == getattr(c, pred_attr) for c in with_event]
        return {"all": _rates(hits, n), "with_event": _rates(hits_with, n_with)}

    def errors(gold_attr: str, pred_attr: str) -> list[dict[str, Any]]:
        counts = Counter(
            (getattr(c, gold_attr), getattr(c, pred_attr))
            for c in comparisons
            if getattr(c, gold_attr) != getattr(c, pred_attr)
        )
        return [
            {"gold": g or "(none)", "pred": p or "(none)", "count": k}
            for (g, p), k in counts.most_common(TOP_ERRORS)
        ]

    type_report = classification_report(
        [c.gold_event_type for c in comparisons], [c.pred_event_type for c in comparisons]
    )
    sub_report = classification_report(
        [c.gold_sub_event_type for c in comparisons],
        [c.pred_sub_event_type for c in comparisons],
    )
    distances = sorted(c.distance_km for c in located if c.distance_km is not None)
    within = {
        f"within_{int(km)}km": {
            "all": ratio(sum(1 for d in distances if d <= km), n),
            "located": ratio(sum(1 for d in distances if d <= km), len(distances)),
        }
        for km in (NEAR_KM, FAR_KM)
    }
    return {
        "n_notes": n,
        "notes_with_events": n_with,
        "notes_without_events": n - n_with,
        "zero_event_rate": ratio(n - n_with, n),
        "mean_events_per_note": ratio(sum(c.n_events for c in comparisons), n),
        "event_type_accuracy": exact("gold_event_type", "pred_event_type"),
        "sub_event_type_accuracy": exact("gold_sub_event_type", "pred_sub_event_type"),
        "any_event_has_gold_sub_type": _rates((c.any_sub_event_match for c in comparisons), n),
        "fatalities_exact": both("fatalities_match"),
        "date_exact": both("date_match"),
        "date_exact_among_dated": _rates(
            (c.date_match for c in comparisons if c.has_pred_date),
            sum(1 for c in comparisons if c.has_pred_date),
        ),
        "notes_with_predicted_date": sum(1 for c in comparisons if c.has_pred_date),
        "notes_stating_a_year": sum(1 for c in comparisons if c.note_has_year),
        "date_exact_among_notes_stating_a_year": _rates(
            (c.date_match for c in comparisons if c.note_has_year),
            sum(1 for c in comparisons if c.note_has_year),
        ),
        "admin1_exact": both("admin1_match"),
        "location_name_exact": both("location_name_match"),
        "geo_precision_exact": both("geo_precision_match"),
        "notes_with_predicted_location": len(located),
        "location": within,
        "median_distance_km": distances[len(distances) // 2] if distances else None,
        "location_by_gold_precision": _location_by_precision(comparisons),
        "named_place": _named_place(comparisons),
        "confidence_bands": _confidence_bands(comparisons),
        "actor1_exact": exact("gold_actor1", "pred_actor1"),
        "actor2_exact": exact("gold_actor2", "pred_actor2"),
        "actor1_family": both("actor1_family_match"),
        "actor2_family": both("actor2_family_match"),
        "inter1_exact": both("inter1_match"),
        "inter2_exact": both("inter2_match"),
        "event_type_report": _slim_report(type_report),
        "sub_event_type_report": _slim_report(sub_report),
        "event_type_confusions": _pairs(type_report["confusions"]),
        "sub_event_type_confusions": _pairs(sub_report["confusions"]),
        "actor1_errors": errors("gold_actor1", "pred_actor1"),
        "actor2_errors": errors("gold_actor2", "pred_actor2"),
    }


def _location_by_precision(comparisons: Sequence[NoteComparison]) -> dict[str, Any]:
    """Within-25/161 km rates split by the gold geo_precision (1 town, 2 near a
    town, 3 region): a region-level gold point is a centroid, so distances mean less."""
    out: dict[str, Any] = {}
    for precision in sorted({c.gold_geo_precision for c in comparisons if c.gold_geo_precision}):
        group = [c for c in comparisons if c.gold_geo_precision == precision]
        out[str(precision)] = {
            "n": len(group),
            **{
                f"within_{int(km)}km": ratio(
                    sum(1 for c in group if c.distance_km is not None and c.distance_km <= km),
                    len(group),
                )
                for km in (NEAR_KM, FAR_KM)
            },
        }
    return out


def _named_place(comparisons: Sequence[NoteComparison]) -> dict[str, Any]:
    """Location and admin1 rates among the notes whose text names the gold place."""
    group = [c for c in comparisons if c.names_place]
    n = len(group)
    return {
        "n": n,
        "share_of_notes": ratio(n, len(comparisons)),
        "admin1_exact": _rates((c.admin1_match for c in group), n),
        **{
            f"within_{int(km)}km": ratio(
                sum(1 for c in group if c.distance_km is not None and c.distance_km <= km), n
            )
            for km in (NEAR_KM, FAR_KM)
        },
    }


def _confidence_bands(comparisons: Sequence[NoteComparison]) -> dict[str, Any]:
    """Sub-event and event type precision of primary events by confidence band."""
    out: dict[str, Any] = {}
    for band in CONFIDENCE_BANDS:
        group = [c for c in comparisons
                 if c.confidence is not None and confidence_band(c.confidence) == band]
        out[band] = {
            "n": len(group),
            "sub_event_type_precision": _rates(
                (c.gold_sub_event_type == c.pred_sub_event_type for c in group), len(group)),
            "event_type_precision": _rates(
                (c.gold_event_type == c.pred_event_type for c in group), len(group)),
        }
    return out


def _slim_report(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "accuracy": report["accuracy"],
        "weighted_f1": report["weighted_f1"],
        "macro_f1": report["macro_f1"],
        "per_label": {k: dict(v) for k, v in report["per_label"].items()},
        "support": report["support"],
    }


def _pairs(confusions: Sequence[tuple[str, str, int]]) -> list[dict[str, Any]]:
    return [{"gold": g, "pred": p, "count": k} for g, p, k in confusions]


def _year_end(gold: GoldEvent) -> dt.date | None:
    year = gold.event_date.year if gold.event_date else None
    return dt.date(year, 12, 31) if year else None


def score(path: Path, *, limit: int | None = None, year_hint: bool = False,
          country: str | None = None) -> dict[str, Any]:
    """Code every note at ``path`` (streaming, model loaded once) and compare.

    Notes are coded with no publication date. With ``year_hint`` each note gets
    31 December of its gold year instead: ACLED notes usually omit the year
    ("On 02 October, ..."), which a real article's publication date supplies.
    ``country`` scopes the notes that name no country, as ``$EVENTCODER_COUNTRY``
    does for a national feed.
    """
    from eventcoder.pipeline import code_articles  # the model loads only when scoring

    golds: list[GoldEvent] = []

    def articles() -> Iterator[Article]:
        for gold in read_gold(path, limit=limit):
            golds.append(gold)
            yield Article(doc_id=gold.data_id, text=gold.notes,
                          published=_year_end(gold) if year_hint else None)

    started = time.perf_counter()
    comparisons: list[NoteComparison] = []
    show_progress = sys.stderr.isatty()
    with default_country(country):
        for index, coded in enumerate(code_articles(articles())):
            gold = golds[index]
            comparisons.append(compare(gold, coded.events))
            if show_progress and (index + 1) % 200 == 0:
                print(f"\racled: {index + 1} notes", end="", file=sys.stderr, flush=True)
    if show_progress:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    result = aggregate(comparisons)
    words = sum(len(g.notes.split()) for g in golds)
    result["dataset"] = str(path)
    result["published"] = "31 December of the gold year (--year-hint)" if year_hint else None
    result["country"] = run_country(country)
    result["primary_event_rule"] = "highest confidence, earliest on ties"
    result["seconds"] = round(elapsed, 2)
    result["words_per_second"] = round(words / elapsed, 1) if elapsed > 0 else 0.0
    return result


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {
        "type_acc": result["event_type_accuracy"]["all"],
        "sub_acc": result["sub_event_type_accuracy"]["all"],
        "fatal": result["fatalities_exact"]["all"],
        "loc161": result["location"]["within_161km"]["all"],
        "date": result["date_exact"]["all"],
        "actor1": result["actor1_exact"]["all"],
    }


def format_report(result: dict[str, Any]) -> str:
    """A readable table of the result."""
    n = result["n_notes"]
    lines = [
        f"ACLED notes: {n} notes, {result['notes_with_events']} with >= 1 predicted event "
        f"({result['zero_event_rate']:.1%} with none), "
        f"{result['mean_events_per_note']:.2f} events/note",
        f"primary event: {result.get('primary_event_rule', '')}; "
        f"publication date: {result.get('published') or 'none'}; "
        f"default country: {result.get('country') or 'none'}",
        "",
        f"{'metric':<34} {'all notes':>10} {'w/ event':>10}",
        "-" * 56,
    ]

    def row(label: str, value: dict[str, float], second: str = "with_event") -> None:
        lines.append(f"{label:<34} {value['all']:>10.3f} {value.get(second, 0.0):>10.3f}")

    row("event type accuracy", result["event_type_accuracy"])
    row("sub-event type accuracy", result["sub_event_type_accuracy"])
    lines.append(
        f"{'any event has gold sub-type':<34} {result['any_event_has_gold_sub_type']:>10.3f}"
    )
    row("fatalities exact", result["fatalities_exact"])
    row("date exact", result["date_exact"])
    row("admin1 exact", result["admin1_exact"])
    row("location name exact", result["location_name_exact"])
    row("geo_precision exact", result["geo_precision_exact"])
    row("actor1 exact", result["actor1_exact"])
    row("actor2 exact", result["actor2_exact"])
    row("actor1 family (period ignored)", result["actor1_family"])
    row("actor2 family (period ignored)", result["actor2_family"])
    row("inter1 exact (same category)", result["inter1_exact"])
    row("inter2 exact (same category)", result["inter2_exact"])
    lines += [
        "",
        f"{'location':<34} {'all notes':>10} {'located':>10}",
        "-" * 56,
    ]
    row("within 25 km", result["location"]["within_25km"], "located")
    row("within 161 km", result["location"]["within_161km"], "located")
    median = result.get("median_distance_km")
    lines.append(
        f"notes with a predicted location: {result['notes_with_predicted_location']}"
        + (f", median error {median:.1f} km" if median is not None else "")
    )
    for precision, group in result.get("location_by_gold_precision", {}).items():
        lines.append(
            f"  gold geo_precision {precision} ({group['n']} notes): "
            f"within 25 km {group['within_25km']:.3f}, within 161 km {group['within_161km']:.3f}"
        )
    named = result.get("named_place")
    if named:
        lines.append(
            f"notes naming the gold location or admin1: {named['n']} "
            f"({named['share_of_notes']:.1%}): within 25 km {named['within_25km']:.3f}, "
            f"within 161 km {named['within_161km']:.3f}, admin1 exact {named['admin1_exact']:.3f}"
        )
    lines.append(
        f"notes with a predicted date: {result['notes_with_predicted_date']} "
        f"(exact among them: {result['date_exact_among_dated']:.3f}); "
        f"notes stating a year: {result['notes_stating_a_year']} "
        f"(date exact among them: {result['date_exact_among_notes_stating_a_year']:.3f})"
    )
    for band, group in result.get("confidence_bands", {}).items():
        lines.append(
            f"confidence {band}: {group['n']} primary events, sub-event type precision "
            f"{group['sub_event_type_precision']:.3f}, event type "
            f"{group['event_type_precision']:.3f}"
        )
    for title, key in (
        ("event type confusions (gold -> pred)", "event_type_confusions"),
        ("sub-event type confusions (gold -> pred)", "sub_event_type_confusions"),
        ("actor1 errors (gold -> pred)", "actor1_errors"),
        ("actor2 errors (gold -> pred)", "actor2_errors"),
    ):
        lines += ["", title]
        for pair in result[key][:10]:
            lines.append(f"  {pair['count']:>5}  {pair['gold']} -> {pair['pred']}")
    if "seconds" in result:
        lines += ["", f"{result['seconds']} s, {result['words_per_second']} words/s"]
    return "\n".join(lines)
