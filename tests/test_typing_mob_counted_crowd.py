"""Crowds that damage property outside any demonstration (issue #3): (1) a crowd's
vandalism told with a damage word of the riot class ('smashed windows',
'ransacked') is Mob violence, as its arson already was, not Looting/property
destruction by civilians (events._propose, protest_violence branch, reading
crowd_agent); (2) plain people counted in the hundreds or thousands ('hundreds of
men', 'thousands of people'; crowd_numbers, counted_people in data/typing.yaml)
are a crowd (typing_crowds._counted_crowd), unless they carry arms. The first
three tests fail without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-03-09")]


def test_residents_smash_windows(nlp: Language) -> None:
    text = "Residents of Kondele smashed windows of the chief's office on Monday."
    assert _types(nlp, text) == ["Mob violence"]


def test_hundreds_of_men_burn_a_church(nlp: Language) -> None:
    text = ("Hundreds of men set fire to a church in Kafanchan on Monday after a "
            "preacher was accused of insulting their faith.")
    assert _types(nlp, text) == ["Mob violence"]


def test_thousands_of_people_ransack_homes(nlp: Language) -> None:
    text = "Thousands of people ransacked the homes of two traders in Kano on Monday."
    assert _types(nlp, text) == ["Mob violence"]


def test_hundreds_of_armed_men_are_no_crowd(nlp: Language) -> None:
    text = ("Hundreds of men armed with machetes set fire to a church in Kafanchan "
            "on Monday.")
    assert "Mob violence" not in _types(nlp, text)


def test_hundreds_of_people_throw_bricks(nlp: Language) -> None:
    # (a thrown-objects phrase with a counted crowd as its doers: no event before)
    text = "Hundreds of people threw bricks and bottles at police in Leeds on Tuesday."
    assert _types(nlp, text) == ["Mob violence"]
