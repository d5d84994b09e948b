"""Weapons stopped in flight: the forces that shot down or intercepted drones, rockets or
missiles are the Disrupted weapons use's actor1 however the sentence is turned, and a
state's air defences are its military; the state whose weapons they were is actor2.
A weapon found or seized keeps its owner first when told as the subject. In a strike's
sentence, air defences that shot its rockets down are no target of it."""

from __future__ import annotations

import pytest

import eventcoder


def _sides(text: str, sub_event_type: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-08-12")
            if e.sub_event_type == sub_event_type]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Russian air defences shot down six Ukrainian drones over the Kursk region overnight, "
     "the defence ministry said.",
     ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")),
    ("Six drones flew towards the city of Kursk overnight; four were shot down by air "
     "defence systems on its outskirts, the governor said.",
     ("Military Forces of Russia (2000-)", "Unidentified Armed Group (Russia)")),
])
def test_who_stopped_the_weapons_is_actor1(text: str, wanted: tuple[str, str]) -> None:
    assert _sides(text, "Disrupted weapons use") == [wanted]


def test_a_weapon_found_keeps_its_owner_first() -> None:
    assert _sides("A bomb was found by police under a parked car in Mandera on Monday.",
                  "Disrupted weapons use") == [
        ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2013-)")]


def test_air_defences_that_fended_a_strike_off_are_not_its_target() -> None:
    sides = _sides("The defence ministry said Ukraine had fired rockets at the city of Kursk "
                   "on Sunday, killing three people, and that its air defences had shot most "
                   "of them down.", "Shelling/artillery/missile attack")
    assert [a2 for _, a2 in sides] == ["Civilians (Russia)"]
