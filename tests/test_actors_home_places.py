"""Local militias told by their home place ("raiders from Wajir", "herders from Wajir and
Garissa exchanged fire") are that place's communal militia, as ACLED names them; armed
men of no militia word ("gunmen from Mandera town") and raiders from a country or a
community keep their names."""

from __future__ import annotations

import eventcoder


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_raiders_from_a_place_are_its_communal_militia() -> None:
    assert _sides("Raiders from Wajir stormed a village near Isiolo on Tuesday, killing two "
                  "herders.")[0] == (
        "Attack", "Wajir Communal Militia (Kenya)", "Civilians (Kenya)")


def test_one_phrase_with_two_home_places_gives_both_sides() -> None:
    assert _sides("Herders from Wajir and Garissa exchanged fire over a water point on "
                  "Sunday, leaving three people dead.")[0] == (
        "Armed clash", "Wajir Communal Militia (Kenya)", "Garissa Communal Militia (Kenya)")


def test_two_groups_each_from_its_own_place_are_the_two_sides() -> None:
    assert _sides("Herders from Wajir clashed with pastoralists from Garissa over a water "
                  "point on Sunday, leaving three people dead.")[0] == (
        "Armed clash", "Wajir Communal Militia (Kenya)", "Garissa Communal Militia (Kenya)")
    assert _sides("Raiders from Mandera clashed with herders from Wajir near a dam on "
                  "Friday, and two men were killed.")[0] == (
        "Armed clash", "Mandera Communal Militia (Kenya)", "Wajir Communal Militia (Kenya)")


def test_a_named_side_keeps_its_name_beside_a_home_place() -> None:
    assert _sides("Police clashed with herders from Garissa on Sunday, leaving three "
                  "people dead.")[0][1] == "Police Forces of Kenya (2013-)"


def test_gunmen_from_a_town_stay_unidentified() -> None:
    assert _sides("Gunmen from Mandera town killed two teachers at a school in Wajir on "
                  "Monday.")[0] == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_raiders_from_a_community_are_its_militia() -> None:
    assert _sides("Raiders from the Pokot community stormed a village near Isiolo on "
                  "Tuesday, killing two herders.")[0] == (
        "Attack", "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)")
