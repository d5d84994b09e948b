"""Test helpers that build an event mention by hand and run one stage on it, shared
by the typing, casualty and date tests (each stage's tests assert that stage only)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.extract.casualties import extract_casualties
from eventcoder.extract.events import detect_mentions
from eventcoder.extract.filters import StatusCues, status_of_trigger
from eventcoder.extract.triggers import CUE_GROUP, TRIGGER_GROUP
from eventcoder.schema import Article, EventMention

VAC = "Violence against civilians"


def detected(nlp: Language, text: str, published: dt.date) -> list[EventMention]:
    """The typing stage's mentions of a text published on ``published``."""
    return detect_mentions(nlp(text), Article(doc_id="t", text=text, published=published))


def statuses(nlp: Language, text: str, trigger: str, published: dt.date) -> list[str]:
    """The status of each mention whose trigger is ``trigger`` (any case), in order."""
    return [m.status for m in detected(nlp, text, published)
            if m.trigger_text.lower() == trigger.lower()]


def first_status(nlp: Language, text: str, trigger: str, published: dt.date) -> str | None:
    """The status of the first mention whose trigger is ``trigger``; None when there is none."""
    found = statuses(nlp, text, trigger, published)
    return found[0] if found else None


def new_mentions(nlp: Language, text: str, published: dt.date) -> list[EventMention]:
    return [m for m in detected(nlp, text, published) if m.status == "new"]


def new_types(nlp: Language, text: str, published: dt.date,
              event_type: str | None = None) -> set[str]:
    """The sub-event types of the new mentions (of ``event_type`` only, when given)."""
    return {m.sub_event_type for m in new_mentions(nlp, text, published)
            if event_type is None or m.event_type == event_type}


def primary(nlp: Language, text: str, published: dt.date) -> EventMention | None:
    """The mention a one-snippet scorer reads: the most confident new one."""
    new = new_mentions(nlp, text, published)
    return max(new, key=lambda m: m.confidence) if new else None


def primary_type(nlp: Language, text: str, published: dt.date) -> str:
    best = primary(nlp, text, published)
    return best.sub_event_type if best else "none"


def casualty_mention(nlp: Language, text: str, trigger: str, event_type: str = VAC
                     ) -> EventMention:
    """Casualties of a mention whose trigger is the first occurrence of ``trigger``."""
    doc = nlp(text)
    start = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    mention = EventMention(
        doc_id="d1",
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        trigger_start=start,
        trigger_end=start + len(trigger),
        trigger_text=trigger,
        sub_event_type="Violent demonstration" if event_type == "Riots" else "Attack",
        event_type=event_type,
        type_score=1.0,
        type_reason="test",
    )
    extract_casualties(mention, doc)
    return mention


def dated_mention(text: str, sentence: str, trigger: str, sub_event_type: str = "Attack",
                  event_type: str = VAC) -> EventMention:
    """An undated mention of ``trigger`` in ``sentence`` of ``text``, for the date stage."""
    start = text.index(sentence)
    t_start = text.index(trigger, start)
    return EventMention(
        doc_id="d1",
        sent_start=start,
        sent_end=start + len(sentence),
        trigger_start=t_start,
        trigger_end=t_start + len(trigger),
        trigger_text=trigger,
        sub_event_type=sub_event_type,
        event_type=event_type,
        type_score=1.0,
        type_reason="test",
    )


def trigger_statuses(nlp: Language, text: str, published: dt.date) -> dict[str, str]:
    """Each trigger's text with the status filter's verdict on it, sentence by sentence
    (before typing merges a sentence's triggers into mentions)."""
    doc = nlp(text)
    out: dict[str, str] = {}
    for sent in doc.sents:
        cues = StatusCues.for_sentence(doc, sent, [
            c for c in doc.spans[CUE_GROUP] if c.start >= sent.start and c.end <= sent.end])
        for span in doc.spans[TRIGGER_GROUP]:
            if sent.start <= span.start < sent.end:
                out[span.text] = status_of_trigger(doc, span, cues, published)[0]
    return out
