"""Refugees hit in a camp that houses one nation's refugees (Kenya's Dadaab camps:
Somalia's) are that nation's civilians, as ACLED names civilians by nationality; other
people in the camp, and the camp named as a place ('the Ifo refugee camp'), stay the
event country's."""

from __future__ import annotations

import pytest

import eventcoder


def _victims(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Attack"]


@pytest.mark.parametrize("text", [
    "Gunmen shot and wounded two refugees at Ifo camp in Garissa county on Sunday, "
    "police said.",
    "Bandits robbed and stabbed a refugee at a market in Hagadera camp, Garissa county, "
    "on Tuesday.",
])
def test_refugees_in_a_dadaab_camp_are_civilians_of_somalia(text: str) -> None:
    assert _victims(text)[:1] == ["Civilians (Somalia)"]


# The refugee word may qualify the victim's noun, and the victim's words be only a part
# of that phrase ("a woman refugee leader").
@pytest.mark.parametrize("text", [
    "Two gunmen shot and wounded a refugee elder at Ifo camp near Dadaab on Sunday.",
    "Bandits stabbed a woman refugee teacher at Hagadera camp near Dadaab late on "
    "Tuesday.",
])
def test_a_refugee_word_on_the_victims_noun(text: str) -> None:
    assert _victims(text)[:1] == ["Civilians (Somalia)"]


@pytest.mark.parametrize("text", [
    "Gunmen shot and wounded two traders at Ifo camp in Garissa county on Sunday, "
    "police said.",
    "Gunmen attacked the Hagadera refugee camp in Garissa county on Sunday night, police "
    "said.",
])
def test_other_people_in_the_camp_stay_kenyan_civilians(text: str) -> None:
    assert _victims(text)[:1] == ["Civilians (Kenya)"]
