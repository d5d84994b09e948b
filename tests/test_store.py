"""The event store, against SQLite and a real PostgreSQL server (same behaviour)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import fixtures_store
import pytest
from fixtures_store import make_article, make_mention

from eventcoder.merge import merge_mentions
from eventcoder.schema import Article, Event
from eventcoder.store import EventQuery, open_store, text_hash
from eventcoder.store.migrations import MIGRATIONS
from eventcoder.store.sql import SqlStore

# fixtures: a fresh SQLite file, and a database on a real PostgreSQL server
pg_server = fixtures_store.pg_server
store_url = fixtures_store.store_url

BAIDOA_A = ("Al Shabaab fighters attacked an army base in Baidoa on Tuesday, killing seven "
            "soldiers, police said.")
BAIDOA_B = ("Seven soldiers died when Al Shabaab stormed a military base in Baidoa "
            "overnight. A military officer said nine soldiers were killed.")
BAIDOA_OTHER = ("Unidentified gunmen shot dead two traders at a market in Baidoa on Tuesday, "
                "residents said.")


def coded(text: str, doc_id: str, mentions_spec: list[dict[str, object]],
          url: str | None = None) -> tuple[Article, list[Event]]:
    article = make_article(text, doc_id=doc_id, published="2019-05-15", url=url)
    mentions = [make_mention(text, doc_id=doc_id, **spec) for spec in mentions_spec]  # type: ignore[arg-type]
    return article, merge_mentions(mentions, article)


def base_attack(doc: str, text: str, trigger: str, fatalities: int, source: str,
                date: str = "2019-05-14") -> dict[str, object]:
    return {"trigger": trigger, "sub_event_type": "Armed clash", "actor1": "shabaab",
            "actor2": "somalia_army", "place": "Baidoa", "date": date,
            "fatalities": fatalities, "sources": (source,),
            "claims": (("fatalities", fatalities, source),)}


def test_schema_is_versioned_and_migrations_apply_once(store_url: str) -> None:
    store = open_store(store_url)
    assert store.schema_version() == MIGRATIONS[-1].version
    store.close()
    again = open_store(store_url)  # reopening applies nothing twice
    assert again.schema_version() == MIGRATIONS[-1].version
    assert isinstance(again, SqlStore)
    rows = again._execute("SELECT version, name FROM schema_migrations ORDER BY version"
                          ).fetchall()
    assert [int(r[0]) for r in rows] == [m.version for m in MIGRATIONS]
    again.close()


def test_one_article_stores_its_rows_and_reingest_changes_nothing(store_url: str) -> None:
    store = open_store(store_url)
    article, events = coded(BAIDOA_A, "a", [base_attack("a", BAIDOA_A, "attacked", 7,
                                                         "Police Forces of Somalia")],
                            url="https://example.org/a")
    result = store.add_article(article, events)
    assert (result.skipped, result.new_events, result.merged_events) == (False, 1, 0)
    counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 1 and counts["event_reports"] == 1
    assert counts["claims"] == 1 and counts["evidence"] >= 2
    assert store.has_article(article)
    # same text again, and same URL with edited text: both skipped
    assert store.add_article(article, events).skipped
    edited = Article("a-v2", BAIDOA_A + " Updated.", url="https://example.org/a")
    assert store.add_article(edited, []).skipped
    same_text_other_id = Article("copy", "  " + BAIDOA_A.replace(" ", "  ") + "\n")
    assert store.add_article(same_text_other_id, events).skipped  # whitespace-normalised hash
    assert store.counts() == counts
    store.close()


def test_reports_of_one_incident_merge_across_documents(store_url: str) -> None:
    store = open_store(store_url)
    first = coded(BAIDOA_A, "a", [base_attack("a", BAIDOA_A, "attacked", 7,
                                              "Police Forces of Somalia")])
    second = coded(BAIDOA_B, "b", [
        {**base_attack("b", BAIDOA_B, "stormed", 9, "Military Forces of Somalia (2012-)"),
         "date": "2019-05-15"},  # one day off: a night-time attack dated by its morning
    ])
    other = coded(BAIDOA_OTHER, "c", [{
        "trigger": "shot dead", "sub_event_type": "Attack", "actor1": "uag_somalia",
        "actor2": "civ_somalia", "place": "Baidoa", "date": "2019-05-14", "fatalities": 2}])
    store.add_article(*first)
    result = store.add_article(*second)
    assert (result.new_events, result.merged_events) == (0, 1)
    assert store.add_article(*other).new_events == 1  # same city and day, other actor pair
    events = list(store.events())
    assert len(events) == 2
    attack = next(e for e in events if e.sub_event_type == "Armed clash")
    assert attack.event_id == first[1][0].event_id  # the first report's id is kept
    assert attack.fatalities == 7  # lowest credible figure across sources
    assert attack.event_date == dt.date(2019, 5, 14)
    assert {e.doc_id for e in attack.evidence} == {"a", "b"}
    assert sorted(c.value for c in attack.claims if c.field == "fatalities") == [7, 9]
    assert attack.source == "Police Forces of Somalia; Military Forces of Somalia (2012-)"
    assert attack.notes is not None and "reported 9" in attack.notes
    assert attack.latitude == pytest.approx(3.1138) and attack.longitude == pytest.approx(43.6498)
    store.close()


def test_one_document_never_merges_two_of_its_incidents_into_one(store_url: str) -> None:
    store = open_store(store_url)
    store.add_article(*coded(BAIDOA_A, "a", [base_attack("a", BAIDOA_A, "attacked", 7,
                                                         "Police Forces of Somalia")]))
    text = ("Al Shabaab attacked an army base in Baidoa on Tuesday. Later Al Shabaab attacked "
            "the army base again, residents said.")
    article = make_article(text, doc_id="d", published="2019-05-15")
    # the document itself keeps two incidents apart (e.g. the coder saw two attacks)
    events = [merge_mentions([make_mention(text, doc_id="d", occurrence=i,
                                           **base_attack("d", text, "attacked", 3, "Residents"))],
                             article)[0] for i in (0, 1)]
    result = store.add_article(article, events)
    assert (result.new_events, result.merged_events) == (1, 1)
    assert store.counts()["events"] == 2
    store.close()


def test_export_filters(store_url: str) -> None:
    store = open_store(store_url)
    store.add_article(*coded(BAIDOA_A, "a", [base_attack("a", BAIDOA_A, "attacked", 7,
                                                         "Police Forces of Somalia")]))
    text = "Troops clashed with Islamic State fighters in Aleppo on Sunday."
    store.add_article(*coded(text, "s", [{
        "trigger": "clashed", "sub_event_type": "Armed clash", "actor1": "syria_army",
        "actor2": "islamic_state", "place": "Aleppo", "date": "2019-05-12"}]))
    protest = "Protesters marched in Maiduguri."
    store.add_article(*coded(protest, "p", [{
        "trigger": "marched", "sub_event_type": "Peaceful protest",
        "actor1": "protesters_nga", "place": "Maiduguri"}]))
    every = list(store.events())
    assert [e.location for e in every] == ["Aleppo", "Baidoa", "Maiduguri"]  # undated last
    assert [e.location for e in store.events(EventQuery(country="som"))] == ["Baidoa"]
    assert [e.location for e in store.events(EventQuery(country="Syria"))] == ["Aleppo"]
    assert [e.location for e in store.events(EventQuery(event_type="battles"))] == [
        "Aleppo", "Baidoa"]
    assert [e.location for e in store.events(EventQuery(event_type="Peaceful protest"))] == [
        "Maiduguri"]
    window = EventQuery(date_from=dt.date(2019, 5, 13), date_to=dt.date(2019, 5, 31))
    assert [e.location for e in store.events(window)] == ["Baidoa"]
    store.close()


def test_a_failure_inside_an_article_leaves_nothing_written(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(store_url)
    text = ("Al Shabaab attacked an army base in Baidoa on Tuesday. Gunmen shot dead two "
            "traders in Mogadishu on Tuesday.")
    article = make_article(text, doc_id="x")
    events = merge_mentions([
        make_mention(text, doc_id="x", **base_attack("x", text, "attacked", 3, "Police")),
        make_mention(text, "shot dead", "Attack", doc_id="x", actor1="uag_somalia",
                     actor2="civ_somalia", place="Mogadishu", date="2019-05-14", fatalities=2),
    ], article)
    assert len(events) == 2
    calls = {"n": 0}
    original = SqlStore._insert_report

    def fail_on_second(self: SqlStore, *args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SqlStore, "_insert_report", fail_on_second)
    with pytest.raises(RuntimeError):
        store.add_article(article, events)
    assert set(store.counts().values()) == {0}
    assert not store.has_article(article)
    monkeypatch.setattr(SqlStore, "_insert_report", original)
    assert store.add_article(article, events).new_events == 2
    assert store.counts()["event_reports"] == 2
    store.close()


def test_round_trip_keeps_every_field(store_url: str) -> None:
    store = open_store(store_url)
    article, events = coded(BAIDOA_A, "a", [{
        **base_attack("a", BAIDOA_A, "attacked", 7, "Police Forces of Somalia"),
        "injured": 4, "geo_precision": 2, "claims": (("fatalities", 7, "Police Forces of Somalia"),
                                                     ("injured", 4, None))}])
    store.add_article(article, events)
    [stored] = list(store.events())
    original = events[0].to_dict()
    assert stored.to_dict() == original
    assert text_hash(article.text) == text_hash(" " + article.text)
    store.close()


def test_unknown_url_scheme_is_a_clear_error() -> None:
    from eventcoder.store import StoreError

    with pytest.raises(StoreError, match="unsupported database URL"):
        open_store("mysql://nobody@localhost/db")


def test_one_day_apart_merges_only_for_a_night_time_incident(store_url: str) -> None:
    store = open_store(store_url)
    night = ("Al Shabaab fighters attacked an army base in Baidoa overnight, killing three "
             "soldiers, police said.")
    store.add_article(*coded(night, "n", [base_attack("n", night, "attacked", 3, "Police")]))
    # the stored report says "overnight": a report dated the next day is the same incident
    store.add_article(*coded(BAIDOA_A, "m", [base_attack("m", BAIDOA_A, "attacked", 7,
                                                         "Police", date="2019-05-15")]))
    assert store.counts()["events"] == 1
    # two days later, with nothing said about the night: a new incident
    store.add_article(*coded(BAIDOA_A + " More.", "o", [base_attack(
        "o", BAIDOA_A, "attacked", 2, "Police", date="2019-05-16")]))
    assert store.counts()["events"] == 2
    store.close()


def test_database_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "team.db"
    monkeypatch.setenv("EVENTCODER_DB", f"sqlite:///{target}")
    store = open_store(None)
    assert store.url == f"sqlite:///{target}" and target.is_file()
    store.close()


def test_an_older_database_is_migrated_forward_keeping_its_rows(store_url: str) -> None:
    # A database written by version 1 (no claims.victim_group): opening it applies the
    # later migrations, keeps its rows, and a new report of the same incident recombines
    # with the old one, whose figure has no victim group.
    fixtures_store.write_version1_database(store_url, *coded(BAIDOA_A, "a", [base_attack(
        "a", BAIDOA_A, "attacked", 7, "Police Forces of Somalia")]))
    store = open_store(store_url)
    assert store.schema_version() == MIGRATIONS[-1].version
    assert store.counts()["events"] == 1
    old, = store.events()
    assert old.fatalities == 7 and [c.group for c in old.claims] == [None]
    result = store.add_article(*coded(BAIDOA_B, "b", [base_attack("b", BAIDOA_B, "stormed", 7,
                                                                  "Reuters")]))
    assert result.merged_events == 1 and store.counts()["events"] == 1
    merged, = store.events()
    assert {(c.source, c.group) for c in merged.claims if c.field == "fatalities"} == {
        ("Police Forces of Somalia", None), ("Reuters", None)}
    store.close()


def test_victim_groups_of_stored_figures_add_up_when_reports_recombine(store_url: str) -> None:
    # One report counts the soldiers, another the attackers: different sides add up,
    # also after the store recombines the reports of two documents.
    store = open_store(store_url)
    first = coded(BAIDOA_A, "a", [base_attack("a", BAIDOA_A, "attacked", 7,
                                              "Police Forces of Somalia")])
    text = ("Al Shabaab fighters attacked an army base in Baidoa on Tuesday. The army said "
            "it killed 12 of the attackers.")
    second = coded(text, "b", [base_attack("b", text, "attacked", 12,
                                           "Military Forces of Somalia (2012-)")])
    for claim in first[1][0].claims:
        claim.group = "state"
    for claim in second[1][0].claims:
        claim.group = "armed"
    store.add_article(*first)
    assert store.add_article(*second).merged_events == 1
    [event] = list(store.events())
    assert sorted((c.value, c.group) for c in event.claims if c.field == "fatalities") == [
        (7, "state"), (12, "armed")]
    assert event.fatalities == 19
    store.close()
