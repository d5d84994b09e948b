"""Where armed men are told to come from: a people that lives in several countries
("Murle", "Nuer") told coming from one of them is that country's militia, and an origin
told in a relative clause ("gunmen who were said to be from Ethiopia") scopes the
attackers as the reduced clause does."""

from __future__ import annotations

import pytest

import eventcoder


def _attackers(text: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == "Attack"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Suspected Murle militia from South Sudan raided a village in Turkana county, "
     "killing three herders.", "Murle Ethnic Militia (South Sudan)"),
    ("Nuer militiamen from South Sudan attacked a village in Gambella region, killing "
     "five people.", "Nuer Ethnic Militia (South Sudan)"),
    # peoples of both sides of Kenya's borders
    ("Borana raiders from Ethiopia attacked a village near Moyale, killing two "
     "herders.", "Borana Ethnic Militia (Ethiopia)"),
    ("Pokot raiders from Uganda drove off cattle from a village in West Pokot, killing "
     "a herder.", "Pokot Ethnic Militia (Uganda)"),
])
def test_people_of_several_countries_told_home(text: str, expected: str) -> None:
    assert _attackers(text)[:1] == [expected]


def test_people_of_several_countries_with_no_home_told() -> None:
    text = "Nuer militiamen attacked a village in Gambella region, killing five people."
    assert _attackers(text)[:1] == ["Nuer Ethnic Militia (Ethiopia)"]
    text = "Borana raiders attacked a village near Moyale, killing two herders."
    assert _attackers(text)[:1] == ["Borana Ethnic Militia (Kenya)"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed men who were believed to be from Ethiopia raided a meeting of elders in "
     "Marsabit county.", "Unidentified Armed Group (Ethiopia)"),
    ("Gunmen who were believed to be from Somalia killed two teachers in Mandera county.",
     "Unidentified Armed Group (Somalia)"),
])
def test_origin_told_in_a_relative_clause(text: str, expected: str) -> None:
    assert _attackers(text)[:1] == [expected]
