"""Source attribution (owner: dates/casualties/sources helper). Contract:

attribute_sources(mention, doc, article) -> None: sets mention.sources
(normalised names) and the source of the mention's claims.
"""
from spacy.tokens import Doc

from eventcoder.schema import Article, EventMention


def attribute_sources(mention: EventMention, doc: Doc, article: Article) -> None:
    return None
