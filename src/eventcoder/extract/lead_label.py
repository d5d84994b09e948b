"""A category label that opens a text ("Property destruction: ...", "Non-violent
activity: ...") types every event the text tells.

Why: incident logs kept by conflict monitors start each entry with the coder's
category; the words after it may sound violent ("militants raided the town ...")
where the category says only property was damaged or nothing violent happened.
The labels and their sub-event types are data (``data/lead_labels.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc

from eventcoder.schema import Article, EventMention, Evidence
from eventcoder.taxonomy import event_type_of

__all__ = ["apply_lead_label", "labelled_mention", "lead_label_type", "load_lead_labels",
           "sides_read_again"]


@cache
def _lead_label_data() -> dict[str, Any]:
    text = resources.files("eventcoder").joinpath("data/lead_labels.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def load_lead_labels() -> dict[str, str]:
    """label (lower-case, no colon) -> ACLED sub-event type."""
    labels = {str(k).lower(): str(v) for k, v in _lead_label_data()["labels"].items()}
    for sub in labels.values():
        event_type_of(sub)  # an unknown sub-event type fails here, at load
    return labels


@cache
def sides_read_again() -> frozenset[str]:
    """The sub-event types whose sides are read again once a label gave them."""
    subs = frozenset(str(s) for s in _lead_label_data().get("sides_read_again") or [])
    for sub in subs:
        event_type_of(sub)  # (as for the labels' types)
    return subs


@cache
def _label_pattern() -> re.Pattern[str]:
    words = sorted(load_lead_labels(), key=len, reverse=True)
    # (only at the very start, a quote allowed before it; the colon is required)
    return re.compile(r"\s*[\"'\u201c]?(" + "|".join(map(re.escape, words)) + r")\s*:",
                      re.IGNORECASE)


def lead_label_type(text: str) -> str | None:
    """The sub-event type the text's opening label names, or None."""
    found = _label_pattern().match(text)
    return load_lead_labels()[found.group(1).lower()] if found else None


def labelled_mention(doc: Doc, article: Article) -> EventMention | None:
    """The event a labelled text tells when no trigger word found one ("Movement of
    forces: rebels were sighted near the border"): the label is its trigger, the
    sentence it opens (with the next one when the label stands alone) its sentence."""
    found = _label_pattern().match(doc.text)
    if found is None:
        return None
    sub = load_lead_labels()[found.group(1).lower()]
    label_start, label_end = found.span(1)
    told = [s for s in doc.sents if s.end_char > found.end()]
    if not told:
        return None
    sent_start = min(label_start, told[0].start_char)
    sent_end = told[0].end_char
    return EventMention(
        doc_id=article.doc_id,
        sent_start=sent_start,
        sent_end=sent_end,
        trigger_start=label_start,
        trigger_end=label_end,
        trigger_text=found.group(1),
        sub_event_type=sub,
        event_type=event_type_of(sub),
        type_score=0.5,
        type_reason=f"the text's opening label names {sub}",
        evidence=[
            Evidence(article.doc_id, label_start, label_end, found.group(1), field="trigger"),
            Evidence(article.doc_id, sent_start, sent_end, doc.text[sent_start:sent_end],
                     field="sentence"),
        ],
        confidence=0.5,
    )


def apply_lead_label(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """Give every mention the type the text's opening label names (in place). Returns
    the mentions it retyped to a type whose sides are to be read again
    (``sides_read_again``): their actors were read for the story's own type."""
    sub = lead_label_type(doc.text)
    if sub is None:
        return []
    reread: list[EventMention] = []
    for mention in mentions:
        if mention.sub_event_type != sub:
            mention.sub_event_type = sub
            mention.event_type = event_type_of(sub)
            mention.type_reason += f"; the text's opening label names {sub}"
            if sub in sides_read_again():
                reread.append(mention)
    return reread
