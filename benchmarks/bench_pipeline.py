"""Pipeline speed against the bare spaCy floor, in one process.

    python benchmarks/bench_pipeline.py [--input FILE|DIR] [--min-words 50000]
                                        [--repeats 3] [--json FILE] [--tracemalloc]
                                        [--stages]

Times, on the same texts with the same batch size and ``n_process=1``:

- ``spacy``: the bare statistical model (``eventcoder.nlp.load_base_model()``,
  same disabled components) through ``nlp.pipe``;
- ``pipeline``: the full eventcoder pipeline (``eventcoder.pipeline.code_articles``:
  annotation with the project's components, extraction, resolution, merging).

Both are warmed up first (the gazetteer and lexicons build lazily), then run
``--repeats`` times alternately; the best run of each is reported, which is
the least disturbed by other processes on a shared machine. Process CPU
time is reported beside wall time: on a busy machine it is the steadier
measure of the work done. The project's target: pipeline words/s >= 0.75 x
spaCy words/s.

Texts: the ``.txt`` articles under ``examples/`` by default; ``--input`` takes
a ``.txt`` file, a ``.jsonl`` file (field ``text``, ``notes``, ``doc_text`` or
``sent_text`` per line, e.g. ACLED notes converted on the fly) or a directory
of those. The texts are repeated until they hold ``--min-words`` words.
Words are whitespace-separated tokens, counted the same way for both.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import platform
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import spacy

import eventcoder.pipeline as pipeline_module
from eventcoder import __version__
from eventcoder.nlp import load_base_model, load_nlp
from eventcoder.pipeline import annotate, code_articles
from eventcoder.schema import Article

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO / "examples"
TEXT_FIELDS = ("text", "notes", "doc_text", "sent_text")
TARGET_RATIO = 0.75
# The pipeline's own batch size, so that both sides batch alike.
BATCH_SIZE: int = inspect.signature(annotate).parameters["batch_size"].default


def read_texts(path: Path) -> list[str]:
    """Texts from a .txt file, a .jsonl file or a directory of those."""
    if path.is_dir():
        texts: list[str] = []
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix in (".txt", ".jsonl"):
                texts.extend(read_texts(child))
        return texts
    if path.suffix == ".jsonl":
        out: list[str] = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(row, dict):
                    continue
                text = next((row[f] for f in TEXT_FIELDS if isinstance(row.get(f), str)), "")
                if text.strip():
                    out.append(text)
        return out
    text = path.read_text(encoding="utf-8", errors="replace")
    return [text] if text.strip() else []


def repeat_to(texts: list[str], min_words: int) -> list[str]:
    """Repeat the texts (whole) until they hold at least ``min_words`` words."""
    if not texts:
        return []
    out: list[str] = []
    words = 0
    while words < min_words:
        for text in texts:
            out.append(text)
            words += len(text.split())
            if words >= min_words:
                break
    return out


def count_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def max_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def run_spacy(nlp: Any, texts: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, tokens)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    n_tokens = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=1):
        n_tokens += len(doc)
    return time.perf_counter() - started, time.process_time() - cpu_started, n_tokens


def _articles(texts: list[str]) -> Iterator[Article]:
    for index, text in enumerate(texts):
        yield Article(doc_id=f"bench-{index}", text=text)


def run_pipeline(texts: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, events)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    n_events = 0
    for coded in code_articles(_articles(texts), n_process=1):
        n_events += len(coded.events)
    return time.perf_counter() - started, time.process_time() - cpu_started, n_events


def stage_times(texts: list[str]) -> dict[str, float]:
    """CPU seconds per stage, in an untimed extra pass: each spaCy component
    run on its own over the batch, then each stage function that
    ``pipeline.code_doc`` calls, wrapped with a timer for the pass."""
    nlp = load_nlp()
    totals: dict[str, float] = defaultdict(float)
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=BATCH_SIZE)) if hasattr(
            component, "pipe") else [component(d) for d in docs]
        totals[f"spacy:{name}"] += time.process_time() - started

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                totals[f"stage:{name}"] += time.process_time() - started
        return wrapper

    # The stage functions are the eventcoder functions pipeline.py imports.
    originals = {
        name: value for name, value in vars(pipeline_module).items()
        if inspect.isfunction(value)
        and value.__module__.startswith("eventcoder.")
        and value.__module__ != pipeline_module.__name__
        and name != "load_nlp"
    }
    try:
        for name, func in originals.items():
            setattr(pipeline_module, name, timed(name, func))
        articles = list(_articles(texts))
        for doc, article in zip(docs, articles, strict=True):
            pipeline_module.code_doc(doc, article)
    finally:
        for name, func in originals.items():
            setattr(pipeline_module, name, func)
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    return {name: round(secs, 3) for name, secs in ranked}


def benchmark(texts: list[str], *, repeats: int, trace: bool,
              stages: bool = False) -> dict[str, Any]:
    words = count_words(texts)
    warmup = texts[: max(1, min(len(texts), 20))]

    started = time.perf_counter()
    base = load_base_model()
    base_load = time.perf_counter() - started
    run_spacy(base, warmup)
    rss_after_spacy = max_rss_mb()

    started = time.perf_counter()
    load_nlp()
    pipeline_load = time.perf_counter() - started
    started = time.perf_counter()
    run_pipeline(warmup)  # builds lazily compiled data (gazetteer index, matchers)
    pipeline_warmup = time.perf_counter() - started

    spacy_times: list[float] = []
    pipeline_times: list[float] = []
    spacy_cpu: list[float] = []
    pipeline_cpu: list[float] = []
    n_tokens = n_events = 0
    for _ in range(repeats):
        gc.collect()
        seconds, cpu, n_tokens = run_spacy(base, texts)
        spacy_times.append(seconds)
        spacy_cpu.append(cpu)
        gc.collect()
        seconds, cpu, n_events = run_pipeline(texts)
        pipeline_times.append(seconds)
        pipeline_cpu.append(cpu)
    spacy_best, pipeline_best = min(spacy_times), min(pipeline_times)
    spacy_cpu_best, pipeline_cpu_best = min(spacy_cpu), min(pipeline_cpu)
    result: dict[str, Any] = {
        "eventcoder": __version__,
        "spacy": spacy.__version__,
        "model": f"{base.meta.get('name')}-{base.meta.get('version')}",
        "disabled": list(base.disabled),
        "pipeline_components": list(load_nlp().pipe_names),
        "python": platform.python_version(),
        "n_process": 1,
        "batch_size": BATCH_SIZE,
        "documents": len(texts),
        "words": words,
        "tokens": n_tokens,
        "events": n_events,
        "repeats": repeats,
        "spacy_seconds": spacy_times,
        "pipeline_seconds": pipeline_times,
        "spacy_words_per_s": words / spacy_best,
        "pipeline_words_per_s": words / pipeline_best,
        "ratio": spacy_best / pipeline_best,
        "spacy_cpu_seconds": spacy_cpu,
        "pipeline_cpu_seconds": pipeline_cpu,
        "spacy_words_per_cpu_s": words / spacy_cpu_best,
        "pipeline_words_per_cpu_s": words / pipeline_cpu_best,
        "cpu_ratio": spacy_cpu_best / pipeline_cpu_best,
        "target_ratio": TARGET_RATIO,
        "model_load_s": base_load,
        "pipeline_load_s": pipeline_load,
        "pipeline_warmup_s": pipeline_warmup,
        "peak_rss_mb_after_spacy": rss_after_spacy,
        "peak_rss_mb": max_rss_mb(),
    }
    if stages:
        result["stage_cpu_seconds"] = stage_times(texts)
    if trace:
        # A separate pass: tracemalloc slows Python code, so it is never timed.
        tracemalloc.start()
        run_pipeline(texts[: max(1, len(texts) // 4)])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result["pipeline_python_peak_mb"] = peak / (1024 * 1024)
    return result


def format_table(r: dict[str, Any]) -> str:
    verdict = "ok" if r["ratio"] >= r["target_ratio"] else "BELOW TARGET"
    verdict += " (wall), " + ("ok" if r["cpu_ratio"] >= r["target_ratio"] else "BELOW TARGET")
    verdict += " (CPU)"
    lines = [
        f"eventcoder {r['eventcoder']}, spaCy {r['spacy']}, {r['model']} "
        f"(disabled: {', '.join(r['disabled']) or 'none'}), batch {r['batch_size']}, n_process 1",
        f"{r['documents']} documents, {r['words']} words, {r['tokens']} tokens, "
        f"{r['events']} events; best of {r['repeats']}",
        "",
        f"{'':<22} {'wall s':>8} {'words/s':>9} {'CPU s':>8} {'words/CPU s':>12}",
        f"{'bare spaCy nlp.pipe':<22} {min(r['spacy_seconds']):>8.2f} "
        f"{r['spacy_words_per_s']:>9.0f} {min(r['spacy_cpu_seconds']):>8.2f} "
        f"{r['spacy_words_per_cpu_s']:>12.0f}",
        f"{'eventcoder pipeline':<22} {min(r['pipeline_seconds']):>8.2f} "
        f"{r['pipeline_words_per_s']:>9.0f} {min(r['pipeline_cpu_seconds']):>8.2f} "
        f"{r['pipeline_words_per_cpu_s']:>12.0f}",
        f"{'ratio (pipeline/spaCy)':<22} {r['ratio']:>18.3f} {r['cpu_ratio']:>21.3f}",
        f"target >= {r['target_ratio']}: {verdict}",
        "",
        f"peak RSS: {r['peak_rss_mb_after_spacy']:.0f} MB after bare spaCy, "
        f"{r['peak_rss_mb']:.0f} MB after the pipeline "
        f"(model load {r['model_load_s']:.1f} s, pipeline load {r['pipeline_load_s']:.1f} s, "
        f"warm-up {r['pipeline_warmup_s']:.1f} s)",
    ]
    if "pipeline_python_peak_mb" in r:
        peak = r["pipeline_python_peak_mb"]
        lines.append(f"pipeline Python-level peak allocation: {peak:.0f} MB")
    if "stage_cpu_seconds" in r:
        lines += ["", "CPU seconds per stage (separate untimed pass):"]
        lines += [f"  {name:<34} {secs:>7.2f}" for name, secs in r["stage_cpu_seconds"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT,
                        help="a .txt/.jsonl file or a directory (default: examples/)")
    parser.add_argument("--min-words", type=int, default=50_000,
                        help="repeat the texts up to this many words (default 50000)")
    parser.add_argument("--max-docs", type=int, default=None,
                        help="use only the first N texts of the input before repeating")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each (best kept)")
    parser.add_argument("--json", metavar="FILE", help="also write the result as JSON")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="add an untimed pass measuring the pipeline's Python allocations")
    parser.add_argument("--stages", action="store_true",
                        help="add an untimed pass timing each spaCy component and pipeline stage")
    args = parser.parse_args(argv)
    if not args.input.exists():
        print(f"bench_pipeline: input not found: {args.input}", file=sys.stderr)
        return 2
    # dict.fromkeys: the same article shipped as .txt and in a .jsonl counts once
    texts = list(dict.fromkeys(read_texts(args.input)))
    if args.max_docs:
        texts = texts[: args.max_docs]
    if not texts:
        print(f"bench_pipeline: no text found in {args.input} (.txt or .jsonl)", file=sys.stderr)
        return 2
    texts = repeat_to(texts, args.min_words)
    result = benchmark(texts, repeats=max(1, args.repeats), trace=args.tracemalloc,
                       stages=args.stages)
    result["input"] = str(args.input)
    print(format_table(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
