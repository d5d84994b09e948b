"""An active accusation with its accuser and the accused ("residents accused soldiers
of killing two men on Sunday") tells the act it alleges: local reports often carry a
killing only through the people who accuse someone of it. The filters read the act as
referred to by the accusation, so, like other background, it is coded when the text
dates it. A suspect "accused of" an act, or someone who "was accused of" one, is still
the accusation itself: no event of the act."""

from __future__ import annotations

import eventcoder

PUBLISHED = "2024-03-04"


def _types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in eventcoder.code(text, published=PUBLISHED)]


def test_the_dated_act_an_active_accusation_alleges_is_coded() -> None:
    text = ("Villagers in Bulo Burte accused soldiers of shooting dead two herders at a "
            "water point on Sunday.")
    assert _types(text) == ["Attack"]


def test_a_suspect_accused_of_an_act_is_no_event_of_it() -> None:
    text = "A herder accused of shooting dead two traders was arrested in Bulo Burte on Sunday."
    assert "Attack" not in _types(text)


def test_a_passive_accusation_is_no_event() -> None:
    text = "Soldiers were accused on Sunday of shooting dead two herders in Bulo Burte."
    assert "Attack" not in _types(text)
