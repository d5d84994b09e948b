"""WikiEvents scorer: detection of attack, death and injury events in whole
documents (KAIROS ontology).

Input: the WikiEvents folder (``dev.jsonl``/``test.jsonl``) or one such file.
Each record is a document with tokenised sentences (tokens carry character
offsets) and ``event_mentions`` with a KAIROS ``event_type`` and a trigger
token range (end exclusive).

Gold: mentions typed ``Conflict.Attack.*``, ``Life.Die.*`` or ``Life.Injure.*``.
Matching, precision and recall are as in the RAMS scorer (``evaluate.rams``):
strict = a mention trigger overlaps the gold trigger; sentence = a mention in
the same sentence. WikiEvents annotates every event of these types, so
precision here is meaningful (unlike RAMS), though annotators skip some
background mentions. The harm mentions outside ACLED are scored apart
(``detection``), as in the RAMS scorer.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventcoder.evaluate.rams import (  # same result shape, same headline numbers
    Window,
    _join_tokens,
    code_windows_with_harm,
    headline,
    score_windows,
)
from eventcoder.evaluate.rams import format_report as _format
from eventcoder.evaluate.records import dataset_files, json_lines

__all__ = ["DEFAULT_DATA", "GOLD_PREFIXES", "format_report", "headline", "read_documents",
           "score"]

DEFAULT_DATA = "wikievents"
GOLD_PREFIXES = ("conflict.attack", "life.die", "life.injure")


def _window(rec: dict[str, Any]) -> Window:
    sentences = rec["sentences"]
    text = "\n".join(str(s[1]) for s in sentences)
    tokens = [(int(t[1]), int(t[2])) for s in sentences for t in s[0]]
    words = [str(t[0]) for s in sentences for t in s[0]]
    aligned = all(text[a:b] == w for (a, b), w in zip(tokens, words, strict=True))
    if aligned:
        sent_spans = [(s[0][0][1], s[0][-1][2]) for s in sentences if s[0]]
    else:  # offsets that do not fit the joined text: rebuild from the tokens
        text, tokens, sent_spans = _join_tokens([[str(t[0]) for t in s[0]] for s in sentences])
    gold = []
    for ev in rec.get("event_mentions", []):
        etype = str(ev["event_type"])
        if not etype.lower().startswith(GOLD_PREFIXES):
            continue
        trig = ev["trigger"]
        start, end = int(trig["start"]), int(trig["end"])
        gold.append((tokens[start][0], tokens[max(start, end - 1)][1], etype))
    return Window(str(rec["doc_id"]), text, gold, sent_spans)


def read_documents(path: Path, *, limit: int | None = None) -> Iterator[Window]:
    records = (rec for file in dataset_files(path, "*.jsonl") for _, _, rec in json_lines(file))
    yield from (_window(rec) for rec in itertools.islice(records, limit))


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    docs = list(read_documents(path, limit=limit))
    result = score_windows(docs, *code_windows_with_harm(docs))
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def format_report(result: dict[str, Any]) -> str:
    return _format(result, title="WikiEvents")
