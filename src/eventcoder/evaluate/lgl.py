"""LGL geoparsing scorer (Lieberman et al. 2010, in Gritta et al.'s XML form).

Reads the corpus at run time (never copied). Measures:

- toponym recognition: recall and precision by character-span overlap between
  gold toponyms and the places ``find_place_mentions`` reports;
- resolution on the toponyms found: accuracy@161 km (the share within 161 km =
  100 miles of the gold coordinates), mean and median error in km;
- end to end: the share of all gold toponyms with coordinates that were found
  and placed within 161 km.
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import haversine_km, prf, ratio
from eventcoder.schema import Article

__all__ = ["GoldToponym", "LglArticle", "format_report", "read_lgl", "score", "score_documents"]

ACCURACY_KM = 161.0


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    fcode: str | None


@dataclass(slots=True)
class LglArticle:
    doc_id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    source: str | None = None  # the newspaper's domain (metadata)


def read_lgl(path: Path) -> Iterator[LglArticle]:
    """Articles with their gold toponyms, streamed from the XML file."""
    for _, elem in ET.iterparse(path, events=("end",)):
        if elem.tag != "article":
            continue
        text = elem.findtext("text") or ""
        article = LglArticle(doc_id=elem.get("docid") or "", text=text,
                             source=(elem.findtext("domain") or "").strip() or None)
        for top in elem.iterfind("toponyms/toponym"):
            gaz = top.find("gaztag")
            lat = lon = None
            fcode = None
            if gaz is not None:
                try:
                    lat = float(gaz.findtext("lat") or "")
                    lon = float(gaz.findtext("lon") or "")
                except ValueError:
                    lat = lon = None
                fcode = gaz.findtext("fcode")
            article.toponyms.append(GoldToponym(
                start=int(top.findtext("start") or 0),
                end=int(top.findtext("end") or 0),
                text=top.findtext("phrase") or "",
                lat=lat, lon=lon, fcode=fcode,
            ))
        elem.clear()
        yield article


@dataclass(slots=True)
class _Predicted:
    start: int
    end: int
    lat: float | None
    lon: float | None


def score_documents(pairs: list[tuple[LglArticle, list[_Predicted]]]) -> dict[str, Any]:
    """Metrics from gold articles and predicted toponyms (the testable core)."""
    tp_gold = fn = tp_pred = fp = 0
    errors: list[float] = []
    by_fcode: dict[str, list[int]] = {}
    end_to_end_hits = with_coords = 0
    misses: dict[str, int] = {}
    for gold_article, predicted in pairs:
        for gold in gold_article.toponyms:
            match = next((p for p in predicted if p.start < gold.end and gold.start < p.end),
                         None)
            if match is None:
                fn += 1
                misses[gold.text] = misses.get(gold.text, 0) + 1
            else:
                tp_gold += 1
            if gold.lat is None or gold.lon is None:
                continue
            with_coords += 1
            if match is None or match.lat is None or match.lon is None:
                continue
            err = haversine_km(gold.lat, gold.lon, match.lat, match.lon)
            errors.append(err)
            hit = err <= ACCURACY_KM
            end_to_end_hits += hit
            bucket = by_fcode.setdefault(gold.fcode or "?", [0, 0])
            bucket[0] += hit
            bucket[1] += 1
        for p in predicted:
            if any(p.start < g.end and g.start < p.end for g in gold_article.toponyms):
                tp_pred += 1
            else:
                fp += 1
    recognition = prf(tp_pred, fp, fn)
    recognition["recall"] = ratio(tp_gold, tp_gold + fn)
    precision, recall = recognition["precision"], recognition["recall"]
    recognition["f1"] = (
        2 * precision * recall / (precision + recall) if precision + recall else 0.0
    )
    return {
        "documents": len(pairs),
        "gold_toponyms": tp_gold + fn,
        "recognition": dict(recognition),
        "resolved": len(errors),
        "accuracy_at_161km": ratio(sum(e <= ACCURACY_KM for e in errors), len(errors)),
        "median_error_km": statistics.median(errors) if errors else None,
        "mean_error_km": statistics.fmean(errors) if errors else None,
        "end_to_end_at_161km": ratio(end_to_end_hits, with_coords),
        "accuracy_by_gold_fcode": {
            k: {"accuracy": ratio(v[0], v[1]), "n": v[1]}
            for k, v in sorted(by_fcode.items(), key=lambda kv: -kv[1][1])[:12]
        },
        "most_missed": sorted(misses.items(), key=lambda kv: -kv[1])[:25],
    }


def score(path: Path, *, limit: int | None = None, use_source: bool = True) -> dict[str, Any]:
    """Run eventcoder's place recognition and resolution over the LGL corpus at PATH.

    With ``use_source``, a second pass gives each article its newspaper's home region,
    learned from the places resolved in the paper's other articles (the feed's domain
    is article metadata; no gold annotation is used)."""
    from eventcoder.extract.places import SourceRegions, find_place_mentions, resolve_place_spans
    from eventcoder.pipeline import annotate

    path = Path(path)
    gold_articles = []
    for i, art in enumerate(read_lgl(path)):
        if limit is not None and i >= limit:
            break
        gold_articles.append(art)
    articles = [Article(doc_id=a.doc_id, text=a.text, source=a.source)
                for a in gold_articles]
    docs = list(annotate(articles))
    regions = SourceRegions()
    if use_source:
        for doc, article in docs:
            regions.observe(article.source, article.doc_id, resolve_place_spans(doc))
    pairs = []
    for (doc, article), gold in zip(docs, gold_articles, strict=True):
        prior = regions.prior(article.source, exclude=article.doc_id)
        mentions = find_place_mentions(doc, article, prior=prior)
        predicted = [
            _Predicted(m.start, m.end, m.place.latitude if m.place else None,
                       m.place.longitude if m.place else None)
            for m in mentions
        ]
        pairs.append((gold, predicted))
    result = score_documents(pairs)
    result["dataset"] = str(path)
    return result


def format_report(result: dict[str, Any]) -> str:
    rec = result["recognition"]
    lines = [
        f"LGL geoparsing: {result['documents']} documents, {result['gold_toponyms']} toponyms",
        f"  recognition   precision {rec['precision']:.3f}  recall {rec['recall']:.3f}"
        f"  f1 {rec['f1']:.3f}",
        f"  resolution    accuracy@161km {result['accuracy_at_161km']:.3f} on "
        f"{result['resolved']} found toponyms",
        f"                median error {_km(result['median_error_km'])}, "
        f"mean {_km(result['mean_error_km'])}",
        f"  end to end    {result['end_to_end_at_161km']:.3f} of gold toponyms found and "
        "within 161 km",
        "  accuracy by gold feature code:",
    ]
    for fcode, row in result["accuracy_by_gold_fcode"].items():
        lines.append(f"    {fcode:<6} {row['accuracy']:.3f}  (n={row['n']})")
    missed = ", ".join(f"{t} ({n})" for t, n in result["most_missed"][:12])
    lines.append(f"  most missed: {missed}")
    return "\n".join(lines)


def _km(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} km"
