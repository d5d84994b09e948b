"""Date rules of session 5: a date borrowed from an earlier sentence must be that
sentence's own day, not the day of an event a clause describes."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.resolve.dates import resolve_mention_date
from eventcoder.schema import Article, EventMention


def _mention(text: str, sentence: str, trigger: str) -> EventMention:
    start = text.index(sentence)
    t_start = text.index(trigger, start)
    return EventMention(
        doc_id="d1",
        sent_start=start,
        sent_end=start + len(sentence),
        trigger_start=t_start,
        trigger_end=t_start + len(trigger),
        trigger_text=trigger,
        sub_event_type="Armed clash",
        event_type="Battles",
        type_score=1.0,
        type_reason="test",
    )


def test_a_date_in_a_clause_on_a_noun_is_not_borrowed(nlp: Language) -> None:
    text = (
        "Police shot dead a wanted militant in Malindi. He was among the gunmen behind "
        "the Lamu attack that killed 12 people in March 2015. He fought officers in a "
        "shootout at his hideout."
    )
    sentence = "He fought officers in a shootout at his hideout."
    mention = _mention(text, sentence, "shootout")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=None))
    assert mention.event_date is None
    assert mention.time_precision is None


def test_a_main_clause_date_is_still_borrowed(nlp: Language) -> None:
    text = (
        "Raiders attacked a village near Baragoi on 12 March 2015. They exchanged fire "
        "with reservists in a shootout that lasted hours."
    )
    sentence = "They exchanged fire with reservists in a shootout that lasted hours."
    mention = _mention(text, sentence, "shootout")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=None))
    assert mention.event_date == dt.date(2015, 3, 12)
