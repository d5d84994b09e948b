"""People rounded up and then attacked, in that sentence or the next, were rounded up
as the start of the attack: ACLED codes the attack, not an arrest beside it. A round-up
told after the violence (police rounding up suspects) is still an arrest."""

from __future__ import annotations

import eventcoder

PUBLISHED = "2024-04-22"


def _types(text: str) -> list[str | None]:
    return sorted(e.sub_event_type or "" for e in eventcoder.code(text, published=PUBLISHED))


def test_men_rounded_up_then_shot_are_one_attack() -> None:
    text = ("Militiamen rounded up about forty fishermen at a landing site near Kalemie on "
            "Saturday.\n\nThe men were then led into the bush and shot dead, two survivors "
            "told a local rights group.")
    assert _types(text) == ["Attack"]


def test_suspects_rounded_up_after_an_attack_are_arrests() -> None:
    text = ("Militiamen shot dead six fishermen at a landing site near Kalemie on Saturday.\n\n"
            "Soldiers later rounded up twelve suspects in a nearby village, an army "
            "spokesman said.")
    assert _types(text) == ["Arrests", "Attack"]
