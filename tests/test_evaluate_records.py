"""The scorers' shared JSON-lines reader: what it yields and what it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.evaluate import case2021, typing_corpus
from eventcoder.evaluate.records import dataset_files, json_lines


def test_records_carry_their_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": 1}\n\n   \n{"id": 2}\n', encoding="utf-8")
    assert list(json_lines(path)) == [(path, 1, {"id": 1}), (path, 4, {"id": 2})]


def test_malformed_line_is_reported_and_the_rest_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": 1}\n{"id": 2,\n{"id": 3}\n', encoding="utf-8")
    assert [record["id"] for _, _, record in json_lines(path)] == [1, 3]
    err = capsys.readouterr().err
    assert f"{path}:2: malformed JSON line skipped" in err


def test_byte_order_mark_is_not_part_of_the_first_record(tmp_path: Path) -> None:
    path = tmp_path / "entities.json"
    path.write_bytes(b'\xef\xbb\xbf{"value": "Hezbollah"}\n')
    assert [record for _, _, record in json_lines(path)] == [{"value": "Hezbollah"}]


def test_a_folder_gives_its_matching_files_in_name_order(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a.jsonl", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in dataset_files(tmp_path, "*.jsonl")] == ["a.jsonl", "b.jsonl"]
    assert dataset_files(tmp_path / "b.jsonl", "*.jsonl") == [tmp_path / "b.jsonl"]


def test_case_reader_keeps_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "case.jsonl"
    rows = [f'{{"id": {i}, "text": "t{i}", "label": "none"}}' for i in range(5)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [row["id"] for row in case2021.read(path, limit=2)] == ["0", "1"]
    assert len(list(case2021.read(path))) == 5


def test_typing_corpus_names_the_line_of_an_unknown_label(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('\n{"text": "Gunmen fired on a bus.", "label": "Shootout"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"corpus\.jsonl:2: unknown label 'Shootout'"):
        typing_corpus.read(path)
