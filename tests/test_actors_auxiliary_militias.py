"""A state's civilian auxiliaries told by what they are, not by name ("the state-backed
militia"), are the country's known pro-government militia in its own news (Burkina
Faso's VDP); the words stay unnamed militias in other countries' news."""

from __future__ import annotations

import eventcoder


def _second_sides(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2024-05-10")
            if e.sub_event_type == "Armed clash"]


def test_the_state_backed_militia_of_burkina_is_the_vdp() -> None:
    assert _second_sides(
        "Islamist fighters attacked a post of the state-backed militia near Djibo in "
        "northern Burkina Faso on Friday, killing 12 of its members, security sources "
        "said.") == ["VDP: Volunteers for the Defense of the Homeland"]


def test_the_words_name_no_vdp_abroad() -> None:
    sides = _second_sides(
        "Islamist fighters attacked a post of a pro-government militia near Mopti in "
        "central Mali on Friday, killing 12 of its members, security sources said.")
    assert sides and not any("VDP" in (s or "") for s in sides)
