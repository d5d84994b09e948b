"""RAMS 1.0 scorer: detection of attack, death and injury events.

Input: the RAMS folder (``dev.jsonlines``/``test.jsonlines``, or one such file).
Each record is a 5-sentence news window with tokenised sentences and one
annotated event (``evt_triggers``: token offsets over the whole window and a
type such as ``conflict.attack.firearmattack`` or ``life.die.deathcausedbyviolentevents``).

Gold: the triggers whose type starts with ``conflict.attack``, ``life.die`` or
``life.injure``. Predicted: eventcoder's violent event mentions (event types
Battles, Riots, Explosions/Remote violence, Violence against civilians, and
Excessive force against protesters), whatever their status (background, plan...
are still events mentioned in the text).

- *strict*: a gold trigger is found when it overlaps a trigger of a mention (the
  word that typed it, or a supporting event word of the same clause: "killed",
  "wounded", in ``mention.evidence`` with field "trigger"/"supporting_trigger").
- *sentence*: a gold trigger is found when a mention lies in the same sentence
  (or matches it strictly).

Precision counts predicted mentions that match no gold attack/die/injure
trigger. RAMS annotates ONE event per window, so other real attacks and deaths
in the window count as false positives: precision here is a lower bound.

Two prediction sets are scored:

- *ACLED mentions* (``strict``/``sentence``): the violent mentions above, what
  eventcoder may code as political violence.
- *harm mentions* (``detection``): those, plus every harm mention the trigger
  stage marks outside them (``extract.triggers.harm_mentions``: a death from
  illness, a robbery, a coup, a killing the typing stage rejected as an
  accident). RAMS and WikiEvents annotate all of these (KAIROS ontology); an
  ACLED coder must code none of them, so they never become events. Each such
  span is one more prediction: precision counts every one that matches no gold
  trigger.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import prf
from eventcoder.evaluate.records import dataset_files, json_lines
from eventcoder.schema import Article, EventMention

__all__ = [
    "DEFAULT_DATA",
    "GOLD_PREFIXES",
    "VIOLENT_EVENT_TYPES",
    "Window",
    "format_report",
    "headline",
    "match_window",
    "read_windows",
    "score",
    "score_windows",
]

DEFAULT_DATA = "rams"
GOLD_PREFIXES = ("conflict.attack", "life.die", "life.injure")
# Sub-types that are not violence (illness, natural death): reported apart,
# since an ACLED coder must not code them.
NON_VIOLENT_SUBTYPES = ("life.die.nonviolentdeath", "life.injure.illnessdegradation")
VIOLENT_EVENT_TYPES = frozenset({
    "Battles", "Riots", "Explosions/Remote violence", "Violence against civilians",
})
VIOLENT_SUB_TYPES = frozenset({"Excessive force against protesters"})
MISSED_WORDS_SHOWN = 15


@dataclass(slots=True)
class Window:
    """A text with gold trigger character spans and sentence character spans."""

    doc_id: str
    text: str
    gold: list[tuple[int, int, str]]  # start, end, type
    sentences: list[tuple[int, int]]


def _join_tokens(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]],
                                                       list[tuple[int, int]]]:
    """Text from tokenised sentences (space between tokens, newline between
    sentences); character spans of every token and every sentence."""
    parts: list[str] = []
    token_spans: list[tuple[int, int]] = []
    sentence_spans: list[tuple[int, int]] = []
    pos = 0
    for si, sent in enumerate(sentences):
        if si:
            parts.append("\n")
            pos += 1
        start = pos
        for ti, tok in enumerate(sent):
            if ti:
                parts.append(" ")
                pos += 1
            token_spans.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
        sentence_spans.append((start, pos))
    return "".join(parts), token_spans, sentence_spans


def is_gold_type(event_type: str) -> bool:
    return event_type.lower().startswith(GOLD_PREFIXES)


def read_windows(path: Path, *, limit: int | None = None) -> Iterator[Window]:
    records = (rec for file in dataset_files(path, "*.jsonlines") for _, _, rec in json_lines(file))
    for rec in itertools.islice(records, limit):
        text, tokens, sentences = _join_tokens(rec["sentences"])
        gold = []
        for start, end, labels in rec.get("evt_triggers", []):
            etype = str(labels[0][0])
            if is_gold_type(etype):
                gold.append((tokens[start][0], tokens[end][1], etype))
        yield Window(str(rec["doc_key"]), text, gold, sentences)


def is_violent(mention: EventMention) -> bool:
    return (mention.event_type in VIOLENT_EVENT_TYPES
            or mention.sub_event_type in VIOLENT_SUB_TYPES)


def _trigger_spans(mention: EventMention) -> list[tuple[int, int]]:
    spans = [(mention.trigger_start, mention.trigger_end)]
    spans += [(e.start, e.end) for e in mention.evidence
              if e.field in ("trigger", "supporting_trigger")]
    return spans


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> int:
    for i, (a, b) in enumerate(sentences):
        if a <= pos < b or (pos == b and i == len(sentences) - 1):
            return i
    return -1


# A harm mention marked by the trigger stage: start, end (characters), kind
# ("attack", "die", "injure").
HarmSpan = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class _Prediction:
    spans: list[tuple[int, int]]  # the words that match a gold trigger strictly
    anchor: int  # where it lies (its sentence matches a gold trigger's)


def _predictions(mentions: Iterable[EventMention], harm: Iterable[HarmSpan] | None
                 ) -> list[_Prediction]:
    """The violent mentions, and (with ``harm``) each harm span that no violent
    mention's trigger words overlap, as one more prediction."""
    preds = [_Prediction(_trigger_spans(m), m.trigger_start) for m in mentions if is_violent(m)]
    if harm is not None:
        taken = [t for p in preds for t in p.spans]
        preds += [_Prediction([(a, b)], a) for a, b, _kind in harm
                  if not any(a < t[1] and t[0] < b for t in taken)]
    return preds


