"""ACLED notes scorer: gold parsing, primary-event choice and the metrics,
tested on hand-made rows and hand-made predictions (no pipeline quality involved)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from eventcoder.evaluate import acled
from eventcoder.pipeline import CodedDocument
from eventcoder.schema import Article, Event

ROW_CLASH = {
    "data_id": "A1",
    "event_date": "14-03-16",
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Kenya (2013-)",
    "actor2": "Al Shabaab",
    "inter1": "1",
    "inter2": "2",
    "admin1": "Lamu",
    "location": "Mpeketoni",
    "latitude": "-2.3900",
    "longitude": "40.6960",
    "geo_precision": "1",
    "fatalities": "3",
    "notes": "On 14 March 2016, soldiers exchanged fire with Al Shabaab gunmen near "
    "Mpeketoni in Lamu county; three militants died.",
}
ROW_PROTEST = {
    "data_id": "A2",
    "event_date": "02-07-18",
    "event_type": "Protests",
    "sub_event_type": "Peaceful protest",
    "actor1": "Protesters (Kenya)",
    "actor2": "",
    "inter1": "6",
    "inter2": "0",
    "admin1": "Murang'a",
    "location": "Kenol",
    "latitude": "-0.9990",
    "longitude": "37.1350",
    "geo_precision": "1",
    "fatalities": "0",
    "notes": "On 2 July 2018, traders in Kenol marched to the county offices over new market fees.",
}


def _event(**fields: object) -> Event:
    base: dict[str, object] = {
        "event_id": "e",
        "doc_id": "d",
        "event_date": None,
        "time_precision": None,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
    }
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def _write_rows(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "acled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_parse_acled_date_two_digit_years() -> None:
    assert acled.parse_acled_date("14-03-16") == dt.date(2016, 3, 14)
    assert acled.parse_acled_date("30-12-97") == dt.date(1997, 12, 30)
    assert acled.parse_acled_date("2019-12-31") == dt.date(2019, 12, 31)
    assert acled.parse_acled_date("") is None


def test_read_gold_types_and_limit(tmp_path: Path) -> None:
    path = _write_rows(tmp_path, [ROW_CLASH, ROW_PROTEST])
    golds = list(acled.read_gold(path))
    assert [g.data_id for g in golds] == ["A1", "A2"]
    assert golds[0].fatalities == 3 and golds[0].inter2 == 2
    assert golds[0].latitude == pytest.approx(-2.39)
    assert golds[1].actor2 == "" and golds[1].inter2 == 0
    assert [g.data_id for g in acled.read_gold(path, limit=1)] == ["A1"]


def test_normalise_admin_ignores_case_punctuation_and_suffix() -> None:
    assert acled.normalise_admin("Murang'a County") == acled.normalise_admin("muranga")
    assert acled.normalise_admin("Elgeyo-Marakwet") == acled.normalise_admin("Elgeyo Marakwet")
    assert acled.normalise_admin("Nairobi") != acled.normalise_admin("Nakuru")
    assert acled.normalise_admin(None) == ""


def test_actor_family_drops_only_the_period() -> None:
    assert acled.actor_family("Police Forces of Kenya (2002-2013)") == "Police Forces of Kenya"
    assert acled.actor_family("Police Forces of Kenya (2013-)") == "Police Forces of Kenya"
    assert acled.actor_family("Civilians (Kenya)") == "Civilians (Kenya)"


def test_primary_event_is_highest_confidence_then_earliest() -> None:
    first = _event(event_id="1", confidence=0.6)
    second = _event(event_id="2", confidence=0.9)
    third = _event(event_id="3", confidence=0.9)
    assert acled.primary_event([first, second, third]) is second
    assert acled.primary_event([first]) is first
    assert acled.primary_event([]) is None


def test_compare_a_fully_correct_prediction() -> None:
    gold = acled.gold_from_row(ROW_CLASH, 0)
    pred = _event(
        event_date=dt.date(2016, 3, 14),
        actor1="Military Forces of Kenya (2013-)", inter1=1,
        actor2="Al Shabaab", inter2=2,
        admin1="Lamu County", location="Mpeketoni",
        latitude=-2.40, longitude=40.70, geo_precision=1, fatalities=3, confidence=0.8,
    )
    c = acled.compare(gold, [pred])
    assert c.pred_sub_event_type == "Armed clash" and c.any_sub_event_match
    assert c.fatalities_match and c.date_match and c.admin1_match and c.location_name_match
    assert c.inter1_match and c.inter2_match and c.geo_precision_match
    assert c.distance_km is not None and c.distance_km < 2.0


def test_compare_uses_primary_event_not_best_match() -> None:
    gold = acled.gold_from_row(ROW_CLASH, 0)
    confident_wrong = _event(event_type="Violence against civilians", sub_event_type="Attack",
                             confidence=0.9)
    right_but_weak = _event(confidence=0.2)
    c = acled.compare(gold, [right_but_weak, confident_wrong])
    assert c.pred_sub_event_type == "Attack"
    assert c.any_sub_event_match  # the diagnostic still sees the right one
    assert c.n_events == 2


def test_compare_missing_actor2_matches_empty_gold_and_inter_zero() -> None:
    gold = acled.gold_from_row(ROW_PROTEST, 1)
    pred = _event(event_type="Protests", sub_event_type="Peaceful protest",
                  actor1="Protesters (Kenya)", inter1=6, actor2=None, inter2=None)
    c = acled.compare(gold, [pred])
    assert c.pred_actor2 == "" == c.gold_actor2
    assert c.inter2_match
    assert c.fatalities_match  # 0 == 0
    assert c.distance_km is None and not c.admin1_match


def test_aggregate_rates_over_all_notes_and_with_event() -> None:
    clash = acled.gold_from_row(ROW_CLASH, 0)
    protest = acled.gold_from_row(ROW_PROTEST, 1)
    pred_clash = _event(latitude=-2.39, longitude=40.90, fatalities=2,  # ~22.5 km east
                        actor1="Police Forces of Kenya (2013-)", inter1=1,
                        actor2="Al Shabaab", inter2=2)
    comparisons = [acled.compare(clash, [pred_clash, pred_clash]), acled.compare(protest, [])]
    result = acled.aggregate(comparisons)
    assert result["n_notes"] == 2 and result["notes_without_events"] == 1
    assert result["mean_events_per_note"] == pytest.approx(1.0)
    assert result["sub_event_type_accuracy"] == {"all": 0.5, "with_event": 1.0}
    assert result["fatalities_exact"]["all"] == 0.0
    assert result["location"]["within_25km"] == {"all": 0.5, "located": 1.0}
    assert result["actor1_exact"]["all"] == 0.0
    assert result["actor1_family"]["all"] == 0.0
    assert result["inter1_exact"]["with_event"] == 1.0  # same category, wrong actor
    assert result["actor2_exact"]["with_event"] == 1.0
    assert {"gold": "Military Forces of Kenya (2013-)",
            "pred": "Police Forces of Kenya (2013-)", "count": 1} in result["actor1_errors"]
    assert {"gold": "Protests", "pred": acled.NO_EVENT, "count": 1} in result[
        "event_type_confusions"
    ]
    assert result["location_by_gold_precision"] == {
        "1": {"n": 2, "within_25km": 0.5, "within_161km": 0.5}
    }
    assert result["notes_stating_a_year"] == 2  # both notes say "2016"/"2018"
    assert result["date_exact_among_notes_stating_a_year"] == 0.0
    json.dumps(result)  # JSON-able
    report = acled.format_report(result)
    assert "sub-event type accuracy" in report and "0.500" in report


def test_score_streams_notes_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """score() wires the notes through the pipeline once, without publication dates."""
    path = _write_rows(tmp_path, [ROW_CLASH, ROW_PROTEST])
    seen: list[Article] = []

    def fake_code_articles(articles: Iterable[Article]) -> Iterator[CodedDocument]:
        for article in articles:
            seen.append(article)
            events = (
                [_event(doc_id=article.doc_id, fatalities=3)] if article.doc_id == "A1" else []
            )
            yield CodedDocument(article=article, events=events, places=[])

    monkeypatch.setattr("eventcoder.pipeline.code_articles", fake_code_articles)
    result = acled.score(path)
    assert [a.doc_id for a in seen] == ["A1", "A2"]
    assert all(a.published is None for a in seen)
    assert seen[0].text.startswith("On 14 March 2016")
    assert result["n_notes"] == 2
    assert result["sub_event_type_accuracy"]["all"] == 0.5
    assert result["fatalities_exact"]["all"] == 0.5
    assert acled.headline(result)["sub_acc"] == 0.5


def test_acled_dev_data_scores_when_present(shared_data: Path) -> None:
    path = shared_data / acled.DEFAULT_DATA
    if not path.exists():
        pytest.skip("ACLED dev data absent")
    result = acled.score(path, limit=5)
    assert result["n_notes"] == 5
    assert 0.0 <= result["event_type_accuracy"]["all"] <= 1.0


def test_note_names_place_ignores_case_and_county_suffix() -> None:
    clash = acled.gold_from_row(ROW_CLASH, 0)  # names Mpeketoni and Lamu
    assert acled.note_names_place(clash)
    silent = acled.gold_from_row(
        {**ROW_CLASH, "notes": "Soldiers exchanged fire with militants."}, 0)
    assert not acled.note_names_place(silent)
    county_only = acled.gold_from_row(
        {**ROW_CLASH, "notes": "Gunmen attacked a bus in LAMU County."}, 0)
    assert acled.note_names_place(county_only)
    # A place name inside a longer word is not a mention.
    inside = acled.gold_from_row({**ROW_CLASH, "notes": "Lamurian traders protested."}, 0)
    assert not acled.note_names_place(inside)


def test_named_place_and_confidence_bands() -> None:
    clash = acled.gold_from_row(ROW_CLASH, 0)
    silent = acled.gold_from_row({**ROW_CLASH, "notes": "Soldiers exchanged fire."}, 1)
    right = _event(latitude=-2.39, longitude=40.70, admin1="Lamu", confidence=0.9)
    wrong = _event(sub_event_type="Attack", event_type="Violence against civilians",
                   confidence=0.5)
    result = acled.aggregate([acled.compare(clash, [right]), acled.compare(silent, [wrong])])
    assert result["named_place"]["n"] == 1
    assert result["named_place"]["within_25km"] == 1.0
    assert result["named_place"]["admin1_exact"] == 1.0
    assert result["location"]["within_25km"]["all"] == 0.5
    bands = result["confidence_bands"]
    assert bands[">=0.8"] == {"n": 1, "sub_event_type_precision": 1.0,
                              "event_type_precision": 1.0}
    assert bands["<0.8"]["n"] == 1 and bands["<0.8"]["sub_event_type_precision"] == 0.0
    report = acled.format_report(result)
    assert "notes naming the gold location or admin1: 1" in report
    assert "confidence >=0.8: 1 primary events" in report


def test_score_country_option_sets_and_restores_the_default_country(
    tmp_path: Path, country_while_coding: list[str | None]
) -> None:
    path = _write_rows(tmp_path, [ROW_PROTEST])
    during = country_while_coding
    result = acled.score(path, country="Kenya")
    assert during == ["Kenya"]
    assert result["country"] == "Kenya"
    assert "EVENTCODER_COUNTRY" not in os.environ
