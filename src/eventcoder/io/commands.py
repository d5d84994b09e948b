"""The `code` and `places` commands (the stable CLI contract in DESIGN.md).

    eventcoder code PATH... [--published YYYY-MM-DD] [--format jsonl|csv|geojson|parquet]
                            [--out FILE] [--n-process N] [--encoding NAME]
                            [--keep STATUS,...] [--no-dated-background]
    eventcoder places PATH... [--format jsonl|csv|geojson] [--out FILE] ...

Documents stream from the readers through spaCy (model loaded once) to the
writer, which flushes after every document: a crash keeps what was written.
Documents from a pipe on stdin are coded one at a time, so a live feed's events
come out as each document arrives.
A document that cannot be read or coded is reported on stderr as
``eventcoder: error: WHERE: REASON`` and the batch goes on; at the end
``eventcoder: N of M documents failed`` and exit code 1. Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import codecs
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import IO, Any

from eventcoder.io.arguments import iso_date, positive_int
from eventcoder.io.progress import BatchReport
from eventcoder.io.readers import read_paths
from eventcoder.io.writers import EVENT_FORMATS, PLACE_FORMATS, WriterError, open_output
from eventcoder.schema import Article, ReadError

__all__ = ["add_commands", "run_code", "run_places"]

USAGE_ERROR = 2




def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def _statuses(value: str) -> frozenset[str]:
    from eventcoder.extract.filters import STATUSES

    chosen = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = sorted(chosen - set(STATUSES))
    if not chosen or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown status {', '.join(unknown) or value!r} (choose from {', '.join(STATUSES)})"
        )
    return chosen


def _add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="a .txt, .html/.htm, .jsonl(.gz) or RSS/Atom (.rss, .atom, .xml) file, a "
             "directory (its supported files, recursively), or - for stdin (JSON lines, "
             "a feed, an HTML page or plain text)",
    )
    parser.add_argument(
        "--published", type=iso_date, metavar="YYYY-MM-DD",
        help="publication date of documents that carry none (anchors relative dates)",
    )
    parser.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--n-process", type=positive_int, default=1, metavar="N",
                        help="spaCy worker processes (default 1)")
    parser.add_argument("--encoding", type=_encoding, metavar="NAME",
                        help="text encoding of the input files (default: UTF-8; "
                             "anything else is reported, never guessed)")
    parser.add_argument("--source-regions", action="store_true",
                        help="learn each source's home region from the places of its "
                             "earlier documents in this run and prefer places there "
                             "(for local news feeds; documents need a 'source')")


def add_commands(subparsers: Any) -> None:
    """Register `code` and `places` (see eventcoder.cli)."""
    code = subparsers.add_parser(
        "code", help="code documents into events",
        description="Code news reports into ACLED-style events, one per line.",
    )
    _add_input_arguments(code)
    code.add_argument("--format", choices=EVENT_FORMATS, default="jsonl",
                      help="output format (default jsonl; parquet needs pyarrow)")
    code.add_argument("--keep", type=_statuses, metavar="STATUS[,STATUS]",
                      help="which event mentions become events, by status (default: new); "
                           "statuses: new, background, reference, statistic, habitual, plan, "
                           "negated, hypothetical, movement")
    code.add_argument("--no-dated-background", action="store_true",
                      help="drop earlier events that the text dates explicitly "
                           "(kept by default, with their own date)")
    code.set_defaults(func=run_code)

    places = subparsers.add_parser(
        "places", help="list the place names found in documents",
        description="Find and geocode the toponyms of documents, one mention per line.",
    )
    _add_input_arguments(places)
    places.add_argument("--format", choices=PLACE_FORMATS, default="jsonl",
                        help="output format (default jsonl)")
    places.set_defaults(func=run_places)


def _articles(items: Iterable[Article | ReadError], report: BatchReport) -> Iterator[Article]:
    """The readable articles; read errors are reported as they come."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, ReadError):
            report.error(item.where, item.reason)
            continue
        if item.doc_id in seen:
            # Coded anyway; but downstream tools key events by doc_id.
            report.warning(item.doc_id, "this doc_id was already used by an earlier document")
        seen.add(item.doc_id)
        yield item



