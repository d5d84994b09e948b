"""The learned typing tie-breaker: features, model file, when it may overrule the rules."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from eventcoder.extract.type_model import (
    TieBreakConfig,
    TypeModel,
    break_type_tie,
    features,
    load_tie_break_config,
    load_type_model,
)
from eventcoder.schema import EventMention
from eventcoder.taxonomy import SUB_EVENT_TYPES

ROOT = Path(__file__).resolve().parent.parent
SUB_TYPES = {s.name for s in SUB_EVENT_TYPES}


def _training_module():
    spec = importlib.util.spec_from_file_location("train_type_model",
                                                  ROOT / "training" / "train_type_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_type_model"] = module
    spec.loader.exec_module(module)
    return module


def _toy_model() -> TypeModel:
    # "returned fire" speaks for a clash, "unarmed" for an attack.
    return TypeModel(labels=["Armed clash", "Attack", "Agreement"],
                     weights={"returned fire": [3.0, -1.0, 0.0], "unarmed": [-1.0, 3.0, 0.0]},
                     bias=[0.0, 0.0, 0.0])


def _mention(doc, sub_type: str, event_type: str, score: float) -> EventMention:
    sent = next(iter(doc.sents))
    return EventMention(doc_id="t", sent_start=sent.start_char, sent_end=sent.end_char,
                        trigger_start=0, trigger_end=1, trigger_text="x",
                        sub_event_type=sub_type, event_type=event_type, type_score=score,
                        confidence=score, type_reason="trigger 'shot' (attack)")


CONFIG = TieBreakConfig(groups=(frozenset({"Armed clash", "Attack"}),), max_confidence=0.75,
                        min_probability=0.5, min_margin=0.2, context_sentences=1)


@pytest.mark.parametrize("text, expected", [
    ("Police shot 3 men", ["police", "shot", "<num>", "men", "police shot", "shot <num>",
                           "<num> men"]),
    ("Gunmen's raid", ["gunmen's", "raid", "gunmen's raid"]),
    ("", []),
])
def test_features_are_lowercased_unigrams_and_bigrams(text, expected):
    assert features(text) == expected


def test_model_round_trips_through_disk(tmp_path):
    model = _toy_model()
    model.to_disk(tmp_path / "m.json")
    again = TypeModel.from_disk(tmp_path / "m.json")
    assert again.labels == model.labels and again.weights == model.weights
    probs = again.probabilities("The officers returned fire.")
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert max(probs, key=lambda k: probs[k]) == "Armed clash"


def test_uncertain_mention_moves_within_its_group(nlp):
    doc = nlp("Police shot at the robbers. The gang returned fire before fleeing.")
    mention = _mention(doc, "Attack", "Violence against civilians", 0.6)
    assert break_type_tie(mention, doc, model=_toy_model(), config=CONFIG)
    assert mention.sub_event_type == "Armed clash"
    assert mention.event_type == "Battles"
    assert "classifier: Armed clash" in mention.type_reason


def test_confident_rules_are_not_overruled(nlp):
    doc = nlp("Police shot at the robbers. The gang returned fire before fleeing.")
    mention = _mention(doc, "Attack", "Violence against civilians", 0.9)
    assert not break_type_tie(mention, doc, model=_toy_model(), config=CONFIG)
    assert mention.sub_event_type == "Attack"


def test_types_outside_the_group_are_never_chosen(nlp):
    doc = nlp("The two sides signed a deal after the unarmed man was shot.")
    mention = _mention(doc, "Agreement", "Strategic developments", 0.5)
    assert not break_type_tie(mention, doc, model=_toy_model(), config=CONFIG)
    assert mention.sub_event_type == "Agreement"


def test_a_small_margin_keeps_the_rules_type(nlp):
    doc = nlp("Police shot at the robbers, who returned fire; one unarmed bystander was hit.")
    mention = _mention(doc, "Attack", "Violence against civilians", 0.5)
    assert not break_type_tie(mention, doc, model=_toy_model(), config=CONFIG)


def test_shipped_config_names_real_sub_event_types():
    config = load_tie_break_config()
    for group in config.groups:
        assert group <= SUB_TYPES, group - SUB_TYPES
        assert len(group) >= 2
    assert 0 < config.min_probability <= 1 and 0 <= config.min_margin < 1
    assert 0 < config.max_confidence <= 1 and config.context_sentences >= 0


def test_shipped_model_loads_fast_and_names_real_types():
    started = time.perf_counter()
    model = load_type_model()
    elapsed = time.perf_counter() - started
    if model is None:
        pytest.skip("no model shipped")
    assert elapsed < 1.0
    assert set(model.labels) <= SUB_TYPES | {"none"}
    assert all(len(row) == len(model.labels) for row in model.weights.values())
    assert len(model.bias) == len(model.labels)


def test_training_corpus_is_valid_and_the_fit_learns_it(tmp_path):
    train = _training_module()
    rows = train.read_corpus(ROOT / "training" / "typing")
    if not rows:
        pytest.skip("no corpus")
    assert {label for _, label in rows} <= SUB_TYPES | {"none"}
    # A fit on a small hand-written set separates it.
    toy = [("Police exchanged fire with armed robbers who shot back.", "Armed clash"),
           ("Soldiers and rebels fought a gun battle for hours.", "Armed clash"),
           ("Gunmen shot dead an unarmed farmer in his field.", "Attack"),
           ("Attackers killed two unarmed villagers at night.", "Attack")]
    model = train.fit(toy, l2=0.001, epochs=100, min_count=1)
    assert train_predictions(model, toy) == [label for _, label in toy]


def train_predictions(model: TypeModel, rows):
    out = []
    for text, _ in rows:
        probs = model.probabilities(text)
        out.append(max(probs, key=lambda k: probs[k]))
    return out
