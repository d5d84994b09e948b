"""The subject of a clause of its own that only describes a word of the event's phrase
("rioted in the town centre, where traders had shut their shops") does its own act:
the walk up from it passes the phrase's preposition, but it is not whom the event hit.
People the crowd's own verb hits stay its victims."""

from __future__ import annotations

import eventcoder


def _riot(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Violent demonstration"]


def test_the_subject_of_a_describing_clause_is_no_victim() -> None:
    text = "Students rioted in central Kisumu on Monday, where traders had closed their shops."
    assert _riot(text) == [("Rioters (Kenya)", None)]


def test_people_the_crowd_pelted_stay_its_victims() -> None:
    text = "Students rioted in central Kisumu on Friday and pelted traders with stones."
    assert _riot(text) == [("Rioters (Kenya)", "Civilians (Kenya)")]
