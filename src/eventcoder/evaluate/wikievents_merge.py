"""WikiEvents: events per document vs the gold's distinct incidents (within-document merging).

WikiEvents annotates every event *mention* (KAIROS types) and entity
coreference, but not which mentions are one incident. We derive gold
incidents from the ACLED-relevant mentions (attack, die, injure, damage,
demonstrate, arrest, defuse) by linking two mentions of one kind when they
share a sentence, or a victim/target/instrument/detainee entity (through the
entity coreference clusters), or both the place and the attacker. This is a
heuristic: it is stated with the numbers.

Reported: per document, eventcoder's events vs gold incidents (mean absolute
difference, totals, exact-count rate, correlation); and pairwise merge
precision/recall over gold mentions that eventcoder found (a predicted event's
trigger evidence overlapping the gold trigger): a pair is predicted together
when one event holds both, gold together when one incident does.

PATH: the ``wikievents`` folder (dev.jsonl and test.jsonl with their
coref_*.jsonlines), or one of those .jsonl files.
"""

from __future__ import annotations

import ast
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import prf, ratio
from eventcoder.evaluate.records import dataset_files, json_lines
from eventcoder.schema import Article

__all__ = ["format_report", "gold_incidents", "headline", "score"]

# KAIROS type prefix -> the kind of ACLED incident it can be part of
_KINDS = {
    "Conflict.Attack": "violence",
    "Life.Die": "violence",
    "Life.Injure": "violence",
    "ArtifactExistence.DamageDestroyDisableDismantle.Damage": "violence",
    "ArtifactExistence.DamageDestroyDisableDismantle.Destroy": "violence",
    "ArtifactExistence.DamageDestroyDisableDismantle.DisableDefuse": "defuse",
    "Conflict.Demonstrate": "demonstration",
    "Justice.ArrestJailDetain": "arrest",
}
_SHARED_PARTICIPANT_ROLES = frozenset({"Victim", "Target", "Instrument", "Detainee"})


def _kind(event_type: str) -> str | None:
    for prefix, kind in _KINDS.items():
        if event_type.startswith(prefix):
            return kind
    return None


@dataclass(slots=True)
class GoldMention:
    mention_id: str
    kind: str
    sent_idx: int
    start: int  # character offsets in the rebuilt text
    end: int
    roles: dict[str, set[int]]  # role -> entity cluster ids


def rebuild_text(doc: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """The document text laid out at the token offsets, and each token's span."""
    sentences = doc["sentences"]
    spans = [(int(tok[1]), int(tok[2])) for sent in sentences for tok in sent[0]]
    end = max((e for _, e in spans), default=0)
    buffer = [" "] * end
    for tokens, text in sentences:
        if not tokens:
            continue
        start = int(tokens[0][1])
        for i, ch in enumerate(text):
            if start + i < end:
                buffer[start + i] = ch
    return "".join(buffer), spans


def _entity_clusters(coref: dict[str, Any] | None) -> dict[str, int]:
    if not coref:
        return {}
    clusters = coref["clusters"]
    if isinstance(clusters, str):  # stored as a Python-literal string
        clusters = ast.literal_eval(clusters)
    return {entity: i for i, members in enumerate(clusters) for entity in members}


def gold_incidents(doc: dict[str, Any], coref: dict[str, Any] | None
                   ) -> tuple[list[GoldMention], list[int]]:
    """The ACLED-relevant gold mentions and, for each, its incident number."""
    _, spans = rebuild_text(doc)
    cluster_of = _entity_clusters(coref)
    mentions: list[GoldMention] = []
    for ev in doc["event_mentions"]:
        kind = _kind(ev["event_type"])
        if kind is None:
            continue
        trig = ev["trigger"]
        first, last = spans[trig["start"]], spans[max(trig["end"] - 1, trig["start"])]
        roles: dict[str, set[int]] = {}
        for arg in ev["arguments"]:
            cluster = cluster_of.get(arg["entity_id"], hash(arg["entity_id"]))
            roles.setdefault(arg["role"], set()).add(cluster)
        mentions.append(GoldMention(ev["id"], kind, trig["sent_idx"], first[0], last[1], roles))
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(mentions)), 2):
        a, b = mentions[i], mentions[j]
        if a.kind != b.kind:
            continue
        shared = any(
            a.roles.get(r, set()) & b.roles.get(r2, set())
            for r in _SHARED_PARTICIPANT_ROLES for r2 in _SHARED_PARTICIPANT_ROLES
        )
        place_and_attacker = bool(a.roles.get("Place", set()) & b.roles.get("Place", set())) and (
            bool(a.roles.get("Attacker", set()) & b.roles.get("Attacker", set()))
            or bool(a.roles.get("Killer", set()) & b.roles.get("Attacker", set()))
        )
        if a.sent_idx == b.sent_idx or shared or place_and_attacker:
            parent[find(i)] = find(j)
    roots: dict[int, int] = {}
    labels = [roots.setdefault(find(i), len(roots)) for i in range(len(mentions))]
    return mentions, labels


