"""Test helpers for merging and storage: hand-built mentions, events, and real
test databases (a SQLite file, and a PostgreSQL server started on 127.0.0.1).

Mentions are built by hand (not by the extractor) so that merge and store
tests assert merge behaviour only. Coordinates are the real towns' (approximate).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventcoder.schema import Actor, Article, Claim, Event, EventMention, Evidence, Place
from eventcoder.store import text_hash
from eventcoder.taxonomy import event_type_of

PLACES: dict[str, Place] = {
    "Aleppo": Place("Aleppo", 36.2021, 37.1343, "Syria", "SYR", "Aleppo", None, 170063, "PPLA"),
    "Idlib": Place("Idlib", 35.9306, 36.6339, "Syria", "SYR", "Idlib", None, 169389, "PPLA"),
    "Idlib Governorate": Place("Idlib Governorate", 35.75, 36.6, "Syria", "SYR", "Idlib",
                               None, 169388, "ADM1"),
    "Maarat al-Numan": Place("Maarat al-Numan", 35.6436, 36.6744, "Syria", "SYR", "Idlib",
                             None, 169304, "PPL"),
    "Saraqib": Place("Saraqib", 35.8647, 36.8008, "Syria", "SYR", "Idlib", None, 163270, "PPL"),
    "Baidoa": Place("Baidoa", 3.1138, 43.6498, "Somalia", "SOM", "Bay", None, 64435, "PPLA"),
    "Mogadishu": Place("Mogadishu", 2.0371, 45.3438, "Somalia", "SOM", "Banaadir", None,
                       53654, "PPLC"),
    "Maiduguri": Place("Maiduguri", 11.8464, 13.1603, "Nigeria", "NGA", "Borno", None,
                       2331447, "PPLA"),
}

ACTORS: dict[str, Actor] = {
    "syria_army": Actor("Military Forces of Syria (2000-)", 1, country="Syria"),
    "islamic_state": Actor("Islamic State (Syria)", 2, country="Syria"),
    "hts": Actor("Hayat Tahrir al-Sham", 2, country="Syria"),
    "russia_air": Actor("Military Forces of Russia (2000-)", 8, country="Syria"),
    "civ_syria": Actor("Civilians (Syria)", 7, country="Syria"),
    "uag_syria": Actor("Unidentified Armed Group (Syria)", 3, country="Syria"),
    "uag_somalia": Actor("Unidentified Armed Group (Somalia)", 3, country="Somalia"),
    "shabaab": Actor("Al Shabaab", 2, country="Somalia"),
    "somalia_army": Actor("Military Forces of Somalia (2012-)", 1, country="Somalia"),
    "somalia_police": Actor("Police Forces of Somalia (2012-)", 1, country="Somalia"),
    "civ_somalia": Actor("Civilians (Somalia)", 7, country="Somalia"),
    "protesters_nga": Actor("Protesters (Nigeria)", 6, country="Nigeria"),
    "police_nga": Actor("Police Forces of Nigeria (1999-)", 1, country="Nigeria"),
}


def make_mention(
    text: str,
    trigger: str,
    sub_event_type: str,
    *,
    doc_id: str = "doc1",
    occurrence: int = 0,
    actor1: str | None = None,
    actor2: str | None = None,
    place: str | None = None,
    geo_precision: int | None = None,
    date: str | None = None,
    end_date: str | None = None,
    time_precision: int | None = None,
    fatalities: int | None = None,
    injured: int | None = None,
    sources: tuple[str, ...] = (),
    claims: tuple[tuple[str, int | str, str | None], ...] = (),
    confidence: float = 0.8,
    date_stated: bool = True,
) -> EventMention:
    """A mention whose trigger is the ``occurrence``-th ``trigger`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    end = start + len(trigger)
    sent_start = max(text.rfind(". ", 0, start) + 2, 0) if ". " in text[:start] else 0
    sent_end = text.find(". ", end)
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    sentence = Evidence(doc_id, sent_start, sent_end, text[sent_start:sent_end], "sentence")
    resolved = PLACES[place] if place else None
    when = dt.date.fromisoformat(date) if date else None
    return EventMention(
        doc_id=doc_id,
        sent_start=sent_start,
        sent_end=sent_end,
        trigger_start=start,
        trigger_end=end,
        trigger_text=trigger,
        sub_event_type=sub_event_type,
        event_type=event_type_of(sub_event_type),
        type_score=0.9,
        type_reason=f"test trigger '{trigger}'",
        actor1=ACTORS[actor1] if actor1 else None,
        actor2=ACTORS[actor2] if actor2 else None,
        country=resolved.country if resolved else None,
        place=resolved,
        geo_precision=geo_precision if geo_precision is not None else (1 if place else None),
        event_date=when,
        time_precision=(time_precision or 1) if when else None,
        # a stated date points at its words; an inferred one (publication day) has none
        date_evidence=(Evidence(doc_id, sent_start, sent_end, sentence.text, "event_date")
                       if when and date_stated else None),
        end_date=dt.date.fromisoformat(end_date) if end_date else None,
        fatalities=fatalities,
        injured=injured,
        sources=list(sources),
        claims=[Claim(f, v, s, sentence) for f, v, s in claims],
        evidence=[sentence],
        confidence=confidence,
    )


def make_article(text: str, doc_id: str = "doc1", published: str | None = "2019-05-14",
                 url: str | None = None, source: str | None = None) -> Article:
    return Article(doc_id=doc_id, text=text,
                   published=dt.date.fromisoformat(published) if published else None,
                   url=url, source=source)


# --------------------------------------------------------------------------- PostgreSQL


def _pg_bin_dir() -> Path | None:
    """Where Debian (or the PATH) keeps initdb and pg_ctl."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return candidates[0].parent if candidates else None


def postgres_available() -> tuple[bool, str]:
    """(usable, reason): the server binaries and the psycopg driver."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False, "psycopg is not installed (pip install 'eventcoder[postgres]')"
    if _pg_bin_dir() is None:
        return False, "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
    return True, ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(slots=True)
class PostgresServer:
    url: str  # a server-level URL; ``database_url(name)`` for one database
    port: int
    data_dir: Path

    def database_url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)


def _as_server_user(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the 'postgres' user then."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(cmd)]


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """A throw-away PostgreSQL cluster in a temp dir, on a free 127.0.0.1 port."""
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries not found")
    # as root the server runs as 'postgres', which must reach the directory: /tmp
    # rather than a TMPDIR that may sit under root's home
    as_root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="eventcoder-pg-",
                                 dir="/tmp" if as_root and os.path.isdir("/tmp") else None))
    os.chmod(base, 0o755)
    if as_root:
        shutil.chown(base, "postgres")
    data, log = base / "data", base / "server.log"
    port = _free_port()
    subprocess.run(
        _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U",
                         "postgres", "-E", "UTF8", "--no-sync"]),
        check=True, capture_output=True,
    )
    options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    started = subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                         str(log), "-w", "-t", "60", "start"]),
        capture_output=True, text=True,
    )
    if started.returncode != 0:
        detail = log.read_text() if log.exists() else started.stderr
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {detail[-2000:]}")
    try:
        yield PostgresServer(f"postgresql://postgres@127.0.0.1:{port}/postgres", port, data)
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                             "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


# --------------------------------------------------------------------------- pytest fixtures


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the session. In CI it must run: a missing server
    fails the tests instead of skipping them."""
    usable, reason = postgres_available()
    if not usable:
        if in_ci():
            pytest.fail(f"CI=true but PostgreSQL cannot run: {reason} (.ci/postgres.sh "
                        "installs it)")
        pytest.skip(reason)
    with postgres_server() as server:
        yield server


_DB_COUNTER = iter(range(1, 1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.db'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database(f"eventcoder_test_{next(_DB_COUNTER)}")


# --------------------------------------------------------------------------- old databases

# The columns the first schema gave each table a writer fills (ids are generated).
_V1_CLAIM_COLUMNS = ("report_row", "field", "value", "source", "doc_id", "start_char",
                     "end_char", "text", "evidence_field")


def write_version1_database(url: str, article: Article, events: list[Event]) -> None:
    """A database as version 1 of the store left it: migration 1's own SQL, and one
    article's events written with the columns that schema had (no claim victim_group).

    It talks to the database driver directly, so that no current store code, which
    writes the latest columns, takes part in making the old database.
    """
    from eventcoder.store.migrations import BASE_EVENT_COLUMNS, MIGRATIONS, render
    from eventcoder.store.postgres import PostgresStore
    from eventcoder.store.sqlite import SqliteStore

    if url.startswith("sqlite:///"):
        import sqlite3

        conn: Any = sqlite3.connect(url[len("sqlite:///"):])
        types, mark = SqliteStore.types, "?"
    else:
        import psycopg

        conn = psycopg.connect(url)
        types, mark = PostgresStore.types, "%s"
    now = dt.datetime.now(dt.UTC)
    stamp: Any = now.isoformat() if mark == "?" else now

    def insert(table: str, values: dict[str, Any]) -> int:
        marks = ", ".join(mark for _ in values)
        row = conn.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks}) "
                           "RETURNING id", [_plain(v, mark) for v in values.values()]).fetchone()
        return int(row[0])

    first = MIGRATIONS[0]
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for statement in first.statements:
        conn.execute(render(statement, types))
    conn.execute(f"INSERT INTO schema_migrations VALUES ({mark}, {mark}, {mark})",
                 (first.version, first.name, now.isoformat()))
    article_row = insert("articles", {
        "doc_id": article.doc_id, "url": article.url, "text_hash": text_hash(article.text),
        "published": article.published, "n_chars": len(article.text),
        "n_events": len(events), "ingested_at": stamp})
    for event in events:
        values = {name: getattr(event, name) for name, _ in BASE_EVENT_COLUMNS}
        event_row = insert("events", {"event_id": event.event_id, "doc_id": event.doc_id,
                                      **values, "n_reports": 1, "created_at": stamp,
                                      "updated_at": stamp})
        report_row = insert("event_reports", {"event_row": event_row, "article_id": article_row,
                                              "report_id": event.event_id,
                                              "doc_id": event.doc_id, **values})
        for claim in event.claims:
            span = claim.evidence
            insert("claims", dict(zip(_V1_CLAIM_COLUMNS, (
                report_row, claim.field, json.dumps(claim.value, default=str), claim.source,
                *((span.doc_id, span.start, span.end, span.text, span.field) if span
                  else (None,) * 5)), strict=True)))
    conn.commit()
    conn.close()


def _plain(value: Any, mark: str) -> Any:
    """SQLite takes dates as ISO text, as the store writes them."""
    if mark == "?" and isinstance(value, dt.date):
        return value.isoformat()
    return value
