"""The wounded told as the subject of a harm they sustain: "wounds" as a noun
(extract.casualties), not the verb of the same spelling."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventcoder.extract.casualties import extract_casualties
from eventcoder.nlp import load_base_model
from eventcoder.schema import EventMention


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_base_model()


def _injured(parser: Language, text: str) -> int | None:
    doc = parser(text)
    sent = next(iter(doc.sents))
    mention = EventMention(
        doc_id="d1", sent_start=sent.start_char, sent_end=sent.end_char,
        trigger_start=sent.start_char, trigger_end=sent.start_char + 1,
        trigger_text=text[:1], sub_event_type="Attack",
        event_type="Violence against civilians", type_score=1.0, type_reason="test",
    )
    extract_casualties(mention, doc)
    return mention.injured


@pytest.mark.parametrize(("text", "injured"), [
    # the noun after a verb of sustaining: its subject counts the wounded
    ("Raiders fired on the checkpoint overnight and three guards suffered minor wounds.", 3),
    ("Four traders sustained shrapnel wounds when the device went off near the stalls.", 4),
    # the verb "wounds" keeps its object as the victims
    ("A mine wounds five herders grazing near the river.", 5),
])
def test_wounds_sustained(parser: Language, text: str, injured: int) -> None:
    assert _injured(parser, text) == injured
