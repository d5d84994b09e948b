"""The eval command: registry, usage errors and the 'all' summary."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from eventcoder import evaluate
from eventcoder.cli import main

SCORER = "eventcoder.evaluate.acled"


def test_registry_names_every_required_dataset() -> None:
    for name in ("case2021", "acled", "lgl", "rams", "wikievents", "re3d", "rams_roles",
                 "indiapolice", "merge", "wikievents_merge"):
        assert name in evaluate.DATASETS
    assert evaluate.DATASETS["acled"].default_data == "acled_kenya_dev.jsonl"


def test_missing_dataset_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "acled", str(tmp_path / "absent.jsonl")])
    assert code == 2
    assert "dataset not found" in capsys.readouterr().err


def test_eval_without_path_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "acled"]) == 2
    assert "needs PATH" in capsys.readouterr().err


def test_unknown_dataset_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(["eval", "nosuchset", "x"])
    except SystemExit as exc:  # argparse's own exit, when the CLI lets it through
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_absent_scorer_module_gives_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(evaluate.DATASETS, "ghost",
                        evaluate.DatasetEntry("ghost", "no module", "ghost.jsonl"))
    with pytest.raises(evaluate.ScorerUnavailable, match="not available yet"):
        evaluate.load_scorer("ghost")


def _fake_scorer(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType(SCORER)

    def score(path: Path, *, limit: int | None = None) -> dict[str, object]:
        return {"n": 3 if limit is None else limit, "accuracy": 0.5, "path": str(path)}

    module.score = score  # type: ignore[attr-defined]
    module.format_report = lambda r: f"fake report n={r['n']}"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, SCORER, module)
    return module


def test_eval_prints_report_and_writes_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _fake_scorer(monkeypatch)
    data = tmp_path / "gold.jsonl"
    data.write_text("{}\n", "utf-8")
    out = tmp_path / "result.json"
    assert main(["eval", "acled", str(data), "--limit", "2", "--json", str(out)]) == 0
    assert "fake report n=2" in capsys.readouterr().out
    assert json.loads(out.read_text("utf-8")) == {"n": 2, "accuracy": 0.5, "path": str(data)}


def test_eval_all_runs_present_datasets_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    _fake_scorer(monkeypatch)
    # only two datasets, so that real scorers written later do not run here
    monkeypatch.setattr(evaluate, "DATASETS", {k: evaluate.DATASETS[k] for k in ("acled", "lgl")})
    (tmp_path / "acled_kenya_dev.jsonl").write_text("{}\n", "utf-8")
    out = tmp_path / "all.json"
    assert main(["eval", "all", "--data-dir", str(tmp_path), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    acled_line = next(line for line in printed.splitlines() if line.startswith("acled "))
    assert " ok " in acled_line and "accuracy=0.500" in acled_line and "n=3" in acled_line
    lgl_line = next(line for line in printed.splitlines() if line.startswith("lgl "))
    assert "no data" in lgl_line or "no scorer" in lgl_line
    assert set(json.loads(out.read_text("utf-8"))) == {"acled"}


def test_eval_all_missing_data_dir_exits_2(tmp_path: Path) -> None:
    assert main(["eval", "all", "--data-dir", str(tmp_path / "nowhere")]) == 2


def test_headline_falls_back_to_top_level_numbers() -> None:
    numbers = evaluate.headline_numbers("ghost-free", {"n": 4, "f1": 0.25, "name": "x",
                                                       "flag": True, "nested": {"a": 1}})
    assert numbers == {"n": 4.0, "f1": 0.25}


def test_case2021_confidence_bands_score_predictions_by_confidence() -> None:
    from eventcoder.evaluate.case2021 import NONE, score_predictions

    gold = ["ATTACK", "ARREST", "ORG_CRIME", "AIR_STRIKE", "GRENADE"]
    pred = ["ATTACK", "ATTACK", "ARREST", "AIR_STRIKE", NONE]
    confidence = [0.9, 0.85, 0.5, 0.6, None]
    bands = score_predictions(gold, pred, confidence)["confidence_bands"]
    # >= 0.8: one right of two; < 0.8: one wrong (an event on a crime snippet), one right
    assert bands[">=0.8"] == {"n": 2, "precision": 0.5}
    assert bands["<0.8"] == {"n": 2, "precision": 0.5}
    assert "confidence_bands" not in score_predictions(gold, pred)


def test_country_option_only_for_national_corpora(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --country scopes a national feed (Kenya's notes, the Times of India); elsewhere it
    # would silently change nothing, so it is a usage error
    data = tmp_path / "snippets.jsonl"
    data.write_text("", "utf-8")
    assert main(["eval", "case2021", str(data), "--country", "India"]) == 2
    assert "--country applies to acled, indiapolice only" in capsys.readouterr().err
    assert main(["eval", "case2021", str(data), "--year-hint"]) == 2
    assert "--year-hint applies to acled only" in capsys.readouterr().err
