"""Event and place writers: parse every format back and check the values."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from eventcoder.io.writers import (
    EXTRA_CSV_COLUMNS,
    WriterError,
    open_place_writer,
    open_writer,
)
from eventcoder.schema import (
    ACLED_COLUMNS,
    Claim,
    Event,
    Evidence,
    Place,
    PlaceMention,
)

SENTENCE = "A roadside bomb killed four soldiers and wounded 11 near Baidoa on Sunday, police said."


def baidoa_event() -> Event:
    evidence = Evidence("somalia.txt", 0, len(SENTENCE), SENTENCE, "trigger")
    return Event(
        event_id="somalia.txt-1",
        doc_id="somalia.txt",
        event_date=dt.date(2016, 3, 13),
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group (Somalia)",
        inter1=8,
        actor2="Military Forces of Somalia (2012-2017)",
        inter2=1,
        interaction=18,
        country="Somalia",
        iso3="SOM",
        admin1="Bay",
        location="Baidoa",
        latitude=3.11383,
        longitude=43.6498,
        geo_precision=2,
        source="Police Forces of Somalia",
        fatalities=4,
        injured=11,
        notes="A roadside bomb killed 4 soldiers near Baidoa.",
        confidence=0.9,
        evidence=[evidence],
        claims=[Claim("fatalities", 4, "Police Forces of Somalia", evidence)],
        geonameid=64013,
    )


def unplaced_event() -> Event:
    """An event whose place was not resolved: no coordinates, non-ASCII names."""
    return Event(
        event_id="syria.txt-2",
        doc_id="syria.txt",
        event_date=None,
        time_precision=None,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Syria (2000-)",
        actor2="Opposition Rebels (Syria)",
        location="Şūrān",
        fatalities=15,
    )


def test_jsonl_writes_one_contract_object_per_line() -> None:
    out = io.StringIO()
    writer = open_writer("jsonl", out)
    writer.write([baidoa_event()])
    writer.write([])
    writer.write([unplaced_event()])
    writer.close()
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [baidoa_event().to_dict(),
                                                    unplaced_event().to_dict()]
    assert "Şūrān" in lines[1]  # written as text, not \\u escapes
    first = json.loads(lines[0])
    assert first["event_date"] == "2016-03-13" and first["fatalities"] == 4
    assert first["evidence"] == [{"doc_id": "somalia.txt", "start": 0, "end": len(SENTENCE),
                                  "text": SENTENCE, "field": "trigger"}]


def test_csv_has_acled_columns_first_then_the_extras() -> None:
    out = io.StringIO(newline="")
    writer = open_writer("csv", out)
    writer.write([baidoa_event(), unplaced_event()])
    writer.close()
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS + EXTRA_CSV_COLUMNS
    assert reader.fieldnames[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)  # type: ignore[index]
    baidoa, souran = list(reader)
    assert baidoa["event_id_cnty"] == "somalia.txt-1"
    assert baidoa["event_date"] == "2016-03-13" and baidoa["year"] == "2016"
    assert baidoa["sub_event_type"] == "Remote explosive/landmine/IED"
    assert (baidoa["latitude"], baidoa["longitude"]) == ("3.11383", "43.6498")
    assert (baidoa["fatalities"], baidoa["injured"]) == ("4", "11")
    assert baidoa["iso"] == "SOM" and baidoa["doc_id"] == "somalia.txt"
    assert baidoa["geonameid"] == "64013" and baidoa["confidence"] == "0.9"
    assert json.loads(baidoa["evidence"])[0]["text"] == SENTENCE
    assert json.loads(baidoa["claims"])[0]["value"] == 4
    assert souran["event_date"] == "" and souran["latitude"] == ""
    assert souran["location"] == "Şūrān"


def test_csv_without_events_is_just_the_header() -> None:
    out = io.StringIO()
    writer = open_writer("csv", out)
    writer.close()
    assert out.getvalue().splitlines() == [",".join(ACLED_COLUMNS + EXTRA_CSV_COLUMNS)]


def test_geojson_is_one_valid_feature_collection() -> None:
    out = io.StringIO()
    writer = open_writer("geojson", out)
    writer.write([baidoa_event()])
    writer.write([unplaced_event()])
    writer.close()
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    baidoa, souran = collection["features"]
    assert baidoa["type"] == "Feature"
    assert baidoa["geometry"] == {"type": "Point", "coordinates": [43.6498, 3.11383]}  # lon, lat
    assert baidoa["properties"]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert baidoa["properties"]["fatalities"] == 4
    assert souran["geometry"] is None  # still written: it is still an event
    assert souran["properties"]["location"] == "Şūrān"


def test_geojson_without_events_is_an_empty_collection() -> None:
    out = io.StringIO()
    writer = open_writer("geojson", out)
    writer.close()
    writer.close()  # idempotent: no second closing bracket
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_each_write_reaches_the_file_before_close(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"events.{fmt}"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = open_writer(fmt, stream)
        writer.write([baidoa_event()])
        # A crash here (no close) must keep the event already written.
        assert "somalia.txt-1" in path.read_text(encoding="utf-8")
        writer.close()


def test_binary_stream_gets_utf8_and_stays_open() -> None:
    out = io.BytesIO()
    writer = open_writer("jsonl", out)
    writer.write([unplaced_event()])
    writer.close()
    assert not out.closed
    assert json.loads(out.getvalue().decode("utf-8"))["location"] == "Şūrān"


def test_unknown_format_is_a_writer_error() -> None:
    with pytest.raises(WriterError, match="unknown event format 'xml'"):
        open_writer("xml", io.StringIO())
    with pytest.raises(WriterError, match="unknown place format 'parquet'"):
        open_place_writer("parquet", io.StringIO())


def test_parquet_without_pyarrow_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    with pytest.raises(WriterError, match=r"pip install 'eventcoder\[parquet\]'"):
        open_writer("parquet", io.BytesIO())


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="pyarrow not installed")
def test_parquet_round_trip(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    with open(path, "wb") as stream:
        writer = open_writer("parquet", stream)
        writer.write([baidoa_event(), unplaced_event()])
        writer.close()
    rows = pq.read_table(path).to_pylist()
    assert [r["event_id"] for r in rows] == ["somalia.txt-1", "syria.txt-2"]
    assert rows[0]["event_date"] == dt.date(2016, 3, 13) and rows[1]["event_date"] is None
    assert rows[0]["latitude"] == pytest.approx(3.11383) and rows[1]["latitude"] is None
    assert json.loads(rows[0]["evidence"])[0]["start"] == 0


def baidoa_mentions() -> list[PlaceMention]:
    place = Place("Baidoa", 3.11383, 43.6498, "Somalia", "SOM", admin1="Bay",
                  geonameid=64013, feature_code="PPLA")
    return [
        PlaceMention("somalia.txt", 56, 62, "Baidoa", place, 0.9),
        PlaceMention("somalia.txt", 120, 129, "Burhakaba", None, 0.0),
    ]


def test_place_mentions_jsonl_and_geojson() -> None:
    out = io.StringIO()
    writer = open_place_writer("jsonl", out)
    writer.write(baidoa_mentions())
    writer.close()
    resolved, unresolved = (json.loads(line) for line in out.getvalue().splitlines())
    assert resolved == {"doc_id": "somalia.txt", "start": 56, "end": 62, "text": "Baidoa",
                        "name": "Baidoa", "latitude": 3.11383, "longitude": 43.6498,
                        "geonameid": 64013, "feature_code": "PPLA", "country": "Somalia",
                        "admin1": "Bay"}
    assert unresolved["text"] == "Burhakaba" and unresolved["latitude"] is None

    geo = io.StringIO()
    geo_writer = open_place_writer("geojson", geo)
    geo_writer.write(baidoa_mentions())
    geo_writer.close()
    features = json.loads(geo.getvalue())["features"]
    assert features[0]["geometry"]["coordinates"] == [43.6498, 3.11383]
    assert features[1]["geometry"] is None


def test_place_mentions_csv() -> None:
    out = io.StringIO()
    writer = open_place_writer("csv", out)
    writer.write(baidoa_mentions())
    writer.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["text"] for r in rows] == ["Baidoa", "Burhakaba"]
    assert rows[0]["admin1"] == "Bay" and rows[1]["name"] == ""
