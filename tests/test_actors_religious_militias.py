"""Armed bands named by their members' faith ("Muslim gunmen", "Christian militiamen")
are ACLED's religious militias of the event's country; the faithful told alone stay
civilians when hit."""

from __future__ import annotations

import pytest

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Muslim gunmen attacked a church in Garissa county, killing two worshippers.",
     "Muslim Militia (Kenya)"),
    ("A Muslim gang beheaded a man in Malindi on Sunday, police said.",
     "Muslim Militia (Kenya)"),
    ("Christian militiamen killed six traders in Bangui on Friday.",
     "Christian Militia (Central African Republic)"),
])
def test_armed_band_named_by_faith(text: str, expected: str) -> None:
    assert _events(text)[0][1] == expected


def test_faithful_hit_stay_civilians() -> None:
    text = "Gunmen attacked Muslim worshippers leaving a mosque in Mombasa, killing three."
    assert _events(text)[0] == ("Attack", "Unidentified Armed Group (Kenya)",
                                "Civilians (Kenya)")