def match_window(window: Window, mentions: Iterable[EventMention],
                 harm: Iterable[HarmSpan] | None = None) -> dict[str, int]:
    """Counts for one window: gold found (strict/sentence), predicted matched.
    ``harm``: score the harm mentions too (see the module docstring)."""
    return _match(window, _predictions(mentions, harm))


def _match(window: Window, preds: list[_Prediction]) -> dict[str, int]:
    gold = window.gold
    counts = {"gold": len(gold), "pred": len(preds), "found_strict": 0,
              "found_sentence": 0, "pred_ok_strict": 0, "pred_ok_sentence": 0}

    def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    gold_sents = [_sentence_of(g[0], window.sentences) for g in gold]
    pred_sents = [_sentence_of(p.anchor, window.sentences) for p in preds]
    # A strict match is a sentence match too (our sentence may span two of the
    # dataset's, the matching word then lies in the other one); a position in
    # no sentence (-1) matches nothing.
    for gi, g in enumerate(gold):
        span = (g[0], g[1])
        strict = any(overlaps(span, t) for p in preds for t in p.spans)
        counts["found_strict"] += strict
        counts["found_sentence"] += strict or gold_sents[gi] >= 0 and gold_sents[gi] in pred_sents
    for pi, p in enumerate(preds):
        strict = any(overlaps((g[0], g[1]), t) for g in gold for t in p.spans)
        counts["pred_ok_strict"] += strict
        counts["pred_ok_sentence"] += strict or pred_sents[pi] >= 0 and pred_sents[pi] in gold_sents
    return counts


def score_windows(windows: list[Window], mentions: list[list[EventMention]],
                  harm: list[list[HarmSpan]] | None = None) -> dict[str, Any]:
    """Scores of the ACLED violent mentions; with ``harm`` (one list per
    window), also of all harm mentions, under ``"detection"``."""
    result = _score([[_Prediction(_trigger_spans(m), m.trigger_start) for m in ms
                      if is_violent(m)] for ms in mentions], windows)
    if harm is not None:
        result["detection"] = _score(
            [_predictions(ms, hs) for ms, hs in zip(mentions, harm, strict=True)], windows)
    return result


