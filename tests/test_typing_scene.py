"""Typing rules of session 3 (issue #3), each on a hand-written sentence the
rule decides: the test fails without the rule."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.schema import Article, EventMention


def _new(nlp: Language, text: str) -> list[EventMention]:
    article = Article(doc_id="t", text=text, published=dt.date(2023, 5, 9))
    return [m for m in detect_mentions(nlp(text), article) if m.status == "new"]


def _first(nlp: Language, text: str) -> EventMention:
    mentions = _new(nlp, text)
    assert mentions, text
    return mentions[0]


# An event named only to set the scene ("despite air strikes", "during the
# clashes") does not take precedence over the event the clause reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators for the government and the rebels signed a ceasefire in the capital "
         "on Monday despite air strikes on two northern villages.", "Agreement"),
        ("Several shops were burned down in the market overnight despite a curfew imposed "
         "after the clashes.", "Looting/property destruction"),
    ],
)
def test_scene_events_do_not_take_precedence(nlp: Language, text: str, expected: str) -> None:
    mention = _first(nlp, text)
    assert mention.sub_event_type == expected, mention.type_reason
