"""A wire dateline ("KANO, Nigeria, March 5 (Reuters) -") names where and when the
report was filed, not who acted or when: it is its own sentence, its place in
capitals is no actor, and its date is no event date."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import dated_mention
from spacy.language import Language

import eventcoder
from eventcoder.resolve.dates import resolve_mention_date
from eventcoder.schema import Article
from eventcoder.text import dateline_end

REPORT = ("MAIDUGURI, Nigeria, March 5 (Reuters) - Gunmen attacked a market in the town of "
          "Konduga on Friday, killing nine traders, police said.")


@pytest.mark.parametrize(("text", "dateline"), [
    (REPORT, "MAIDUGURI, Nigeria, March 5 (Reuters) - "),
    ("GAO, Mali — Soldiers repelled an attack.", "GAO, Mali — "),
    ("KYIV, Oct 5 (AFP) - A drone hit a depot.", "KYIV, Oct 5 (AFP) - "),
    # AFP writes its place in title case; the bracketed agency tells the dateline
    ("Bamako (AFP) - Gunmen killed 12 soldiers.", "Bamako (AFP) - "),
    ("Gunmen (dozens of them) - witnesses said", ""),
    ("Police said on Monday - as expected - that", ""),
    ("Gunmen attacked a market on Friday.", ""),
])
def test_dateline_end(text: str, dateline: str) -> None:
    assert dateline_end(text) == len(dateline)


def test_the_dateline_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp(REPORT)
    first = next(iter(doc.sents))
    assert first.text == "MAIDUGURI, Nigeria, March 5 (Reuters) -"
    # the story's first verb has the gunmen, not the dateline, for subject
    attacked = next(t for t in doc if t.text == "attacked")
    assert [t.text for t in attacked.children if t.dep_ == "nsubj"] == ["Gunmen"]


def test_no_sentence_break_without_a_dateline(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a market in Konduga on Friday, killing nine traders.")
    assert len(list(doc.sents)) == 1


@pytest.fixture(scope="module")
def event() -> eventcoder.Event:
    events = eventcoder.code(REPORT, published="2023-03-05")
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(("text", "country"), [
    (REPORT, "Nigeria"),
    # the parser read BAMENDA as the subject of "attacked" before the split
    ("BAMENDA, March 5 - Gunmen attacked a market in the town of Bali on Friday, killing "
     "nine traders, police said.", "Cameroon"),
])
def test_the_dateline_place_is_no_actor(text: str, country: str) -> None:
    events = eventcoder.code(text, published="2023-03-05")
    assert [(e.actor1, e.actor2) for e in events] == [
        (f"Unidentified Armed Group ({country})", f"Civilians ({country})")]


def test_the_weekday_counts_back_from_publication_not_the_dateline(
        event: eventcoder.Event) -> None:
    # "March 5" dates the filing; "on Friday" before a report of Sunday 5 March is the 3rd
    assert event.event_date == dt.date(2023, 3, 3)



def test_a_paragraph_without_a_day_takes_the_leads_not_the_datelines(nlp: Language) -> None:
    # the shooting states no day, and the lead's "on Sunday" sits in a clause on a noun
    # ("students protesting ..."), which the walk back skips: the fallback is the lead
    # itself, the first sentence after the dateline (whose own date is excluded)
    rangpur = "In Rangpur, police opened fire on protesters, killing a student."
    text = ("DHAKA, March 15 (Reuters) - Police fired tear gas at students protesting "
            "against fee rises at colleges in Dhaka on Sunday.\n\n" + rangpur)
    mention = dated_mention(text, rangpur, "opened fire")
    resolve_mention_date(mention, nlp(text), Article("d1", text, published=dt.date(2016, 3, 15)))
    assert mention.event_date == dt.date(2016, 3, 13)


@pytest.mark.parametrize(("text", "day"), [
    # the statement's Sunday dates the saying; the retaking, in the past perfect, was
    # the Saturday the next sentence states
    ("The army said on Sunday it had retaken the town of Bor from rebels. Soldiers "
     "entered the town on Saturday.", dt.date(2025, 1, 11)),
    # with no later day the statement's stands
    ("The army said on Sunday it had retaken the town of Bor from rebels.",
     dt.date(2025, 1, 12)),
    # a later sentence with an event of its own keeps its day to itself
    ("Police said on Sunday they had arrested 12 suspects in Bor. Officers raided a "
     "hideout in the town on Friday night.", dt.date(2025, 1, 12)),
])
def test_a_statements_day_gives_way_to_the_day_told_after(text: str, day: dt.date) -> None:
    events = eventcoder.code(text, published="2025-01-13")
    assert events and events[0].event_date == day, events
