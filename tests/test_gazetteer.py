"""Gazetteer: name keys, the supplement's integrity, GeoNames import on fixtures."""

from __future__ import annotations

import io
import os
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from eventcoder.resolve import gazetteer as gz


def test_name_key_folds_accents_case_and_punctuation() -> None:
    assert gz.name_key("Deir ez-Zor") == "deir ez zor"
    assert gz.name_key("Ḩalab") == "halab"
    assert gz.name_key("Murang'a") == "muranga"
    assert gz.name_key("St. Louis") == "st louis"


def test_is_latin_name() -> None:
    assert gz.is_latin_name("Kafranbel")
    assert not gz.is_latin_name("حلب")
    assert not gz.is_latin_name("Route 66")


def test_cache_dir_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    assert gz.cache_dir() == tmp_path
    assert gz.index_path().parent == tmp_path
    assert gz.index_path().name.startswith("gazetteer-")


# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) of the countries the
# supplement covers: a typo in a coordinate puts a place outside its country.
BOXES = {
    "KE": (-4.8, 5.1, 33.9, 42.0), "SO": (-1.8, 12.1, 40.9, 51.5), "SY": (32.3, 37.4, 35.6, 42.5),
    "IQ": (29.0, 37.5, 38.7, 48.7), "AF": (29.3, 38.5, 60.4, 74.9), "YE": (12.0, 19.0, 42.5, 54.6),
    "LY": (19.5, 33.2, 9.3, 25.2), "SD": (8.6, 22.3, 21.8, 38.7), "SS": (3.4, 12.3, 23.4, 36.0),
    "NG": (4.2, 13.9, 2.6, 14.7), "MR": (14.7, 27.3, -17.1, -4.8), "CM": (1.6, 13.1, 8.4, 16.2),
    "CD": (-13.5, 5.4, 12.2, 31.4), "ET": (3.4, 15.0, 33.0, 48.0), "MZ": (-26.9, -10.4, 30.2, 41.0),
    "PS": (31.2, 32.6, 34.2, 35.6), "IL": (29.4, 33.4, 34.2, 35.9), "LB": (33.0, 34.7, 35.1, 36.7),
    "UA": (44.3, 52.4, 22.1, 40.3), "RU": (41.1, 82.0, 19.6, 180.0), "BD": (20.6, 26.7, 88.0, 92.7),
    "PH": (4.5, 21.2, 116.9, 126.7), "PK": (23.6, 37.1, 60.8, 77.9),
    "HT": (18.0, 20.1, -74.5, -71.6), "CO": (-4.3, 13.4, -79.1, -66.8),
    "BJ": (6.1, 12.5, 0.7, 3.9), "BO": (-22.9, -9.6, -69.7, -57.4),
    "BR": (-33.8, 5.3, -74.0, -34.7),
}


