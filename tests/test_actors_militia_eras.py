"""An identity militia whose people no report names takes the name that the country's
ACLED coding gave such militias at the time: in Kenya "Unidentified Ethnic Militia"
through 2014 and "Unidentified Communal Militia" from 2015, when the ethnic name stays
only for violence the report calls ethnic, tribal or clan violence, or where it names
a people. Other countries keep the name the report's words call for (hand-written
reports)."""

from __future__ import annotations

import pytest

import eventcoder

ETHNIC = "Unidentified Ethnic Militia (Kenya)"
COMMUNAL = "Unidentified Communal Militia (Kenya)"


def _first_sides(text: str, published: str) -> tuple[str | None, str | None]:
    event = eventcoder.code(text, published=published)[0]
    return event.actor1, event.actor2


@pytest.mark.parametrize(("published", "wanted"), [
    ("2019-03-11", COMMUNAL),
    ("2006-03-11", ETHNIC),
])
def test_raiders_of_no_named_people_by_the_year(published: str, wanted: str) -> None:
    assert _first_sides("Raiders shot dead a herdsman and made off with forty camels near "
                        "Lokori on Saturday.", published) == (wanted, "Civilians (Kenya)")


def test_land_violence_before_2015_is_ethnic() -> None:
    assert _first_sides("Two farmers were hacked to death in a quarrel over land near Kitale "
                        "on Sunday.", "2008-05-20")[0] == ETHNIC


@pytest.mark.parametrize("text", [
    "Raiders killed three people near Merti on Sunday as tribal fighting flared again.",
    "Raiders killed a boy near Baragoi on Sunday; elders said Samburu homes were the target.",
])
def test_ethnic_violence_after_2014_keeps_the_ethnic_name(text: str) -> None:
    assert _first_sides(text, "2018-09-02")[0] == ETHNIC


def test_another_country_keeps_its_words_name() -> None:
    # (no dated names in Nigeria's file: the raiders stay what the words make them)
    actor1, _ = _first_sides("Raiders shot dead a herdsman and made off with forty cows near "
                             "Wase in Plateau state on Saturday.", "2019-03-11")
    assert actor1 == "Unidentified Ethnic Militia (Nigeria)"
