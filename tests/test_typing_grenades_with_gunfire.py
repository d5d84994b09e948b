"""Grenades thrown beside gunfire at armed men ('hurled grenades at the checkpoint and
fired their weapons', 'lobbed grenades at a police post and then opened fire on the
officers'): ACLED codes the fight, an Armed clash, not a Grenade attack (issue #3;
typing_armed.grenades_with_gunfire_on_forces). A grenade alone at forces, and grenades
with gunfire at civilians, stay Grenade. The first two tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-03-09")]


def test_grenades_and_rifle_fire_at_a_checkpoint(nlp: Language) -> None:
    text = ("Gunmen attacked a police checkpoint near Elwak before dawn on Tuesday, "
            "hurling grenades and firing their rifles, officials said.")
    assert _types(nlp, text) == ["Armed clash"]


def test_grenade_then_opened_fire_on_officers(nlp: Language) -> None:
    text = ("Suspected militants lobbed two grenades at a police post in Mandera on Sunday "
            "night and then opened fire on the officers.")
    assert _types(nlp, text) == ["Armed clash"]


def test_grenade_alone_at_a_patrol_stays_a_grenade(nlp: Language) -> None:
    text = ("Attackers threw a grenade at a police patrol in Garissa on Sunday, "
            "wounding two officers.")
    assert _types(nlp, text) == ["Grenade"]


def test_grenades_and_gunfire_at_a_bar_stay_a_grenade(nlp: Language) -> None:
    text = ("Gunmen fired shots and hurled two grenades into a busy bar in Garissa on "
            "Saturday night, wounding six drinkers.")
    assert _types(nlp, text) == ["Grenade"]
