"""Event storage: SQLite by default, PostgreSQL for teams, one behaviour.

``open_store(url)`` returns an ``EventStore``:

- ``None`` or ``""``          -> ``$EVENTCODER_DB`` when set, else SQLite ``events.db`` in
                                the working directory
- ``sqlite:///path/to.db``    -> SQLite at that path (``sqlite:////abs/path`` also works)
- a path ending in .db/.sqlite -> SQLite at that path
- ``postgresql://...``         -> PostgreSQL (needs ``pip install 'eventcoder[postgres]'``)

Every write goes through ``EventStore.add_article``: one transaction per
article (the article, its events, their reports, claims and evidence), so an
interrupted ingest leaves nothing half-written and a rerun resumes (an article
already stored, by URL or by text hash, is skipped). Events that report the
same incident as a stored event (``merge.same_incident``) join it as another
report; the stored event is then recombined from all its reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from eventcoder.schema import Article, Event

__all__ = [
    "DB_ENV_VAR",
    "DEFAULT_DB",
    "AddResult",
    "EventQuery",
    "EventStore",
    "StoreError",
    "open_store",
    "text_hash",
]

DEFAULT_DB = "events.db"
DB_ENV_VAR = "EVENTCODER_DB"  # a team's shared database, without --db on every command


class StoreError(RuntimeError):
    """A database URL that cannot be used, or a missing driver."""


def text_hash(text: str) -> str:
    """The article's identity when it has no URL (whitespace-normalised SHA-256)."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing one article did."""

    skipped: bool  # already stored (same URL or same text)
    new_events: int = 0  # incidents not seen before
    merged_events: int = 0  # reports joined to an event already stored


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Export filters (all optional; dates inclusive)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None  # country name or ISO3, case-insensitive
    event_type: str | None = None  # event type or sub-event type, case-insensitive


class EventStore(Protocol):
    """What ingest and export need from a database."""

    url: str

    def has_article(self, article: Article) -> bool:
        """Is this article (same URL or same text) stored already?"""
        ...

    def add_article(self, article: Article, events: list[Event]) -> AddResult:
        """Store one coded article and merge its events, in one transaction."""
        ...

    def events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """Stored events (each with all its reports' evidence and claims), by date."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, event_reports, claims, evidence."""
        ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...


def open_store(url: str | None = None) -> EventStore:
    """Open (and migrate to the current schema) the database at ``url``."""
    url = url or os.environ.get(DB_ENV_VAR) or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from eventcoder.store.postgres import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite://"):
        path = url[len("sqlite://"):]
        if path.startswith("/"):
            path = path[1:]  # sqlite:///rel.db -> rel.db ; sqlite:////abs.db -> /abs.db
        if not path:
            raise StoreError(f"no database file in {url!r}")
        from eventcoder.store.sqlite import SqliteStore

        return SqliteStore(path)
    if "://" in url:
        raise StoreError(f"unsupported database URL {url!r} (use sqlite:///FILE or "
                         "postgresql://...)")
    from eventcoder.store.sqlite import SqliteStore

    return SqliteStore(url)
