"""A speaker's own words about the incident the story told before (a witness's or a
mourner's quotation) are that incident told again, not another one; a word or two in
quotation marks is the teller's sentence, and a quotation in a story that has told no
incident yet is still coded."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.merge.told_again import _told_in_a_quotation
from eventcoder.schema import Article, EventMention

_events = partial(coded_events, published=dt.date(2023, 7, 8))


def test_a_witness_quote_about_the_shooting_joins_the_protest(nlp: Language) -> None:
    # the quote's "shooting" alone reads as an attack on civilians by the soldiers
    text = ("Soldiers opened fire on a crowd of traders demonstrating against new market "
            "fees in Garissa on Friday, wounding six, a hospital official said. \"We had no "
            "stones, nothing, and the shooting went on for an hour,\" one trader said.")
    events = _events(nlp, text)
    assert [e.event_type for e in events] == ["Protests"], events


def test_a_witness_quote_of_two_sentences_is_a_quotation() -> None:
    # the trigger's sentence holds only the opening mark; the paragraph closes it
    text = ("Police fired on marchers in Kwale on Sunday.\n\n\"They shot at everyone on "
            "the road. Many fled into the hills,\" said a shopkeeper.")
    article = Article(doc_id="doc", text=text)
    mention = _mention(text, "shot")
    sentence = text.index("\"They")
    mention.sent_start, mention.sent_end = sentence, text.index("Many")
    assert _told_in_a_quotation(mention, article)


def test_a_statement_quoted_over_paragraphs_is_no_witness_quote() -> None:
    text = ('The group said: "We will keep marching.\n\nPolice shot at us and we will '
            'not stop," in a statement.')
    article = Article(doc_id="doc", text=text)
    mention = _mention(text, "shot")
    sentence = text.index("Police")
    mention.sent_start, mention.sent_end = sentence, len(text)
    assert not _told_in_a_quotation(mention, article)


def _mention(text: str, trigger: str) -> EventMention:
    start = text.index(trigger)
    return EventMention(doc_id="doc", sent_start=0, sent_end=len(text), trigger_start=start,
                        trigger_end=start + len(trigger), trigger_text=trigger,
                        sub_event_type="Attack", event_type="Violence against civilians",
                        type_score=1.0, type_reason="test")


def test_a_word_in_quotation_marks_is_no_quotation() -> None:
    text = 'The ministry said its forces had "eliminated" a commander near the border.'
    article = Article(doc_id="doc", text=text)
    assert not _told_in_a_quotation(_mention(text, "eliminated"), article)


def test_a_quoted_sentence_is_a_quotation() -> None:
    text = '"They burned the market and then they left," a trader said.'
    article = Article(doc_id="doc", text=text)
    assert _told_in_a_quotation(_mention(text, "burned"), article)


def test_a_quote_that_tells_the_only_incident_is_still_coded(nlp: Language) -> None:
    text = ("\"Armed men came at night and burned down twelve of our houses,\" a village "
            "elder in Marsabit county told reporters on Tuesday.")
    assert len(_events(nlp, text)) == 1
