"""The command line. Each command registers itself from its own module:

- code, places          io/commands.py       (the stable contract in DESIGN.md)
- eval                  evaluate/__init__.py
- gazetteer             resolve/gazetteer.py
- ingest, export        store/commands.py

A command module provides ``add_commands(subparsers)``; each parser it adds
sets ``func`` (args -> exit code). Exit codes: 0 ok, 1 some documents failed,
2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["build_parser", "main"]

COMMAND_MODULES = (
    "eventcoder.io.commands",
    "eventcoder.evaluate",
    "eventcoder.resolve.gazetteer",
    "eventcoder.store.commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventcoder",
        description="Code news reports of political violence into ACLED-style events.",
    )
    from eventcoder import __version__

    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # not written yet / optional
                continue
            raise
        module.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
