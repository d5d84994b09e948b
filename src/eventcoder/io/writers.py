"""Event and place-mention writers: jsonl, csv, geojson, parquet.

``open_writer(format, stream)`` returns an ``EventWriter``; call ``write(events)``
once per document (the writer flushes after each call, so a crash loses at
most the document being coded) and ``close()`` at the end (it finishes the
format, e.g. the GeoJSON closing bracket, but does not close the stream).

- jsonl: ``Event.to_dict()``, one per line (the CLI contract).
- csv: ACLED's export columns in ACLED's order first (tools that read ACLED
  files read it), then ``EXTRA_CSV_COLUMNS``: doc_id, injured, confidence,
  geonameid, and evidence and claims as JSON text.
- geojson: one FeatureCollection, streamed one Feature per line; Point
  geometry ``[longitude, latitude]``, or ``null`` for an event without
  coordinates (still written: it is still an event). Until ``close()`` the
  file lacks its closing ``]}``; each Feature is complete on its own line.
- parquet (needs ``pyarrow``): the jsonl fields as columns (evidence and claims
  as JSON text); rows are written in row groups of ``PARQUET_ROW_GROUP`` and
  at close, so a crash loses the unwritten group (the format has no
  append-per-row).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from contextlib import ExitStack
from typing import IO, Any, BinaryIO, Protocol, TextIO

from eventcoder.schema import ACLED_COLUMNS, Event, PlaceMention

__all__ = [
    "EVENT_FORMATS",
    "EXTRA_CSV_COLUMNS",
    "PLACE_FORMATS",
    "EventWriter",
    "PlaceWriter",
    "WriterError",
    "open_place_writer",
    "open_writer",
]

EVENT_FORMATS = ("jsonl", "csv", "geojson", "parquet")
PLACE_FORMATS = ("jsonl", "csv", "geojson")
EXTRA_CSV_COLUMNS = ("doc_id", "injured", "confidence", "geonameid", "evidence", "claims")
PLACE_COLUMNS = (
    "doc_id", "start", "end", "text", "name", "latitude", "longitude", "geonameid",
    "feature_code", "country", "admin1",
)
PARQUET_ROW_GROUP = 10_000


class WriterError(RuntimeError):
    """A format that cannot be written here (unknown, or a missing optional package)."""


class EventWriter(Protocol):
    def write(self, events: Iterable[Event]) -> None: ...

    def close(self) -> None: ...


class PlaceWriter(Protocol):
    def write(self, mentions: Iterable[PlaceMention]) -> None: ...

    def close(self) -> None: ...


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class _TextWriter:
    """Holds the text stream; wraps a binary stream as UTF-8 and detaches at close."""

    def __init__(self, stream: IO[Any]) -> None:
        self._wrapper: io.TextIOWrapper | None = None
        if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
            self.stream: TextIO = stream  # type: ignore[assignment]
        else:
            self._wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            self.stream = self._wrapper

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()
        if self._wrapper is not None:
            # Leave the caller's binary stream open (closing the wrapper would close it).
            self._wrapper.detach()
            self._wrapper = None


def _binary_stream(stream: IO[Any]) -> BinaryIO:
    if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            raise WriterError("parquet is binary: write it to a file or a binary stream")
        stream.flush()
        return buffer  # type: ignore[no-any-return]
    return stream  # type: ignore[return-value]


# -- generic writers --------------------------------------------------------------------
class _JsonLinesWriter(_TextWriter):
    def write_dicts(self, rows: Iterable[dict[str, Any]]) -> None:
        self.stream.writelines(_dumps(row) + "\n" for row in rows)
        self.flush()


class _CsvWriter(_TextWriter):
    def __init__(self, stream: IO[Any], columns: tuple[str, ...]) -> None:
        super().__init__(stream)
        self.columns = columns
        self.csv = csv.DictWriter(self.stream, fieldnames=list(columns), extrasaction="ignore")
        self.csv.writeheader()  # at open: an empty result is still a valid CSV
        self.flush()

    def write_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.csv.writerows(rows)
        self.flush()


class _GeoJsonWriter(_TextWriter):
    def __init__(self, stream: IO[Any]) -> None:
        super().__init__(stream)
        self.count = 0
        self.closed = False
        self.stream.write('{"type": "FeatureCollection", "features": [\n')
        self.flush()

    def write_features(self, items: Iterable[tuple[float | None, float | None, dict[str, Any]]]
                       ) -> None:
        for latitude, longitude, properties in items:
            geometry = (
                {"type": "Point", "coordinates": [longitude, latitude]}
                if latitude is not None and longitude is not None
                else None
            )
            feature = {"type": "Feature", "geometry": geometry, "properties": properties}
            self.stream.write(("" if self.count == 0 else ",\n") + _dumps(feature))
            self.count += 1
        self.flush()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.stream.write("\n]}\n")
        super().close()


# -- events ------------------------------------------------------------------------------
class JsonLinesEventWriter(_JsonLinesWriter):
    def write(self, events: Iterable[Event]) -> None:
        self.write_dicts(e.to_dict() for e in events)


def event_csv_row(event: Event) -> dict[str, Any]:
    """ACLED's row for the event plus the extra columns (see ``EXTRA_CSV_COLUMNS``)."""
    row = event.to_acled_row()
    row.update(
        doc_id=event.doc_id,
        injured=event.injured,
        confidence=round(event.confidence, 4),
        geonameid=event.geonameid if event.geonameid is not None else "",
        evidence=_dumps([e.to_dict() for e in event.evidence]),
        claims=_dumps([c.to_dict() for c in event.claims]),
    )
    return row


