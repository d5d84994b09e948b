"""Event dates (owner: dates/casualties/sources helper). Contract:

resolve_mention_date(mention, doc, article) -> None: sets mention.event_date,
mention.time_precision (1 day, 2 week, 3 month) and mention.date_evidence,
relative to article.published; never after publication.
"""
from spacy.tokens import Doc

from eventcoder.schema import Article, EventMention


def resolve_mention_date(mention: EventMention, doc: Doc, article: Article) -> None:
    return None
