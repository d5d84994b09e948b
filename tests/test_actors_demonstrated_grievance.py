"""Forces named only inside what a crowd was demonstrating against ("demonstrating against
the death of a man at a military camp") are its grievance, not the side it fought; forces
the crowd clashed with, or that dispersed it, stay its other side."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_forces_in_the_grievance_are_no_side() -> None:
    assert _events("Residents of Garissa barricaded the main road with burning tyres on Monday, "
                   "demonstrating against the death of a man at a military camp at the hands "
                   "of a soldier.") == [("Violent demonstration", "Rioters (Kenya)", None)]


def test_police_the_demonstrators_clashed_with_stay_a_side() -> None:
    assert _events("Youths demonstrating against the arrest of a local leader clashed with "
                   "police in Kisumu on Monday.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-)")]
