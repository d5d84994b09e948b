"""A crowd that disperses of its own accord ("marched peacefully and dispersed in the
evening") was not dispersed: no intervention unless forces are named doing it."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("In Sylhet, several thousand students marched peacefully from the campus to the city "
     "centre and dispersed in the evening, a police officer said.", "Peaceful protest"),
    ("The protesters dispersed peacefully after handing a petition to the governor in "
     "Kisumu.", "Peaceful protest"),
    # the crowd's own leaving told as a gerund after its march (typing.yaml
    # self_dispersal_prepositions)
    ("Several hundred nurses marched peacefully to the county offices in Embu on Tuesday, "
     "singing and waving placards over unpaid salaries, before dispersing at midday.",
     "Peaceful protest"),
    # forces named as the ones who dispersed them
    ("In Sylhet, police dispersed several thousand students who marched from the campus "
     "to the city centre.", "Protest with intervention"),
    ("Thousands of students marched in Sylhet and were dispersed by police in the "
     "evening.", "Protest with intervention"),
    ("Police intervened and the protesters dispersed in Kisumu.",
     "Protest with intervention"),
    ("Several hundred nurses marched to the county offices in Embu on Tuesday before "
     "police fired tear gas, dispersing them at midday.", "Protest with intervention"),
])
def test_who_dispersed_the_crowd(text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in eventcoder.code(text, published="2024-07-17")] == [
        sub_event_type]
