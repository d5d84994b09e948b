"""CASE 2021 shared task 2 scorer: fine-grained ACLED sub-event typing of snippets.

Input: JSON lines ``{"id", "text", "label"}``; labels are the 25 ACLED sub-event
codes (taxonomy.yaml ``code``) plus five non-ACLED classes (ORG_CRIME,
NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) that must yield no event.

Each snippet is coded as one article with no publication date. The predicted
label of a snippet is the sub-event type of its *primary* coded mention: among
the mentions the default ``CodingPolicy`` keeps, the highest confidence, then
the highest ACLED precedence; "none" when there is none. Mentions (the typing
stage's output) are scored rather than merged events because a snippet has no
places or dates for merging to separate incidents by.

Reported: weighted and macro F1 over the 25 ACLED classes (labels "none" and
the non-ACLED classes are never among them, so predicting "none" for an ACLED
snippet is a recall error), accuracy over ACLED snippets, the per-class table,
the rejection rate of non-ACLED snippets (share with no event), the most
frequent confusion pairs, and the precision of the predicted labels whose
primary mention has confidence >= 0.8 and below (the two bands must differ
for ``confidence`` to mean something; a prediction on a non-ACLED snippet is
a wrong prediction).
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import (
    CONFIDENCE_BANDS,
    CONFIDENT,
    classification_report,
    confidence_band,
    ratio,
)
from eventcoder.evaluate.records import json_lines
from eventcoder.schema import Article, EventMention
from eventcoder.taxonomy import NON_ACLED_CODES, SUB_EVENT_TYPES, by_name, precedence

__all__ = ["CONFIDENT", "DEFAULT_DATA", "NONE", "confidence_bands", "format_report", "headline",
           "primary_label", "primary_mention", "read", "score", "score_predictions", "score_rows"]

DEFAULT_DATA = "case2021_task2_dev.jsonl"
NONE = "none"
ACLED_CODES: tuple[str, ...] = tuple(s.code for s in SUB_EVENT_TYPES)


def read(path: Path, *, limit: int | None = None) -> Iterator[dict[str, str]]:
    rows = ({"id": str(row["id"]), "text": str(row["text"]), "label": str(row["label"])}
            for _, _, row in json_lines(path))
    yield from itertools.islice(rows, limit)


def primary_mention(mentions: Sequence[EventMention]) -> EventMention | None:
    """The mention a snippet is scored by: highest confidence, then precedence."""
    if not mentions:
        return None
    return min(mentions, key=lambda m: (-m.confidence, precedence(m.sub_event_type)))


def primary_label(mentions: Sequence[EventMention]) -> str:
    """The CASE code of the primary mention, or "none"."""
    best = primary_mention(mentions)
    return NONE if best is None else by_name(best.sub_event_type).code


def confidence_bands(gold: Sequence[str], pred: Sequence[str],
                     confidence: Sequence[float | None]) -> dict[str, dict[str, float]]:
    """Precision of the predicted labels by the primary mention's confidence
    (>= 0.8 and below): a prediction on a non-ACLED snippet counts as wrong."""
    out: dict[str, dict[str, float]] = {}
    for band in CONFIDENCE_BANDS:
        pairs = [(g, p) for g, p, c in zip(gold, pred, confidence, strict=True)
                 if c is not None and p != NONE and confidence_band(c) == band]
        out[band] = {"n": len(pairs),
                     "precision": ratio(sum(1 for g, p in pairs if g == p), len(pairs))}
    return out


def score_predictions(gold: Sequence[str], pred: Sequence[str],
                      confidence: Sequence[float | None] | None = None) -> dict[str, Any]:
    """Metrics from parallel gold/predicted CASE labels (no model needed);
    ``confidence``: the primary mentions' confidences (None where no event)."""
    acled_pairs = [(g, p) for g, p in zip(gold, pred, strict=True) if g in ACLED_CODES]
    other_pairs = [(g, p) for g, p in zip(gold, pred, strict=True) if g not in ACLED_CODES]
    labels = [c for c in ACLED_CODES if any(g == c for g, _ in acled_pairs)]
    report = classification_report(
        [g for g, _ in acled_pairs], [p for _, p in acled_pairs], labels=labels
    )
    # Precision also pays for events predicted on non-ACLED snippets.
    per_label: dict[str, dict[str, float]] = {}
    all_gold = list(gold)
    all_pred = list(pred)
    full = classification_report(all_gold, all_pred, labels=labels)
    for lab in labels:
        per_label[lab] = dict(full["per_label"][lab])
        per_label[lab]["support"] = report["support"].get(lab, 0)
    support = Counter(g for g, _ in acled_pairs)
    total = sum(support[lab] for lab in labels)
    weighted = sum(per_label[lab]["f1"] * support[lab] for lab in labels) / total if total else 0.0
    macro = sum(per_label[lab]["f1"] for lab in labels) / len(labels) if labels else 0.0
    rejected = Counter(g for g, p in other_pairs if p == NONE)
    other_total = Counter(g for g, _ in other_pairs)
    confusions = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p and not (
        g in NON_ACLED_CODES and p == NONE))
    result: dict[str, Any] = {
        "n": len(gold),
        "n_acled": len(acled_pairs),
        "weighted_f1": weighted,
        "macro_f1": macro,
        "accuracy": report["accuracy"],
        # Without the non-ACLED snippets (precision only over ACLED snippets).
        "weighted_f1_acled_only": report["weighted_f1"],
        "per_label": per_label,
        "non_acled_rejection": ratio(sum(rejected.values()), len(other_pairs)),
        "non_acled_rejection_by_class": {
            k: ratio(rejected[k], v) for k, v in sorted(other_total.items())
        },
        "no_event_on_acled": ratio(sum(1 for _, p in acled_pairs if p == NONE), len(acled_pairs)),
        "confusions": [
            {"gold": g, "pred": p, "count": c} for (g, p), c in confusions.most_common(10)
        ],
    }
    if confidence is not None:
        result["confidence_bands"] = confidence_bands(gold, pred, confidence)
    return result


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    result = score_rows(list(read(path, limit=limit)))
    result["dataset"] = str(path)
    return result


