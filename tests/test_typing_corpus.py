"""The project's typing benchmark (benchmarks/typing): data integrity and its scorer."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventcoder.evaluate import typing_corpus
from eventcoder.taxonomy import SUB_EVENT_TYPES

# The benchmark ships in the source checkout (not in the installed package).
BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "typing"
FILES = sorted(BENCHMARK.glob("*.jsonl"))


def _records() -> list[tuple[str, int, dict[str, str]]]:
    out = []
    for file in FILES:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            out.append((file.name, number, json.loads(line)))
    return out


def test_benchmark_ships_with_the_source() -> None:
    assert [f.name for f in FILES] == ["civil.jsonl", "violent.jsonl"]


def test_every_row_is_a_labelled_text_of_note_length() -> None:
    allowed = {s.name for s in SUB_EVENT_TYPES} | {"none"}
    for name, number, record in _records():
        assert set(record) == {"text", "label"}, (name, number)
        assert record["label"] in allowed, (name, number, record["label"])
        words = len(record["text"].split())
        assert 10 <= words <= 100, (name, number, words)


def test_no_text_appears_twice() -> None:
    texts = Counter(record["text"].strip().lower() for _, _, record in _records())
    assert [t for t, n in texts.items() if n > 1] == []


def test_every_sub_event_type_has_enough_texts() -> None:
    labels = Counter(record["label"] for _, _, record in _records())
    for sub in SUB_EVENT_TYPES:
        assert labels[sub.name] >= 40, sub.name
    assert labels["none"] >= 100


def test_read_maps_names_to_codes_and_rejects_unknown_labels(tmp_path: Path) -> None:
    good = tmp_path / "set.jsonl"
    shelling = {"text": "Troops shelled the town.", "label": "Shelling/artillery/missile attack"}
    talks = {"text": "The minister met envoys.", "label": "none"}
    good.write_text(json.dumps(shelling) + "\n\n" + json.dumps(talks) + "\n", encoding="utf-8")
    rows = typing_corpus.read(good)
    assert [r["label"] for r in rows] == ["ART_MISS_ATTACK", "none"]
    assert rows[1]["id"] == "set:3"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "x", "label": "Skirmish"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1: unknown label 'Skirmish'"):
        typing_corpus.read(bad)


def test_scorer_codes_each_text(tmp_path: Path) -> None:
    path = tmp_path / "mini.jsonl"
    rows = [
        {"text": "A suicide bomber blew himself up at a checkpoint outside Baidoa on Monday, "
                 "killing four soldiers, officials said.", "label": "Suicide bomb"},
        {"text": "The two governments opened talks on trade tariffs in the capital on Tuesday.",
         "label": "none"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = typing_corpus.score(path)
    assert result["n"] == 2 and result["n_acled"] == 1
    assert result["per_label"]["SUIC_BOMB"]["recall"] == 1.0
    assert result["non_acled_rejection"] == 1.0
    assert "Project typing benchmark: 2 snippets" in typing_corpus.format_report(result)