def test_supplement_integrity() -> None:
    entries = gz.load_place_data("supplement")
    assert len(entries) >= 100
    seen: set[str] = set()
    provinces = 0
    for entry in entries:
        assert set(entry) <= {"name", "aliases", "type", "lat", "lon", "country", "admin1",
                              "population", "town"}, entry
        assert entry["type"] in gz.SUPPLEMENT_FCODES, entry
        cc = entry["country"]
        if "lat" not in entry:
            # a province placed at its capital, a landmark at its city: the town must lie
            # in the entry's admin1
            assert entry["type"] in ("province", "landmark") and entry.get("town") \
                and entry.get("admin1")
            provinces += entry["type"] == "province"
            continue
        lat, lon = float(entry["lat"]), float(entry["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180
        box = BOXES[cc]
        assert box[0] <= lat <= box[1] and box[2] <= lon <= box[3], entry["name"]
        for name in [entry["name"], *entry.get("aliases", [])]:
            key = (gz.name_key(name), cc)
            assert key not in seen, f"duplicate name {name!r} in {cc}"
            seen.add(key)
    assert provinces >= 60


def test_admin1_data_integrity() -> None:
    data = gz.load_place_data("admin1")
    assert data["SY-HL"]["name"] == "Aleppo"
    for code, entry in data.items():
        assert code[:2].isalpha() and code[2] == "-", code
        assert entry.get("skip") or entry.get("name"), code


GEONAME_ROWS = [
    # geonameid, name, asciiname, alternatenames, lat, lon, fclass, fcode, cc, cc2,
    # admin1, admin2, admin3, admin4, population, elevation, dem, tz, modified
    ["9000001", "Kafr Testa", "Kafr Testa", "Kafar Testa,كفر", "35.6", "36.5", "P", "PPL", "SY",
     "", "12", "", "", "", "1500", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9000002", "Testa Province", "Testa Province", "", "35.8", "36.6", "A", "ADM1", "SY", "",
     "12", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9000003", "Some Stream", "Some Stream", "", "35.0", "36.0", "H", "STMI", "SY", "",
     "12", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9000004", "Testa Air Base", "Testa Air Base", "", "35.1", "36.1", "S", "AIRB", "SY", "",
     "12", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"],
]


def _write_fixture(folder: Path) -> list[Path]:
    txt = "\n".join("\t".join(r) for r in GEONAME_ROWS) + "\n"
    archive = folder / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("SY.txt", txt)
        zf.writestr("readme.txt", "not data")
    alternates = folder / "alternateNamesV2.txt"
    alternates.write_text(
        "1\t9000001\ten\tKafr Testah\t\t\t\t\t\t\n"
        "2\t9000001\tlink\thttps://example.org/x\t\t\t\t\t\t\n"
        "3\t9000001\t\tOld Testa\t\t\t\t1\t\t\n", encoding="utf-8")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("SY.12\tTesta\tTesta\t9000002\n", encoding="utf-8")
    return [archive, alternates, admin1]


def test_import_geonames_is_streaming_and_idempotent(tmp_path: Path) -> None:
    files = _write_fixture(tmp_path)
    db = tmp_path / "import.sqlite"
    progress = io.StringIO()
    first = gz.import_geonames(files, db, progress=progress)
    assert first == {"geoname": 3, "alternate": 1, "admin1": 1}  # the stream is skipped
    assert "SY.txt" in progress.getvalue()
    again = gz.import_geonames(files, db, progress=None)
    assert again == first
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM place").fetchone()[0] == 3
    keys = {k for (k,) in con.execute("SELECT key FROM name WHERE id = 9000001")}
    assert keys == {"kafr testa", "kafar testa", "kafr testah"}  # no script, link or historic
    assert con.execute("SELECT name FROM admin1 WHERE cc='SY' AND code='12'").fetchone() == (
        "Testa",)


def test_gazetteer_reads_imported_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "import.sqlite"
    gz.import_geonames(_write_fixture(tmp_path), db, progress=None)
    base = tmp_path / "base.sqlite"
    con = sqlite3.connect(base)
    con.executescript(gz.SCHEMA)
    con.execute("INSERT INTO country VALUES ('SY', 'SYR', 'Syria', 163843)")
    con.commit()
    con.close()
    gaz = gz.Gazetteer(base, db)
    found = gaz.lookup(["kafr testah", "nowhere"])
    assert list(found) == ["kafr testah"]
    place = gaz.to_place(found["kafr testah"][0])
    assert (place.name, place.country, place.iso3, place.admin1) == (
        "Kafr Testa", "Syria", "SYR", "Testa")
    assert place.geonameid == 9000001 and place.feature_code == "PPL"


def test_gazetteer_command_registers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    files = _write_fixture(tmp_path)
    parser = argparse.ArgumentParser()
    gz.add_commands(parser.add_subparsers())
    args = parser.parse_args(["gazetteer", "import", *map(str, files)])
    assert args.func(args) == 0
    assert (tmp_path / gz.IMPORT_DB).exists()
    missing = parser.parse_args(["gazetteer", "import", str(tmp_path / "nope.zip")])
    assert missing.func(missing) == 2


def test_only_long_unused_indexes_of_other_sources_are_removed(tmp_path: Path) -> None:
    current = tmp_path / "gazetteer-aaaa.sqlite"
    recent = tmp_path / "gazetteer-bbbb.sqlite"  # another version's, in use right now
    old = tmp_path / "gazetteer-cccc.sqlite"
    for path in (current, recent, old):
        path.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(current, (two_hours_ago, two_hours_ago))
    gz._remove_stale(current)
    assert current.exists() and recent.exists() and not old.exists()


def test_an_index_opened_again_is_kept(tmp_path: Path) -> None:
    # another version's process opened its index a moment ago: a build of this
    # version must not take it for an unused one
    current = tmp_path / "gazetteer-aaaa.sqlite"
    opened = tmp_path / "gazetteer-bbbb.sqlite"
    for path in (current, opened):
        path.write_bytes(b"x")
        two_hours_ago = time.time() - 7200
        os.utime(path, (two_hours_ago, two_hours_ago))
    gz.mark_in_use(opened)
    gz._remove_stale(current)
    assert opened.exists()


def test_kenya_units_integrity() -> None:
    data = gz.load_place_data("kenya_units")
    lat_min, lat_max, lon_min, lon_max = BOXES["KE"]
    gaz = gz.get_gazetteer()
    counties = {gz.name_key(name) for (cc, _), name in gaz.admin1_names.items() if cc == "KE"}
    assert len(counties) == 47
    constituencies = {entry["name"] for entry in data["constituencies"]}
    assert len(data["constituencies"]) == 290 == len(constituencies)
    for entry in data["constituencies"]:
        assert set(entry) <= {"name", "aliases", "county", "lat", "lon"}, entry
        assert lat_min <= float(entry["lat"]) <= lat_max, entry["name"]
        assert lon_min <= float(entry["lon"]) <= lon_max, entry["name"]
        assert gz.name_key(entry["county"]) in counties, entry["county"]
    assert len(data["wards"]) > 1200
    for entry in data["wards"]:
        assert set(entry) == {"names", "constituency"}, entry
        assert entry["constituency"] in constituencies, entry
        assert all(len(str(name)) >= 4 for name in entry["names"]), entry


def test_units_named_after_a_known_place_are_not_indexed_under_that_name() -> None:
    taken = {"turkana", "nakuru", "kisumu"}
    generic = {"east", "west", "town", "central"}
    assert gz._named_after("turkana east", taken, generic)
    assert gz._named_after("nakuru town west", taken, generic)
    assert gz._named_after("west kisumu", taken, generic)
    assert not gz._named_after("tigania east", taken, generic)
    assert not gz._named_after("turkana", taken, generic)


def test_kenyan_constituencies_and_wards_are_indexed() -> None:
    gaz = gz.get_gazetteer()
    found = gaz.lookup(["tigania east", "hulugho", "turkana east", "moyale"])
    (unit,) = [c for c in found["tigania east"] if c.cc == "KE"]
    assert unit.fcode == "ADM2" and gaz.admin1_names["KE", unit.admin1 or ""] == "Meru"
    (ward,) = [c for c in found["hulugho"] if c.cc == "KE"]
    assert ward.fcode == "ADM3" and gaz.admin1_names["KE", ward.admin1 or ""] == "Garissa"
    assert gaz.admin2_name("KE", ward.admin1, ward.admin2) == "Ijara"
    # Named after the county: left to the text resolver, not the unit's centroid.
    assert "turkana east" not in found
    # The town keeps its name; the constituency of the same name adds no reading.
    assert {c.fcode for c in found["moyale"] if c.cc == "KE"} == {"PPL"}


def test_a_unit_is_indexed_with_its_compass_word_on_either_side() -> None:
    compass = {"north", "central"}
    assert gz._unit_keys(["Central Imenti"], compass) == ["central imenti", "imenti central"]
    assert gz._unit_keys(["Kitutu Chache North"], compass) == [
        "kitutu chache north", "north kitutu chache"]
    assert gz._unit_keys(["Saku"], compass) == ["saku"]
    found = gz.get_gazetteer().lookup(["imenti central"])["imenti central"]
    assert [c.name for c in found if c.cc == "KE"] == ["Central Imenti"]
