"""Shared helper of the actor tests: a mention of one trigger word in a Kenyan
story, with its actors assigned."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.extract.actors import assign_actors
from eventcoder.schema import Article, EventMention, Place
from eventcoder.taxonomy import event_type_of

STORY_DAY = dt.date(2017, 8, 14)


def kenyan_mention(nlp: Language, text: str, trigger: str, sub_event_type: str,
                   day: dt.date | None = STORY_DAY) -> EventMention:
    """A mention of ``trigger`` (its first occurrence) typed ``sub_event_type``,
    in a Kenyan story published on ``day``, actors assigned."""
    return story_mention(nlp, text, trigger, sub_event_type, "Kenya", day)


def story_mention(nlp: Language, text: str, trigger: str, sub_event_type: str,
                  country: str | None, day: dt.date | None = STORY_DAY,
                  place: Place | None = None) -> EventMention:
    """A mention of ``trigger`` (its first occurrence) typed ``sub_event_type``, in a
    story about ``country`` published on ``day``, at ``place`` (else no place
    resolved), actors assigned."""
    doc = nlp(text)
    start = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    mention = EventMention(
        doc_id="t", sent_start=sent.start_char, sent_end=sent.end_char, trigger_start=start,
        trigger_end=start + len(trigger), trigger_text=trigger, sub_event_type=sub_event_type,
        event_type=event_type_of(sub_event_type), type_score=1.0, type_reason="test",
        country=country, event_date=day, place=place,
    )
    assign_actors(mention, doc, Article(doc_id="t", text=text, published=day))
    return mention


def side_names(mention: EventMention) -> tuple[str | None, str | None]:
    """The names of a mention's actor1 and actor2 (None where a side is missing)."""
    return (mention.actor1.name if mention.actor1 else None,
            mention.actor2.name if mention.actor2 else None)


def story_sides(nlp: Language, text: str, trigger: str, sub_event_type: str,
                country: str | None) -> tuple[str | None, str | None]:
    """actor1 and actor2 names of ``story_mention``'s mention."""
    return side_names(story_mention(nlp, text, trigger, sub_event_type, country))
