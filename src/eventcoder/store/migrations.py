"""The versioned database schema: one list of migrations for both databases.

Each migration is applied once, in order, inside a transaction, and recorded
in ``schema_migrations`` (version, name, applied_at). SQL is written once with
type placeholders that each dialect fills in (``{id}`` an auto-increment key,
``{date}``, ``{real}``, ``{stamp}``), so SQLite and PostgreSQL hold the same
tables. Add a migration at the end; never edit an applied one.

Tables:

- ``articles``       one row per stored document (doc_id, url, text_hash, ...)
- ``events``         one row per incident: the merged, ACLED-coded values
- ``event_reports``  one row per (document, incident): that document's coding
- ``claims``         per report: one source's figure or statement, with its span
- ``evidence``       per report: the spans that support the event
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BASE_EVENT_COLUMNS", "EVENT_COLUMNS", "MIGRATIONS", "Migration", "render"]

# The Event fields stored as columns (in events and event_reports) since migration 1,
# with SQL types. Later migrations add columns to both tables (ADDED_EVENT_COLUMNS).
BASE_EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_date", "{date}"),
    ("time_precision", "INTEGER"),
    ("event_type", "TEXT NOT NULL"),
    ("sub_event_type", "TEXT NOT NULL"),
    ("actor1", "TEXT"),
    ("assoc_actor_1", "TEXT"),
    ("inter1", "INTEGER"),
    ("actor2", "TEXT"),
    ("assoc_actor_2", "TEXT"),
    ("inter2", "INTEGER"),
    ("interaction", "INTEGER"),
    ("civilian_targeting", "TEXT"),
    ("country", "TEXT"),
    ("iso3", "TEXT"),
    ("admin1", "TEXT"),
    ("admin2", "TEXT"),
    ("location", "TEXT"),
    ("latitude", "{real}"),
    ("longitude", "{real}"),
    ("geo_precision", "INTEGER"),
    ("geonameid", "BIGINT"),
    ("source", "TEXT"),
    ("fatalities", "INTEGER NOT NULL DEFAULT 0"),
    ("injured", "INTEGER NOT NULL DEFAULT 0"),
    ("notes", "TEXT"),
    ("confidence", "{real} NOT NULL DEFAULT 0"),
)
# Columns added after migration 1, each by the migration named beside it.
ADDED_EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("actors_not_normalised", "TEXT"),  # migration 4: a JSON list of names kept as written
)
EVENT_COLUMNS: tuple[tuple[str, str], ...] = BASE_EVENT_COLUMNS + ADDED_EVENT_COLUMNS

_EVENT_COLUMNS_SQL = ",\n    ".join(f"{name} {kind}" for name, kind in BASE_EVENT_COLUMNS)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, reports, claims, evidence", (
        """CREATE TABLE articles (
    id {id},
    doc_id TEXT NOT NULL,
    url TEXT,
    text_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT,
    published {date},
    n_chars INTEGER NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0,
    ingested_at {stamp} NOT NULL
)""",
        f"""CREATE TABLE events (
    id {{id}},
    event_id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL,
    {_EVENT_COLUMNS_SQL},
    n_reports INTEGER NOT NULL DEFAULT 1,
    created_at {{stamp}} NOT NULL,
    updated_at {{stamp}} NOT NULL
)""",
        f"""CREATE TABLE event_reports (
    id {{id}},
    event_row BIGINT NOT NULL REFERENCES events(id),
    article_id BIGINT NOT NULL REFERENCES articles(id),
    report_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    {_EVENT_COLUMNS_SQL}
)""",
        """CREATE TABLE claims (
    id {id},
    report_row BIGINT NOT NULL REFERENCES event_reports(id),
    field TEXT NOT NULL,
    value TEXT,
    source TEXT,
    doc_id TEXT,
    start_char INTEGER,
    end_char INTEGER,
    text TEXT,
    evidence_field TEXT
)""",
        """CREATE TABLE evidence (
    id {id},
    report_row BIGINT NOT NULL REFERENCES event_reports(id),
    doc_id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    field TEXT
)""",
    )),
    Migration(2, "lookup indexes", (
        "CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL",
        "CREATE INDEX events_date ON events (event_date)",
        "CREATE INDEX events_country_date ON events (iso3, event_date)",
        "CREATE INDEX event_reports_event ON event_reports (event_row)",
        "CREATE INDEX event_reports_article ON event_reports (article_id)",
        "CREATE INDEX claims_report ON claims (report_row)",
        "CREATE INDEX evidence_report ON evidence (report_row)",
    )),
    # A casualty figure's victims ("state", "armed", "civilian+state"): figures of
    # different sides add up when stored reports are recombined.
    Migration(3, "claims.victim_group", (
        "ALTER TABLE claims ADD COLUMN victim_group TEXT",
    )),
    # Named groups the actor dictionary does not know, kept as written (issue #4):
    # the event's and each report's, so that recombined reports keep the flag.
    Migration(4, "actors_not_normalised", (
        "ALTER TABLE events ADD COLUMN actors_not_normalised TEXT",
        "ALTER TABLE event_reports ADD COLUMN actors_not_normalised TEXT",
    )),
)


def render(statement: str, types: dict[str, str]) -> str:
    """Fill a statement's type placeholders for one dialect."""
    return statement.format(**types)
