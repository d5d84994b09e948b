"""Which clause's day is the mention's: a date borrowed from an earlier sentence must be
that sentence's own day, not the day of an event a clause on a noun describes; a day
inside an 'after' clause is the cause's; 'on or after' a day is a time bound, not a
cause; a bracketed day after a weekday says which one."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import dated_mention
from spacy.language import Language

from eventcoder.resolve.dates import resolve_mention_date
from eventcoder.schema import Article, EventMention


def _mention(text: str, sentence: str, trigger: str) -> EventMention:
    return dated_mention(text, sentence, trigger, "Armed clash", "Battles")


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


def test_a_bracketed_day_after_a_weekday_says_which_one(nlp: Language) -> None:
    text = ("Traders in Namanga [a border town] protested against new levies on Monday "
            "[27 March], saying the county had ignored them.")
    mention = _mention(text, text, "protested")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=dt.date(2017, 12, 31)))
    assert mention.event_date == dt.date(2017, 3, 27)
    assert mention.time_precision == 1


def test_on_or_after_a_day_is_a_time_bound_not_a_cause(nlp: Language) -> None:
    text = ("On or after 11 November, traders marched in Kisauni against a wave of "
            "robberies by a gang.")
    mention = _mention(text, text, "marched")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=dt.date(2018, 12, 31)))
    assert mention.event_date == dt.date(2018, 11, 11)


def test_a_day_inside_an_after_clause_is_still_the_causes(nlp: Language) -> None:
    text = "Youths rioted in Kisumu after a boy was killed on Monday 12 November."
    mention = _mention(text, text, "rioted")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=dt.date(2018, 12, 31)))
    assert mention.event_date != dt.date(2018, 11, 12)
