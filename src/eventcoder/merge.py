"""Merging (owner: merge/store helper). Contract:

merge_mentions(mentions, article) -> list[Event]: one Event per incident in
the document (one per actor pair, place and day), fields combined from all
its mentions, every mention kept as evidence.
"""
from eventcoder.schema import Article, Event, EventMention


def merge_mentions(mentions: list[EventMention], article: Article) -> list[Event]:
    return []
