"""Guards or officers overpowered by force are a fight with them (issue #3): a crowd
that overcomes the police is Mob violence, armed men who overcome the guards an
Armed clash; but where the same sentence tells people killed or hurt, overcoming the
guards was only the way to the victims, and the harm stays the event. The first two
tests fail without the armed_clash pattern of triggers.yaml; the third without
overpowered_on_the_way (extract/typing_armed.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_crowd_that_overpowers_the_police_is_a_mob(nlp: Language) -> None:
    text = "A crowd in Webuye overpowers officers to free a jailed trader."
    assert _types(nlp, text) == ["Mob violence"]


def test_raiders_who_overpower_reservists_fight_them(nlp: Language) -> None:
    text = ("Suspected cattle rustlers overpowered two police reservists guarding a "
            "borehole near Kapedo on Sunday and escaped with their rifles.")
    assert _types(nlp, text) == ["Armed clash"]


def test_guards_overpowered_on_the_way_to_the_victims(nlp: Language) -> None:
    text = ("Gunmen overpowered the guards of a village school in Mandera on Friday and "
            "shot dead three teachers.")
    assert _types(nlp, text) == ["Attack"]
