"""Two verb phrases joined by "and" under one subject, each with a weapon of its own
("fired mortars at the posts ... and used drones to hit depots further back"): the
drones are the second phrase's, so the mortar fire stays a Shelling/artillery/missile
attack (issue #3; typing_armed.aircraft_told_apart, _in_joined_verb_phrase). The
shared subject belongs to both phrases: helicopters that circled a village and fired
rockets made an air strike.

The first test fails without the rule; the second is its guard."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_mortar_fire_beside_drones_of_a_joined_phrase(nlp: Language) -> None:
    text = ("The army said separatist units started firing mortars at dawn on Friday at "
            "its posts near the town of Bakhmut, and used drones to hit supply depots "
            "further behind the front line.")
    events = coded_events(nlp, text, "2023-02-11")
    types = [e.sub_event_type for e in events]
    assert "Shelling/artillery/missile attack" in types, describe(events)
    assert "Air/drone strike" not in types, describe(events)


def test_aircraft_subject_of_both_phrases_keeps_the_strike(nlp: Language) -> None:
    text = ("Two army helicopters circled the village of Mabanda on Friday and fired "
            "rockets at the market, killing four traders, residents said.")
    events = coded_events(nlp, text, "2023-02-11")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], describe(events)