def score_rows(rows: Sequence[dict[str, str]]) -> dict[str, Any]:
    """Code each ``{"id", "text", "label"}`` row as one article and score it."""
    from eventcoder.pipeline import DEFAULT_POLICY, code_articles

    articles = (Article(doc_id=r["id"], text=r["text"]) for r in rows)
    gold: list[str] = []
    pred: list[str] = []
    confidence: list[float | None] = []
    started = time.perf_counter()
    for row, coded in zip(rows, code_articles(articles), strict=True):
        kept = [m for m in coded.mentions if DEFAULT_POLICY.accepts(m)]
        best = primary_mention(kept)
        gold.append(row["label"])
        pred.append(NONE if best is None else by_name(best.sub_event_type).code)
        confidence.append(None if best is None else best.confidence)
    result = score_predictions(gold, pred, confidence)
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {
        "weighted_f1": result["weighted_f1"],
        "macro_f1": result["macro_f1"],
        "non_acled_rejection": result["non_acled_rejection"],
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"{result.get('title', 'CASE 2021 task 2')}: {result['n']} snippets "
        f"({result['n_acled']} ACLED)",
        f"weighted F1 {result['weighted_f1']:.3f}   macro F1 {result['macro_f1']:.3f}   "
        f"accuracy (ACLED snippets) {result['accuracy']:.3f}",
        f"weighted F1 over ACLED snippets only {result['weighted_f1_acled_only']:.3f}",
        f"non-ACLED rejection {result['non_acled_rejection']:.3f}  "
        + "  ".join(f"{k} {v:.2f}" for k, v in result["non_acled_rejection_by_class"].items()),
        f"ACLED snippets with no event: {result['no_event_on_acled']:.3f}",
        *(
            f"confidence {band}: {v['n']} predicted events, precision {v['precision']:.3f}"
            for band, v in result.get("confidence_bands", {}).items()
        ),
        "",
        f"{'class':32} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}",
    ]
    for lab, v in result["per_label"].items():
        lines.append(
            f"{lab:32} {v['precision']:6.2f} {v['recall']:6.2f} {v['f1']:6.2f} "
            f"{int(v['support']):4d}"
        )
    lines += ["", "top confusions (gold -> predicted):"]
    for c in result["confusions"]:
        lines.append(f"  {c['count']:3d}  {c['gold']} -> {c['pred']}")
    return "\n".join(lines)
