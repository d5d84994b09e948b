"""In Iran's news, "security forces" are its police (as its file reads "Iranian
security forces"): the forces that break up a rally are Police Forces of Iran."""

from __future__ import annotations

import eventcoder


def test_security_forces_breaking_up_a_rally_in_iran_are_its_police() -> None:
    events = eventcoder.code(
        "DUBAI, Nov 4 - Hundreds of students rallying outside a university in the Iranian "
        "city of Mashhad on Thursday were scattered by security forces using tear gas and "
        "batons, a rights group said.", published="2022-11-04")
    crowd = [e for e in events if e.event_type == "Protests"]
    assert crowd
    assert all((e.actor2 or "").startswith("Police Forces of Iran") for e in crowd)