class CsvEventWriter(_CsvWriter):
    def __init__(self, stream: IO[Any]) -> None:
        super().__init__(stream, ACLED_COLUMNS + EXTRA_CSV_COLUMNS)

    def write(self, events: Iterable[Event]) -> None:
        self.write_rows(event_csv_row(e) for e in events)


class GeoJsonEventWriter(_GeoJsonWriter):
    def write(self, events: Iterable[Event]) -> None:
        self.write_features((e.latitude, e.longitude, e.to_dict()) for e in events)


class ParquetEventWriter:
    """Columns of ``Event.to_dict()``; evidence and claims as JSON text."""

    def __init__(self, stream: BinaryIO) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise WriterError(
                "parquet output needs pyarrow: pip install 'eventcoder[parquet]'"
            ) from exc
        self._pa = pa
        self.schema = pa.schema(
            [
                ("event_id", pa.string()), ("doc_id", pa.string()), ("event_date", pa.date32()),
                ("time_precision", pa.int8()), ("event_type", pa.string()),
                ("sub_event_type", pa.string()), ("actor1", pa.string()),
                ("assoc_actor_1", pa.string()), ("inter1", pa.int8()), ("actor2", pa.string()),
                ("assoc_actor_2", pa.string()), ("inter2", pa.int8()),
                ("interaction", pa.int16()), ("civilian_targeting", pa.string()),
                ("country", pa.string()), ("iso3", pa.string()), ("admin1", pa.string()),
                ("admin2", pa.string()), ("location", pa.string()),
                ("latitude", pa.float64()), ("longitude", pa.float64()),
                ("geo_precision", pa.int8()), ("source", pa.string()),
                ("fatalities", pa.int32()), ("injured", pa.int32()), ("notes", pa.string()),
                ("confidence", pa.float32()), ("geonameid", pa.int64()),
                ("evidence", pa.string()), ("claims", pa.string()),
                ("actors_not_normalised", pa.list_(pa.string())),
            ]
        )
        self.stream = stream
        self.writer = pq.ParquetWriter(stream, self.schema)
        self.pending: list[dict[str, Any]] = []

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            row = event.to_dict()
            row["event_date"] = event.event_date
            row["geonameid"] = event.geonameid
            row["evidence"] = _dumps(row["evidence"])
            row["claims"] = _dumps(row["claims"])
            self.pending.append(row)
        if len(self.pending) >= PARQUET_ROW_GROUP:
            self._write_group()

    def _write_group(self) -> None:
        if self.pending:
            table = self._pa.Table.from_pylist(self.pending, schema=self.schema)
            self.writer.write_table(table)
            self.pending = []

    def close(self) -> None:
        self._write_group()
        self.writer.close()
        self.stream.flush()


def open_writer(format: str, stream: TextIO | BinaryIO | IO[Any]) -> EventWriter:
    """An event writer for ``format`` (one of ``EVENT_FORMATS``) on ``stream``.

    Text formats accept text or binary streams (binary ones are written as
    UTF-8); parquet needs a binary stream or a text stream with a ``buffer``.
    Open files with ``newline=""`` so that CSV rows end as the csv module writes
    them. Raises ``WriterError`` for an unknown format or missing pyarrow.
    """
    if format == "jsonl":
        return JsonLinesEventWriter(stream)
    if format == "csv":
        return CsvEventWriter(stream)
    if format == "geojson":
        return GeoJsonEventWriter(stream)
    if format == "parquet":
        return ParquetEventWriter(_binary_stream(stream))
    raise WriterError(f"unknown event format {format!r} (choose from {', '.join(EVENT_FORMATS)})")


# -- place mentions ------------------------------------------------------------------------
class JsonLinesPlaceWriter(_JsonLinesWriter):
    def write(self, mentions: Iterable[PlaceMention]) -> None:
        self.write_dicts(m.to_dict() for m in mentions)


class CsvPlaceWriter(_CsvWriter):
    def __init__(self, stream: IO[Any]) -> None:
        super().__init__(stream, PLACE_COLUMNS)

    def write(self, mentions: Iterable[PlaceMention]) -> None:
        rows = ({k: ("" if v is None else v) for k, v in m.to_dict().items()} for m in mentions)
        self.write_rows(rows)


class GeoJsonPlaceWriter(_GeoJsonWriter):
    def write(self, mentions: Iterable[PlaceMention]) -> None:
        rows = (m.to_dict() for m in mentions)
        self.write_features((r["latitude"], r["longitude"], r) for r in rows)


def open_place_writer(format: str, stream: TextIO | BinaryIO | IO[Any]) -> PlaceWriter:
    """A place-mention writer for ``format`` (one of ``PLACE_FORMATS``)."""
    if format == "jsonl":
        return JsonLinesPlaceWriter(stream)
    if format == "csv":
        return CsvPlaceWriter(stream)
    if format == "geojson":
        return GeoJsonPlaceWriter(stream)
    raise WriterError(f"unknown place format {format!r} (choose from {', '.join(PLACE_FORMATS)})")


def open_output(path: str | None, binary: bool, stack: ExitStack) -> IO[Any]:
    """The output stream for a command: the ``--out`` file (written as we go,
    closed by ``stack``) or standard output."""
    if path is None or path == "-":
        if binary:
            if sys.stdout.isatty():
                raise WriterError("parquet is binary: give an output file with --out")
            return sys.stdout.buffer
        return sys.stdout
    if binary:
        return stack.enter_context(open(path, "wb"))  # noqa: SIM115
    return stack.enter_context(open(path, "w", encoding="utf-8", newline=""))  # noqa: SIM115
