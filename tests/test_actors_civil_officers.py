""""Officer" qualified by the words of a civil service or a firm ("the county health
officer", "the returning officer") names an official of that service, a civilian when hit, not
the police that "officer" alone names; a force's word beside it keeps the police."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_rioting_traders_beat_a_county_health_officer() -> None:
    events = _events("Angry traders rioted in Bungoma on Monday and beat up the county "
                     "health officer who had closed their stalls.")
    assert events and all(a2 == "Civilians (Kenya)" for _, _, a2 in events)


def test_a_mob_attacked_the_returning_officer() -> None:
    events = _events("A mob attacked the returning officer at a polling station in Kisii "
                     "on Tuesday.")
    assert events and all(a2 == "Civilians (Kenya)" for _, _, a2 in events)


def test_officers_alone_stay_the_police() -> None:
    events = _events("A mob attacked two officers at a polling station in Kisii on Tuesday.")
    assert events and events[0][2] == "Police Forces of Kenya (2013-)"


def test_a_police_press_officer_stays_the_police() -> None:
    events = _events("Rioters stoned a police press officer in Kisumu on Monday.")
    assert events and events[0][2] == "Police Forces of Kenya (2013-)"
