"""A learned tie-breaker for the typing rules' uncertain cases.

The rules in ``extract.events`` decide most types from triggers and patterns.
Where they are unsure (a low ``confidence``) between sub-event types that
ACLED separates by convention (Armed clash or Attack, Mob violence or Violent
demonstration...), a small linear text classifier reads the event's sentences
and may move the mention to another type of the same confusable group.

The model is multinomial logistic regression over lower-cased word unigrams
and bigrams. It is trained by ``training/train_type_model.py`` on the
project-written corpus in ``training/typing/`` only, and its weights ship as
readable JSON (``data/models/type_model.json``). Which groups it may decide
and how sure it must be live in ``data/type_model.yaml``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc

from eventcoder.resolve.dates import doc_text, sentence_bounds
from eventcoder.schema import EventMention
from eventcoder.taxonomy import by_name

__all__ = ["MODEL_ENV_VAR", "TieBreakConfig", "TypeModel", "break_type_tie", "features",
           "load_tie_break_config", "load_type_model"]

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_NUMBER = re.compile(r"\d+")


def features(text: str) -> list[str]:
    """Unigrams and bigrams of the lower-cased words; digits become ``<num>``."""
    words = ["<num>" if _NUMBER.fullmatch(w) else w for w in _WORD.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(slots=True)
class TypeModel:
    """Linear weights per label over named features, with a bias per label."""

    labels: list[str]
    weights: dict[str, list[float]]  # feature -> one weight per label
    bias: list[float]
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, text: str) -> dict[str, float]:
        """Softmax over the labels for ``text`` (each feature counted once)."""
        logits = list(self.bias)
        for feat in set(features(text)):
            row = self.weights.get(feat)
            if row is not None:
                for i, w in enumerate(row):
                    logits[i] += w
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def to_disk(self, path: Path) -> None:
        payload = {"labels": self.labels, "bias": self.bias, "meta": self.meta,
                   "weights": self.weights}
        path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":"),
                                   sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> TypeModel:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return cls(labels=list(payload["labels"]), weights=dict(payload["weights"]),
                   bias=list(payload["bias"]), meta=dict(payload.get("meta", {})))


@dataclass(frozen=True, slots=True)
class TieBreakConfig:
    """When the classifier may overrule the rules (see ``data/type_model.yaml``)."""

    groups: tuple[frozenset[str], ...]
    max_confidence: float  # the mention's confidence must be below this
    min_probability: float  # the classifier's choice must be at least this likely
    min_margin: float  # ... and this much likelier than the rules' type
    context_sentences: int  # sentences read after the mention's own


def _data_path(*parts: str) -> Path:
    return Path(str(resources.files("eventcoder").joinpath("data", *parts)))


MODEL_ENV_VAR = "EVENTCODER_TYPE_MODEL"  # a model file trained on your own corpus; "off" disables


def load_type_model(path: str | None = None) -> TypeModel | None:
    """The model at ``path``, else ``$EVENTCODER_TYPE_MODEL``, else the shipped one;
    None when there is none (or the variable says ``off``): the rules decide alone."""
    chosen = path or os.environ.get(MODEL_ENV_VAR)
    if chosen == "off":
        return None
    return _read_model(chosen or str(_data_path("models", "type_model.json")))


@lru_cache(maxsize=4)
def _read_model(path: str) -> TypeModel | None:
    model_path = Path(path)
    if not model_path.exists():
        return None
    return TypeModel.from_disk(model_path)


@lru_cache(maxsize=1)
def load_tie_break_config(path: str | None = None) -> TieBreakConfig:
    config_path = Path(path) if path else _data_path("type_model.yaml")
    raw = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    return TieBreakConfig(
        groups=tuple(frozenset(g) for g in raw["confusable_groups"].values()),
        max_confidence=float(raw["max_confidence"]),
        min_probability=float(raw["min_probability"]),
        min_margin=float(raw["min_margin"]),
        context_sentences=int(raw["context_sentences"]),
    )


def _context(mention: EventMention, doc: Doc, after: int) -> str:
    """The mention's sentence and the ``after`` sentences that follow it: notes
    often say who fought back or what police did in the next sentence."""
    bounds = sentence_bounds(doc)
    text = doc_text(doc)
    for index, (start, end, _s, _e) in enumerate(bounds):
        if start <= mention.sent_start < end or start == mention.sent_start:
            last = bounds[min(index + after, len(bounds) - 1)][1]
            return text[start:last]
    return text[mention.sent_start:mention.sent_end]


def _candidates(label: str, groups: Iterable[frozenset[str]]) -> set[str]:
    out: set[str] = set()
    for group in groups:
        if label in group:
            out |= group
    return out


def break_type_tie(mention: EventMention, doc: Doc, *, model: TypeModel | None = None,
                   config: TieBreakConfig | None = None) -> bool:
    """Move an uncertain mention to the classifier's type within its confusable
    group; returns True when the type changed (actors may need re-assigning)."""
    model = model if model is not None else load_type_model()
    if model is None:
        return False
    config = config or load_tie_break_config()
    if mention.confidence >= config.max_confidence:
        return False
    candidates = _candidates(mention.sub_event_type, config.groups) & set(model.labels)
    if len(candidates) < 2 or mention.sub_event_type not in candidates:
        return False
    probs = model.probabilities(_context(mention, doc, config.context_sentences))
    best = max(candidates, key=lambda label: probs[label])
    current = probs[mention.sub_event_type]
    if (best == mention.sub_event_type or probs[best] < config.min_probability
            or probs[best] - current < config.min_margin):
        return False
    chosen = by_name(best)
    mention.type_reason += (f"; classifier: {best} {probs[best]:.2f} over "
                            f"{mention.sub_event_type} {current:.2f}")
    mention.sub_event_type = chosen.name
    mention.event_type = chosen.event_type
    return True

