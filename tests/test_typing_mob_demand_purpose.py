"""Crowd violence done to resist, stop or demand something ('threw stones at
the police to resist their eviction') says what it is for: a demonstration
with a grievance, a Violent demonstration, not Mob violence (issue #3), as
crowd violence 'over' or 'against' something already is. A crowd the text
calls a mob stays a mob. The first two tests fail without for_a_demand
(extract/typing_crowds.py) and demand_purpose_verbs (data/typing.yaml)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2018-03-12")]


def test_stones_thrown_to_resist_an_eviction(nlp: Language) -> None:
    text = ("Squatters threw stones at police officers to resist their eviction "
            "from a farm in Nakuru on Monday.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_angry_residents_pelting_officers_to_stop_a_demolition(nlp: Language) -> None:
    text = ("Angry residents pelted council officers with stones to stop them "
            "from demolishing kiosks in Thika.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_a_mob_with_a_purpose_stays_a_mob(nlp: Language) -> None:
    text = ("A mob threw stones at the police to stop them from taking away "
            "a suspect in Thika.")
    assert _types(nlp, text) == ["Mob violence"]


def test_no_purpose_told_stays_a_mob(nlp: Language) -> None:
    text = "Traders threw stones at council officers in Thika on Monday, injuring two."
    assert "Violent demonstration" not in _types(nlp, text)
