"""Police in British news are the Police Forces of the United Kingdom (the country
file's entry; the role's fallback dropped the article: "Police Forces of United
Kingdom"); a named British force ("Merseyside Police") is that one."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize("police", ["police", "Merseyside Police officers"])
def test_police_in_britain(police: str) -> None:
    events = eventcoder.code(
        f"A crowd threw bricks and bottles at {police} outside a hotel housing asylum "
        "seekers in Rotherham, England, on Sunday, and set fire to bins.",
        published="2024-08-04")
    sides = [e.actor2 for e in events if e.event_type == "Riots"]
    assert sides and all((s or "").startswith("Police Forces of the United Kingdom")
                         for s in sides)
