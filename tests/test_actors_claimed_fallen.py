"""Unnamed fighters of a battle whose dead a people's groups claim as their own in a later
sentence ("... said the dead men were village volunteers defending their community")
were that people's militia. A people told doing something else with no word on the
dead leaves the fighters unnamed."""

from __future__ import annotations

import eventcoder

_CLASH = ("IMPHAL, India, June 7 - Police shot dead six gunmen who attacked a checkpoint near "
          "Moreh in Manipur's Tengnoupal district on Friday, officials said. ")


def _second_sides(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2024-06-08")
            if e.sub_event_type == "Armed clash"]


def test_the_people_that_claims_the_dead_is_the_fighters_side() -> None:
    assert _second_sides(_CLASH + "Kuki groups said the dead were village volunteers guarding "
                         "their hamlets and called a shutdown in the hills.") == [
        "Kuki Ethnic Militia (India)"]


def test_a_people_that_says_nothing_of_the_dead_names_no_side() -> None:
    assert _second_sides(_CLASH + "Kuki groups called a shutdown in the hills on Saturday.") \
        != ["Kuki Ethnic Militia (India)"]
