"""A measure the state takes after violence or a demonstration, told later in the story
(troops sent to guard buildings, a curfew or a lockdown ordered, security stepped up in
other towns), is the authorities' response, part of the incident's story, not an event
of its own (merge._incident_the_measure_answers; measures_told_after in
data/merge.yaml). A measure told alone, or one with a second side, stays an event."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2024, 3, 9))


def test_troops_deployed_after_a_shooting_of_protesters_join_it(nlp: Language) -> None:
    text = ("Police fired live rounds at students marching on the education ministry in "
            "Freetown on Friday, killing four of them, a hospital official said.\n\n"
            "The army was deployed around the ministry and the state broadcaster later "
            "that evening.")
    events = _events(nlp, text)
    assert [e.event_type for e in events] == ["Protests"], events
    assert events[0].location == "Freetown"
    assert events[0].fatalities == 4


def test_security_tightened_in_another_city_after_a_bombing_joins_it(nlp: Language) -> None:
    # the response applies elsewhere: the bombing keeps its own place
    text = ("A bomb exploded at a bus station in Mombasa on Friday, killing three "
            "passengers, police said.\n\n"
            "Police in Nairobi tightened security at bus stations and markets.")
    events = _events(nlp, text)
    assert [e.event_type for e in events] == ["Explosions/Remote violence"], events
    assert events[0].location == "Mombasa"


def test_a_deployment_told_alone_stays_an_event(nlp: Language) -> None:
    text = "The government deployed 500 soldiers to Marsabit county on Friday."
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"], events


def test_measures_told_after_are_strategic_developments() -> None:
    from eventcoder.merge import _merge_set
    from eventcoder.taxonomy import event_type_of

    assert {event_type_of(s) for s in _merge_set("measures_told_after")} \
        == {"Strategic developments"}
