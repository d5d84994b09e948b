"""Cross-document merging on the project's multi-document test set.

PATH is a folder with ``articles.jsonl`` (the reports), ``gold.jsonl`` (per
article, the gold incident it reports and an oracle coding of its mention) and
``places.json`` (the oracle coding's coordinates); the project ships one in
``tests/data/merge``.

Two runs, each ingested into a fresh SQLite store (the real ``ingest`` path):

- ``pipeline``: the articles coded by eventcoder end to end.
- ``oracle``: the gold mention codings merged and ingested, so that merging
  is measured apart from extraction errors.

Pairwise merge precision/recall over reports: a report is a (stored event,
article) pair whose trigger or sentence evidence covers a gold trigger; a pair
of reports (from different articles, or one article split in two) is
predicted together when one stored event holds both, and is gold together when
they share a gold incident. Also: events stored vs gold incidents, and how
many gold reports the pipeline found at all.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import prf, ratio
from eventcoder.merge import merge_mentions
from eventcoder.schema import Actor, Article, Claim, Event, EventMention, Evidence, Place
from eventcoder.taxonomy import event_type_of

__all__ = ["DEFAULT_DATA", "format_report", "headline", "load", "score"]

# The set ships in the source checkout, not in the installed package.
DEFAULT_DATA = str(Path(__file__).resolve().parents[3] / "tests" / "data" / "merge")


def load(path: Path) -> tuple[list[Article], dict[str, list[dict[str, Any]]], dict[str, Any]]:
    articles: list[Article] = []
    for line in (path / "articles.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            articles.append(Article(
                doc_id=rec["id"], text=rec["text"], source=rec.get("source"), url=rec.get("url"),
                title=rec.get("title"),
                published=dt.date.fromisoformat(rec["published"]) if rec.get("published") else None,
            ))
    gold: dict[str, list[dict[str, Any]]] = {}
    for line in (path / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["doc_id"]] = rec["incidents"]
    places = json.loads((path / "places.json").read_text("utf-8"))
    return articles, gold, places


def _oracle_mention(article: Article, spec: dict[str, Any], places: dict[str, Any]
                    ) -> EventMention:
    text = article.text
    start = text.index(spec["trigger"])
    end = start + len(spec["trigger"])
    sent_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sent_end = text.find(". ", end)
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    sentence = Evidence(article.doc_id, sent_start, sent_end, text[sent_start:sent_end],
                        "sentence")
    info = places[spec["place"]]
    place = Place(spec["place"], info["latitude"], info["longitude"], info["country"],
                  info["iso3"], info.get("admin1"))

    def actor(value: list[Any] | None) -> Actor | None:
        return Actor(str(value[0]), int(value[1])) if value else None

    claims = [Claim(c["field"], c["value"], c["source"], sentence) for c in spec["claims"]]
    fatalities = [c.value for c in claims if c.field == "fatalities"]
    injured = [c.value for c in claims if c.field == "injured"]
    return EventMention(
        doc_id=article.doc_id, sent_start=sent_start, sent_end=sent_end,
        trigger_start=start, trigger_end=end, trigger_text=spec["trigger"],
        sub_event_type=spec["sub_event_type"], event_type=event_type_of(spec["sub_event_type"]),
        type_score=1.0, type_reason="oracle", actor1=actor(spec["actor1"]),
        actor2=actor(spec["actor2"]), country=place.country, place=place,
        geo_precision=spec["geo_precision"], event_date=dt.date.fromisoformat(spec["date"]),
        time_precision=1,
        date_evidence=Evidence(article.doc_id, sent_start, sent_end, sentence.text, "event_date"),
        fatalities=min(fatalities) if fatalities else None,
        injured=min(injured) if injured else None,
        sources=list(dict.fromkeys(c.source for c in claims if c.source)), claims=claims,
        evidence=[sentence], confidence=1.0,
    )


def _gold_spans(articles: list[Article], gold: dict[str, list[dict[str, Any]]]
                ) -> dict[str, list[tuple[int, int, str]]]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for article in articles:
        for spec in gold.get(article.doc_id, []):
            start = article.text.index(spec["trigger"])
            spans.setdefault(article.doc_id, []).append(
                (start, start + len(spec["trigger"]), spec["incident"]))
    return spans


def _ingest(pairs: Iterable[tuple[Article, list[Event]]]) -> list[Event]:
    from eventcoder.store.sqlite import SqliteStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "merge-eval.db")
        try:
            for article, events in pairs:
                store.add_article(article, events)
            return list(store.events())
        finally:
            store.close()


def _pairwise(stored: list[Event], spans: dict[str, list[tuple[int, int, str]]]
              ) -> dict[str, Any]:
    """Pairwise P/R over (stored event, document, gold incident) report units.

    A stored event reports a gold incident for a document when its trigger or
    sentence evidence from that document covers the gold trigger (the extractor
    may anchor the same clause on another word: "killed" for "stormed").
    """
    units: set[tuple[int, str, str]] = set()
    spurious = 0
    for index, event in enumerate(stored):
        by_doc: dict[str, list[Evidence]] = {}
        for ev in event.evidence:
            if ev.field in ("trigger", "sentence"):
                by_doc.setdefault(ev.doc_id, []).append(ev)
        for doc_id, evidence in by_doc.items():
            hits = {inc for s, e, inc in spans.get(doc_id, [])
                    if any(ev.start < e and s < ev.end for ev in evidence)}
            if not hits:
                spurious += 1
            units.update((index, doc_id, inc) for inc in hits)
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(units), 2):
        together, same = a[0] == b[0], a[2] == b[2]
        tp += together and same
        fp += together and not same
        fn += same and not together
    gold_units = {(doc, inc) for doc, items in spans.items() for _, _, inc in items}
    found = {(doc, inc) for _, doc, inc in units}
    incidents = {inc for _, _, inc in units}
    events_with_gold = {i for i, _, _ in units}
    return {
        "pairwise": prf(tp, fp, fn),
        "gold_reports": len(gold_units),
        "gold_reports_found": len(found & gold_units),
        "report_recall": ratio(len(found & gold_units), len(gold_units)),
        "spurious_reports": spurious,
        "stored_events": len(stored),
        "stored_events_with_gold_reports": len(events_with_gold),
        "gold_incidents_found": len(incidents),
        "gold_incidents": len({inc for items in spans.values() for _, _, inc in items}),
    }


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    articles, gold, places = load(Path(path))
    if limit is not None:
        articles = articles[:limit]
    spans = _gold_spans(articles, gold)

    oracle_pairs = []
    for article in articles:
        mentions = [_oracle_mention(article, spec, places) for spec in gold.get(article.doc_id, [])]
        oracle_pairs.append((article, merge_mentions(mentions, article)))
    oracle = _pairwise(_ingest(oracle_pairs), spans)

    from eventcoder.pipeline import code_articles

    coded = [(c.article, c.events) for c in code_articles(articles)]
    pipeline = _pairwise(_ingest(coded), spans)
    pipeline["events_per_article"] = ratio(sum(len(e) for _, e in coded), len(coded))
    return {"n_articles": len(articles), "oracle": oracle, "pipeline": pipeline}


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {
        "oracle_pair_precision": result["oracle"]["pairwise"]["precision"],
        "oracle_pair_recall": result["oracle"]["pairwise"]["recall"],
        "pipeline_pair_precision": result["pipeline"]["pairwise"]["precision"],
        "pipeline_pair_recall": result["pipeline"]["pairwise"]["recall"],
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [f"Cross-document merging: {result['n_articles']} articles", "",
             f"{'run':<10} {'pairP':>6} {'pairR':>6} {'pairF1':>6} {'tp/fp/fn':>10} "
             f"{'events':>6} {'gold inc':>8} {'reports found':>14} {'spurious':>8}"]
    for run in ("oracle", "pipeline"):
        r = result[run]
        p = r["pairwise"]
        lines.append(
            f"{run:<10} {p['precision']:>6.3f} {p['recall']:>6.3f} {p['f1']:>6.3f} "
            f"{p['tp']:>3}/{p['fp']}/{p['fn']:<4} {r['stored_events']:>6} "
            f"{r['gold_incidents']:>8} {r['gold_reports_found']:>7}/{r['gold_reports']:<6} "
            f"{r['spurious_reports']:>8}")
    lines.append("")
    lines.append("pairs: two reports of one gold incident (tp when one stored event holds both).")
    lines.append("spurious: (stored event, article) reports that cover no gold incident trigger.")
    return "\n".join(lines)
