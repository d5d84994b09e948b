"""An aircraft word of one coordinated clause delivers nothing to another clause with a
subject and a weapon of its own ("air defences intercepted two drones ..., and Russian
artillery shelled a village"): the shelling stays a Shelling/artillery/missile attack
(issue #3; typing_armed.aircraft_told_apart, _coordinated_clause). A bare explosion
word in the second clause ("jets struck a depot and the blast killed two") retells the
strike, whose aircraft it keeps.

The first test fails without the rule; the guard keeps the strike's blast."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_shelling_beside_drones_shot_down(nlp: Language) -> None:
    text = ("Air defence units intercepted two drones over Kharkiv on Sunday, the governor "
            "said, and Russian artillery shelled a village near the border, killing a woman.")
    events = coded_events(nlp, text, "2023-06-12")
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in events],\
        describe(events)
    assert "Air/drone strike" not in [e.sub_event_type for e in events], describe(events)


def test_blast_of_the_strike_keeps_its_aircraft(nlp: Language) -> None:
    text = ("Russian jets struck a fuel depot near Kharkiv on Sunday and the blast killed "
            "two workers, the governor said.")
    events = coded_events(nlp, text, "2023-06-12")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], describe(events)
