"""A target only guessed at ("The grenade, apparently aimed at a police vehicle, went off
in the street") is not who a blast hit: with no one else named, the blast hit civilians;
an aim told plainly stays the target."""

from __future__ import annotations

import eventcoder


def _targets(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2024-03-04")
            if e.event_type == "Explosions/Remote violence"]


def test_a_guessed_aim_is_no_target() -> None:
    assert _targets(
        "A bomb, possibly aimed at a police patrol, exploded outside a bakery in the town "
        "of Bannu on Monday, officials said.") == ["Civilians (Pakistan)"]


def test_a_plain_aim_stays_the_target() -> None:
    targets = _targets(
        "A bomb aimed at a police patrol exploded outside a bakery in the town of Bannu on "
        "Monday, officials said.")
    assert targets and all((t or "").startswith("Police Forces of Pakistan") for t in targets)
