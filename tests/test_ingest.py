"""`eventcoder ingest` and `export`, and an ingest killed mid-batch (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import fixtures_store
import pytest
from fixtures_store import make_article, make_mention

from eventcoder.cli import main
from eventcoder.merge import merge_mentions
from eventcoder.schema import ACLED_COLUMNS, Article
from eventcoder.store import open_store

pg_server = fixtures_store.pg_server
store_url = fixtures_store.store_url

TESTS = Path(__file__).resolve().parent
MERGE_SET = TESTS / "data" / "merge"
SET_ARTICLES = len((MERGE_SET / "articles.jsonl").read_text().splitlines())
SET_INCIDENTS = len({inc["incident"] for line in (MERGE_SET / "gold.jsonl").read_text().splitlines()
                     for inc in json.loads(line)["incidents"]})

REPORT_ONE = """\
MOGADISHU, Somalia - Al Shabaab fighters attacked an army base near Baidoa on Sunday,
killing seven soldiers, police said. The militants fired mortars before storming the gate.
"""
REPORT_TWO = """\
BEIRUT - An air strike killed nine civilians at a market in the Syrian town of Saraqib on
Monday, the Syrian Observatory for Human Rights said.
"""


def _write_inputs(tmp_path: Path) -> list[str]:
    one, two, bad = tmp_path / "baidoa.txt", tmp_path / "saraqib.txt", tmp_path / "scan.txt"
    one.write_text(REPORT_ONE, encoding="utf-8")
    two.write_text(REPORT_TWO, encoding="utf-8")
    bad.write_bytes(b"%PDF-1.4\x00\x00binary")
    return [str(one), str(two), str(bad)]


def test_ingest_reports_bad_documents_and_reruns_skip_stored_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ingest.db"
    paths = _write_inputs(tmp_path)
    assert main(["ingest", *paths, "--db", f"sqlite:///{db}", "--published", "2023-03-06"]) == 1
    err = capsys.readouterr().err
    assert "scan.txt" in err and "1 of 3 documents failed" in err
    assert "2 articles stored, 0 already stored" in err
    store = open_store(str(db))
    first = store.counts()
    assert first["articles"] == 2
    store.close()
    # the rerun codes nothing again and changes nothing
    assert main(["ingest", *paths[:2], "--db", f"sqlite:///{db}"]) == 0
    assert "0 articles stored, 2 already stored" in capsys.readouterr().err
    store = open_store(str(db))
    assert store.counts() == first
    store.close()


def test_ingest_defaults_to_events_db_in_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = _write_inputs(tmp_path)
    assert main(["ingest", paths[0]]) == 0
    assert (tmp_path / "events.db").is_file()


def test_bad_database_url_is_a_usage_error(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", "mysql://x@localhost/y"]) == 2
    assert "unsupported database URL" in capsys.readouterr().err


def _fill(url: str) -> None:
    store = open_store(url)
    baidoa = "Al Shabaab fighters attacked an army base in Baidoa on Sunday, police said."
    aleppo = "Troops clashed with Islamic State fighters in Aleppo on Saturday."
    for text, doc, spec in (
        (baidoa, "b", {"trigger": "attacked", "sub_event_type": "Armed clash",
                       "actor1": "shabaab", "actor2": "somalia_army", "place": "Baidoa",
                       "date": "2019-05-12", "fatalities": 7, "sources": ("Police",)}),
        (aleppo, "a", {"trigger": "clashed", "sub_event_type": "Armed clash",
                       "actor1": "syria_army", "actor2": "islamic_state", "place": "Aleppo",
                       "date": "2019-05-11", "fatalities": 3}),
    ):
        article = make_article(text, doc_id=doc)
        store.add_article(article, merge_mentions([make_mention(text, doc_id=doc, **spec)],  # type: ignore[arg-type]
                                                  article))
    store.close()


def test_export_csv_has_acled_columns_and_filters(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    _fill(url)
    out = tmp_path / "events.csv"
    assert main(["export", "--db", url, "--format", "csv", "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ())[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
        rows = list(reader)
    assert [(r["event_date"], r["location"], r["iso"], r["fatalities"]) for r in rows] == [
        ("2019-05-11", "Aleppo", "SYR", "3"), ("2019-05-12", "Baidoa", "SOM", "7")]
    assert rows[1]["interaction"] == "12" and rows[1]["sub_event_type"] == "Armed clash"
    assert main(["export", "--db", url, "--format", "csv", "--out", str(out),
                 "--country", "Somalia"]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 2  # header + Baidoa
    assert main(["export", "--db", url, "--format", "jsonl", "--out", str(out),
                 "--from", "2019-05-12", "--to", "2019-05-12", "--type", "Battles"]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    event = json.loads(line)
    assert event["location"] == "Baidoa" and event["evidence"][0]["doc_id"] == "b"
    assert main(["export", "--db", url, "--from", "2019-05-13", "--to", "2019-05-12"]) == 2


def test_export_geojson_and_parquet(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    _fill(url)
    out = tmp_path / "events.geojson"
    assert main(["export", "--db", url, "--format", "geojson", "--out", str(out)]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    coords = [f["geometry"]["coordinates"] for f in collection["features"]]
    assert coords == [[37.1343, 36.2021], [43.6498, 3.1138]]
    pyarrow = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed")
    parquet = tmp_path / "events.parquet"
    assert main(["export", "--db", url, "--format", "parquet", "--out", str(parquet)]) == 0
    table = pyarrow.read_table(parquet)
    assert table.num_rows == 2
    assert table.column("location").to_pylist() == ["Aleppo", "Baidoa"]


# --------------------------------------------------------------------------- kill mid-batch

COPIES = 4  # the merge test set, four times over (different ids, dates a week apart)

DRIVER = textwrap.dedent('''
    """Run `eventcoder ingest` with the gold (oracle) coding instead of the NLP pipeline,
    optionally slowed down inside each article's transaction."""
    import sys, time
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    import eventcoder.pipeline as pipeline
    from eventcoder.evaluate import merge as merge_eval
    from eventcoder.merge import merge_mentions
    from eventcoder.store.sql import SqlStore

    data, delay, url = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
    _, gold, places = merge_eval.load(data)

    def no_nlp(articles, n_process=1, batch_size=64):
        for a in articles:
            yield None, a

    def oracle(doc, a, policy=None):
        mentions = [merge_eval._oracle_mention(a, s, places) for s in gold.get(a.doc_id, [])]
        return pipeline.CodedDocument(a, merge_mentions(mentions, a), [])

    pipeline.annotate = no_nlp
    pipeline.code_doc = oracle
    insert = SqlStore._insert_report

    def slow_insert(self, *args):
        insert(self, *args)
        time.sleep(delay)  # widen the window in which a kill lands mid-transaction

    SqlStore._insert_report = slow_insert
    from eventcoder.cli import main
    sys.exit(main(["ingest", str(data / "articles.jsonl"), "--db", url]))
