"""Fatalities and injured (owner: dates/casualties/sources helper). Contract:

extract_casualties(mention, doc) -> None: sets mention.fatalities, mention.injured
(None when not mentioned) and appends Claim objects (field "fatalities"/"injured")
with Evidence spans.
"""
from spacy.tokens import Doc

from eventcoder.schema import EventMention


def extract_casualties(mention: EventMention, doc: Doc) -> None:
    return None
