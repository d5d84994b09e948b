"""Civilians named by the nationality of a country the dictionary has no file for ("an
Italian missionary", "two Cuban doctors") are foreigners whose country's coverage is
unknown: "Civilians (International)", never the event's country's civilians."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2016-05-10")]


def test_a_missionary_of_an_unlisted_nation_is_international() -> None:
    assert _events("Gunmen shot dead a Norwegian missionary at his home in Kisumu on "
                   "Sunday night.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (International)")]


def test_doctors_of_an_unlisted_nation_abducted() -> None:
    events = _events("Suspected Al Shabaab fighters abducted two Cuban doctors in Mandera "
                     "on Friday.")
    assert [e[2] for e in events] == ["Civilians (International)"]


def test_the_country_s_own_civilians_stay_its_own() -> None:
    assert _events("Gunmen shot dead a Kenyan missionary at his home in Kisumu on "
                   "Sunday night.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]
