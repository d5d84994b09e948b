"""Scorers against gold data, and the ``eval`` command.

Each dataset has a scorer module ``eventcoder.evaluate.<name>`` exposing::

    score(path: pathlib.Path, *, limit: int | None = None) -> dict   # JSON-able
    format_report(result: dict) -> str                               # readable table

and optionally ``DEFAULT_DATA`` (the dataset's file or folder name under the
data directory, overriding the registry below) and ``headline(result) ->
dict[str, float]`` (the few numbers shown by ``eval all``).

This module stays import-light: the CLI imports it for every command, so the
scorers (and the spaCy model) load only when ``eval`` runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from eventcoder.io.arguments import positive_int

__all__ = [
    "DATASETS",
    "DatasetEntry",
    "ScorerUnavailable",
    "add_commands",
    "headline_numbers",
    "load_scorer",
    "run_eval",
]


@dataclass(frozen=True, slots=True)
class DatasetEntry:
    """A dataset the ``eval`` command knows: its scorer module and default location."""

    name: str
    description: str
    default_data: str | None  # file or folder under the data directory; None: the module says


# name -> entry. The module is always ``eventcoder.evaluate.<name>``.
DATASETS: dict[str, DatasetEntry] = {
    entry.name: entry
    for entry in (
        DatasetEntry("case2021", "CASE 2021 task 2 sub-event typing", "case2021_task2_dev.jsonl"),
        DatasetEntry("acled", "ACLED Kenya notes: full event coding", "acled_kenya_dev.jsonl"),
        DatasetEntry("lgl", "LGL toponym recognition and resolution", "geoparsing_lgl.xml"),
        DatasetEntry("rams", "RAMS trigger detection (attack/die/injure)", "rams"),
        DatasetEntry("wikievents", "WikiEvents trigger detection", "wikievents"),
        DatasetEntry("re3d", "re3d actor and place recognition", "re3d"),
        DatasetEntry("rams_roles", "RAMS argument roles (attacker/target/place)", "rams"),
        DatasetEntry("indiapolice", "IndiaPoliceEvents sentence detection", "indiapoliceevents"),
        DatasetEntry("merge", "cross-document merging", None),
        DatasetEntry("wikievents_merge", "WikiEvents within-document coreference", "wikievents"),
        DatasetEntry("typing_corpus", "the project's own typing benchmark (benchmarks/typing)",
                     None),
    )
}

DEFAULT_DATA_DIR = "../shared/data"
# the scorers of national corpora, which take --country
COUNTRY_SCOPED = ("acled", "indiapolice")


class ScorerUnavailable(RuntimeError):
    """The scorer module for a dataset is not written (or not importable) yet."""


def module_name(dataset: str) -> str:
    return f"eventcoder.evaluate.{dataset}"


def load_scorer(dataset: str) -> ModuleType:
    """Import the scorer module for ``dataset`` or raise ``ScorerUnavailable``."""
    if dataset not in DATASETS:
        raise ScorerUnavailable(
            f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}"
        )
    name = module_name(dataset)
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            raise ScorerUnavailable(
                f"the scorer for {dataset!r} is not available yet (module {name} not found)"
            ) from exc
        raise
    for attr in ("score", "format_report"):
        if not callable(getattr(module, attr, None)):
            raise ScorerUnavailable(f"module {name} has no {attr}() function")
    return module


def default_data_path(
    dataset: str, data_dir: Path, module: ModuleType | None = None
) -> Path | None:
    """Where ``dataset`` lives under ``data_dir`` (None when nobody says)."""
    relative = getattr(module, "DEFAULT_DATA", None) if module is not None else None
    if relative is None:
        relative = DATASETS[dataset].default_data
    return data_dir / relative if relative else None


def run_eval(dataset: str, path: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score one dataset; the result is the scorer's dict."""
    module = load_scorer(dataset)
    result: dict[str, Any] = module.score(path, limit=limit)
    return result


def headline_numbers(dataset: str, result: dict[str, Any]) -> dict[str, float]:
    """The few numbers of a result worth a summary line.

    The scorer's own ``headline`` when it has one; otherwise the top-level
    numeric values of the result (counts and rates), at most six.
    """
    try:
        module = load_scorer(dataset)
    except ScorerUnavailable:
        module = None
    chooser = getattr(module, "headline", None) if module is not None else None
    if callable(chooser):
        return dict(chooser(result))
    out: dict[str, float] = {}
    for key, value in result.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        out[key] = float(value)
        if len(out) == 6:
            break
    return out


def _json_default(value: Any) -> Any:
    # Dates, paths and sets are the only non-JSON types scorers are likely to return.
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def _write_json(result: Any, target: str) -> None:
    text = json.dumps(result, indent=2, ensure_ascii=False, default=_json_default)
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(target).write_text(text + "\n", encoding="utf-8")



