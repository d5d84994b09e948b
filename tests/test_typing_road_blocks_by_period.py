"""A road blocked in protest, with nothing else violent told, is coded by the period
the text is published in (issue #3): ACLED's Kenya data codes such a blockade as a
peaceful protest in its earlier years and as a violent demonstration from 2015 on
(road_blocks_violent_from in typing.yaml). Counted over the Kenya development notes
of a blockade with no other violence: 15 of 17 from 2008-2014 are peaceful
protests, 25 of 32 from 2015-2019 violent demonstrations. An undated text keeps the
violent demonstration, and so does a text about a country whose data showed no such
change (road_blocks_period_countries). Fails without road_blocks_peaceful
(extract/road_blocks.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article

_BLOCKADE = ("Kenyan fishermen in Kilifi barricaded the main road to the jetty on Thursday for "
             "five hours over the closure of their landing site.")
_WITH_PROTEST = ("Kenyan hawkers in Nyeri blocked the Nyeri-Othaya road on Friday morning, "
                 "protesting against the council's plan to move them out of the town centre.")


def _types(nlp: Language, text: str, published: str | None) -> list[str]:
    if published is None:
        events = code_doc(nlp(text), make_article(text, published=None)).events
    else:
        events = coded_events(nlp, text, published)
    return [e.sub_event_type for e in events]


def test_a_blockade_of_2012_is_a_peaceful_protest(nlp: Language) -> None:
    assert _types(nlp, _WITH_PROTEST, "2012-03-09") == ["Peaceful protest"]


def test_a_blockade_of_2016_is_a_violent_demonstration(nlp: Language) -> None:
    assert _types(nlp, _WITH_PROTEST, "2016-03-11") == ["Violent demonstration"]


def test_a_blockade_with_no_protest_word_follows_the_period(nlp: Language) -> None:
    assert _types(nlp, _BLOCKADE, "2011-06-02") == ["Peaceful protest"]
    assert _types(nlp, _BLOCKADE, "2018-06-07") == ["Violent demonstration"]


def test_an_undated_blockade_stays_violent(nlp: Language) -> None:
    assert _types(nlp, _WITH_PROTEST, None) == ["Violent demonstration"]


def test_burning_tyres_is_violent_in_any_year(nlp: Language) -> None:
    text = ("Boda boda riders in Kakamega burnt tyres on the highway on Monday, angry that "
            "a motorist had run over one of their number.")
    assert _types(nlp, text, "2012-07-16") == ["Violent demonstration"]


def test_a_blockade_beside_fires_lit_stays_violent(nlp: Language) -> None:
    text = ("Traders in Kisii blocked the Kisii-Migori road on Tuesday and fires were lit "
            "at the roundabout, protesting against the eviction of their market.")
    assert _types(nlp, text, "2013-04-16") == ["Violent demonstration"]


def test_a_blockade_of_2012_elsewhere_stays_violent(nlp: Language) -> None:
    text = ("Indian farmers in Sangrur blocked the highway to Patiala on Friday, protesting "
            "against the late payment for their wheat.")
    assert _types(nlp, text, "2012-05-04") == ["Violent demonstration"]
