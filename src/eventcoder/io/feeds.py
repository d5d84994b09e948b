"""RSS 2.0 and Atom feeds: one article per item/entry.

A saved feed (``.rss``, ``.atom``, or an explicit ``.xml``) is parsed as a
stream with the standard library's ``iterparse``, so a large feed dump is read
in constant memory. Each item gives an ``Article``:

- ``doc_id``: the item's guid/id, else its link, else ``FILE:item N`` (a stable
  id lets storage recognise an article it has already ingested).
- ``text``: the title as the first paragraph (feeds often carry only a
  summary, and the headline names the event), then the full content
  (``content:encoded`` / Atom ``content``) or else the summary
  (``description`` / ``summary``), converted from HTML to text.
- ``published``: ``pubDate`` (RFC 2822), ``dc:date``, Atom ``published`` or
  ``updated``; an unreadable date falls back to the default, as for HTML pages.
- ``source``: the channel's title; ``url``: the link; ``title``: the title.

An item without any text is reported as ``FILE:item N``; XML that is not well
formed is reported once, after the items that came before the error.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from eventcoder.io.html import parse_html

__all__ = ["FeedError", "FeedItem", "feed_date", "iter_feed"]

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


class FeedError(ValueError):
    """The file is not a readable feed (the message says why)."""


@dataclass(slots=True)
class FeedItem:
    """One item of a feed, before it becomes an Article."""

    number: int  # 1-based position in the feed
    guid: str | None
    title: str | None
    link: str | None
    body_html: str | None
    published: str | None  # as written
    channel_title: str | None

    def text(self) -> str:
        body = parse_html(self.body_html).text if self.body_html else ""
        title = " ".join(self.title.split()) if self.title else ""
        if title and not body.startswith(title):
            return f"{title}\n\n{body}" if body else title
        return body


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ET.Element, *tags: str) -> str | None:
    for tag in tags:
        child = element.find(tag)
        if child is not None:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def _atom_link(entry: ET.Element) -> str | None:
    for link in entry.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def iter_feed(stream: IO[bytes]) -> Iterator[FeedItem]:
    """The items of an RSS or Atom feed, in order. Raises FeedError on bad XML."""
    channel_title: str | None = None
    number = 0
    path: list[str] = []  # local names of the open elements
    try:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            name = _local(element.tag)
            if event == "start":
                if not path and name not in {"rss", "feed", "RDF"}:
                    raise FeedError(f"not an RSS or Atom feed (root element <{name}>)")
                path.append(name)
                continue
            path.pop()
            if name == "title" and channel_title is None and path in (
                ["rss", "channel"], ["RDF", "channel"], ["feed"]
            ):
                channel_title = "".join(element.itertext()).strip() or None
            elif name == "item" or element.tag == f"{_ATOM}entry":
                number += 1
                yield _item(element, number, channel_title)
                element.clear()  # constant memory over large feeds
    except ET.ParseError as exc:
        if exc.position == (1, 0):
            raise FeedError("empty document (no XML)") from exc
        raise FeedError(f"malformed XML: {exc}") from exc


def _item(element: ET.Element, number: int, channel_title: str | None) -> FeedItem:
    if element.tag.startswith(_ATOM):
        body = _child_text(element, f"{_ATOM}content", f"{_ATOM}summary")
        return FeedItem(
            number=number,
            guid=_child_text(element, f"{_ATOM}id"),
            title=_child_text(element, f"{_ATOM}title"),
            link=_atom_link(element),
            body_html=body,
            published=_child_text(element, f"{_ATOM}published", f"{_ATOM}updated"),
            channel_title=channel_title,
        )
    # RSS 2.0 (and RSS 1.0 items, whose children are namespaced alike by local name).
    children: dict[str, Any] = {}
    for child in element:
        children.setdefault(_local(child.tag) if child.tag != _CONTENT_ENCODED
                            else "content:encoded", child)

    def text_of(key: str) -> str | None:
        child = children.get(key)
        if child is None:
            return None
        return "".join(child.itertext()).strip() or None

    dc_date = element.find(_DC_DATE)
    return FeedItem(
        number=number,
        guid=text_of("guid"),
        title=text_of("title"),
        link=text_of("link"),
        body_html=text_of("content:encoded") or text_of("description"),
        published=text_of("pubDate") or (
            "".join(dc_date.itertext()).strip() if dc_date is not None else None
        ),
        channel_title=channel_title,
    )


def feed_date(value: str | None) -> dt.date | None:
    """The item's date, or None when it is missing or unreadable."""
    if not value:
        return None
    from eventcoder.io.readers import parse_published

    try:
        return parse_published(value)
    except ValueError:
        return None
