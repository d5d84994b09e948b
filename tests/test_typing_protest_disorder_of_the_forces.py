"""A word that only says a demonstration became disorderly ("turned violent",
"spiralled into chaotic scenes"), told with an "as ..." clause of the forces'
intervention ("as police dispersed the marchers", "as police fired tear gas at
crowds"), tells what the forces did, not the demonstrators' violence: a Protest with
intervention, not a Violent demonstration (issue #3; typing_crowds.disorder_of_the_forces).
Disorder told with the crowd's own violence stays a riot."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2019-10-28")]


def test_march_turned_violent_as_police_dispersed_it(nlp: Language) -> None:
    text = ("A march by nurses in Kericho on Monday turned violent as police dispersed the "
            "marchers from the streets.")
    assert _types(nlp, text) == ["Protest with intervention"]


def test_rally_spiralled_into_chaos_as_police_fired_tear_gas(nlp: Language) -> None:
    text = ("A march drawing thousands of protesters in Nairobi on Sunday spiraled into "
            "chaotic scenes as police fired tear gas at crowds.")
    assert _types(nlp, text) == ["Protest with intervention"]


def test_march_turned_violent_as_students_threw_stones(nlp: Language) -> None:
    text = ("A march by students in Kericho on Monday turned violent as the students "
            "hurled stones at shops.")
    assert _types(nlp, text) == ["Violent demonstration"]
