"""eventcoder: news reports of armed conflict in, ACLED-style events out.

>>> import eventcoder
>>> events = eventcoder.code("A roadside bomb killed four soldiers near Baidoa on Sunday.",
...                          published="2016-03-15")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable as _Iterable
from collections.abc import Iterator as _Iterator
from collections.abc import Mapping as _Mapping
from typing import Any as _Any

from eventcoder.pipeline import CodedDocument, CodingPolicy
from eventcoder.pipeline import code_articles as _code_articles
from eventcoder.pipeline import make_article as _make_article
from eventcoder.schema import Actor, Article, Claim, Event, Evidence, Place, PlaceMention

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "CodedDocument",
    "CodingPolicy",
    "Event",
    "Evidence",
    "Place",
    "PlaceMention",
    "__version__",
    "code",
    "code_many",
]

__version__ = "0.1.0"


def code(
    text: str,
    published: dt.date | str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
    *,
    policy: CodingPolicy | None = None,
) -> list[Event]:
    """Code one article's text into events."""
    article = _make_article(text, published=published, source=source, doc_id=doc_id)
    for coded in _code_articles([article], policy=policy or CodingPolicy()):
        return coded.events
    return []


def _as_article(item: Article | _Mapping[str, _Any] | str, index: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return _make_article(item, doc_id=str(index))
    return _make_article(
        str(item["text"]),
        published=item.get("published"),
        source=item.get("source"),
        doc_id=str(item.get("id", item.get("doc_id", index))),
    )


def code_many(
    articles: _Iterable[Article | _Mapping[str, _Any] | str],
    n_process: int = 1,
    *,
    policy: CodingPolicy | None = None,
    learn_source_regions: bool = False,
) -> _Iterator[CodedDocument]:
    """Code many articles as a stream, one ``CodedDocument`` per article, in order.

    Items are ``Article`` objects, dicts with ``id``/``text``/``published``/
    ``source``, or plain strings. The model is loaded once for the whole stream.
    ``learn_source_regions``: each source's home region, learnt from its earlier
    articles, helps place the later ones (for local news feeds).
    """
    stream = (_as_article(a, i) for i, a in enumerate(articles))
    yield from _code_articles(stream, n_process=n_process, policy=policy or CodingPolicy(),
                              learn_source_regions=learn_source_regions)
