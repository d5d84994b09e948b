"""Ingest throughput into SQLite and PostgreSQL, and the cost of a resumed ingest.

    python benchmarks/bench_ingest.py [--copies 20] [--json FILE] [--no-postgres]

The corpus is the project's multi-document merge set (tests/data/merge), repeated
``--copies`` times as new articles (new ids, URLs, texts; dates a week apart per
copy, so each copy adds new incidents and also merges across its own reports).

Measured, per database:

- ``store``: storing pre-coded articles (the oracle coding of the set): the
  database's own cost per article (transaction, lookups, cross-document merge).
- ``ingest``: the whole ``ingest`` path (read -> code with the NLP pipeline ->
  store), articles/s, and the share of time spent storing.
- ``resume``: the ingest stopped after half the articles, then rerun over the
  whole input: the rerun's extra cost is checking the stored half (one lookup per
  article, no coding) — reported as seconds and as a fraction of the full run.
  A real kill also loses the documents already coded but not yet stored: at most
  one spaCy batch (``pipeline.annotate`` batch_size, 64), recoded on the rerun.

PostgreSQL runs on a throw-away local server (initdb + pg_ctl, as in the tests);
skipped with a message when the binaries or psycopg are missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # fixtures_store: the throw-away PostgreSQL server

from eventcoder.evaluate import merge as merge_eval  # noqa: E402
from eventcoder.merge import merge_mentions  # noqa: E402
from eventcoder.schema import Article, Event  # noqa: E402
from eventcoder.store import EventStore, open_store  # noqa: E402

MERGE_SET = ROOT / "tests" / "data" / "merge"


def corpus(copies: int) -> tuple[list[Article], list[list[Event]]]:
    """Articles and their oracle coding, ``copies`` times over."""
    articles, gold, places = merge_eval.load(MERGE_SET)
    out_articles: list[Article] = []
    out_events: list[list[Event]] = []
    for k in range(copies):
        shift = dt.timedelta(days=7 * k)
        for a in articles:
            article = Article(doc_id=f"{a.doc_id}-{k}", text=f"{a.text} (Edition {k}.)",
                              published=a.published + shift if a.published else None,
                              source=a.source, url=f"{a.url}/{k}", title=a.title)
            specs = [{**s, "date": (dt.date.fromisoformat(s["date"]) + shift).isoformat()}
                     for s in gold[a.doc_id]]
            mentions = [merge_eval._oracle_mention(article, s, places) for s in specs]
            out_articles.append(article)
            out_events.append(merge_mentions(mentions, article))
    return out_articles, out_events


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_store(url: str, articles: list[Article], events: list[list[Event]]) -> dict[str, Any]:
    store = open_store(url)
    seconds = _timed(lambda: [store.add_article(a, e) for a, e in zip(articles, events,
                                                                       strict=True)])
    counts = store.counts()
    store.close()
    return {"articles": len(articles), "seconds": seconds,
            "articles_per_s": len(articles) / seconds, "counts": counts}


def _ingest(store: EventStore, articles: list[Article]) -> tuple[float, float, int]:
    """The ingest command's loop: (total s, storing s, articles skipped)."""
    from eventcoder.pipeline import code_articles

    skipped = 0
    storing = 0.0

    def fresh() -> Iterator[Article]:
        nonlocal skipped
        for a in articles:
            if store.has_article(a):
                skipped += 1
            else:
                yield a

    start = time.perf_counter()
    for coded in code_articles(fresh()):
        t0 = time.perf_counter()
        store.add_article(coded.article, coded.events)
        storing += time.perf_counter() - t0
    return time.perf_counter() - start, storing, skipped


