"""Choosing an event's place (owner: places helper). Contract:

place_for_mention(mention, doc, places, article) -> None
Sets mention.place, mention.place_mention, mention.geo_precision (ACLED 1/2/3)
and mention.country (the event's country: its place's, else the document's focus).
"""
from spacy.tokens import Doc

from eventcoder.schema import Article, EventMention, PlaceMention


def place_for_mention(
    mention: EventMention, doc: Doc, places: list[PlaceMention], article: Article
) -> None:
    return None
