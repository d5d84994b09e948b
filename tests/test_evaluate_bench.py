"""The benchmark script's input handling (the timing itself is not tested)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_pipeline.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_pipeline", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_read_texts_from_jsonl_txt_and_directory(bench: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Gunmen raided a police post in Mandera.", "utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"notes": "Traders marched in Eldoret over market fees."}) + "\n"
        + "not json\n"
        + json.dumps({"text": "  "}) + "\n"
        + json.dumps({"text": "Police fired tear gas at students in Kisumu."}) + "\n",
        "utf-8",
    )
    assert bench.read_texts(tmp_path / "b.jsonl") == [
        "Traders marched in Eldoret over market fees.",
        "Police fired tear gas at students in Kisumu.",
    ]
    assert len(bench.read_texts(tmp_path)) == 3


def test_repeat_to_reaches_min_words_with_whole_texts(bench: ModuleType) -> None:
    texts = ["one two three", "four five"]
    repeated = bench.repeat_to(texts, 11)
    assert bench.count_words(repeated) >= 11
    assert bench.count_words(repeated[:-1]) < 11
    assert repeated[:4] == texts + texts
    assert bench.repeat_to([], 10) == []
