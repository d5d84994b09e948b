"""Readers: every supported input, and every kind of bad input as a ReadError."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from eventcoder.io.readers import parse_published, read_paths
from eventcoder.schema import Article, ReadError

PUBLISHED = dt.date(2016, 3, 15)
REPORT = (
    "BAIDOA, Somalia, March 15 -\n\n"
    "A roadside bomb killed four soldiers near Baidoa on Sunday, police said.\n"
)


def read(*paths: str | Path, max_chars: int = 1_000_000, stdin: bytes | None = None,
         encoding: str | None = None) -> list[Article | ReadError]:
    return list(
        read_paths(
            [str(p) for p in paths],
            default_published=PUBLISHED,
            max_chars=max_chars,
            encoding=encoding,
            stdin=io.BytesIO(stdin) if stdin is not None else None,
        )
    )


def only_error(items: list[Article | ReadError]) -> ReadError:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, ReadError), item
    return item


def only_article(items: list[Article | ReadError]) -> Article:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, Article), item
    return item


def jsonl(path: Path, *lines: object) -> Path:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


# -- plain text ---------------------------------------------------------------------------
def test_txt_file_is_one_article_named_by_its_file(tmp_path: Path) -> None:
    path = tmp_path / "baidoa.txt"
    path.write_text(REPORT, encoding="utf-8")
    article = only_article(read(path))
    assert article.doc_id == "baidoa.txt"
    assert article.text == REPORT  # the dateline line is kept as text, offsets match the file
    assert article.published == PUBLISHED


def test_utf8_bom_is_dropped_and_utf16_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + REPORT.encode())
    (tmp_path / "wide.txt").write_bytes(REPORT.encode("utf-16"))
    first, second = read(tmp_path / "bom.txt", tmp_path / "wide.txt")
    assert isinstance(first, Article) and first.text == REPORT
    assert isinstance(second, Article) and second.text == REPORT


def test_binary_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    error = only_error(read(path))
    assert error.where == str(path)
    assert error.reason == "binary file (NUL byte at offset 9), not text"


def test_undecodable_file_is_reported_with_the_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Protesters gathered in Kisumu's caf\u00e9 district.".encode("cp1252"))
    error = only_error(read(path))
    assert error.where == str(path)
    assert error.reason.startswith("not valid UTF-8 (byte 0xe9 at offset 35)")


def test_known_legacy_encoding_can_be_given(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Troops entered Ras al-\u2018Ayn.".encode("cp1252"))
    article = only_article(read(path, encoding="cp1252"))
    assert article.text == "Troops entered Ras al-\u2018Ayn."


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty document (no text)"), (b" \n\t\n", "empty document (whitespace only)")],
)
def test_empty_documents_are_reported(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert only_error(read(path)).reason == reason


def test_document_over_the_character_limit_is_reported_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 150, encoding="utf-8")
    error = only_error(read(path, max_chars=100))
    assert error.reason == "document is 150 characters, over the limit of 100"


def test_file_far_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 200)  # 1,000 bytes > 4 bytes x 100 characters
    error = only_error(read(path, max_chars=100))
    assert error.reason == "file is 1,000 bytes, over the limit of 100 characters"


def test_missing_path_and_unsupported_extension_are_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    missing, unsupported = read(tmp_path / "absent.txt", tmp_path / "notes.docx")
    assert missing == ReadError(str(tmp_path / "absent.txt"), "no such file or directory")
    assert isinstance(unsupported, ReadError)
    assert unsupported.reason.startswith("unsupported file type '.docx' (supported: .txt,")


# -- JSON lines ----------------------------------------------------------------------------
def test_jsonl_records_carry_their_metadata(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "batch.jsonl",
        {"id": "a1", "text": REPORT, "published": "2016-03-14", "source": "Wire",
         "url": "https://example.org/a1", "title": "Bomb near Baidoa"},
        "",
        {"id": 7, "text": "Gunmen abducted 30 villagers.",
         "published": "2021-06-13T22:10:00+01:00"},
        {"text": "Police fired tear gas.", "published": "Thu, 13 Jul 2023 09:00:00 GMT"},
        {"id": "d", "text": "No date here."},
    )
    a, b, c, d = read(path)
    assert a == Article("a1", REPORT, dt.date(2016, 3, 14), "Wire", "https://example.org/a1",
                        "Bomb near Baidoa")
    assert isinstance(b, Article) and (b.doc_id, b.published) == ("7", dt.date(2021, 6, 13))
    # No id: the file name and line number (blank line 2 still counts).
    assert isinstance(c, Article) and (c.doc_id, c.published) == ("batch.jsonl:4",
                                                                  dt.date(2023, 7, 13))
    assert isinstance(d, Article) and d.published == PUBLISHED  # the default


def test_jsonl_html_field_is_converted_to_text(tmp_path: Path) -> None:
    page = ("<html><head><title>Clashes</title></head><body><nav>Home | World</nav>"
            "<p>Rebels and troops clashed near Souran.</p><p>Nine died.</p></body></html>")
    path = jsonl(tmp_path / "pages.jsonl", {"id": "p", "html": page})
    article = only_article(read(path))
    assert article.text == "Rebels and troops clashed near Souran.\n\nNine died."
    assert article.title == "Clashes"


def test_bad_json_lines_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "ok1", "text": "Air strikes hit Khan Shaykhun."},
        '{"id": "broken", "text": "unterminated',
        '["a", "list"]',
        {"id": "no-text", "title": "Only a title"},
        {"id": "number", "text": 42},
        {"id": "bad-date", "text": "Clashes.", "published": "2016-02-30"},
        {"id": "date-number", "text": "Clashes.", "published": 20160215},
        {"id": "bad-source", "text": "Clashes.", "source": ["a"]},
        {"id": "blank", "text": "   "},
        {"id": "ok2", "text": "Police arrested 14 people."},
    )
    items = read(path)
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    errors = {e.where: e.reason for e in items if isinstance(e, ReadError)}
    where = str(path)
    assert errors == {
        f"{where}:2": "malformed JSON: Unterminated string starting at (column 26)",
        f"{where}:3": "expected a JSON object, got an array",
        f"{where}:4": "no 'text' or 'html' field (fields: id, title)",
        f"{where}:5": "'text' must be a string, got a number",
        f"{where}:6": "'published': invalid date '2016-02-30': expected YYYY-MM-DD, "
                      "an ISO 8601 timestamp or an RFC 2822 date",
        f"{where}:7": "'published' must be a date string, got a number",
        f"{where}:8": "'source' must be a string, got an array",
        f"{where}:9": "empty document (whitespace only)",
    }
    # Errors come in input order, between the articles around them.
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)


def test_jsonl_record_over_the_limit_is_reported_with_its_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "big.jsonl", {"id": "big", "text": "y" * 120},
                 {"id": "small", "text": "ok"})
    big, small = read(path, max_chars=100)
    assert big == ReadError(f"{path}:1", "document is 120 characters, over the limit of 100")
    assert isinstance(small, Article)


def test_jsonl_undecodable_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "fine"}\n')
    bad, good = read(path)
    assert isinstance(bad, ReadError) and bad.where == f"{path}:1"
    assert bad.reason.startswith("not valid UTF-8 (byte 0xe9")
    assert isinstance(good, Article) and good.doc_id == "b"


def test_gzipped_jsonl_is_read_and_a_corrupt_one_reported(tmp_path: Path) -> None:
    good = tmp_path / "dump.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "z1", "text": "Shelling hit the town."}) + "\n")
    bad = tmp_path / "broken.jsonl.gz"
    bad.write_bytes(b"this is not gzip")
    article, error = read(good, bad)
    assert isinstance(article, Article) and article.doc_id == "z1"
    assert isinstance(error, ReadError) and error.where == str(bad)
    assert error.reason.startswith("not a gzip file")


# -- directories ------------------------------------------------------------------------------
def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b_somalia.txt").write_text("Bomb near Baidoa.", encoding="utf-8")
    (tmp_path / "a_kenya.htm").write_text("<p>Tear gas in Kisumu.</p>", encoding="utf-8")
    (tmp_path / "2021").mkdir()
    (tmp_path / "2021" / "zamfara.txt").write_text("Gunmen abducted villagers.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped: not a supported type", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped: hidden", encoding="utf-8")
    jsonl(tmp_path / "c.jsonl", {"id": "j1", "text": "Clashes near Souran."})
    items = read(tmp_path)
    assert [i.doc_id for i in items if isinstance(i, Article)] == [
        "2021/zamfara.txt", "a_kenya.htm", "b_somalia.txt", "j1",
    ]
    assert not [i for i in items if isinstance(i, ReadError)]


def test_directory_without_supported_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("nothing to code", encoding="utf-8")
    error = only_error(read(tmp_path))
    assert error.where == str(tmp_path)
    assert error.reason.startswith("directory has no supported files")


def test_reading_is_lazy_and_in_input_order(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("One.", encoding="utf-8")
    later = tmp_path / "later.txt"
    stream = read_paths([str(first), str(later)], default_published=None)
    item = next(stream)
    assert isinstance(item, Article) and item.doc_id == "first.txt"
    later.write_text("Written after the first document was read.", encoding="utf-8")
    item = next(stream)
    assert isinstance(item, Article) and item.text.startswith("Written after")


# -- stdin -----------------------------------------------------------------------------------
def test_stdin_json_lines_are_detected() -> None:
    data = b'\n{"id": "s1", "text": "Clashes."}\nnot json\n{"id": "s2", "text": "Arrests."}\n'
    s1, bad, s2 = read("-", stdin=data)
    assert isinstance(s1, Article) and s1.doc_id == "s1"
    assert bad == ReadError("<stdin>:3", "malformed JSON: Expecting value (column 1)")
    assert isinstance(s2, Article) and s2.doc_id == "s2"


def test_stdin_plain_text_is_one_document() -> None:
    article = only_article(read("-", stdin=REPORT.encode()))
    assert (article.doc_id, article.text, article.published) == ("stdin", REPORT, PUBLISHED)


def test_stdin_html_page_is_converted() -> None:
    page = b"<!DOCTYPE html><html><body><p>Police fired tear gas.</p></body></html>"
    article = only_article(read("-", stdin=page))
    assert article.text == "Police fired tear gas."


def test_empty_and_binary_stdin_are_reported() -> None:
    assert only_error(read("-", stdin=b"")) == ReadError("<stdin>", "empty document (no text)")
    assert only_error(read("-", stdin=b"\x89PNG\r\n\x1a\n\x00\x00")).reason.startswith(
        "binary file"
    )


# -- dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-03-15", dt.date(2016, 3, 15)),
        ("2016-03-15T23:30:00Z", dt.date(2016, 3, 15)),
        ("2016-03-15T01:30:00+03:00", dt.date(2016, 3, 15)),  # the publisher's own date
        ("Tue, 15 Mar 2016 08:00:00 +0000", dt.date(2016, 3, 15)),
    ],
)
def test_parse_published_accepts_common_forms(text: str, expected: dt.date) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "15/03/2016", "2016-13-01", ""])
def test_parse_published_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        parse_published(text)