def add_commands(subparsers: Any) -> None:
    """Register ``eval`` on the CLI (see cli.py)."""
    names = ", ".join(DATASETS)
    parser = subparsers.add_parser(
        "eval",
        help="score eventcoder against a gold dataset",
        description=(
            "Score eventcoder against a gold dataset and print a report. "
            f"DATASET is one of: {names}; or 'all' to run every scorer whose "
            "dataset is present under --data-dir."
        ),
    )
    parser.add_argument("dataset", metavar="DATASET", choices=[*DATASETS, "all"])
    parser.add_argument(
        "path", metavar="PATH", nargs="?", type=Path,
        help="the dataset file or folder (with 'all': the data directory)",
    )
    parser.add_argument("--json", metavar="FILE",
                        help="also write the full result as JSON ('-': stdout)")
    parser.add_argument("--limit", metavar="N", type=positive_int,
                        help="score only the first N documents/records")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, default=None,
                        help=f"with 'all': where the datasets live (default {DEFAULT_DATA_DIR})")
    parser.add_argument(
        "--year-hint", action="store_true",
        help="acled only: ACLED notes rarely state the year and carry no publication "
        "date; give each note 31 December of its gold year as publication date so "
        "that 'On 02 October' can be dated (the only gold value the input then sees)",
    )
    parser.add_argument(
        "--country", metavar="NAME",
        help="acled and indiapolice: the country to scope texts that name none (as "
        "$EVENTCODER_COUNTRY does for a national feed), e.g. Kenya, India",
    )
    parser.set_defaults(func=_eval_command)


def _eval_command(args: argparse.Namespace) -> int:
    if args.dataset == "all":
        data_dir = args.data_dir or args.path or Path(DEFAULT_DATA_DIR)
        return _eval_all(data_dir, limit=args.limit, json_target=args.json)
    if args.path is None:
        print(f"eventcoder eval: {args.dataset} needs PATH, the dataset file or folder",
              file=sys.stderr)
        return 2
    path: Path = args.path
    if not path.exists():
        print(f"eventcoder eval: dataset not found: {path}", file=sys.stderr)
        return 2
    try:
        module = load_scorer(args.dataset)
    except ScorerUnavailable as exc:
        print(f"eventcoder eval: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    if args.year_hint and args.dataset != "acled":
        print("eventcoder eval: --year-hint applies to acled only", file=sys.stderr)
        return 2
    if args.country and args.dataset not in COUNTRY_SCOPED:
        print("eventcoder eval: --country applies to " + ", ".join(COUNTRY_SCOPED) + " only",
              file=sys.stderr)
        return 2
    options: dict[str, Any] = {}
    if args.year_hint:
        options["year_hint"] = True
    if args.country:
        options["country"] = args.country
    result = module.score(path, limit=args.limit, **options)
    elapsed = time.perf_counter() - started
    print(module.format_report(result))
    print(f"({args.dataset}: scored in {elapsed:.1f} s)", file=sys.stderr)
    if args.json:
        _write_json(result, args.json)
    return 0


def _eval_all(data_dir: Path, *, limit: int | None, json_target: str | None) -> int:
    if not data_dir.is_dir():
        print(f"eventcoder eval all: data directory not found: {data_dir}", file=sys.stderr)
        return 2
    rows: list[tuple[str, str, float, dict[str, float]]] = []
    results: dict[str, Any] = {}
    failures = 0
    for dataset in DATASETS:
        try:
            module = load_scorer(dataset)
        except ScorerUnavailable:
            rows.append((dataset, "no scorer", 0.0, {}))
            continue
        path = default_data_path(dataset, data_dir, module)
        if path is None or not path.exists():
            rows.append((dataset, "no data", 0.0, {}))
            continue
        started = time.perf_counter()
        try:
            result = module.score(path, limit=limit)
        except Exception as exc:  # one broken scorer must not hide the others' numbers
            failures += 1
            rows.append((dataset, "error", time.perf_counter() - started, {}))
            print(f"eventcoder eval all: {dataset} failed: {type(exc).__name__}: {exc}",
                  file=sys.stderr)
            continue
        elapsed = time.perf_counter() - started
        results[dataset] = result
        print(f"== {dataset} ({path}) ==")
        print(module.format_report(result))
        print()
        rows.append((dataset, "ok", elapsed, headline_numbers(dataset, result)))
    print(format_summary(rows))
    if json_target:
        _write_json(results, json_target)
    return 1 if failures else 0


def format_summary(rows: list[tuple[str, str, float, dict[str, float]]]) -> str:
    """One line per dataset: status, seconds, headline numbers."""
    lines = [f"{'dataset':<17} {'status':<9} {'secs':>7}  headline", "-" * 72]
    for dataset, status, secs, numbers in rows:
        shown = "  ".join(
            f"{k}={v:.3f}" if not float(v).is_integer() else f"{k}={int(v)}"
            for k, v in numbers.items()
        )
        lines.append(f"{dataset:<17} {status:<9} {secs:>7.1f}  {shown}")
    return "\n".join(lines)
