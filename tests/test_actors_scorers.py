"""The re3d and RAMS actor scorers, on tiny fixtures written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.evaluate import rams_roles, re3d


def _write_lines(path: Path, rows: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


@pytest.fixture()
def re3d_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Source A"
    folder.mkdir()
    text = ("Syrian regime forces shelled rebel positions near Hama while Hezbollah fighters "
            "advanced.")
    _write_lines(folder / "documents.json", [{"_id": "D1", "text": text, "title": "t"}])

    def entity(value: str, kind: str = "Organisation") -> dict:
        begin = text.index(value)
        return {"_id": f"D1-{begin}", "begin": begin, "end": begin + len(value), "type": kind,
                "value": value, "documentId": "D1", "confidence": 1}

    ents = [entity("Syrian regime forces"), entity("rebel"), entity("Hezbollah fighters"),
            entity("Hama", "Location")]
    _write_lines(folder / "entities.json", ents)

    def relation(a: dict, b: dict, kind: str) -> dict:
        return {"_id": "r", "begin": 0, "end": 1, "sourceBegin": a["begin"],
                "sourceEnd": a["end"], "targetBegin": b["begin"], "targetEnd": b["end"],
                "type": kind, "documentId": "D1", "confidence": 1}

    _write_lines(folder / "relations.json", [
        relation(ents[0], ents[1], "FightingAgainst"),
        relation(ents[2], ents[0], "AlliesOf"),
        relation(ents[0], ents[3], "CoLocated"),
    ])
    return tmp_path


def test_re3d_gold_is_organisations_in_armed_relations(re3d_folder: Path) -> None:
    gold = re3d.gold_armed_actors(re3d_folder / "Source A")
    assert [g[2] for g in gold["D1"]] == ["Syrian regime forces", "rebel", "Hezbollah fighters"]


def test_re3d_score_counts_found_and_normalised(re3d_folder: Path) -> None:
    result = re3d.score(re3d_folder)
    assert result["gold_armed_actor_mentions"] == 3
    assert result["recall_found"] == 1.0
    names = dict(result["resolved_names"])
    assert names.get("Hezbollah") == 1
    assert names.get("Opposition Rebels (Syria)") == 1
    assert result["recall_normalised"] == 1.0
    assert "re3d armed actors" in re3d.format_report(result)


def test_rams_roles_scores_attacker_and_victim(tmp_path: Path) -> None:
    sentences = [["Gunmen", "killed", "three", "villagers", "in", "Zamfara", "."],
                 ["Police", "said", "the", "attackers", "fled", "."]]
    row = {
        "doc_key": "k1", "sentences": sentences,
        "evt_triggers": [[1, 1, [["life.die.deathcausedbyviolentevents", 1.0]]]],
        "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01killer"],
                           [[1, 1], [3, 3], "evt001arg02victim"],
                           [[1, 1], [5, 5], "evt001arg04place"]],
    }
    other = dict(row, doc_key="k2",
                 evt_triggers=[[1, 1, [["transaction.transfermoney.n/a", 1.0]]]])
    path = tmp_path / "dev.jsonlines"
    _write_lines(path, [row, other])
    result = rams_roles.score(path)
    assert result["events"] == 1  # the money transfer is not an attack event
    assert result["overlap"]["perpetrator"]["tp"] == 1
    assert result["overlap"]["target"]["tp"] == 1
    assert result["overlap"]["all"]["f1"] == 1.0
    assert "perpetrator" in rams_roles.format_report(result)


def test_scorers_refuse_missing_data(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        re3d.score(tmp_path / "absent")
    with pytest.raises(FileNotFoundError):
        rams_roles.score(tmp_path / "absent.jsonlines")


def test_scorers_on_shared_data(shared_data: Path) -> None:
    rams = shared_data / "rams" / "dev.jsonlines"
    if not rams.is_file():
        pytest.skip("RAMS dev data absent")
    result = rams_roles.score(rams, limit=20)
    assert result["events"] == 20
    assert 0.0 <= result["overlap"]["all"]["f1"] <= 1.0