def _score(predictions: list[list[_Prediction]], windows: list[Window]) -> dict[str, Any]:
    totals: dict[str, int] = {}
    by_type: dict[str, list[int]] = {}
    violent = [0, 0, 0]  # gold, found strict, found sentence (violent sub-types only)
    missed: Counter[str] = Counter()  # gold trigger words found by no mention (strict)
    for window, preds in zip(windows, predictions, strict=True):
        counts = _match(window, preds)
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
        for g in window.gold:
            family = ".".join(g[2].lower().split(".")[:2])
            found = _match(Window(window.doc_id, window.text, [g], window.sentences), preds)
            row = by_type.setdefault(family, [0, 0, 0])
            row[0] += 1
            row[1] += found["found_strict"]
            row[2] += found["found_sentence"]
            if not found["found_strict"]:
                missed[" ".join(window.text[g[0]:g[1]].lower().split())] += 1
            if not g[2].lower().startswith(NON_VIOLENT_SUBTYPES):
                violent[0] += 1
                violent[1] += found["found_strict"]
                violent[2] += found["found_sentence"]
    gold_n, pred_n = totals.get("gold", 0), totals.get("pred", 0)

    def block(found: int, pred_ok: int) -> dict[str, float]:
        p = prf(pred_ok, pred_n - pred_ok, 0)["precision"]
        r = found / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "found": found, "pred_ok": pred_ok}

    return {
        "documents": len(windows),
        "gold_triggers": gold_n,
        "predicted_mentions": pred_n,
        "strict": block(totals.get("found_strict", 0), totals.get("pred_ok_strict", 0)),
        "sentence": block(totals.get("found_sentence", 0), totals.get("pred_ok_sentence", 0)),
        "recall_violent_only": {
            "gold": violent[0],
            "strict": violent[1] / violent[0] if violent[0] else 0.0,
            "sentence": violent[2] / violent[0] if violent[0] else 0.0,
        },
        "recall_by_type": {
            k: {"gold": v[0], "strict": v[1] / v[0], "sentence": v[2] / v[0]}
            for k, v in sorted(by_type.items())
        },
        # The tail to read first: which gold words no mention reached.
        "missed_words": missed.most_common(MISSED_WORDS_SHOWN),
    }


def code_windows(windows: list[Window]) -> list[list[EventMention]]:
    return code_windows_with_harm(windows)[0]


def code_windows_with_harm(windows: list[Window]
                           ) -> tuple[list[list[EventMention]], list[list[HarmSpan]]]:
    """Every window's mentions (before policy and merge) and the harm mentions
    its trigger stage marked."""
    # the model loads only when scoring
    from eventcoder.pipeline import annotate, code_doc

    articles = (Article(doc_id=w.doc_id, text=w.text) for w in windows)
    mentions: list[list[EventMention]] = []
    harm: list[list[HarmSpan]] = []
    for doc, article in annotate(articles):
        coded = code_doc(doc, article)
        mentions.append(coded.mentions)
        harm.append(coded.harm)
    return mentions, harm


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    windows = list(read_windows(path, limit=limit))
    result = score_windows(windows, *code_windows_with_harm(windows))
    result["note"] = ("RAMS annotates one event per window: other real attacks/deaths "
                      "count as false positives, so precision is a lower bound")
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {
        "recall_strict": result["strict"]["recall"],
        "precision_strict": result["strict"]["precision"],
        "recall_sentence": result["sentence"]["recall"],
        "precision_sentence": result["sentence"]["precision"],
        # Illness and natural deaths are no political violence: the recall an
        # ACLED coder should be judged on.
        "recall_strict_violent": result["recall_violent_only"]["strict"],
        **({"recall_harm_strict": result["detection"]["strict"]["recall"],
            "precision_harm_strict": result["detection"]["strict"]["precision"]}
           if "detection" in result else {}),
    }


def format_report(result: dict[str, Any], title: str = "RAMS") -> str:
    lines = [
        f"{title}: attack/die/injure trigger detection, {result['documents']} documents, "
        f"{result['gold_triggers']} gold triggers, {result['predicted_mentions']} predicted "
        "violent mentions",
        f"{'match':10} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for key in ("strict", "sentence"):
        b = result[key]
        lines.append(f"{key:10} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f}")
    lines.append("recall by gold type (strict / sentence):")
    for k, v in result["recall_by_type"].items():
        lines.append(f"  {k:22} n={v['gold']:4d}  {v['strict']:.3f} / {v['sentence']:.3f}")
    v = result["recall_violent_only"]
    lines.append(f"  {'violent sub-types only':22} n={v['gold']:4d}  {v['strict']:.3f} / "
                 f"{v['sentence']:.3f}  (without illness and natural deaths)")
    if result.get("missed_words"):
        lines.append("most frequent missed gold trigger words (strict): " + ", ".join(
            f"{word} {n}" for word, n in result["missed_words"]))
    detection = result.get("detection")
    if detection:
        lines.append(f"harm mentions (ACLED mentions + attack/die/injure words outside ACLED, "
                     f"{detection['predicted_mentions']} predicted):")
        for key in ("strict", "sentence"):
            b = detection[key]
            lines.append(f"{key:10} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f}")
        for k, v in detection["recall_by_type"].items():
            lines.append(f"  {k:22} n={v['gold']:4d}  {v['strict']:.3f} / {v['sentence']:.3f}")
        if detection.get("missed_words"):
            lines.append("  missed (strict): " + ", ".join(
                f"{word} {n}" for word, n in detection["missed_words"]))
    if result.get("note"):
        lines.append(f"note: {result['note']}")
    return "\n".join(lines)
