"""State forces that set off an explosive they came upon, with nobody hurt ("police
came across a roadside bomb and detonated it without incident"), destroyed it in a
controlled detonation: Disrupted weapons use, not a bombing by the police; a bomb
militants set off stays a bombing (issue #3). Needs typing_armed.forces_set_off_a_bomb
and the detonating_verbs / bomb_pronouns lists of data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_police_detonate_a_roadside_bomb_they_found(nlp: Language) -> None:
    text = ("Police came across a roadside bomb on the Mandera road and detonated it without "
            "incident on Tuesday.")
    assert _types(nlp, text) == ["Disrupted weapons use"]


def test_soldiers_blow_up_the_device(nlp: Language) -> None:
    text = ("A parcel bomb was reported at a bus stop in Wajir on Sunday, and soldiers "
            "later blew up the device in a quarry outside the town.")
    assert _types(nlp, text) == ["Disrupted weapons use"]


def test_militants_detonating_a_bomb_is_a_bombing(nlp: Language) -> None:
    text = "Militants detonated a roadside bomb as a police convoy passed near Mandera on Tuesday."
    assert _types(nlp, text) == ["Remote explosive/landmine/IED"]


def test_police_were_able_to_detonate_it(nlp: Language) -> None:
    # ("were able to detonate": the doers are the subject of the copula before "able")
    text = ("Militants planted a roadside bomb on the Mandera road overnight, but police were "
            "able to detonate it without incident on Tuesday.")
    assert _types(nlp, text) == ["Disrupted weapons use"]
