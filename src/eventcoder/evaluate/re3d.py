"""re3d scorer: how many armed actors of Syria/Iraq reporting eventcoder finds.

re3d (Dstl) annotates entity spans (``entities.json``) and relations
(``relations.json``) in documents (``documents.json``), one folder per source,
each file holding one JSON object per line. There is no "armed actor" label,
so the gold armed actors are taken from the relations: an ``Organisation``
entity that is the source or target of a ``FightingAgainst`` or ``AlliesOf``
relation takes part in armed conflict.

Reported, over those gold mentions:

- ``recall_found``: share overlapped by an actor span eventcoder marks
  (``doc.spans["ec_actors"]``, named groups, state forces, role and generic
  words) or by an unknown named group the extractor would keep;
- ``recall_normalised``: share whose overlapping span resolves to a dictionary
  actor (an ACLED-style name), scoped by the document's country;
- the most frequent missed strings and the names the found ones resolve to.

The dataset is read where it lies; nothing is copied.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import ratio
from eventcoder.evaluate.records import json_lines

__all__ = ["DEFAULT_DATA", "format_report", "gold_armed_actors", "headline", "score"]

DEFAULT_DATA = "re3d"
ARMED_RELATIONS = frozenset({"FightingAgainst", "AlliesOf"})


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    return (record for _, _, record in json_lines(path))


def gold_armed_actors(folder: Path) -> dict[str, list[tuple[int, int, str]]]:
    """document id -> [(begin, end, text)] of Organisation entities in armed relations."""
    entities = {
        (e["documentId"], e["begin"], e["end"]): e["value"]
        for e in _json_lines(folder / "entities.json")
        if e.get("type") == "Organisation"
    }
    out: dict[str, set[tuple[int, int, str]]] = {}
    for rel in _json_lines(folder / "relations.json"):
        if rel.get("type") not in ARMED_RELATIONS:
            continue
        doc_id = rel["documentId"]
        for begin, end in ((rel["sourceBegin"], rel["sourceEnd"]),
                           (rel["targetBegin"], rel["targetEnd"])):
            value = entities.get((doc_id, begin, end))
            if value is not None:
                out.setdefault(doc_id, set()).add((begin, end, value))
    return {k: sorted(v) for k, v in out.items()}


def _folders(path: Path) -> list[Path]:
    if (path / "documents.json").is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.is_dir() and (p / "documents.json").is_file())


def score(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score actor recognition on the re3d folder(s) at ``path``."""
    from eventcoder.extract.actors import SPAN_KEY, document_country
    from eventcoder.nlp import load_nlp
    from eventcoder.resolve.actors import default_actor_dictionary

    if not path.exists():
        raise FileNotFoundError(f"re3d data not found at {path}")
    nlp = load_nlp()
    dictionary = default_actor_dictionary()
    texts: list[tuple[str, str, list[tuple[int, int, str]]]] = []
    for folder in _folders(path):
        gold = gold_armed_actors(folder)
        for document in _json_lines(folder / "documents.json"):
            spans = gold.get(document["_id"])
            if spans:
                texts.append((document["_id"], document["text"], spans))
    if limit is not None:
        texts = texts[:limit]
    total = found = normalised = 0
    missed: Counter[str] = Counter()
    resolved_names: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    for (_doc_id, _text, spans), doc in zip(texts, nlp.pipe(t[1] for t in texts), strict=True):
        country = document_country(doc, dictionary)
        marks = [(s.start_char, s.end_char, s.text) for s in doc.spans.get(SPAN_KEY, [])
                 if s.label_ != "demonym" or dictionary.country_named(s.text)]
        # proper-noun groups the extractor keeps as written ("the Tiger Forces")
        marks += [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "ORG"]
        for begin, end, value in spans:
            total += 1
            hits = [m for m in marks if m[0] < end and begin < m[1]]
            if not hits:
                missed[value] += 1
                continue
            found += 1
            actor = dictionary.resolve(value, country) or next(
                (a for a in (dictionary.resolve(h[2], country) for h in hits) if a), None)
            named = dictionary.country_named(value)
            if actor is None and named:
                actor = dictionary.role_actor("military", named, None, value)
            if actor is not None:
                normalised += 1
                resolved_names[actor.name] += 1
            else:
                unresolved[value] += 1
    return {
        "dataset": str(path),
        "gold_armed_actor_mentions": total,
        "documents": len(texts),
        "recall_found": ratio(found, total),
        "recall_normalised": ratio(normalised, total),
        "found": found,
        "normalised": normalised,
        "missed": missed.most_common(25),
        "found_not_normalised": unresolved.most_common(25),
        "resolved_names": resolved_names.most_common(25),
    }


def headline(result: dict[str, Any]) -> dict[str, float]:
    return {"armed_actor_recall": result["recall_found"],
            "armed_actor_normalised": result["recall_normalised"]}


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"re3d armed actors ({result['dataset']})",
        f"  gold mentions (Organisation in FightingAgainst/AlliesOf): "
        f"{result['gold_armed_actor_mentions']} in {result['documents']} documents",
        f"  recall, found       {result['recall_found']:.3f}  ({result['found']})",
        f"  recall, normalised  {result['recall_normalised']:.3f}  ({result['normalised']})",
        "  most frequent misses:",
    ]
    lines += [f"    {n:4d}  {text}" for text, n in result["missed"][:15]]
    lines.append("  found but not normalised:")
    lines += [f"    {n:4d}  {text}" for text, n in result["found_not_normalised"][:15]]
    lines.append("  normalised to:")
    lines += [f"    {n:4d}  {text}" for text, n in result["resolved_names"][:15]]
    return "\n".join(lines)
