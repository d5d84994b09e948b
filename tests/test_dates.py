"""Event dates against the publication date (resolve.dates)."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
import yaml
from fixtures_mentions import dated_mention
from spacy.language import Language

from eventcoder.nlp import load_base_model
from eventcoder.resolve.dates import find_date_phrases, resolve_date_phrase, resolve_mention_date
from eventcoder.schema import Article

TUESDAY = dt.date(2016, 3, 15)  # publication day used by most cases below
D = dt.date


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_base_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relative to the publication day
        ("Gunmen attacked the village yesterday.", (D(2016, 3, 14), 1)),
        ("The army said the raid took place today.", (D(2016, 3, 15), 1)),
        ("Fighting broke out overnight in the north.", (D(2016, 3, 14), 1)),
        ("Five people were killed last night.", (D(2016, 3, 14), 1)),
        ("Two soldiers died the day before yesterday.", (D(2016, 3, 13), 1)),
        ("The bomb went off three days ago.", (D(2016, 3, 12), 1)),
        ("Police said the mob struck this morning.", (D(2016, 3, 15), 1)),
        # weekdays: the last such day on or before publication
        ("A roadside bomb killed four soldiers on Saturday.", (D(2016, 3, 12), 1)),
        ("Rebels shelled the town early on Monday.", (D(2016, 3, 14), 1)),
        ("Militants struck late Sunday night.", (D(2016, 3, 13), 1)),
        ("Protesters marched on Tuesday.", (D(2016, 3, 15), 1)),
        ("The convoy was ambushed last Tuesday.", (D(2016, 3, 8), 1)),
        ("Clashes erupted on Wednesday afternoon.", (D(2016, 3, 9), 1)),
        # weeks and months
        ("Herders clashed last week over grazing land.", (D(2016, 3, 9), 2)),
        ("The attacks began earlier this week.", (D(2016, 3, 15), 2)),
        ("The group abducted ten students last month.", (D(2016, 2, 15), 3)),
        ("The camp was overrun in June.", (D(2015, 6, 15), 3)),
        ("The camp was overrun in February.", (D(2016, 2, 15), 3)),
        ("Troops retook the town in mid-January.", (D(2016, 1, 15), 3)),
        ("Militants seized the port in March 2011.", (D(2011, 3, 15), 3)),
        ("Attacks rose during March.", (D(2016, 3, 15), 3)),
        # explicit days, year inferred so the date is not after publication
        ("Gunmen stormed the hotel on July 24.", (D(2015, 7, 24), 1)),
        ("Gunmen stormed the hotel on March 3.", (D(2016, 3, 3), 1)),
        ("Gunmen stormed the hotel on March 20.", (D(2015, 3, 20), 1)),
        ("On December 31 2015, a man was killed.", (D(2015, 12, 31), 1)),
        ("On December 31, 2015, a man was killed.", (D(2015, 12, 31), 1)),
        ("On 31 December 2015 a man was killed.", (D(2015, 12, 31), 1)),
        ("The blast on Dec. 31 killed two.", (D(2015, 12, 31), 1)),
        ("The blast on Jan 5th killed two.", (D(2016, 1, 5), 1)),
        ("The blast on the 5th of January killed two.", (D(2016, 1, 5), 1)),
        ("Police reported the killing on 31/12/2015.", (D(2015, 12, 31), 1)),
        ("Police reported the killing on 31/12/15.", (D(2015, 12, 31), 1)),
        ("Police reported the killing on 12/31/2015.", (D(2015, 12, 31), 1)),
        ("Police reported the killing on 05/03.", (D(2016, 3, 5), 1)),
        ("Police reported the killing on 2015-12-31.", (D(2015, 12, 31), 1)),
        ("The attack occurred on the 9th.", (D(2016, 3, 9), 1)),
        ("Residents fled on the 28th.", (D(2016, 2, 28), 1)),
        ("Around Oct 30th 2015 (date not reported), traders protested.", (D(2015, 10, 30), 1)),
        ("On or before December 3 2015, police killed three men.", (D(2015, 12, 3), 1)),
        # a span of days is coded on its first day; "week beginning" is week precision
        ("Students rioted on 22-23 February.", (D(2016, 2, 22), 1)),
        ("Police clashed with protesters on August 10 and 11.", (D(2015, 8, 10), 1)),
        ("Riots went on from 11 to 13 Aug.", (D(2015, 8, 11), 1)),
        ("During the week beginning February 29th, raiders attacked.", (D(2016, 3, 2), 2)),
        # anchored to another date in the text
        ("Gunmen struck on Friday and the army responded the next day.", (D(2016, 3, 11), 1)),
    ],
)
def test_resolve_date_phrase(text: str, expected: tuple[dt.date, int]) -> None:
    assert resolve_date_phrase(text, TUESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The war has raged since March 2011.",
        "The ceasefire holds until June.",
        "Talks are planned for next Monday.",
        "Voters go to the polls in the October 26 election.",
        "This may be the worst attack in years.",
        "He was killed at 8.30pm.",
        "The vote is scheduled for April 2.",
        "The group vowed to mar the celebrations.",
    ],
)
def test_not_event_dates(text: str) -> None:
    assert resolve_date_phrase(text, TUESDAY) is None


def test_never_after_publication() -> None:
    # a stated date later than publication is not an event date
    assert resolve_date_phrase("Elections on December 8 2016 were tense.", TUESDAY) is None
    for phrase in find_date_phrases("on March 20, in June, on Saturday, on the 28th", TUESDAY):
        assert phrase.date is not None and phrase.date <= TUESDAY


def test_without_publication_date_only_absolute_dates() -> None:
    assert resolve_date_phrase("On December 31 2019, gunmen attacked.", None) == (
        D(2019, 12, 31),
        1,
    )
    assert resolve_date_phrase("Militants seized the port in March 2011.", None) == (
        D(2011, 3, 15),
        3,
    )
    for text in ("on Saturday", "yesterday", "on July 24", "last week", "in June"):
        assert resolve_date_phrase(text, None) is None


def test_a_day_after_anchors_on_the_named_event() -> None:
    text = "The ambush came a day after gunmen killed three herders on Friday."
    phrases = find_date_phrases(text, TUESDAY)
    assert [(p.text, p.date) for p in phrases] == [
        ("a day after", D(2016, 3, 12)),
        ("Friday", D(2016, 3, 11)),
    ]


_mention = dated_mention


def test_mention_date_from_own_sentence(parser: Language) -> None:
    text = "Gunmen killed five villagers on Sunday, police said. The attack was condemned."
    doc = parser(text)
    mention = _mention(text, "Gunmen killed five villagers on Sunday, police said.", "killed")
    resolve_mention_date(mention, doc, Article("d1", text, published=TUESDAY))
    assert mention.event_date == D(2016, 3, 13)
    assert mention.time_precision == 1
    assert mention.date_evidence is not None
    assert mention.date_evidence.text == "Sunday"
    assert text[mention.date_evidence.start : mention.date_evidence.end] == "Sunday"
    assert mention.date_evidence.field == "event_date"
    assert mention.date_evidence in mention.evidence


# (text, the mention's sentence, its trigger, publication day, expected date)
MENTION_DATES = [
    # the date phrase nearest the trigger in its own sentence
    ("The gunmen who bombed the market on March 1 ambushed a convoy near Garissa on "
     "Saturday.", None, "ambushed", TUESDAY, D(2016, 3, 12)),
    # else the previous sentence of the paragraph
    ("Militants attacked a police post in Mandera on Friday. Two officers were killed in "
     "the exchange of fire.", "Two officers were killed in the exchange of fire.", "killed",
     TUESDAY, D(2016, 3, 11)),
    # not across a paragraph break, but from the lead sentence
    ("Gunmen killed three people in Lamu on Monday.\n\nResidents said the attackers came "
     "at night.\n\nOne survivor was taken to hospital.",
     "One survivor was taken to hospital.", "taken", TUESDAY, D(2016, 3, 14)),
    # without a publication day a weekday cannot be resolved
    ("Police shot dead two suspected robbers in Nairobi on Saturday.", None, "shot", None,
     None),
    # the previous sentence's own day, not a date anchored on it
    ("Raiders attacked the village on 09/03/2016, taking back goats stolen three days "
     "earlier. A police reservist was killed in the shootout.",
     "A police reservist was killed in the shootout.", "killed", TUESDAY, D(2016, 3, 9)),
    # a dateline is the publication's day, not the event's (the parser may run it in)
    ("BAIDOA, Somalia, March 15 -\n\nA roadside bomb killed four soldiers on Sunday.",
     None, "killed", TUESDAY, D(2016, 3, 13)),
    ("GUSAU, Nigeria, March 15 -\n\nGunmen abducted 30 villagers late on Saturday, police "
     "said.\n\nA police spokesman confirmed the kidnapping.",
     "A police spokesman confirmed the kidnapping.", "kidnapping", TUESDAY, D(2016, 3, 12)),
    # the event's own day beside the day of its cause
    ("Houses were torched early on Monday after a rider was killed on Sunday night.", None,
     "torched", TUESDAY, D(2016, 3, 14)),
    # deaths after a raid are its outcome and take its day
    ("Three herders were killed after gunmen raided a cattle camp near Kapedo on Sunday.",
     None, "killed", TUESDAY, D(2016, 3, 13)),
    ("Two traders were killed after bandits ambushed a lorry on 14 March 2016.", None,
     "killed", None, D(2016, 3, 14)),
    # a weekday with a stated day that falls on it is that day, not the weekday counted
    # back from publication: a short dateline, then the event "on Friday"
    ("3 June. Traders in Kitale shut their shops on Friday over new market levies.",
     "Traders in Kitale shut their shops on Friday over new market levies.", "shut",
     D(2016, 12, 31), D(2016, 6, 3)),
    ("On Thursday 10 March, youths stoned police vehicles in Kakamega.", None, "stoned",
     TUESDAY, D(2016, 3, 10)),
    # a stated day on another weekday leaves the weekday counted from publication
    ("3 June. Traders in Kitale shut their shops on Monday over new market levies.",
     "Traders in Kitale shut their shops on Monday over new market levies.", "shut",
     D(2016, 12, 31), D(2016, 12, 26)),
]


@pytest.mark.parametrize(
    ("text", "sentence", "trigger", "published", "expected"), MENTION_DATES
)
def test_mention_date(
    parser: Language,
    text: str,
    sentence: str | None,
    trigger: str,
    published: dt.date | None,
    expected: dt.date | None,
) -> None:
    mention = _mention(text, sentence or text, trigger)
    resolve_mention_date(mention, parser(text), Article("d1", text, published=published))
    assert mention.event_date == expected
    if expected is None:
        assert mention.time_precision is None


def test_mention_date_defaults_to_publication(parser: Language) -> None:
    text = "Police shot dead two suspected robbers in Nairobi."
    doc = parser(text)
    mention = _mention(text, text, "shot")
    resolve_mention_date(mention, doc, Article("d1", text, published=TUESDAY))
    assert mention.event_date == TUESDAY
    assert mention.time_precision == 1
    assert mention.date_evidence is None


def test_dates_data_integrity() -> None:
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/dates.yaml").read_text(encoding="utf-8")
    )
    assert sorted(int(k) for k in raw["months"]) == list(range(1, 13))
    assert sorted(int(k) for k in raw["weekdays"]) == list(range(7))
    names = [n for names in raw["months"].values() for n in names]
    assert len(names) == len(set(names))
    for days, precision in raw["relative_days"].values():
        assert days >= 0 and precision in (1, 2, 3)
    assert 1 <= raw["conventions"]["month_anchor_day"] <= 28
    assert 0 <= raw["conventions"]["week_anchor_weekday"] <= 6


def test_date_of_the_cause_is_not_the_events(parser: Language) -> None:
    text = "Traders blocked the main road after a girl was hit by a truck on Sunday."
    doc = parser(text)
    mention = _mention(text, text, "blocked")
    resolve_mention_date(mention, doc, Article("d1", text, published=TUESDAY))
    assert mention.event_date == TUESDAY  # nothing dates the blockade itself
    assert mention.date_evidence is None


def test_outcome_words_in_dates_data() -> None:
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/dates.yaml").read_text(encoding="utf-8")
    )
    assert {"killed", "injured", "died"} <= set(raw["outcome_words"])
    assert "rioted" not in raw["outcome_words"]


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # a span of days in one month: its first day, the last kept for the merge
        ("Herders clashed in Baringo on 7-9 March 2016.", None, D(2016, 3, 7), D(2016, 3, 9)),
        ("Traders protested in Eldoret between 3 and 4 March.", TUESDAY, D(2016, 3, 3),
         D(2016, 3, 4)),
        ("Students rioted at the campus on March 10 and 11.", TUESDAY, D(2016, 3, 10),
         D(2016, 3, 11)),
        # one day has no end; nor has a "span" running backwards
        ("Police shot two robbers on 5 March 2016.", None, D(2016, 3, 5), None),
        ("Youths burnt a lorry on 12-10 March 2016.", None, D(2016, 3, 12), None),
    ],
)
def test_span_of_days_sets_the_end_date(
    parser: Language, text: str, published: dt.date | None, start: dt.date,
    end: dt.date | None,
) -> None:
    trigger = text.split()[1]
    mention = _mention(text, text, trigger)
    resolve_mention_date(mention, parser(text), Article("d1", text, published=published))
    assert (mention.event_date, mention.end_date) == (start, end)