def _documents(path: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    for file in dataset_files(path, "*.jsonl"):
        if file.name.startswith("coref"):
            continue
        coref_file = file.with_name(f"coref_{file.stem}.jsonlines")
        corefs: dict[str, dict[str, Any]] = {}
        if coref_file.exists():
            corefs = {rec["doc_key"]: rec for _, _, rec in json_lines(coref_file)}
        for _, _, doc in json_lines(file):
            yield doc, corefs.get(doc["doc_id"])


_ID_DATE = re.compile(r"_(\d{4})\.(\d{2})\.(\d{2})\.")


def _published_from_id(doc_id: str) -> dt.date | None:
    """Some WikiEvents ids carry the story's date (``..._VOA_EN_NW_2017.06.05.3887168``);
    the rest have none, so their relative dates stay unresolved."""
    match = _ID_DATE.search(doc_id)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    if len(xs) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    if not sx or not sy:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (sx * sy)


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    from eventcoder.pipeline import code_articles

    docs = list(_documents(Path(path)))
    if limit is not None:
        docs = docs[:limit]
    articles = [Article(doc_id=d["doc_id"], text=rebuild_text(d)[0],
                        published=_published_from_id(d["doc_id"])) for d, _ in docs]
    per_doc: list[dict[str, Any]] = []
    tp = fp = fn = 0
    found = total_mentions = 0
    for (doc, coref), coded in zip(docs, code_articles(articles), strict=True):
        mentions, labels = gold_incidents(doc, coref)
        events = coded.events
        # gold mention -> the predicted event whose trigger evidence overlaps it
        predicted: dict[int, int] = {}
        for e_index, event in enumerate(events):
            for ev in event.evidence:
                if ev.field != "trigger":
                    continue
                for m_index, m in enumerate(mentions):
                    if m_index not in predicted and ev.start < m.end and m.start < ev.end:
                        predicted[m_index] = e_index
        total_mentions += len(mentions)
        found += len(predicted)
        for i, j in itertools.combinations(sorted(predicted), 2):
            together, same = predicted[i] == predicted[j], labels[i] == labels[j]
            tp += together and same
            fp += together and not same
            fn += same and not together
        per_doc.append({"doc_id": doc["doc_id"], "gold_incidents": len(set(labels)),
                        "gold_mentions": len(mentions), "events": len(events)})
    gold_counts = [float(d["gold_incidents"]) for d in per_doc]
    event_counts = [float(d["events"]) for d in per_doc]
    n = len(per_doc)
    return {
        "n_docs": n,
        "gold_incidents": int(sum(gold_counts)),
        "events": int(sum(event_counts)),
        "gold_mentions": total_mentions,
        "gold_mentions_found": found,
        "mean_abs_diff": (sum(abs(a - b) for a, b in zip(event_counts, gold_counts, strict=True))
                          / n if n else 0.0),
        "exact_count_rate": ratio(sum(1 for a, b in zip(event_counts, gold_counts, strict=True)
                                      if a == b), n),
        "pearson": _pearson(event_counts, gold_counts),
        "pairwise": prf(tp, fp, fn),
        "per_doc": per_doc,
    }


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {
        "events_per_doc": ratio(result["events"], result["n_docs"]),
        "gold_incidents_per_doc": ratio(result["gold_incidents"], result["n_docs"]),
        "mean_abs_diff": result["mean_abs_diff"],
        "pair_precision": result["pairwise"]["precision"],
        "pair_recall": result["pairwise"]["recall"],
    }


def format_report(result: dict[str, Any]) -> str:
    p = result["pairwise"]
    r = result["pearson"]
    lines = [
        f"WikiEvents within-document merging: {result['n_docs']} documents",
        f"  events output           {result['events']:>5}  "
        f"({ratio(result['events'], result['n_docs']):.2f}/doc)",
        f"  gold incidents (derived) {result['gold_incidents']:>5}  "
        f"({ratio(result['gold_incidents'], result['n_docs']):.2f}/doc)",
        f"  mean |events - incidents| per doc  {result['mean_abs_diff']:.2f}",
        f"  docs with exactly the gold count   {result['exact_count_rate']:.2f}",
        f"  correlation (docs)                 {'n/a' if r is None else f'{r:.2f}'}",
        f"  gold mentions found      {result['gold_mentions_found']}/{result['gold_mentions']}",
        f"  pairwise merge P/R/F1 over found mentions  {p['precision']:.3f} / "
        f"{p['recall']:.3f} / {p['f1']:.3f}  (tp {p['tp']}, fp {p['fp']}, fn {p['fn']})",
        "",
        f"{'doc':<40} {'gold':>5} {'events':>6}",
    ]
    for d in result["per_doc"]:
        lines.append(f"{d['doc_id'][:40]:<40} {d['gold_incidents']:>5} {d['events']:>6}")
    lines.append("")
    lines.append("gold incidents: ACLED-relevant mentions linked by sentence, shared victim/"
                 "target/instrument, or place+attacker (a heuristic; WikiEvents has no event "
                 "coreference).")
    return "\n".join(lines)
