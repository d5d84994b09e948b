"""IndiaPoliceEvents scorer: sentence-level detection of police actions.

The corpus (Halterman et al. 2021) labels each sentence of Times of India
articles with what the police did in it: KILL, ARREST, FORCE, FAIL (failed to
act) and ANY_ACTION. eventcoder has no "police failed to act" event, so FAIL
is not scored.

A sentence is predicted positive for a label when an eventcoder event that
maps to the label is anchored in it. The mapping from ACLED coding to the
labels (police = a state-force actor, inter code 1):

- ARREST: an ``Arrests`` event (ACLED codes only arrests by authorities).
- KILL: an event of a violent sub-type whose actor1 is a state force and
  that reports fatalities.
- FORCE: an event of a violent sub-type whose actor1 is a state force
  (includes KILL), or an intervention against protesters (``Protest with
  intervention`` / ``Excessive force against protesters``: the police are
  the intervening side by construction).
- ANY_ACTION: any of the above, or any event with a state force as actor1
  or actor2 (a clash with police, a weapons seizure, ...).

Two predictions are scored side by side:

- ``events``: the coded events (after the background/statistics filter and
  merging), anchored by their trigger evidence.
- ``mentions``: every detected event mention before that filter, anchored by
  its trigger. The corpus labels statements of any tense ("99 people have
  been killed in police firing" is KILL), so this is the fairer view of
  detection; the gap between the two shows what the filter removes.

And a ``type_only`` variant of both ignores the actor conditions (police as
actor1) to separate detection/typing errors from actor attribution errors.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import prf
from eventcoder.evaluate.records import json_lines
from eventcoder.evaluate.scope import default_country, run_country
from eventcoder.schema import Article, Event, EventMention

__all__ = [
    "DEFAULT_DATA",
    "LABELS",
    "Anchor",
    "Sentence",
    "anchors_from_events",
    "anchors_from_mentions",
    "format_report",
    "headline",
    "labels_for",
    "locate_sentences",
    "score",
    "score_sentences",
    "sentences_hit",
]

DEFAULT_DATA = "indiapoliceevents"
LABELS: tuple[str, ...] = ("KILL", "ARREST", "FORCE", "ANY_ACTION")
STATE_FORCES = 1  # ACLED inter code
# Evidence fields that anchor an event in a sentence: its trigger words, and the
# words of merged mentions that support it ("shot dead" under a protest event).
TRIGGER_FIELDS = frozenset({"trigger", "supporting_trigger"})

# Sub-event types in which one side uses physical force on the other.
VIOLENT_SUB_TYPES: frozenset[str] = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
        "Excessive force against protesters",
        "Protest with intervention",
        "Violent demonstration",
        "Mob violence",
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    }
)
# Protest sub-types where the intervening side is the police by construction.
INTERVENTION_SUB_TYPES: frozenset[str] = frozenset(
    {"Protest with intervention", "Excessive force against protesters"}
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A predicted event reduced to what the label mapping needs, with its span."""

    start: int
    end: int
    sub_event_type: str
    inter1: int | None
    inter2: int | None
    fatalities: int


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    sent_id: int
    start: int  # offsets in the document text; -1 when it could not be located
    end: int
    labels: frozenset[str]


def labels_for(anchor: Anchor, *, type_only: bool = False) -> set[str]:
    """The corpus labels an eventcoder event maps to (see the module docstring)."""
    sub = anchor.sub_event_type
    police_actor1 = type_only or anchor.inter1 == STATE_FORCES
    police_involved = type_only or STATE_FORCES in (anchor.inter1, anchor.inter2)
    out: set[str] = set()
    if sub == "Arrests":
        out.add("ARREST")
    if sub in VIOLENT_SUB_TYPES and police_actor1:
        out.add("FORCE")
        if anchor.fatalities > 0:
            out.add("KILL")
    if sub in INTERVENTION_SUB_TYPES:
        out.add("FORCE")
        if anchor.fatalities > 0 and sub == "Excessive force against protesters":
            out.add("KILL")
    if out or police_involved:
        out.add("ANY_ACTION")
    return out


def _inter(actor: Any) -> int | None:
    return getattr(actor, "inter", None) if actor is not None else None


def anchors_from_events(events: Iterable[Event]) -> list[Anchor]:
    """One anchor per trigger (or supporting trigger) evidence span of each
    event; all its evidence when the event names no trigger."""
    out: list[Anchor] = []
    for event in events:
        spans = [e for e in event.evidence if e.field in TRIGGER_FIELDS] or list(event.evidence)
        for span in spans:
            out.append(
                Anchor(span.start, span.end, event.sub_event_type, event.inter1, event.inter2,
                       event.fatalities)
            )
    return out


def anchors_from_mentions(mentions: Iterable[EventMention]) -> list[Anchor]:
    return [
        Anchor(m.trigger_start, m.trigger_end, m.sub_event_type, _inter(m.actor1),
               _inter(m.actor2), m.fatalities or 0)
        for m in mentions
    ]


def locate_sentences(doc_text: str, rows: Sequence[dict[str, Any]]) -> list[Sentence]:
    """Character offsets of the corpus sentences in the document text (they
    appear in order; a sentence that cannot be found keeps start -1)."""
    out: list[Sentence] = []
    cursor = 0
    for row in rows:
        text = str(row.get("sent_text") or "")
        at = doc_text.find(text, cursor) if text else -1
        if at >= 0:
            cursor = at + len(text)
        out.append(
            Sentence(
                doc_id=str(row["doc_id"]),
                sent_id=int(row["sent_id"]),
                start=at,
                end=at + len(text) if at >= 0 else -1,
                labels=frozenset(row.get("sent_labels") or ()),
            )
        )
    return out


