"""Reading the datasets' JSON-lines files, the same way for every scorer."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["JsonLine", "dataset_files", "json_lines"]

# (file, 1-based line number, the decoded record)
JsonLine = tuple[Path, int, Any]


def dataset_files(path: Path, pattern: str) -> list[Path]:
    """PATH itself, or the files of the folder PATH that match PATTERN, in name order."""
    return sorted(path.glob(pattern)) if path.is_dir() else [path]


def json_lines(path: Path) -> Iterator[JsonLine]:
    """The records of a JSON-lines file, blank lines passed over.

    A malformed line is reported on stderr with its place and skipped, so that one
    damaged line does not cost the whole evaluation. ``utf-8-sig`` reads files with
    and without a byte-order mark alike.
    """
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                print(f"{path}:{number}: malformed JSON line skipped ({err.msg})", file=sys.stderr)
                continue
            yield path, number, record