# One document's output: (articles in, callback(doc, article) -> items written).
_Handler = Callable[[Any, Article], int]


def _run(args: argparse.Namespace, unit: str,
         make_handler: Callable[[IO[Any]], tuple[_Handler, Callable[[], None]]]) -> int:
    from eventcoder.pipeline import annotate  # spaCy loads only when a command runs

    # No progress line over output that is itself going to the terminal.
    to_terminal = args.out in (None, "-") and sys.stdout.isatty()
    report = BatchReport(unit=unit, show_progress=False if to_terminal else None)
    with ExitStack() as stack:
        try:
            out = open_output(args.out, args.format == "parquet", stack)
            handle, finish = make_handler(out)
        except (OSError, WriterError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            where = f"--out {args.out}" if isinstance(exc, OSError) else "--format"
            print(f"eventcoder: error: {where}: {reason}", file=sys.stderr)
            return USAGE_ERROR
        articles = _articles(
            read_paths(args.paths, default_published=args.published, encoding=args.encoding),
            report,
        )
        try:
            for doc, article in annotate(articles, n_process=args.n_process,
                                         batch_size=_batch_size(args.paths)):
                try:
                    n_items = handle(doc, article)
                except BrokenPipeError:
                    raise
                except Exception as exc:  # one bad document must not stop the batch
                    report.error(article.doc_id,
                                 f"internal error while coding: {type(exc).__name__}: {exc}")
                    continue
                report.success(n_items)
            finish()
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as Unix tools do.
            if out is sys.stdout or out is getattr(sys.stdout, "buffer", None):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return 1
    return report.finish()


def _stdin_is_stream() -> bool:
    """Standard input is a pipe or a terminal (a live feed), not a redirected file."""
    try:
        return not stat.S_ISREG(os.fstat(sys.stdin.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # no real stdin (embedded, tests)
        return False


def _batch_size(paths: list[str]) -> int:
    """spaCy's batch: 64 documents, or one at a time when they come from a stream on
    stdin (``tail -f feed.jsonl | eventcoder code -``), so each document's events are
    written as soon as it arrives instead of after 63 more."""
    return 1 if "-" in paths and _stdin_is_stream() else 64


def run_code(args: argparse.Namespace) -> int:
    """`eventcoder code`: events, one per line (or row, or feature)."""
    from eventcoder.extract.places import SourceRegions
    from eventcoder.io.writers import open_writer
    from eventcoder.pipeline import DEFAULT_POLICY, CodingPolicy, code_doc

    policy = CodingPolicy(
        keep=args.keep if args.keep else DEFAULT_POLICY.keep,
        keep_dated_background=not args.no_dated_background,
    )
    regions = SourceRegions() if args.source_regions else None

    def make_handler(out: IO[Any]) -> tuple[_Handler, Callable[[], None]]:
        writer = open_writer(args.format, out)

        def handle(doc: Any, article: Article) -> int:
            events = code_doc(doc, article, policy, regions).events
            writer.write(events)
            return len(events)

        return handle, writer.close

    return _run(args, "events", make_handler)


def run_places(args: argparse.Namespace) -> int:
    """`eventcoder places`: place mentions, one per line."""
    from eventcoder.extract.places import SourceRegions
    from eventcoder.io.writers import open_place_writer
    from eventcoder.resolve.places import feed_place_mentions

    regions = SourceRegions() if args.source_regions else None

    def make_handler(out: IO[Any]) -> tuple[_Handler, Callable[[], None]]:
        writer = open_place_writer(args.format, out)

        def handle(doc: Any, article: Article) -> int:
            mentions = feed_place_mentions(doc, article, regions)
            writer.write(mentions)
            return len(mentions)

        return handle, writer.close

    return _run(args, "places", make_handler)