def sentences_hit(sentences: Sequence[Sentence], anchors: Iterable[Anchor], *,
                  type_only: bool = False) -> list[set[str]]:
    """Predicted labels per sentence: the labels of the anchors overlapping it."""
    predicted: list[set[str]] = [set() for _ in sentences]
    for anchor in anchors:
        labels = labels_for(anchor, type_only=type_only)
        if not labels:
            continue
        for index, sentence in enumerate(sentences):
            if sentence.start >= 0 and anchor.start < sentence.end and anchor.end > sentence.start:
                predicted[index] |= labels
    return predicted


def score_sentences(gold: Sequence[frozenset[str]], pred: Sequence[set[str]]) -> dict[str, Any]:
    """Per-label P/R/F1 over sentences."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    out: dict[str, Any] = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label not in p)
        out[label] = dict(prf(tp, fp, fn))
    return out


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    return (record for _, _, record in json_lines(path))


def _dataset_files(path: Path) -> tuple[Path, Path, Path | None]:
    folder = path if path.is_dir() else path.parent
    docs, sents, meta = folder / "docs.jsonl", folder / "sents.jsonl", folder / "metadata.jsonl"
    for required in (docs, sents):
        if not required.is_file():
            raise FileNotFoundError(f"IndiaPoliceEvents file missing: {required}")
    return docs, sents, meta if meta.is_file() else None


def score(path: Path, *, limit: int | None = None,
          country: str | None = None) -> dict[str, Any]:
    """Code the corpus documents (first ``limit`` of them) and score their sentences.
    ``country`` scopes the stories that name no country (the Times of India's rarely
    name India) as ``$EVENTCODER_COUNTRY`` does for a national feed."""
    from eventcoder.pipeline import code_articles  # the model loads only when scoring

    docs_path, sents_path, meta_path = _dataset_files(path)
    texts: dict[str, str] = {}
    for row in _read_jsonl(docs_path):
        if limit is not None and len(texts) >= limit:
            break
        texts[str(row["doc_id"])] = str(row.get("doc_text") or "")
    published: dict[str, dt.date] = {}
    if meta_path is not None:
        for row in _read_jsonl(meta_path):
            doc_id = str(row.get("doc_id"))
            if doc_id in texts and row.get("date"):
                try:
                    published[doc_id] = dt.date.fromisoformat(str(row["date"])[:10])
                except ValueError:
                    pass
    rows_by_doc: dict[str, list[dict[str, Any]]] = {doc_id: [] for doc_id in texts}
    for row in _read_jsonl(sents_path):
        doc_id = str(row.get("doc_id"))
        if doc_id in rows_by_doc:
            rows_by_doc[doc_id].append(row)

    articles = (
        Article(doc_id=doc_id, text=text, published=published.get(doc_id))
        for doc_id, text in texts.items()
        if text.strip()
    )
    gold: list[frozenset[str]] = []
    views: dict[str, list[set[str]]] = {
        "events": [], "mentions": [], "events_type_only": [], "mentions_type_only": []
    }
    unlocated = 0
    words = 0
    started = time.perf_counter()
    with default_country(country):
        for coded in code_articles(articles):
            doc_id = coded.article.doc_id
            words += len(coded.article.text.split())
            rows = sorted(rows_by_doc.get(doc_id, []), key=lambda r: int(r["sent_id"]))
            sentences = locate_sentences(coded.article.text, rows)
            unlocated += sum(1 for s in sentences if s.start < 0)
            gold.extend(s.labels for s in sentences)
            event_anchors = anchors_from_events(coded.events)
            mention_anchors = anchors_from_mentions(coded.mentions)
            views["events"].extend(sentences_hit(sentences, event_anchors))
            views["mentions"].extend(sentences_hit(sentences, mention_anchors))
            views["events_type_only"].extend(
                sentences_hit(sentences, event_anchors, type_only=True)
            )
            views["mentions_type_only"].extend(
                sentences_hit(sentences, mention_anchors, type_only=True)
            )
    elapsed = time.perf_counter() - started
    return {
        "dataset": str(path),
        "n_documents": len(texts),
        "country": run_country(country),
        "n_sentences": len(gold),
        "unlocated_sentences": unlocated,
        "gold_support": {lab: sum(1 for g in gold if lab in g) for lab in LABELS},
        "scores": {view: score_sentences(gold, pred) for view, pred in views.items()},
        "seconds": round(elapsed, 2),
        "words_per_second": round(words / elapsed, 1) if elapsed > 0 else 0.0,
    }


def headline(result: dict[str, Any]) -> dict[str, float]:
    events = result["scores"]["events"]
    mentions = result["scores"]["mentions"]
    return {
        "kill_f1": events["KILL"]["f1"],
        "arrest_f1": events["ARREST"]["f1"],
        "force_f1": events["FORCE"]["f1"],
        "any_f1": events["ANY_ACTION"]["f1"],
        "mentions_any_f1": mentions["ANY_ACTION"]["f1"],
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"IndiaPoliceEvents: {result['n_documents']} documents, {result['n_sentences']} sentences"
        f" ({result['unlocated_sentences']} not located in their document)",
        "",
        f"{'view':<20} {'label':<11} {'support':>7} {'P':>6} {'R':>6} {'F1':>6}",
        "-" * 60,
    ]
    for view, per_label in result["scores"].items():
        for label in LABELS:
            s = per_label[label]
            lines.append(
                f"{view:<20} {label:<11} {result['gold_support'][label]:>7} "
                f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
            )
    lines += ["", f"default country: {result.get('country') or 'none'}",
              f"{result['seconds']} s, {result['words_per_second']} words/s"]
    return "\n".join(lines)
