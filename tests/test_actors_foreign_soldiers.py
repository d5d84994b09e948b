""""the soldiers", "the troops" after a foreign army was named are that army, not the
army of the country the event is in: a definite force word refers back to the last army
the story named."""

from __future__ import annotations

import eventcoder


def test_the_soldiers_are_the_foreign_army_told_before() -> None:
    events = eventcoder.code(
        "BAMAKO, March 3 - French troops landed near the town of Menaka on Thursday and "
        "searched a compound for two hours, residents said. Officials said a local "
        "commander was killed in a gunfight with the soldiers.", published="2021-03-03")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes
    assert all((e.actor1 or "").startswith("Military Forces of France") for e in clashes)
