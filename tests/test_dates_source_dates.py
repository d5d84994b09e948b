"""An undated report is coded on its source's date ("Source dated 24/03"), relative
dates count back from it, and a source date without any year dates nothing."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import dated_mention
from spacy.language import Language

from eventcoder.resolve.dates import resolve_mention_date
from eventcoder.schema import Article, EventMention


def _mention(text: str, sentence: str, trigger: str) -> EventMention:
    return dated_mention(text, sentence, trigger, "Armed clash", "Battles")


def _first_sentence_mention(text: str, trigger: str) -> EventMention:
    sentence = text[: text.index(".") + 1]
    return _mention(text, sentence, trigger)


def test_an_undated_report_is_coded_on_its_source_date(nlp: Language) -> None:
    text = ("Traders protested against new market fees in Eldoret. Date not known - source "
            "dated 24/03.")
    mention = _first_sentence_mention(text, "protested")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=dt.date(2015, 12, 31)))
    assert mention.event_date == dt.date(2015, 3, 24)
    assert mention.time_precision == 1


def test_relative_dates_count_back_from_the_source_date(nlp: Language) -> None:
    text = "A mob last week lynched a suspected thief in Kisumu. Source dated 31/03."
    mention = _first_sentence_mention(text, "lynched")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=dt.date(2015, 12, 31)))
    # the week before Tuesday 31 March 2015, coded on its Wednesday
    assert mention.event_date == dt.date(2015, 3, 25)
    assert mention.time_precision == 2


def test_a_source_date_without_any_year_dates_nothing(nlp: Language) -> None:
    text = "Traders protested against new market fees in Eldoret. Source dated 24/03."
    mention = _first_sentence_mention(text, "protested")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=None))
    assert mention.event_date is None
