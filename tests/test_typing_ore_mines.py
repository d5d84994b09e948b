"""A mine named by its ore or its kind of working ("a gold mine", "artisanal mines") is a
pit where people dig, a place an attack may hit, not a landmine (issue #3;
exclude_preceded_by "remote_explosive:mine" in triggers.yaml). A landmine stays one."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-05")]


def test_gunmen_at_a_gold_mine_attack_the_miners(nlp: Language) -> None:
    text = ("Gunmen on motorbikes attacked a gold mine near Kidal on Monday, killing five "
            "miners, local officials said.")
    assert _types(nlp, text) == ["Attack"]


def test_miners_taken_from_artisanal_mines_are_abducted(nlp: Language) -> None:
    text = ("Armed men stormed artisanal mines outside Anka on Sunday and abducted twenty "
            "miners, a police spokesman said.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]


def test_a_vehicle_on_a_landmine_is_still_an_explosive(nlp: Language) -> None:
    text = ("Three soldiers were killed when their truck hit a landmine near Djibo on "
            "Saturday, the army said.")
    assert _types(nlp, text) == ["Remote explosive/landmine/IED"]
