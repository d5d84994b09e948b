"""Guards hit by attackers the text leaves unnamed ("a guard was wounded as he tried to
stop a robbery") are the battle's second side, the unidentified attackers its
first, as ACLED lists them; guards who opened fire themselves stay first."""

from __future__ import annotations

import eventcoder


def _clash(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Armed clash"]


def test_guards_hit_by_unnamed_attackers_come_second() -> None:
    text = ("A security guard was shot and wounded as he tried to stop a robbery at a bank "
            "in Thika on Monday.")
    assert _clash(text) == [("Unidentified Armed Group (Kenya)",
                             "Private Security Forces (Kenya)")]


def test_guards_who_fired_first_stay_first() -> None:
    text = "Security guards exchanged fire with armed robbers at a bank in Thika on Monday."
    assert _clash(text) == [("Private Security Forces (Kenya)",
                             "Unidentified Armed Group (Kenya)")]
