"""Documents in, ``Article`` objects out: .txt, .html, .jsonl, feeds, directories, stdin.

``read_paths`` streams in input order and never raises for bad input: a
document that cannot be read becomes a ``ReadError(where, reason)`` in the
stream (``where`` is the path, or ``path:line`` for a JSON-lines record) and
the stream goes on. Rules (see also README "Input"):

- Text is UTF-8 (a UTF-8 BOM is dropped; UTF-16/32 with a BOM are read too).
  Anything else is reported as not UTF-8 with the offending byte and offset,
  never guessed: a wrong guess silently corrupts names and places. Pass
  ``encoding`` (CLI ``--encoding``) to read a known legacy encoding. HTML pages
  that declare a charset in a ``<meta>`` are decoded with it.
- A file with NUL bytes is binary (PDF, image, archive) and is reported.
- Empty or whitespace-only documents, and documents longer than ``max_chars``
  characters (the parser's memory limit), are reported with their size.
- JSON lines: a malformed line, a line that is not an object, a missing or
  non-string ``text``/``html`` field, or a non-string ``source``/``url``/
  ``title`` is reported as ``path:line``. Blank lines are skipped.
- ``published``: a record's date that cannot be parsed fails that record
  (it is not coded with a guessed date: every relative date in it would be
  wrong). Accepted forms: YYYY-MM-DD, ISO 8601 timestamps, RFC 2822 dates (RSS).
  A date in an HTML page's metadata that cannot be parsed is ignored (pages
  carry messy metadata) and the default date is used instead.
- RSS/Atom feeds (``.rss``, ``.atom``, or ``.xml`` named explicitly): one
  article per item, see ``eventcoder.io.feeds``; an item is ``path:item N``.
- Files found in a directory get the path relative to that directory as
  ``doc_id`` (the file name for top-level files); an explicit file's ``doc_id``
  is its file name. Unsupported files inside a directory are skipped; an
  explicit path with an unsupported extension is reported.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventcoder.io.feeds import FeedError, feed_date, iter_feed
from eventcoder.io.html import parse_html
from eventcoder.schema import Article, ReadError

__all__ = [
    "MAX_CHARS",
    "STDIN",
    "SUPPORTED_SUFFIXES",
    "UnreadableText",
    "decode_text",
    "parse_published",
    "read_paths",
]

# Over this many characters a document is refused (reported, not coded):
# spaCy's parser needs about 1 GB per 100,000 characters.
MAX_CHARS = 1_000_000
STDIN = "-"
STDIN_WHERE = "<stdin>"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
FEED_SUFFIXES = (".rss", ".atom")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
# Read only when named explicitly: many .xml files are not feeds.
EXPLICIT_FEED_SUFFIX = ".xml"

# A UTF-8 character is at most 4 bytes: a text file over 4 x max_chars bytes is
# over the limit without reading it. HTML carries markup: allow more raw bytes.
_TEXT_BYTES_PER_CHAR = 4
_HTML_BYTES_PER_CHAR = 16
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.I | re.S)
_FEED_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.S)


class UnreadableText(ValueError):
    """Bytes that are not readable text; the message says why."""


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """The text of a file's bytes (see the module's encoding rules)."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError as exc:
            raise UnreadableText(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise UnreadableText(
                f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableText(f"not valid {codec.upper()} ({exc.reason})") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise UnreadableText(f"binary file (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableText(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 or give its encoding with --encoding"
        ) from exc


def _decode_html(data: bytes, encoding: str | None) -> str:
    if encoding:
        return decode_text(data, encoding)
    try:
        return decode_text(data)
    except UnreadableText:
        declared = _DECLARED_CHARSET.search(data[:4096])
        if not declared:
            raise
        charset = declared.group(1).decode("ascii").lower()
        if charset in {"utf-8", "utf8"}:
            raise
        return decode_text(data, charset)


def parse_published(value: str) -> dt.date:
    """A publication date: YYYY-MM-DD, an ISO 8601 timestamp or an RFC 2822 date.

    A timestamp gives the date as written (the publisher's local date).
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(
        f"invalid date {value!r}: expected YYYY-MM-DD, an ISO 8601 timestamp "
        "or an RFC 2822 date"
    )


def _too_long(n_chars: int, max_chars: int) -> str:
    return f"document is {n_chars:,} characters, over the limit of {max_chars:,}"


def _check_text(text: str, max_chars: int) -> str | None:
    """Why this text cannot be coded, or None when it can."""
    if not text.strip():
        return "empty document (no text)" if not text else "empty document (whitespace only)"
    if len(text) > max_chars:
        return _too_long(len(text), max_chars)
    return None


class _Reader:
    """The shared settings of one read; one method per kind of input."""

    def __init__(
        self,
        default_published: dt.date | None,
        max_chars: int,
        encoding: str | None,
        stdin: BinaryIO | None,
    ) -> None:
        self.default_published = default_published
        self.max_chars = max_chars
        self.encoding = encoding
        self.stdin = stdin

    # -- dispatch ---------------------------------------------------------------
    def read(self, arg: str) -> Iterator[Article | ReadError]:
        if arg == STDIN:
            yield from self.read_stdin()
            return
        path = Path(arg)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield ReadError(arg, exc.strerror or str(exc))
            return
        if not exists:
            yield ReadError(arg, "no such file or directory")
        elif is_dir:
            yield from self.read_directory(path, arg)
        elif not _suffix_of(path, explicit=True):
            supported = ", ".join(SUPPORTED_SUFFIXES)
            yield ReadError(
                arg, f"unsupported file type '{path.suffix or path.name}' (supported: {supported})"
            )
        else:
            yield from self.read_file(path, arg, doc_id=path.name)

    def read_directory(self, root: Path, where: str) -> Iterator[Article | ReadError]:
        """Supported files under ``root``, sorted by their relative path."""
        found: list[tuple[str, Path]] = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                path = Path(dirpath) / name
                if not name.startswith(".") and _suffix_of(path):
                    found.append((path.relative_to(root).as_posix(), path))
        if not found:
            supported = ", ".join(SUPPORTED_SUFFIXES)
            yield ReadError(where, f"directory has no supported files ({supported})")
        for doc_id, path in sorted(found):
            yield from self.read_file(path, str(path), doc_id=doc_id)

    def read_file(self, path: Path, where: str, doc_id: str) -> Iterator[Article | ReadError]:
        suffix = _suffix_of(path, explicit=True)
        if suffix in FEED_SUFFIXES or suffix == EXPLICIT_FEED_SUFFIX:
            try:
                with open(path, "rb") as stream:
                    yield from self.read_feed(stream, where, path.name)
            except OSError as exc:
                yield ReadError(where, _os_reason(exc))
            return
        try:
            if suffix in JSONL_SUFFIXES:
                opener = gzip.open if suffix.endswith(".gz") else open
                with opener(path, "rb") as stream:
                    yield from self.read_jsonl(stream, where, default_id_prefix=path.name)
                return
            html = suffix in HTML_SUFFIXES
            limit = self.max_chars * (_HTML_BYTES_PER_CHAR if html else _TEXT_BYTES_PER_CHAR)
            size = path.stat().st_size
            if size > limit:
                yield ReadError(
                    where,
                    f"file is {size:,} bytes, over the limit of {self.max_chars:,} characters",
                )
                return
            data = path.read_bytes()
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield ReadError(where, _os_reason(exc))
            return
        yield self.article_from_bytes(data, where, doc_id, html=html)

    # -- one document from bytes -------------------------------------------------
    def article_from_bytes(
        self, data: bytes, where: str, doc_id: str, *, html: bool
    ) -> Article | ReadError:
        try:
            text = _decode_html(data, self.encoding) if html else decode_text(data, self.encoding)
        except UnreadableText as exc:
            return ReadError(where, str(exc))
        if html:
            return self.article_from_html(text, where, doc_id)
        problem = _check_text(text, self.max_chars)
        if problem:
            return ReadError(where, problem)
        return Article(doc_id=doc_id, text=text, published=self.default_published)

    def article_from_html(
        self,
        markup: str,
        where: str,
        doc_id: str,
        *,
        published: dt.date | None = None,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> Article | ReadError:
        if not markup.strip():
            return ReadError(where, "empty document (no HTML)")
        page = parse_html(markup)
        if not page.text.strip():
            return ReadError(where, "no text left after removing the HTML markup")
        if len(page.text) > self.max_chars:
            return ReadError(where, _too_long(len(page.text), self.max_chars))
        if published is None and page.published:
            try:
                published = parse_published(page.published)
            except ValueError:
                published = None  # page metadata is unreliable: fall back to the default
        return Article(
            doc_id=doc_id,
            text=page.text,
            published=published or self.default_published,
            source=source or page.source,
            url=url or page.url,
            title=title or page.title,
        )

    # -- feeds ------------------------------------------------------------------
    def read_feed(self, stream: BinaryIO, where: str, name: str) -> Iterator[Article | ReadError]:
        try:
            for item in iter_feed(stream):
                item_where = f"{where}:item {item.number}"
                text = item.text()
                problem = _check_text(text, self.max_chars)
                if problem:
                    yield ReadError(item_where, problem)
                    continue
                yield Article(
                    doc_id=item.guid or item.link or f"{name}:item {item.number}",
                    text=text,
                    published=feed_date(item.published) or self.default_published,
                    source=item.channel_title,
                    url=item.link,
                    title=item.title,
                )
        except FeedError as exc:
            yield ReadError(where, str(exc))

    # -- JSON lines -------------------------------------------------------------
    def read_jsonl(
        self,
        stream: BinaryIO | gzip.GzipFile,
        where: str,
        default_id_prefix: str,
        first: tuple[int, bytes] | None = None,
    ) -> Iterator[Article | ReadError]:
        # JSON escapes and HTML markup take several bytes per character of text.
        lines = _numbered_lines(stream, self.max_chars * _HTML_BYTES_PER_CHAR)
        if first is not None:
            lines = _chain_first(first, lines)
        for lineno, line in lines:
            line_where = f"{where}:{lineno}"
            if line is None:
                yield ReadError(line_where, f"line is over the limit of {self.max_chars:,} "
                                            "characters")
                continue
            if not line.strip():
                continue
            yield self.article_from_json_line(line, line_where, f"{default_id_prefix}:{lineno}")

    def article_from_json_line(self, line: bytes, where: str, default_id: str
                               ) -> Article | ReadError:
        try:
            record = json.loads(decode_text(line, self.encoding).rstrip("\r\n"))
        except UnreadableText as exc:
            return ReadError(where, str(exc))
        except json.JSONDecodeError as exc:
            return ReadError(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
        if not isinstance(record, dict):
            return ReadError(where, f"expected a JSON object, got {_json_type(record)}")
        raw_id = record.get("id")
        if raw_id is None or raw_id == "":
            doc_id = default_id
        elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
            doc_id = str(raw_id)
        else:
            return ReadError(
                where, f"'id' must be a string or an integer, got {_json_type(raw_id)}"
            )
        meta: dict[str, str | None] = {}
        for key in ("source", "url", "title"):
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                return ReadError(where, f"'{key}' must be a string, got {_json_type(value)}")
            meta[key] = value or None
        published: dt.date | None = None
        raw_published = record.get("published")
        if raw_published not in (None, ""):
            if not isinstance(raw_published, str):
                return ReadError(
                    where, f"'published' must be a date string, got {_json_type(raw_published)}"
                )
            try:
                published = parse_published(raw_published)
            except ValueError as exc:
                return ReadError(where, f"'published': {exc}")
        is_html = record.get("text") is None and "html" in record
        field_name = "html" if is_html else "text"
        body = record.get(field_name)
        if body is None:
            keys = ", ".join(sorted(record)[:8]) or "none"
            return ReadError(where, f"no 'text' or 'html' field (fields: {keys})")
        if not isinstance(body, str):
            return ReadError(where, f"'{field_name}' must be a string, got {_json_type(body)}")
        if is_html:
            return self.article_from_html(
                body, where, doc_id, published=published, source=meta["source"],
                url=meta["url"], title=meta["title"],
            )
        problem = _check_text(body, self.max_chars)
        if problem:
            return ReadError(where, problem)
        return Article(
            doc_id=doc_id,
            text=body,
            published=published or self.default_published,
            source=meta["source"],
            url=meta["url"],
            title=meta["title"],
        )

    # -- stdin ------------------------------------------------------------------
    def read_stdin(self) -> Iterator[Article | ReadError]:
        """JSON lines when the first non-blank line starts with '{', else one document."""
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        limit = self.max_chars * _HTML_BYTES_PER_CHAR
        lines = _numbered_lines(stream, limit)
        head: list[bytes] = []
        for lineno, line in lines:
            if line is None:
                yield ReadError(f"{STDIN_WHERE}:{lineno}", "input is over the size limit")
                return
            if not line.strip():
                head.append(line)
                continue
            if line.lstrip().startswith(b"{"):
                yield from self.read_jsonl(stream, STDIN_WHERE, "stdin", first=(lineno, line))
                return
            head.append(line)
            break
        rest = stream.read(limit + 1 - sum(map(len, head)))
        data = b"".join(head) + rest
        if len(data) > limit:
            yield ReadError(STDIN_WHERE, f"input is over {limit:,} bytes, the limit for "
                                         f"{self.max_chars:,} characters")
            return
        try:
            text = decode_text(data, self.encoding)
        except UnreadableText as exc:
            yield ReadError(STDIN_WHERE, str(exc))
            return
        if _FEED_START.match(text):
            yield from self.read_feed(io.BytesIO(data), STDIN_WHERE, "stdin")
            return
        if _HTML_START.match(text):
            yield self.article_from_html(text, STDIN_WHERE, "stdin")
            return
        problem = _check_text(text, self.max_chars)
        if problem:
            yield ReadError(STDIN_WHERE, problem)
            return
        yield Article(doc_id="stdin", text=text, published=self.default_published)


def read_paths(
    paths: Sequence[str],
    *,
    default_published: dt.date | None,
    max_chars: int = MAX_CHARS,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | ReadError]:
    """Articles (or read errors) from files, directories and ``-`` (stdin), in order.

    ``default_published`` is the publication date of documents that carry none.
    ``encoding`` forces a text encoding (default: UTF-8, see the module notes).
    ``stdin`` replaces ``sys.stdin.buffer`` (tests).
    """
    reader = _Reader(default_published, max_chars, encoding, stdin)
    for arg in paths:
        yield from reader.read(arg)


# -- helpers ---------------------------------------------------------------------------
def _suffix_of(path: Path, explicit: bool = False) -> str | None:
    """The supported suffix of ``path`` (``explicit``: the user named this file)."""
    name = path.name.lower()
    if explicit and name.endswith(EXPLICIT_FEED_SUFFIX) and len(name) > 4:
        return EXPLICIT_FEED_SUFFIX
    # Longest first, so that ".jsonl.gz" wins over a plain ".gz".
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    return None


def _numbered_lines(stream: BinaryIO | gzip.GzipFile | io.BufferedReader, max_bytes: int
                    ) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) from a binary stream; None for a line over max_bytes.

    Reads at most max_bytes + 1 bytes at a time, so one huge line cannot
    exhaust memory; its remainder is skipped.
    """
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def _chain_first(first: tuple[int, bytes], rest: Iterator[tuple[int, bytes | None]]
                 ) -> Iterator[tuple[int, bytes | None]]:
    """The already-read first line, then the rest numbered after it."""
    yield first
    offset = first[0]
    for lineno, line in rest:
        yield lineno + offset, line


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, gzip.BadGzipFile):
        return f"not a gzip file ({exc})"
    if isinstance(exc, EOFError):
        return "compressed file is truncated"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc)
