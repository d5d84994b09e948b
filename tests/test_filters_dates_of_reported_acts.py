"""Dates of acts a statement reports (small changes in resolve.dates, made with the
filters of issue #3). (1) The reported clause's own day, before the statement's, through
prepositions and nouns only ("the office said on Thursday that soldiers had burned 30
homes in a village near the border on Tuesday night", the parser hanging the day on a
noun of the place): the act's day (dates._day_of_the_reported_clause). (2) An agreement
named as in force in the next sentence ("sent under a defence pact") tells no event of
its own there, so that sentence's day may date the act told before
(filters.names_an_agreement_in_force in dates._day_told_after)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

from eventcoder.resolve.dates import resolve_mention_date
from eventcoder.schema import Article

PUBLISHED = dt.date(2024, 4, 12)


def _dates(nlp: Language, text: str, trigger: str) -> list[dt.date | None]:
    doc = nlp(text)
    article = Article(doc_id="t", text=text, published=PUBLISHED)
    out = []
    for mention in detected(nlp, text, PUBLISHED):
        if mention.trigger_text.lower() == trigger:
            resolve_mention_date(mention, doc, article)
            out.append(mention.event_date)
    return out


def test_the_day_of_the_reported_clause_dates_the_act(nlp: Language) -> None:
    text = ("The U.N. refugee agency said on Thursday that soldiers had burned 30 homes at "
            "a settlement for displaced families near the border on Tuesday night.")
    assert _dates(nlp, text, "burned") == [dt.date(2024, 4, 9)]


def test_a_pact_in_force_does_not_hide_the_next_sentences_day(nlp: Language) -> None:
    text = ("Turkish military advisers have moved into a disused army base near the town of "
            "Agadez, a Nigerien army spokesman said on Thursday. The advisers arrived at "
            "the base on Tuesday with trucks and drones, the spokesman said, describing "
            "them as trainers sent under a defence pact with Ankara.")
    assert _dates(nlp, text, "moved into a disused army base") == [dt.date(2024, 4, 9)]