def bench_ingest(make_url: Callable[[str], str], articles: list[Article]) -> dict[str, Any]:
    full_store = open_store(make_url("full"))
    total, storing, _ = _ingest(full_store, articles)
    counts = full_store.counts()
    full_store.close()

    half = len(articles) // 2
    resumed = open_store(make_url("resumed"))
    first, _, _ = _ingest(resumed, articles[:half])  # "killed" after half the articles
    rerun, _, skipped = _ingest(resumed, articles)
    check_start = time.perf_counter()
    for a in articles[:half]:
        resumed.has_article(a)
    skip_check = time.perf_counter() - check_start
    resumed_counts = resumed.counts()
    resumed.close()
    from eventcoder.pipeline import annotate

    batch = inspect.signature(annotate).parameters["batch_size"].default
    return {
        "articles": len(articles), "seconds": total, "articles_per_s": len(articles) / total,
        "store_share": storing / total, "counts": counts,
        "resume": {
            "first_half_s": first, "rerun_s": rerun, "skipped": skipped,
            "skip_check_s": skip_check,
            "overhead_s": first + rerun - total,
            "overhead_fraction": (first + rerun - total) / total,
            "same_counts_as_uninterrupted": resumed_counts == counts,
            # a kill loses the documents coded but not yet stored: at most one batch
            "worst_case_recode_s": batch / (len(articles) / total),
            "batch_size": batch,
        },
    }


def run(copies: int, postgres: bool) -> dict[str, Any]:
    from eventcoder.nlp import load_nlp

    load_nlp()
    articles, events = corpus(copies)
    warm = list(__import__("eventcoder.pipeline", fromlist=["code_articles"]).code_articles(
        articles[:5]))  # lexicons and the gazetteer load lazily
    del warm
    results: dict[str, Any] = {"corpus_articles": len(articles),
                               "words": sum(len(a.text.split()) for a in articles)}
    with tempfile.TemporaryDirectory() as tmp:
        def sqlite_url(name: str) -> str:
            return f"sqlite:///{Path(tmp) / (name + '.db')}"

        results["sqlite"] = {"store": bench_store(sqlite_url("store"), articles, events),
                             "ingest": bench_ingest(sqlite_url, articles)}
    if not postgres:
        return results
    from fixtures_store import postgres_available, postgres_server

    usable, reason = postgres_available()
    if not usable:
        results["postgresql"] = {"skipped": reason}
        return results
    server_cm: AbstractContextManager[Any] = postgres_server() if usable else nullcontext()
    with server_cm as server:
        def pg_url(name: str) -> str:
            return str(server.create_database(f"bench_{name}"))

        results["postgresql"] = {"store": bench_store(pg_url("store"), articles, events),
                                 "ingest": bench_ingest(pg_url, articles)}
    return results


def report(results: dict[str, Any]) -> str:
    lines = [f"corpus: {results['corpus_articles']} articles, {results['words']} words", "",
             f"{'database':<11} {'store art/s':>11} {'ingest art/s':>12} {'store share':>11} "
             f"{'rerun - full':>15} {'skip check':>10} {'lost batch':>10}"]
    for name in ("sqlite", "postgresql"):
        r = results.get(name)
        if r is None:
            continue
        if "skipped" in r:
            lines.append(f"{name:<11} skipped: {r['skipped']}")
            continue
        s, i = r["store"], r["ingest"]
        res = i["resume"]
        lines.append(
            f"{name:<11} {s['articles_per_s']:>11.1f} {i['articles_per_s']:>12.1f} "
            f"{i['store_share']:>10.1%} {res['overhead_s']:>+9.2f} s "
            f"({res['overhead_fraction']:+.0%})"
            f" {res['skip_check_s'] * 1000 / max(res['skipped'], 1):>6.2f} ms/art"
            f" {res['worst_case_recode_s']:>7.1f} s")
        lines.append(f"{'':<11} resumed == uninterrupted: {res['same_counts_as_uninterrupted']}"
                     f"; rows {i['counts']}")
    lines += ["", "rerun - full: (first half + rerun of all) - one uninterrupted run (noisy on a",
              "shared machine); skip check: the rerun's cost per already-stored article;",
              "lost batch: worst case recoding after a kill (one spaCy batch coded, not stored)."]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results = run(args.copies, postgres=not args.no_postgres)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
