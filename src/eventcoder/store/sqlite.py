"""SQLite store (the default): stdlib ``sqlite3``, one file, WAL journal.

A write transaction starts with ``BEGIN IMMEDIATE``, which takes SQLite's
write lock at once, so two ingest processes on one file take turns (the other
waits up to ``BUSY_TIMEOUT_S``) instead of merging against stale reads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventcoder.store.sql import SqlStore

__all__ = ["SqliteStore"]

BUSY_TIMEOUT_S = 60.0


class SqliteStore(SqlStore):
    placeholder = "?"
    types = {"id": "INTEGER PRIMARY KEY AUTOINCREMENT", "date": "TEXT", "real": "REAL",
             "stamp": "TEXT"}

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (one per article)
        self._conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S,
                                     isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoint
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(sql, params)

    def _execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def _adapt(self, value: Any) -> Any:
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        return value

    def close(self) -> None:
        self._conn.close()
