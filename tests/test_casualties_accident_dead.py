"""The dead of a structure or craft that failed on its own are no victims of violence
(issue #3; casualties.accident_casualty, accident_verbs of data/casualties.yaml): a
protest set off by a collapse that killed people has no fatalities, and the
collapse's killing is no event of its own."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_a_protest_over_a_bridge_collapse_has_no_dead(nlp: Language) -> None:
    text = ("ACCRA, May 9 - Hundreds of traders marched peacefully to the regional "
            "office in Kumasi on Tuesday to demand an inquiry. Two days earlier, part of "
            "a footbridge over the market collapsed killing six traders.")
    events = coded_events(nlp, text, "2023-05-09")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", 0)]


def test_the_collapse_named_as_the_protests_cause_adds_no_dead(nlp: Language) -> None:
    text = ("ACCRA, May 9 - Hundreds of traders marched peacefully to the regional "
            "office in Kumasi on Tuesday to demand an inquiry. The marches began after a "
            "footbridge over the market collapsed on April 2, killing six traders.")
    events = coded_events(nlp, text, "2023-05-09")
    assert events and all(e.fatalities == 0 for e in events)


def test_a_bomb_killing_people_still_counts(nlp: Language) -> None:
    text = ("ACCRA, May 9 - A bomb exploded in the market in Kumasi on Tuesday, killing "
            "six traders, police said.")
    events = coded_events(nlp, text, "2023-05-09")
    assert [e.fatalities for e in events] == [6]
