"""Violence told as a standing situation or a long campaign, not as a day's event:
"has for years been ... as two cartels fight", "which has been trying since
February to capture the city", "held the city a decade ago"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.schema import Article


def _statuses(nlp: Language, text: str) -> list[str]:
    article = Article(doc_id="t", text=text, published=dt.date(2023, 8, 14))
    return [m.status for m in detect_mentions(nlp(text), article)]


@pytest.mark.parametrize(("text", "status"), [
    # a campaign through a verb of attempt in a relative clause about an actor
    ("The rebel coalition, which has been trying since March to capture Goma, the "
     "provincial capital, said nothing.", "habitual"),
    ("The militia, which has been attempting for months to capture the town, did not "
     "respond.", "habitual"),
    # a present perfect held for a long time
    ("Sinaloa has for years been one of the deadliest states as rival factions fight "
     "over smuggling routes there.", "habitual"),
    ("The district has for decades been tense as herders and farmers clash over "
     "water.", "habitual"),
    # vague past dates
    ("The rebels briefly held the town a decade ago before an offensive drove them out.",
     "background"),
])
def test_situations_are_no_new_event(nlp: Language, text: str, status: str) -> None:
    assert _statuses(nlp, text) == [status]


@pytest.mark.parametrize("text", [
    # attempted violence is violence (ACLED), told as what happened
    "A mob that was trying to lynch a suspect clashed with police on Monday.",
    "Rebels tried to capture the town on Sunday but were repelled by troops.",
    # a long duration on another verb leaves the day's event alone
    "Police have been accused of abuses for years; on Monday officers shot dead two men.",
])
def test_events_told_as_happening_stay_new(nlp: Language, text: str) -> None:
    assert "new" in _statuses(nlp, text)


@pytest.mark.parametrize("text", [
    # the consequence participle shares the year of the clause it hangs on
    "Militants ambushed an army convoy in 2019, killing 30 soldiers.",
    "Gunmen stormed a hotel in the capital in 2017, killing 21 guests.",
])
def test_a_dated_past_attack_and_its_toll_are_background(nlp: Language, text: str) -> None:
    assert set(_statuses(nlp, text)) == {"background"}


def test_this_years_attack_and_its_toll_stay_new(nlp: Language) -> None:
    text = "In 2023 militants ambushed an army convoy, killing 30 soldiers."
    assert set(_statuses(nlp, text)) == {"new"}


@pytest.mark.parametrize("text", [
    "The Pentagon published figures on how many civilians died in air raids on Mosul "
    "from 2014 to 2019.",
    "The number of civilians killed in air strikes has doubled, the monitor said.",
])
def test_a_count_over_many_incidents_is_a_statistic(nlp: Language, text: str) -> None:
    assert set(_statuses(nlp, text)) == {"statistic"}


def test_the_running_toll_of_one_attack_stays_new(nlp: Language) -> None:
    text = "The number of people killed in Monday's attack on the market rose to 40."
    assert set(_statuses(nlp, text)) == {"new"}


@pytest.mark.parametrize("text", [
    "The number of people killed in Monday's attack on the market rose to 40.",
    # "a number of" is a quantity, not a count
    "Police made a number of arrests in Kibera on Tuesday.",
])
def test_running_tolls_and_quantities_stay_new(nlp: Language, text: str) -> None:
    assert set(_statuses(nlp, text)) == {"new"}


@pytest.mark.parametrize(("text", "statuses"), [
    # how a war began is the story's history
    ("The war began when gunmen attacked villages in the south, killing 1,200 people.",
     {"background"}),
    ("The insurgency started after soldiers killed a cleric in the north.", {"background"}),
    # a day's clashes that erupted are that day's news
    ("Clashes erupted when police fired on protesters in Nairobi.", {"new"}),
])
def test_how_a_war_began(nlp: Language, text: str, statuses: set[str]) -> None:
    assert set(_statuses(nlp, text)) == statuses


def test_a_war_noun_with_a_parsed_apart_toll_verb_is_a_statistic(nlp: Language) -> None:
    # the parser makes "linked" the root and "has killed" its conjunct, which shares
    # the subject "Violence"
    text = "Violence linked to the group has killed thousands of people in the region."
    assert set(_statuses(nlp, text)) == {"statistic"}
