"""Tolls in merging. Casualty-only reports ("Two people were killed.") are the toll of the
story's incident, not an extra attack by an unidentified group (merge rule,
data/merge.yaml). ACLED codes the lowest credible figure when reports disagree (also two
figures inside one report), a toll told as an update is the newer figure, a party's own
claim of kills stands beside the story's figure, and the deaths of different sides add
up (each side takes the lowest of its tellers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import pytest
from fixtures_events import coded_events, describe
from fixtures_store import make_mention
from spacy.language import Language

import eventcoder
from eventcoder.merge import casualty_only_class, combine_reports
from eventcoder.schema import Actor, Claim, Event

_events = partial(coded_events, published=dt.date(2022, 9, 6))


def test_casualty_only_class_reads_the_trigger_class_and_needs_an_unnamed_doer() -> None:
    text = "Two people were killed."
    mention = make_mention(text, "killed", "Attack")
    toll = replace(mention, trigger_class="kill",
                   type_reason="trigger 'killed' (kill): civilian victims")
    assert casualty_only_class(toll) == "kill"
    hurt = replace(mention, trigger_class="injure",
                   type_reason="trigger 'hurt' (injure): civilian victims")
    assert casualty_only_class(hurt) == "injure"
    # The class is the mention's field, not a word of its reason (which is for a reviewer).
    assert casualty_only_class(replace(mention, trigger_class="kill", type_reason="reworded"))\
        == "kill"
    assert casualty_only_class(replace(
        mention, type_reason="trigger 'killed' (kill): civilian victims")) is None
    # A template doer (no words in the text) is still no named perpetrator.
    template = Actor(name="Unidentified Armed Group (Kenya)", inter=3)
    assert casualty_only_class(replace(toll, actor1=template)) == "kill"
    named = Actor(name="Unidentified Armed Group (Kenya)", inter=3, text="gunmen",
                  start=30, end=36)
    assert casualty_only_class(replace(toll, actor1=named)) is None
    attack = replace(mention, trigger_class="attack",
                     type_reason="trigger 'ambushed' (attack): armed target")
    assert casualty_only_class(attack) is None


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities", "injured"),
    [
        ("Police fought armed cattle raiders near Kapedo on Sunday. Two people were killed.",
         "Armed clash", 2, 0),
        ("Youths backing rival candidates clashed at a rally in Nakuru, throwing stones at "
         "each other. Three people were injured.", "Violent demonstration", 0, 3),
        ("Police used tear gas to disperse teachers protesting over pay in Nyeri. Four "
         "were injured.", "Protest with intervention", 0, 4),
    ],
)
def test_toll_sentence_joins_the_incident(text: str, sub_event_type: str, fatalities: int,
                                          injured: int) -> None:
    events = eventcoder.code(text, published="2024-03-11")
    assert [e.sub_event_type for e in events] == [sub_event_type]
    assert events[0].fatalities == fatalities and events[0].injured == injured


def test_toll_with_a_named_doer_elsewhere_stays_its_own_event() -> None:
    text = ("Traders marched through Nyeri town on Monday over market fees. In Garissa, "
            "two people were killed by gunmen on Monday.")
    events = eventcoder.code(text, published="2024-03-11")
    types = sorted(e.sub_event_type for e in events)
    assert "Attack" in types and "Peaceful protest" in types


@pytest.mark.parametrize(("text", "killed"), [
    # one teller's sentence holding two accounts: the lower one
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday, officials "
     "put the toll at 22.", 15),
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday. Local "
     "officials put the toll at 22.", 15),
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday, police "
     "said, while community leaders said 30 were killed.", 15),
    # an update of the toll is the newer figure
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday. The death "
     "toll later rose to 22, officials said.", 22),
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday, police "
     "said. Hospital staff later said the death toll had risen to 22.", 22),
])
def test_conflicting_tolls_take_the_lowest_and_updates_the_newest(
        nlp: Language, text: str, killed: int) -> None:
    events = coded_events(nlp, text, "2024-03-11")
    assert len(events) == 1, describe(events)
    assert events[0].fatalities == killed, describe(events)
    assert {c.value for c in events[0].claims if c.field == "fatalities"} >= {15}


@pytest.mark.parametrize(("text", "killed"), [
    # the lead's unattributed toll of one side, the army's count of the other: both
    ("Militants stormed an army base in Borno state on Saturday, killing 12 soldiers. "
     "The army said its troops killed 25 of the assailants.", 37),
    ("Al Shabaab fighters raided a military camp in Lower Shabelle on Sunday. Seven "
     "soldiers died in the raid, officials said. The army said it killed 18 militants.", 25),
    # the same side told twice: restatements, the lowest counts
    ("Militants stormed an army base in Borno state on Saturday, killing 12 soldiers, "
     "officials said. The military said 15 soldiers died.", 12),
    # a toll that names no side may be the whole: it stands beside the sides' sum
    ("Militants stormed an army base in Borno state on Saturday. Forty people were "
     "killed in the fighting. The army said 12 soldiers and 20 attackers died.", 40),
])
def test_deaths_of_different_sides_add_up(nlp: Language, text: str, killed: int) -> None:
    events = [e for e in coded_events(nlp, text, "2024-03-11") if e.fatalities]
    assert len(events) == 1, describe(events)
    assert events[0].fatalities == killed, describe(events)


def test_claims_carry_the_victims_side(nlp: Language) -> None:
    text = ("Gunmen ambushed a police patrol in Kaduna state on Monday, killing four "
            "officers and two passengers.")
    events = coded_events(nlp, text, "2024-03-11")
    groups = {c.group for e in events for c in e.claims if c.field == "fatalities"}
    assert groups == {"civilian+state"}, describe(events)


def _report(claims: list[Claim]) -> Event:
    return Event(event_id="ev-1", doc_id="d1", event_date=None, time_precision=None,
                 event_type="Battles", sub_event_type="Armed clash", claims=claims)


def test_each_side_takes_the_lowest_of_its_tellers_then_the_sides_add() -> None:
    claims = [Claim("fatalities", 10, "Police", group="state"),
              Claim("fatalities", 14, "Hospital", group="state"),
              Claim("fatalities", 20, "Military", group="armed")]
    event = combine_reports([_report(claims)])
    assert event.fatalities == 30
    # overlapping sides ("soldiers" and "soldiers and attackers") are one toll told twice
    overlapping = [Claim("fatalities", 10, "Police", group="state"),
                   Claim("fatalities", 30, "Military", group="armed+state")]
    assert combine_reports([_report(overlapping)]).fatalities == 10


def test_rioters_and_police_killed_in_one_riot_add_up(nlp: Language) -> None:
    text = ("Riots broke out in Kericho on Monday after the arrest of a local MP. One police "
            "officer was killed by rioters armed with clubs. Two rioters were shot dead.")
    events = coded_events(nlp, text, "2024-03-12")
    assert events and max(e.fatalities for e in events) == 3, describe(events)


def test_a_partys_claim_of_kills_stands_beside_the_storys_toll(nlp: Language) -> None:
    text = ("Al Shabaab fighters raided a police camp near Mandera on Tuesday night. Three "
            "officers were killed in the raid. The attackers also burned two trucks at the "
            "camp. Al Shabaab claimed the raid in a statement, claiming to have killed eight "
            "police officers.")
    events = _events(nlp, text)
    assert len(events) == 1
    assert events[0].fatalities == 3
    assert {c.value for c in events[0].claims if c.field == "fatalities"} >= {3, 8}
