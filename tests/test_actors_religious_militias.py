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


@pytest.mark.parametrize(("text", "expected"), [
    ("Christians attacked a group of Muslim traders near Wajir on Sunday, injuring four.",
     "Christian Militia (Kenya)"),
    ("A trader was abducted and stabbed near Lamu by a Muslim group on Sunday.",
     "Muslim Militia (Kenya)"),
])
def test_faithful_who_do_violence_are_their_faiths_militia(text: str, expected: str) -> None:
    # no armed word: the faithful who attack are the faith's militia, as ACLED names them
    assert _events(text)[0][1] == expected


def test_faithful_rioting_stay_rioters() -> None:
    text = ("Muslim youths threw stones at police and burned tyres in Mombasa on Friday "
            "after a cleric was shot dead.")
    assert _events(text)[0][1] == "Rioters (Kenya)"


def test_faithful_a_headline_tells_hit_stay_victims() -> None:
    # a headline's passive read as active: its subject was hit, no militia
    assert _events("Four Christians shot dead near Mpeketoni")[0][1] != "Christian Militia (Kenya)"
