"""An attack verb in a relative clause on the weapon that forces intercepted ("shot down
two drones that the rebels had fired at a base"): it tells how the stopped weapon was
used, no attack of its own; the interception is the event, Disrupted weapons use by
the forces that stopped it (issue #3). Fails without typing_armed.fired_weapon_disrupted
read in events._propose."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_drones_shot_down_after_their_launch_are_disrupted(nlp: Language) -> None:
    text = ("Government troops shot down two drones that the rebels had fired at an army "
            "base near Goma on Monday, a spokesman said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"], describe(events)


def test_rockets_intercepted_and_destroyed_are_disrupted(nlp: Language) -> None:
    text = ("Air defence units intercepted and destroyed three rockets that militants fired "
            "at the airport in Goma on Monday, the army said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"], describe(events)


def test_rockets_that_hit_a_town_are_an_attack(nlp: Language) -> None:
    # (no interception: the relative clause on the weapon tells the attack itself)
    text = ("Militants fired three rockets that struck homes in Goma on Monday, killing "
            "two people, the army said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert "Disrupted weapons use" not in [e.sub_event_type for e in events], describe(events)
