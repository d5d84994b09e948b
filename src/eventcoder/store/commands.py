"""`eventcoder ingest` and `eventcoder export`.

    eventcoder ingest PATH... [--db URL] [--published YYYY-MM-DD] [--n-process N]
    eventcoder export [--db URL] [--format csv|jsonl|geojson|parquet]
                      [--from DATE] [--to DATE] [--country C] [--type T] [--out FILE]

``ingest`` codes documents and stores them, one transaction per article:
articles already in the database (same URL or same text) are skipped before
they are coded, so a rerun after an interruption resumes where it stopped.
Unreadable documents are reported on stderr and the batch goes on; the exit
code is 1 when any failed. ``export`` writes the stored (merged) events; the
CSV has ACLED's columns in ACLED's order first.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from eventcoder.io.arguments import iso_date, positive_int
from eventcoder.schema import Article, Event, ReadError
from eventcoder.store import DB_ENV_VAR, DEFAULT_DB, EventQuery, EventStore, StoreError, open_store

__all__ = ["add_commands", "run_export", "run_ingest"]

USAGE_ERROR = 2
EXPORT_FORMATS = ("csv", "jsonl", "geojson", "parquet")




def _add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=None,
        help=f"database: sqlite:///FILE or postgresql://user@host:port/dbname (default: "
             f"${DB_ENV_VAR}, else {DEFAULT_DB} in the working directory)",
    )


def add_commands(subparsers: Any) -> None:
    """Register `ingest` and `export` (see eventcoder.cli)."""
    ingest = subparsers.add_parser(
        "ingest", help="code documents into a database, merging reports of one incident",
        description="Code documents and store their events; events that report an incident "
                    "already stored join it as further reports. Re-ingesting an article "
                    "(same URL or text) changes nothing.",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="a .txt, .html or .jsonl file, a directory, or - for stdin")
    _add_db_argument(ingest)
    ingest.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date of documents that carry none")
    ingest.add_argument("--n-process", type=positive_int, default=1, metavar="N",
                        help="spaCy worker processes (default 1)")
    ingest.set_defaults(func=run_ingest)

    export = subparsers.add_parser(
        "export", help="write the stored events (csv, jsonl, geojson, parquet)",
        description="Export stored events; CSV uses ACLED's column names and order.",
    )
    _add_db_argument(export)
    export.add_argument("--format", choices=EXPORT_FORMATS, default="csv",
                        help="output format (default csv; parquet needs pyarrow)")
    export.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                        help="first event date (inclusive)")
    export.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                        help="last event date (inclusive)")
    export.add_argument("--country", metavar="C", help="country name or ISO3 code")
    export.add_argument("--type", dest="event_type", metavar="T",
                        help="event type or sub-event type, e.g. Battles or 'Air/drone strike'")
    export.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    export.set_defaults(func=run_export)


def _open_store(url: str | None) -> EventStore | None:
    try:
        return open_store(url)
    except StoreError as exc:
        print(f"eventcoder: error: --db: {exc}", file=sys.stderr)
        return None


def run_ingest(args: argparse.Namespace) -> int:
    from eventcoder.io.progress import BatchReport
    from eventcoder.io.readers import read_paths
    from eventcoder.pipeline import annotate, code_doc  # spaCy loads only when a command runs

    store = _open_store(args.db)
    if store is None:
        return USAGE_ERROR
    report = BatchReport(unit="events")
    skipped = new = merged = 0

    def fresh(items: Iterable[Article | ReadError]) -> Iterator[Article]:
        nonlocal skipped
        for item in items:
            if isinstance(item, ReadError):
                report.error(item.where, item.reason)
            elif store.has_article(item):
                skipped += 1  # stored by an earlier run: not coded again
            else:
                yield item

    try:
        articles = fresh(read_paths(args.paths, default_published=args.published))
        for doc, article in annotate(articles, n_process=args.n_process):
            try:
                coded = code_doc(doc, article)
                result = store.add_article(article, coded.events)
            except Exception as exc:  # one bad document must not stop the batch
                report.error(article.doc_id, f"not stored: {type(exc).__name__}: {exc}")
                continue
            if result.skipped:
                skipped += 1
            new += result.new_events
            merged += result.merged_events
            report.success(result.new_events + result.merged_events)
    finally:
        store.close()
    print(f"eventcoder: ingest: {report.done} articles stored, {skipped} already stored "
          f"(skipped), {new} new events, {merged} reports merged into stored events "
          f"[{store.url}]", file=sys.stderr)
    return report.finish()



def run_export(args: argparse.Namespace) -> int:
    from eventcoder.io.writers import WriterError, open_output, open_writer

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print("eventcoder: error: --from is after --to", file=sys.stderr)
        return USAGE_ERROR
    store = _open_store(args.db)
    if store is None:
        return USAGE_ERROR
    query = EventQuery(date_from=args.date_from, date_to=args.date_to, country=args.country,
                       event_type=args.event_type)
    n_events = 0
    with ExitStack() as stack:
        stack.callback(store.close)
        try:
            out = open_output(args.out, args.format == "parquet", stack)
            writer = open_writer(args.format, out)
        except (OSError, WriterError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"eventcoder: error: {reason}", file=sys.stderr)
            return USAGE_ERROR
        def counted(events: Iterable[Event]) -> Iterator[Event]:
            nonlocal n_events
            for event in events:
                n_events += 1
                yield event

        try:
            writer.write(counted(store.events(query)))
            writer.close()
        except BrokenPipeError:
            # the reader went away (`| head`): stop quietly, as Unix tools do
            if out is sys.stdout or out is getattr(sys.stdout, "buffer", None):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return 1
    print(f"eventcoder: export: {n_events} events [{store.url}]", file=sys.stderr)
    return 0
