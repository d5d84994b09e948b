"""Words for a state force in the singular as in the plural ("a senior cop" as "cops")."""

from __future__ import annotations

import eventcoder


def test_a_cop_is_the_police() -> None:
    events = eventcoder.code("Unknown assailants shot and wounded a senior cop outside his "
                             "home in Nairobi on Saturday.", published="2019-06-03")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")]
