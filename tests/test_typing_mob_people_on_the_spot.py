"""People who happen to be on the spot (passers-by, commuters, townspeople: a
crowd_cue phrase of data/triggers.yaml) and who beat or burn someone are a
crowd: Mob violence, not an attack by an unidentified armed group (issue #3).
The first three tests fail without the change; the last guards such people as
victims of the police."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-05-04")]


def test_passers_by_beat_a_pickpocket(nlp: Language) -> None:
    text = "Passers-by caught a pickpocket in Lagos on Monday and beat him senseless."
    assert _types(nlp, text) == ["Mob violence"]


def test_commuters_beat_a_conductor(nlp: Language) -> None:
    text = "Commuters beat up a bus conductor in Nairobi after he doubled the fare."
    assert _types(nlp, text) == ["Mob violence"]


def test_townspeople_burn_a_man(nlp: Language) -> None:
    text = ("Townspeople in Acatlan burned alive a man they accused of snatching "
            "a child.")
    assert _types(nlp, text) == ["Mob violence"]


def test_police_shoot_passers_by(nlp: Language) -> None:
    text = "Police shot dead two passers-by in Kisumu on Monday."
    assert _types(nlp, text) == ["Attack"]
