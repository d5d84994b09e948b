"""HTML pages to article text, with the page's title and publication date.

Uses the standard library's ``html.parser`` (tolerant of broken markup, no
dependency). The text keeps the page's paragraphs, one per block element,
separated by blank lines; scripts, styles, navigation, headers, footers,
asides and forms are dropped. When the page has an ``<article>`` element with
enough text, only the longest one is kept (else ``<main>`` when it has enough
text), which leaves out sidebars, teaser cards and "related stories" lists
that would otherwise be coded as events.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

__all__ = ["HtmlPage", "parse_html"]

# Elements whose whole content is page furniture, never article text.
_SKIPPED = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
        "form", "button", "select", "option", "svg", "iframe", "object", "canvas",
        "figcaption", "menu", "dialog", "head",
    }
)
# Elements that end a paragraph (the text on each side belongs to different blocks).
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "br", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
        "figure", "hr", "address", "body", "html", "title",
    }
)
# Void elements have no end tag: they must not open a skipped region.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)
# <meta> names/properties that carry the publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
# An <article> with less text than this is a teaser card, not the story.
_MIN_ARTICLE_CHARS = 200
_SPACES = re.compile(r"\s+")
# A block with at least this share of its characters inside links is navigation.
_LINK_SHARE = 0.6


@dataclass(slots=True)
class HtmlPage:
    """What an HTML page says: its text and the metadata found in its head."""

    text: str
    title: str | None = None
    published: str | None = None  # as written in the page (parsed by the reader)
    source: str | None = None  # og:site_name
    url: str | None = None  # canonical link or og:url


@dataclass(slots=True)
class _Block:
    parts: list[str] = field(default_factory=list)
    article: int = 0  # which outermost <article> holds it (1, 2, ...); 0: none
    in_main: bool = False  # inside <main> or role="main"
    link_chars: int = 0  # characters inside <a> elements


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._current = _Block()
        self._skip_depth = 0  # > 0 while inside a skipped element
        self._skip_stack: list[str] = []
        self._link_depth = 0
        self._article_depth = 0
        self._article_count = 0
        # The element that opened a main region, and how many same-name elements
        # are open inside it (so that a nested </div> does not close it).
        self._main_stack: list[list[Any]] = []
        self._in_title = False
        self._in_json_ld = False
        self._json_ld: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.time_datetime: str | None = None

    # -- blocks -----------------------------------------------------------------
    def _end_block(self) -> None:
        raw = "".join(self._current.parts)
        text = _SPACES.sub(" ", raw).strip()
        # A block that is all links ("Related: Troops kill five in ...") is a
        # pointer to another story, not this story's text.
        is_links = self._current.link_chars >= _LINK_SHARE * len(raw.strip())
        if text and not is_links:
            self._current.parts = [text]
            self.blocks.append(self._current)
        self._current = _Block(
            article=self._article_count if self._article_depth > 0 else 0,
            in_main=bool(self._main_stack),
        )

    # -- parser callbacks -------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and "content" in attr and key not in self.meta:
                self.meta[key] = attr["content"].strip()
            return
        if tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.canonical = self.canonical or attr.get("href") or None
            return
        if tag == "time" and self.time_datetime is None and attr.get("datetime"):
            # The first <time datetime> of the page is usually the story's dateline.
            if "pubdate" in attr or attr.get("itemprop", "").lower() == "datepublished":
                self.time_datetime = attr["datetime"]
        if tag == "script" and attr.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
        if tag == "title":
            self._in_title = True
        if tag == "body":
            # An unclosed <head> (or other skipped element) ends where the body starts.
            self._skip_depth = 0
            self._skip_stack.clear()
        if tag in _SKIPPED and tag not in _VOID:
            self._skip_depth += 1
            self._skip_stack.append(tag)
            return
        if tag in _BLOCKS:
            self._end_block()
        if tag == "a":
            self._link_depth += 1
        if tag == "article":
            if self._article_depth == 0:
                self._article_count += 1
            self._article_depth += 1
            self._current.article = self._article_count
        if self._main_stack and self._main_stack[-1][0] == tag:
            self._main_stack[-1][1] += 1
        if tag == "main" or attr.get("role", "").lower() == "main":
            self._main_stack.append([tag, 0])
            self._current.in_main = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta .../>: no content, never opens a region.
        if tag in _SKIPPED and tag not in _VOID:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_json_ld = False
        if self._skip_stack and tag in _SKIPPED:
            # Close up to the matching open skipped element (tolerates bad nesting).
            if tag in self._skip_stack:
                while self._skip_stack:
                    self._skip_depth -= 1
                    if self._skip_stack.pop() == tag:
                        break
            return
        if tag in _BLOCKS:
            self._end_block()
        if tag == "a" and self._link_depth > 0:
            self._link_depth -= 1
        if tag == "article" and self._article_depth > 0:
            self._article_depth -= 1
        if self._main_stack and self._main_stack[-1][0] == tag:
            if self._main_stack[-1][1] > 0:
                self._main_stack[-1][1] -= 1
            else:
                self._main_stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._in_json_ld:
            self._json_ld.append(data)
        if self._skip_depth == 0:
            self._current.parts.append(data)
            if self._link_depth:
                self._current.link_chars += len(data.strip())

    def close(self) -> None:
        super().close()
        self._end_block()

    # -- results ----------------------------------------------------------------
    def json_ld_date(self) -> str | None:
        """``datePublished`` from the page's JSON-LD (schema.org NewsArticle)."""
        raw = "".join(self._json_ld).strip()
        if not raw:
            return None
        # Several JSON-LD scripts end up concatenated; try each object on its own.
        for chunk in re.split(r"(?<=[}\]])\s*(?=[{\[])", raw):
            try:
                data = json.loads(chunk)
            except ValueError:
                continue
            found = _find_key(data, "datePublished")
            if found:
                return found
        return None


def _find_key(data: object, key: str) -> str | None:
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        children: list[object] = list(data.values())
    elif isinstance(data, list):
        children = list(data)
    else:
        return None
    for child in children:
        found = _find_key(child, key)
        if found:
            return found
    return None


def _story_blocks(blocks: list[_Block]) -> list[_Block]:
    """The blocks of the story: the <article> with the most text, else <main>, else all."""
    sizes: dict[int, int] = {}
    for block in blocks:
        if block.article:
            sizes[block.article] = sizes.get(block.article, 0) + len(block.parts[0])
    if sizes:
        best = max(sizes, key=lambda k: sizes[k])
        if sizes[best] >= _MIN_ARTICLE_CHARS:
            return [b for b in blocks if b.article == best]
    main = [b for b in blocks if b.in_main]
    if sum(len(b.parts[0]) for b in main) >= _MIN_ARTICLE_CHARS:
        return main
    return blocks


def parse_html(markup: str) -> HtmlPage:
    """The article text and metadata of an HTML page."""
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    blocks = _story_blocks(parser.blocks)
    # The <title> sits in <head> (skipped): it is metadata, not body text.
    title_text = _SPACES.sub(" ", "".join(parser.title_parts)).strip()
    body = [b.parts[0] for b in blocks]
    meta = parser.meta
    published = next((meta[k] for k in _DATE_META if meta.get(k)), None)
    published = published or parser.json_ld_date() or parser.time_datetime
    title = meta.get("og:title") or title_text or None
    return HtmlPage(
        text="\n\n".join(body),
        title=title,
        published=published,
        source=meta.get("og:site_name") or None,
        url=parser.canonical or meta.get("og:url") or None,
    )
