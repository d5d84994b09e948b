"""Event detection and typing (owner: events helper). Contract:

detect_mentions(doc, article) -> list[EventMention]: one mention per event
reported in the document (one per actor pair/place/day where a sentence reports
several), with sub_event_type/event_type (ACLED names), trigger offsets,
type_score, type_reason, status (extract/filters.py) and evidence.
"""
from spacy.tokens import Doc

from eventcoder.schema import Article, EventMention


def detect_mentions(doc: Doc, article: Article) -> list[EventMention]:
    return []
