"""A named person whom a capture verb takes, told as a person by an apposition ("troops
captured Abdi Warsame, a nephew of the militia's founder") or by a title before the name
("rebels seized engineer Omar Yusuf"), is a man taken prisoner, not a
place taken: state forces arrest him (Arrests), an armed group abducts him (Abduction);
a town in the same construction stays territory (issue #3). Needs
typing_armed._names_a_person / _person_taken and person_appositions in data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_soldiers_capture_a_named_man(nlp: Language) -> None:
    text = ("Soldiers captured Abdi Warsame, a nephew of the militia's founder, near the "
            "border on Tuesday, the army said.")
    assert _types(nlp, text) == ["Arrests"]


def test_militants_seize_a_named_official(nlp: Language) -> None:
    text = ("Militants seized Ali Farah, a district commissioner, at a roadblock outside "
            "Mandera on Monday.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]


def test_rebels_seize_a_man_named_with_his_title(nlp: Language) -> None:
    text = ("Militants seized engineer Omar Yusuf on Sunday shortly after his truck reached "
            "a checkpoint outside Mandera, officials said.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]


def test_a_named_town_captured_stays_territory(nlp: Language) -> None:
    text = "Troops captured Dhobley, a town near the border, on Tuesday, the army said."
    assert _types(nlp, text) == ["Government regains territory"]
