"""Shared helpers of the place tests: the toponyms of a text, and the place that
``place_for_mention`` gives an event reported by one trigger word."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.extract.places import find_place_mentions
from eventcoder.resolve.places import place_for_mention
from eventcoder.schema import Article, EventMention, PlaceMention
from eventcoder.taxonomy import event_type_of


def place_mentions(nlp: Language, text: str) -> dict[str, PlaceMention]:
    doc = nlp(text)
    return {m.text: m for m in find_place_mentions(doc, Article(doc_id="t", text=text))}


def event_place(nlp: Language, text: str, trigger: str,
                published: dt.date = dt.date(2019, 6, 4), *,
                sub_event_type: str = "Attack") -> EventMention:
    doc = nlp(text)
    article = Article(doc_id="t", text=text, published=published)
    places = find_place_mentions(doc, article)
    sent = next(s for s in doc.sents if trigger in s.text)
    start = text.index(trigger)
    mention = EventMention(
        doc_id="t", sent_start=sent.start_char, sent_end=sent.end_char, trigger_start=start,
        trigger_end=start + len(trigger), trigger_text=trigger, sub_event_type=sub_event_type,
        event_type=event_type_of(sub_event_type), type_score=1.0, type_reason="test",
    )
    place_for_mention(mention, doc, places, article)
    return mention
