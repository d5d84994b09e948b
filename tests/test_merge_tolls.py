"""Casualty-only reports ("Two people were killed.") are the toll of the story's
incident, not an extra attack by an unidentified group (merge rule, data/merge.yaml)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fixtures_store import make_mention

import eventcoder
from eventcoder.merge import casualty_only_class
from eventcoder.schema import Actor


def test_casualty_only_class_reads_the_trigger_class_and_needs_an_unnamed_doer() -> None:
    text = "Two people were killed."
    mention = make_mention(text, "killed", "Attack")
    toll = replace(mention, type_reason="trigger 'killed' (kill): civilian victims")
    assert casualty_only_class(toll) == "kill"
    hurt = replace(mention, type_reason="trigger 'hurt' (injure): civilian victims")
    assert casualty_only_class(hurt) == "injure"
    # A template doer (no words in the text) is still no named perpetrator.
    template = Actor(name="Unidentified Armed Group (Kenya)", inter=3)
    assert casualty_only_class(replace(toll, actor1=template)) == "kill"
    named = Actor(name="Unidentified Armed Group (Kenya)", inter=3, text="gunmen",
                  start=30, end=36)
    assert casualty_only_class(replace(toll, actor1=named)) is None
    attack = replace(mention, type_reason="trigger 'ambushed' (attack): armed target")
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
