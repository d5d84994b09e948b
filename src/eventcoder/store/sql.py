"""The store logic shared by SQLite and PostgreSQL (one behaviour, two drivers).

A dialect subclass supplies the connection, the parameter style, the column
types and how a write transaction takes its lock; everything else (migrations,
the per-article transaction, cross-document merging, export) lives here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from typing import Any

from eventcoder.merge import combine_reports, incident_score
from eventcoder.schema import Article, Claim, Event, Evidence
from eventcoder.store import AddResult, EventQuery, text_hash
from eventcoder.store.migrations import EVENT_COLUMNS, MIGRATIONS, render

__all__ = ["SqlStore"]

_FIELDS = tuple(name for name, _ in EVENT_COLUMNS)
_CLAIM_COLUMNS = ("report_row", "field", "value", "source", "doc_id", "start_char", "end_char",
                  "text", "evidence_field", "victim_group")
_CANDIDATE_WINDOW_DAYS = 31  # wide enough for week/month precision; merge decides
_EXPORT_CHUNK = 200


def _to_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class SqlStore:
    """One database connection; every write goes through ``add_article``."""

    url: str
    placeholder = "?"
    types: dict[str, str] = {}

    # -- dialect hooks -------------------------------------------------------------
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _begin_write(self) -> None:
        """Start a transaction that holds the store's write lock."""
        raise NotImplementedError

    def _adapt(self, value: Any) -> Any:
        """A Python value as the driver should receive it."""
        return value

    def close(self) -> None:
        raise NotImplementedError

    # -- plumbing ------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._execute(self._sql(sql), [self._adapt(p) for p in params])

    def _commit(self) -> None:
        self._execute("COMMIT")

    def _rollback(self) -> None:
        self._execute("ROLLBACK")

    def _now(self) -> Any:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)

    # -- schema ----------------------------------------------------------------------
    def _migrate(self) -> None:
        self._execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for migration in MIGRATIONS:
            if migration.version <= self.schema_version():
                continue
            self._begin_write()
            try:
                # re-check under the lock: another process may have migrated meanwhile
                if migration.version > self.schema_version():
                    for statement in migration.statements:
                        self._execute(render(statement, self.types))
                    self._run(
                        "INSERT INTO schema_migrations (version, name, applied_at) "
                        "VALUES (?, ?, ?)",
                        (migration.version, migration.name, self._now().isoformat()),
                    )
                self._commit()
            except BaseException:
                self._rollback()
                raise

    def schema_version(self) -> int:
        row = self._execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # -- reading ---------------------------------------------------------------------
    def _article_row(self, article: Article) -> int | None:
        row = self._run(
            "SELECT id FROM articles WHERE text_hash = ? OR (url IS NOT NULL AND url = ?)",
            (text_hash(article.text), article.url),
        ).fetchone()
        return int(row[0]) if row else None

    def has_article(self, article: Article) -> bool:
        return self._article_row(article) is not None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "event_reports", "claims", "evidence")
        return {t: int(self._execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}

    @staticmethod
    def _event_from_row(event_id: str, doc_id: str, values: Sequence[Any]) -> Event:
        fields = dict(zip(_FIELDS, values, strict=True))
        fields["event_date"] = _to_date(fields["event_date"])
        fields["actors_not_normalised"] = json.loads(fields["actors_not_normalised"] or "[]")
        for name in ("latitude", "longitude", "confidence"):
            if fields[name] is not None:
                fields[name] = float(fields[name])
        return Event(event_id=event_id, doc_id=doc_id, **fields)

    def _candidates(self, report: Event) -> list[tuple[int, Event]]:
        if report.event_date is None or not (report.iso3 or report.country):
            return []
        window = dt.timedelta(days=_CANDIDATE_WINDOW_DAYS)
        columns = ", ".join(_FIELDS)
        rows = self._run(
            f"SELECT id, event_id, doc_id, {columns} FROM events "
            "WHERE event_date BETWEEN ? AND ? AND (iso3 = ? OR country = ?)",
            (report.event_date - window, report.event_date + window, report.iso3,
             report.country),
        ).fetchall()
        return [(int(r[0]), self._event_from_row(r[1], r[2], r[3:])) for r in rows]

    def _best_match(self, report: Event, taken: set[int]) -> tuple[int, Event] | None:
        best: tuple[int, int, Event] | None = None
        for row_id, stored in self._candidates(report):
            if row_id in taken:  # one report per document per incident
                continue
            if (report.event_date and stored.event_date
                    and abs((report.event_date - stored.event_date).days) == 1):
                # a one-day difference is judged on the reports' wording (merge rules)
                for earlier in self._reports_for([row_id]).get(row_id, []):
                    stored.evidence.extend(earlier.evidence)
            score = incident_score(stored, report, across_documents=True)
            if score is not None and (best is None or score > best[0]):
                best = (score, row_id, stored)
        return (best[1], best[2]) if best else None

    def _reports_for(self, event_rows: Sequence[int]) -> dict[int, list[Event]]:
        """The stored reports (with claims and evidence) of some events, in order."""
        if not event_rows:
            return {}
        marks = ", ".join("?" for _ in event_rows)
        columns = ", ".join(_FIELDS)
        rows = self._run(
            f"SELECT id, event_row, report_id, doc_id, {columns} FROM event_reports "
            f"WHERE event_row IN ({marks}) ORDER BY id",
            list(event_rows),
        ).fetchall()
        reports: dict[int, Event] = {}
        by_event: dict[int, list[Event]] = {}
        for r in rows:
            report = self._event_from_row(r[2], r[3], r[4:])
            reports[int(r[0])] = report
            by_event.setdefault(int(r[1]), []).append(report)
        if reports:
            marks = ", ".join("?" for _ in reports)
            for row in self._run(
                "SELECT report_row, doc_id, start_char, end_char, text, field FROM evidence "
                f"WHERE report_row IN ({marks}) ORDER BY id", list(reports),
            ).fetchall():
                reports[int(row[0])].evidence.append(
                    Evidence(row[1], int(row[2]), int(row[3]), row[4], row[5]))
            for row in self._run(
                "SELECT report_row, field, value, source, doc_id, start_char, end_char, text, "
                f"evidence_field, victim_group FROM claims WHERE report_row IN ({marks}) "
                "ORDER BY id",
                list(reports),
            ).fetchall():
                span = (Evidence(row[4], int(row[5]), int(row[6]), row[7], row[8])
                        if row[4] is not None and row[5] is not None else None)
                value = json.loads(row[2]) if row[2] is not None else None
                reports[int(row[0])].claims.append(Claim(row[1], value, row[3], span, row[9]))
        return by_event

    def events(self, query: EventQuery | None = None) -> Iterator[Event]:
        query = query or EventQuery()
        where: list[str] = []
        params: list[Any] = []
        if query.date_from:
            where.append("event_date >= ?")
            params.append(query.date_from)
        if query.date_to:
            where.append("event_date <= ?")
            params.append(query.date_to)
        if query.country:
            where.append("(LOWER(country) = ? OR LOWER(iso3) = ?)")
            params += [query.country.casefold()] * 2
        if query.event_type:
            where.append("(LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)")
            params += [query.event_type.casefold()] * 2
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        columns = ", ".join(_FIELDS)
        rows = self._run(
            f"SELECT id, event_id, doc_id, {columns} FROM events {clause} "
            "ORDER BY (event_date IS NULL), event_date, id", params,
        ).fetchall()
        for start in range(0, len(rows), _EXPORT_CHUNK):
            chunk = rows[start:start + _EXPORT_CHUNK]
            reports = self._reports_for([int(r[0]) for r in chunk])
            for r in chunk:
                event = self._event_from_row(r[1], r[2], r[3:])
                seen: set[tuple[str, int, int, str | None]] = set()
                for report in reports.get(int(r[0]), []):
                    for e in report.evidence:
                        key = (e.doc_id, e.start, e.end, e.field)
                        if key not in seen:
                            seen.add(key)
                            event.evidence.append(e)
                    event.claims.extend(report.claims)
                yield event

    # -- writing (the one writer) ----------------------------------------------------
    def _insert(self, table: str, values: dict[str, Any]) -> int:
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        row = self._run(
            f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING id", list(values.values())
        ).fetchone()
        return int(row[0])

    def _insert_many(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
                     ) -> None:
        if rows:
            marks = ", ".join("?" for _ in columns)
            self._execute_many(
                self._sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"),
                [[self._adapt(v) for v in row] for row in rows],
            )

    @staticmethod
    def _event_values(event: Event) -> dict[str, Any]:
        values = {name: getattr(event, name) for name in _FIELDS}
        values["actors_not_normalised"] = (json.dumps(event.actors_not_normalised)
                                           if event.actors_not_normalised else None)
        return values

    def _insert_report(self, event_row: int, article_id: int, report: Event) -> None:
        report_row = self._insert("event_reports", {
            "event_row": event_row, "article_id": article_id, "report_id": report.event_id,
            "doc_id": report.doc_id, **self._event_values(report),
        })
        self._insert_many("evidence", ("report_row", "doc_id", "start_char", "end_char", "text",
                                       "field"),
                          [(report_row, e.doc_id, e.start, e.end, e.text, e.field)
                           for e in report.evidence])
        self._insert_many("claims", _CLAIM_COLUMNS, [(
            report_row, c.field, json.dumps(c.value, default=str), c.source,
            *((c.evidence.doc_id, c.evidence.start, c.evidence.end, c.evidence.text,
               c.evidence.field) if c.evidence else (None,) * 5), c.group)
            for c in report.claims])

    def _recombine(self, event_row: int, event_id: str) -> None:
        reports = self._reports_for([event_row])[event_row]
        merged = combine_reports(reports, event_id=event_id)
        values = self._event_values(merged)
        sets = ", ".join(f"{name} = ?" for name in values)
        self._run(
            f"UPDATE events SET {sets}, n_reports = ?, updated_at = ? WHERE id = ?",
            [*values.values(), len(reports), self._now(), event_row],
        )

    def _free_event_id(self, event_id: str, article: Article) -> str:
        """The report's id, unless another document with the same doc_id and offsets
        took it (two files named alike): then one derived from this article's text."""
        taken = self._run("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if taken is None:
            return event_id
        digest = hashlib.sha1(f"{event_id}|{text_hash(article.text)}".encode()).hexdigest()
        return "ev-" + digest[:12]

    def add_article(self, article: Article, events: list[Event]) -> AddResult:
        self._begin_write()
        try:
            if self._article_row(article) is not None:
                self._rollback()
                return AddResult(skipped=True)
            now = self._now()
            article_id = self._insert("articles", {
                "doc_id": article.doc_id, "url": article.url, "text_hash": text_hash(article.text),
                "title": article.title, "source": article.source, "published": article.published,
                "n_chars": len(article.text), "n_events": len(events), "ingested_at": now,
            })
            taken: set[int] = set()
            new = merged = 0
            for report in events:
                match = self._best_match(report, taken)
                if match is None:
                    event_row = self._insert("events", {
                        "event_id": self._free_event_id(report.event_id, article),
                        "doc_id": report.doc_id,
                        **self._event_values(report), "n_reports": 1,
                        "created_at": now, "updated_at": now,
                    })
                    self._insert_report(event_row, article_id, report)
                    new += 1
                else:
                    event_row, stored = match
                    self._insert_report(event_row, article_id, report)
                    self._recombine(event_row, stored.event_id)
                    merged += 1
                taken.add(event_row)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return AddResult(skipped=False, new_events=new, merged_events=merged)
