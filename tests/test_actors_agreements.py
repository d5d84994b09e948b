"""The parties to an agreement are its two sides (actor1 and actor2), not allies."""

from __future__ import annotations

import eventcoder


def test_coordinated_parties_of_an_agreement_are_both_sides() -> None:
    events = eventcoder.code(
        "Sudan's government and the Sudan People's Liberation Movement-North agreed on "
        "Sunday to extend a ceasefire in South Kordofan for six months.",
        published="2023-03-06")
    assert [(e.sub_event_type, (e.actor1 or "").split(" (")[0], e.actor2 is not None)
            for e in events] == [("Agreement", "Government of Sudan", True)]
    assert not events[0].assoc_actor_1


def test_allies_in_an_attack_stay_one_side() -> None:
    events = eventcoder.code(
        "Soldiers and allied militiamen attacked a rebel camp near Kadugli on Sunday, "
        "killing six fighters.", published="2023-03-06")
    assert events and all(e.sub_event_type != "Agreement" for e in events)
    assert events[0].actor2 is not None