''')


def _corpus(tmp_path: Path, copies: int = COPIES) -> Path:
    """The merge set repeated: new ids, URLs, texts and dates per copy (new incidents)."""
    data = tmp_path / f"corpus{copies}"
    data.mkdir()
    articles = [json.loads(x) for x in (MERGE_SET / "articles.jsonl").read_text().splitlines()]
    gold = [json.loads(x) for x in (MERGE_SET / "gold.jsonl").read_text().splitlines()]
    with (data / "articles.jsonl").open("w") as fa, (data / "gold.jsonl").open("w") as fg:
        for k in range(copies):
            shift = dt.timedelta(days=7 * k)
            for rec in articles:
                fa.write(json.dumps({**rec, "id": f"{rec['id']}-{k}", "url": f"{rec['url']}/{k}",
                                     "text": f"{rec['text']} (Edition {k}.)"}) + "\n")
            for rec in gold:
                incidents = [{**inc, "incident": f"{inc['incident']}-{k}",
                              "date": (dt.date.fromisoformat(inc["date"]) + shift).isoformat()}
                             for inc in rec["incidents"]]
                fg.write(json.dumps({"doc_id": f"{rec['doc_id']}-{k}",
                                     "incidents": incidents}) + "\n")
    (data / "places.json").write_text((MERGE_SET / "places.json").read_text())
    return data


def _run_driver(tmp_path: Path, data: Path, url: str, delay: float) -> subprocess.Popen[bytes]:
    script = tmp_path / "driver.py"
    script.write_text(DRIVER.format(tests=str(TESTS)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, str(script), str(data), str(delay), url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _consistent(url: str) -> dict[str, int]:
    """Every stored article has all its reports; every event all its reports counted."""
    from eventcoder.store.sql import SqlStore

    store = open_store(url)
    assert isinstance(store, SqlStore)
    bad_articles = store._execute(
        "SELECT COUNT(*) FROM articles a WHERE a.n_events <> "
        "(SELECT COUNT(*) FROM event_reports r WHERE r.article_id = a.id)").fetchone()[0]
    bad_events = store._execute(
        "SELECT COUNT(*) FROM events e WHERE e.n_reports <> "
        "(SELECT COUNT(*) FROM event_reports r WHERE r.event_row = e.id)").fetchone()[0]
    counts = store.counts()
    store.close()
    assert (bad_articles, bad_events) == (0, 0)
    return counts


def _export(url: str) -> dict[str, dict[str, object]]:
    store = open_store(url)
    events = {e.event_id: e.to_dict() for e in store.events()}
    store.close()
    return events


def test_killed_ingest_resumes_without_loss_or_duplicates(
        tmp_path: Path, store_url: str, request: pytest.FixtureRequest) -> None:
    data = _corpus(tmp_path)
    n_articles = COPIES * SET_ARTICLES
    # reference: one uninterrupted run into a second database of the same kind
    if store_url.startswith("sqlite"):
        reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    else:
        reference_url = request.getfixturevalue("pg_server").create_database("reference")
    done = _run_driver(tmp_path, data, reference_url, 0.0)
    _, err = done.communicate(timeout=300)
    assert done.returncode == 0, err.decode()
    reference = _consistent(reference_url)
    assert reference["articles"] == n_articles
    assert reference["events"] == COPIES * SET_INCIDENTS  # the oracle merges perfectly

    victim = _run_driver(tmp_path, data, store_url, 0.03)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.2)
        try:
            stored = open_store(store_url).counts()["articles"]
        except Exception:  # the schema may not exist yet
            continue
        if stored >= 25:
            break
    assert victim.poll() is None, "the ingest finished before it could be killed"
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    interrupted = _consistent(store_url)  # nothing half-written
    assert 25 <= interrupted["articles"] < n_articles

    again = _run_driver(tmp_path, data, store_url, 0.0)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"{interrupted['articles']} already stored" in err.decode()
    assert _consistent(store_url) == reference  # nothing lost, nothing duplicated
    assert _export(store_url) == _export(reference_url)


def test_two_ingesters_at_once_store_each_article_and_incident_once(
        tmp_path: Path, store_url: str, request: pytest.FixtureRequest) -> None:
    data = _corpus(tmp_path, copies=2)
    if store_url.startswith("sqlite"):
        reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    else:
        reference_url = request.getfixturevalue("pg_server").create_database("reference2")
    alone = _run_driver(tmp_path, data, reference_url, 0.0)
    assert alone.wait(timeout=300) == 0
    open_store(store_url).close()  # create the schema first: the race under test is ingest
    first = _run_driver(tmp_path, data, store_url, 0.005)
    second = _run_driver(tmp_path, data, store_url, 0.005)
    assert first.wait(timeout=300) == 0 and second.wait(timeout=300) == 0
    counts = _consistent(store_url)
    assert counts["articles"] == 2 * SET_ARTICLES
    assert counts == _consistent(reference_url)
    # incidents are the same (which process stored a report first may differ)
    def key(e: dict[str, object]) -> tuple[object, ...]:
        return (e["event_date"], e["location"], e["sub_event_type"], e["actor1"], e["actor2"],
                e["fatalities"])
    assert sorted(map(key, _export(store_url).values())) == sorted(
        map(key, _export(reference_url).values()))


def test_a_document_that_fails_to_code_is_reported_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import eventcoder.pipeline as pipeline

    def no_nlp(articles: object, n_process: int = 1, batch_size: int = 64) -> object:
        return ((None, a) for a in articles)  # type: ignore[attr-defined]

    def code_doc(doc: object, article: Article, policy: object = None) -> object:
        if "saraqib" in article.doc_id:
            raise ValueError("a bug in some stage")
        return pipeline.CodedDocument(article, [], [])

    monkeypatch.setattr(pipeline, "annotate", no_nlp)
    monkeypatch.setattr(pipeline, "code_doc", code_doc)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    paths = _write_inputs(tmp_path)[:2]
    assert main(["ingest", *paths, "--db", db]) == 1
    err = capsys.readouterr().err
    assert "saraqib.txt: not stored: ValueError: a bug in some stage" in err
    store = open_store(db)
    assert store.counts()["articles"] == 1  # the other document was stored
    store.close()
