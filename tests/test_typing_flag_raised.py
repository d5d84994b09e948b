"""A force raising its flag over a place has taken hold of it: a change of hands,
typed by who raised it. After a capture or handover the text told, the flag raised is
the ceremony of that change, told once more: no second event. The phrase names what
was raised itself (the flag is no thing seized), and a capture phrase whose object is
a pronoun ("tried to take them over") still needs a place told before."""

from __future__ import annotations

import eventcoder

PUBLISHED = "2024-02-12"


def _types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in eventcoder.code(text, published=PUBLISHED)]


def test_state_forces_raising_their_flag_regain_the_place() -> None:
    text = ("Government soldiers raised the national flag over the district office in the "
            "rebel-held town of Bambari on Sunday, the defence ministry said.")
    assert _types(text) == ["Government regains territory"]


def test_a_flag_raised_after_the_capture_told_is_no_second_event() -> None:
    text = ("The army said on Sunday it had taken control of Bambari after two days of "
            "fighting with rebels.\n\n"
            "Troops backed by allied fighters entered the town at noon and hoisted the flag "
            "over the prefecture, the army said.")
    assert _types(text) == ["Government regains territory"]


def test_a_handover_marked_by_a_flag_is_one_event() -> None:
    text = ("Departing peacekeepers handed over their base at Bambari to the national army on "
            "Sunday.\n\nArmy officers raised the national flag over the base at a short "
            "ceremony, a reporter said.")
    assert _types(text) == ["Non-violent transfer of territory"]
