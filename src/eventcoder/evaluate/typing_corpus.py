"""The project's own typing benchmark: ``benchmarks/typing/*.jsonl``.

About 1,560 short texts the team wrote (ACLED-note and wire styles, a third of
them Kenyan), each labelled with the ACLED sub-event type a coder would give
it, or ``none`` when it reports no political-violence event (plain crime,
disasters, diplomacy, claims, statistics, threats). Many come as near-minimal
pairs that differ only in what decides the type: did the other side fire back
(Armed clash or Attack), was the crowd demonstrating (Violent demonstration or
Mob violence), what did police do to the protesters.

Unlike the dev sets under ``../shared/data`` it ships with the source, so
anyone can run it and rules can be checked on it without tuning to the
evaluation data. Rows are ``{"text", "label"}`` with the sub-event type's
name; scoring is the CASE 2021 scorer's (weighted F1 over the sub-event types,
rejection rate of the ``none`` texts, confusions, confidence bands).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventcoder.evaluate import case2021
from eventcoder.evaluate.records import dataset_files, json_lines
from eventcoder.taxonomy import SUB_EVENT_TYPES, by_name

__all__ = ["DEFAULT_DATA", "NO_EVENT", "format_report", "headline", "read", "score"]

# The set ships in the source checkout, not in the installed package.
DEFAULT_DATA = str(Path(__file__).resolve().parents[3] / "benchmarks" / "typing")
NO_EVENT = "none"
SUB_EVENT_NAMES = frozenset(s.name for s in SUB_EVENT_TYPES)


def read(path: Path, *, limit: int | None = None) -> list[dict[str, str]]:
    """Rows from a ``.jsonl`` file or every ``*.jsonl`` of a folder, labels as CASE
    codes (``none`` stays ``none``: a text that must yield no event)."""
    rows: list[dict[str, str]] = []
    for file in dataset_files(path, "*.jsonl"):
        for _, number, record in json_lines(file):
            label = str(record["label"])
            if label != NO_EVENT and label not in SUB_EVENT_NAMES:
                raise ValueError(f"{file}:{number}: unknown label {label!r}")
            code = NO_EVENT if label == NO_EVENT else by_name(label).code
            rows.append({"id": f"{file.stem}:{number}", "text": str(record["text"]),
                         "label": code})
            if limit is not None and len(rows) >= limit:
                return rows
    return rows


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    result = case2021.score_rows(read(path, limit=limit))
    result["dataset"] = str(path)
    result["title"] = "Project typing benchmark"
    return result


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {"weighted_f1": result["weighted_f1"], "macro_f1": result["macro_f1"],
            "no_event_rejection": result["non_acled_rejection"]}


def format_report(result: dict[str, Any]) -> str:
    return case2021.format_report(result)
