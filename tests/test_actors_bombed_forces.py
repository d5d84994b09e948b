"""A force whose men or vehicles a bomb hits is the target, never the bomber: the force
the victims belong to ("soldiers from the Kenya Defence Forces were killed") or own
("a police truck was destroyed") is the one hit."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "target"), [
    ("Three soldiers from the Kenya Defence Forces were killed when their truck struck a "
     "roadside bomb near Mandera on Monday.", "Military Forces of Kenya (2013-)"),
    ("Two officers of the General Service Unit were wounded by a landmine near Mandera on "
     "Monday.", "Police Forces of Kenya (2013-)"),
])
def test_the_force_of_the_victims_is_the_target(text: str, target: str) -> None:
    events = eventcoder.code(text, published="2019-06-03")
    assert [(e.actor1, e.actor2) for e in events
            if e.sub_event_type == "Remote explosive/landmine/IED"] == [
        ("Unidentified Armed Group (Kenya)", target)]
