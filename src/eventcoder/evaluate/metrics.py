"""Small, tested metric helpers shared by the scorers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from eventcoder.geo import haversine_km

__all__ = ["PRF", "classification_report", "haversine_km", "prf", "ratio"]


class PRF(dict[str, float]):
    """precision/recall/f1 plus the counts behind them."""


def prf(tp: int, fp: int, fn: int) -> PRF:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(precision=p, recall=r, f1=f, tp=tp, fp=fp, fn=fn)


def ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


# The confidence at which the scorers split their predictions in two bands: a
# user who keeps only confident events wants to know how often they are right.
CONFIDENT = 0.8
CONFIDENCE_BANDS = (f">={CONFIDENT}", f"<{CONFIDENT}")


def confidence_band(confidence: float) -> str:
    """The band of ``CONFIDENCE_BANDS`` a confidence falls in."""
    return CONFIDENCE_BANDS[0] if confidence >= CONFIDENT else CONFIDENCE_BANDS[1]


def classification_report(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable] | None = None
) -> dict[str, Any]:
    """Per-label P/R/F1, weighted and macro F1 over ``labels`` (default: gold labels),
    accuracy, and the most frequent confusion pairs (gold, predicted, count)."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    label_set = list(labels) if labels is not None else sorted(set(gold), key=str)
    per: dict[str, PRF] = {}
    support = Counter(gold)
    for lab in label_set:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        per[str(lab)] = prf(tp, fp, fn)
    total_support = sum(support[lab] for lab in label_set)
    weighted = (
        sum(per[str(lab)]["f1"] * support[lab] for lab in label_set) / total_support
        if total_support
        else 0.0
    )
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    accuracy = ratio(sum(1 for g, p in zip(gold, pred, strict=True) if g == p), len(gold))
    confusions = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    return {
        "n": len(gold),
        "accuracy": accuracy,
        "weighted_f1": weighted,
        "macro_f1": macro,
        "per_label": per,
        "support": {str(k): v for k, v in support.items()},
        "confusions": [(str(g), str(p), n) for (g, p), n in confusions.most_common(20)],
    }
