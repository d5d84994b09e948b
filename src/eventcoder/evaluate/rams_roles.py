"""RAMS scorer for actor arguments: attacker / target / victim F1.

RAMS 1.0 (Ebner et al. 2020) gives 5-sentence news windows with one event
trigger each and its argument spans by role. For the attack, killing and
injuring events (``conflict.attack.*``, ``life.die.*``, ``life.injure.*``) this
scorer places an eventcoder mention on the gold trigger (argument extraction
is measured apart from event detection), with an ACLED sub-event type mapped
from the RAMS type, runs ``assign_actors`` and compares:

- ``perpetrator``: RAMS attacker / killer / injurer  vs  eventcoder actor1;
- ``target``: RAMS target / victim  vs  eventcoder actor2 and assoc_actor_2.

Only actors that eventcoder grounds in the text (an ``Actor`` with a span)
count as predictions; ACLED defaults with no words behind them ("Unidentified
Armed Group" for an unnamed attacker) are not arguments. A prediction matches
a gold argument when the spans overlap (``overlap``) or are the same tokens
(``exact``). The dataset file is read where it lies; nothing is copied.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import prf
from eventcoder.evaluate.records import json_lines

__all__ = ["DEFAULT_DATA", "RAMS_TO_ACLED", "format_report", "headline", "score"]

DEFAULT_DATA = "rams/dev.jsonlines"
PERPETRATOR_ROLES = frozenset({"attacker", "killer", "injurer"})
TARGET_ROLES = frozenset({"target", "victim"})
# RAMS event type prefix -> the ACLED sub-event type the mention is given.
RAMS_TO_ACLED: tuple[tuple[str, str], ...] = (
    ("conflict.attack.airstrikemissilestrike", "Air/drone strike"),
    ("conflict.attack.bombing", "Remote explosive/landmine/IED"),
    ("conflict.attack.selfdirectedbattle", "Armed clash"),
    ("conflict.attack.invade", "Armed clash"),
    ("conflict.attack", "Attack"),
    ("life.die", "Attack"),
    ("life.injure", "Attack"),
)


@dataclass(slots=True)
class _Example:
    doc_key: str
    text: str
    token_spans: list[tuple[int, int]]  # character offsets of each RAMS token
    sentence_of: list[int]  # sentence index of each token
    sentence_spans: list[tuple[int, int]]
    trigger: tuple[int, int]  # token indices, inclusive
    sub_event_type: str
    gold: dict[str, list[tuple[int, int]]]  # role group -> char spans


def _acled_type(rams_type: str) -> str | None:
    for prefix, sub in RAMS_TO_ACLED:
        if rams_type.startswith(prefix):
            return sub
    return None


def _examples(path: Path) -> Iterator[_Example]:
    for _, _, row in json_lines(path):
        triggers = row.get("evt_triggers") or []
        if not triggers:
            continue
        start, end, labels = triggers[0]
        sub = _acled_type(labels[0][0])
        if sub is None:
            continue
        pieces: list[str] = []
        token_spans: list[tuple[int, int]] = []
        sentence_of: list[int] = []
        sentence_spans: list[tuple[int, int]] = []
        offset = 0
        for s_index, sentence in enumerate(row["sentences"]):
            s_start = offset
            for token in sentence:
                token_spans.append((offset, offset + len(token)))
                sentence_of.append(s_index)
                pieces.append(token)
                offset += len(token) + 1
            sentence_spans.append((s_start, offset - 1))
        text = " ".join(pieces)
        gold: dict[str, list[tuple[int, int]]] = {"perpetrator": [], "target": []}
        for _trig, (a_start, a_end), role in row.get("gold_evt_links") or []:
            name = role[11:] if role.startswith("evt") else role
            group = ("perpetrator" if name in PERPETRATOR_ROLES
                     else "target" if name in TARGET_ROLES else None)
            if group:
                gold[group].append((token_spans[a_start][0], token_spans[a_end][1]))
        yield _Example(row["doc_key"], text, token_spans, sentence_of, sentence_spans,
                       (start, end), sub, gold)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score actor arguments on the RAMS file at ``path`` (a .jsonlines file or
    a folder holding ``dev.jsonlines``)."""
    from eventcoder.extract.actors import assign_actors
    from eventcoder.nlp import load_nlp
    from eventcoder.schema import Article, EventMention
    from eventcoder.taxonomy import event_type_of

    if path.is_dir():
        path = path / "dev.jsonlines"
    if not path.is_file():
        raise FileNotFoundError(f"RAMS data not found at {path}")
    examples = list(_examples(path))
    if limit is not None:
        examples = examples[:limit]
    nlp = load_nlp()
    counts = {mode: {g: Counter[str]() for g in ("perpetrator", "target")}
              for mode in ("overlap", "exact")}
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for example, doc in zip(examples, nlp.pipe(e.text for e in examples), strict=True):
        t_start = example.token_spans[example.trigger[0]][0]
        t_end = example.token_spans[example.trigger[1]][1]
        s_start, s_end = example.sentence_spans[example.sentence_of[example.trigger[0]]]
        mention = EventMention(
            doc_id=example.doc_key, sent_start=s_start, sent_end=s_end, trigger_start=t_start,
            trigger_end=t_end, trigger_text=example.text[t_start:t_end],
            sub_event_type=example.sub_event_type,
            event_type=event_type_of(example.sub_event_type), type_score=1.0,
            type_reason="RAMS gold trigger",
        )
        assign_actors(mention, doc, Article(doc_id=example.doc_key, text=example.text))
        predicted = {
            "perpetrator": [mention.actor1] if mention.actor1 else [],
            "target": [a for a in [mention.actor2, *mention.assoc_actor_2] if a],
        }
        for group in ("perpetrator", "target"):
            pred = [(a.start, a.end) for a in predicted[group]
                    if a.start is not None and a.end is not None]
            gold = example.gold[group]
            for mode in ("overlap", "exact"):
                match = _overlaps if mode == "overlap" else (lambda a, b: a == b)
                used: set[int] = set()
                tp = 0
                for p in pred:
                    hit = next((i for i, g in enumerate(gold) if i not in used and match(p, g)),
                               None)
                    if hit is not None:
                        used.add(hit)
                        tp += 1
                c = counts[mode][group]
                c["tp"] += tp
                c["fp"] += len(pred) - tp
                c["fn"] += len(gold) - tp
                if mode == "overlap":
                    for i, g in enumerate(gold):
                        if i not in used:
                            missed[f"{group}: {example.text[g[0]:g[1]].lower()}"] += 1
                    for p in pred:
                        if not any(match(p, g) for g in gold):
                            spurious[f"{group}: {example.text[p[0]:p[1]].lower()}"] += 1
    result: dict[str, Any] = {"dataset": str(path), "events": len(examples)}
    for mode in ("overlap", "exact"):
        per = {g: prf(c["tp"], c["fp"], c["fn"]) for g, c in counts[mode].items()}
        total = sum((counts[mode][g] for g in per), Counter[str]())
        per["all"] = prf(total["tp"], total["fp"], total["fn"])
        result[mode] = per
    result["missed"] = missed.most_common(20)
    result["spurious"] = spurious.most_common(20)
    return result


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {"perpetrator_f1": result["overlap"]["perpetrator"]["f1"],
            "target_f1": result["overlap"]["target"]["f1"],
            "argument_f1": result["overlap"]["all"]["f1"]}


def format_report(result: dict[str, Any]) -> str:
    lines = [f"RAMS attacker/target/victim arguments ({result['dataset']}), "
             f"{result['events']} attack/die/injure events, gold triggers",
             f"  {'role':<12} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for mode in ("overlap", "exact"):
        for group in ("perpetrator", "target", "all"):
            m = result[mode][group]
            lines.append(f"  {group:<12} {mode:<8} {m['precision']:6.3f} {m['recall']:6.3f} "
                         f"{m['f1']:6.3f}   {m['tp']}/{m['fp']}/{m['fn']}")
    lines.append("  most frequent missed gold arguments:")
    lines += [f"    {n:3d}  {text}" for text, n in result["missed"][:12]]
    lines.append("  most frequent spurious predictions:")
    lines += [f"    {n:3d}  {text}" for text, n in result["spurious"][:12]]
    return "\n".join(lines)
