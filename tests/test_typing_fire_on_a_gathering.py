"""Forces opening fire on a demonstration told by its gathering noun, with a word or two
for its size or kind ("opened fire on a huge march"), used excessive force against the
demonstrators. A rally told in the same text as happening across town is another scene:
its own event, not the demonstration that was fired on."""

from __future__ import annotations

import eventcoder

PUBLISHED = "2024-03-19"


def _types(text: str) -> list[str | None]:
    return sorted(e.sub_event_type or "" for e in eventcoder.code(text, published=PUBLISHED))


def test_forces_opening_fire_on_a_march_used_excessive_force() -> None:
    text = ("Six marchers died in Conakry on Monday when soldiers opened fire on a large "
            "march led by widows of miners killed in a strike last year, a union official "
            "said.")
    assert _types(text) == ["Excessive force against protesters"]


def test_a_rally_across_town_is_its_own_event() -> None:
    text = ("Police opened fire on a student march in Conakry on Monday, killing four people, "
            "a union official said.\n\nAcross town, a few thousand supporters of the ruling "
            "party gathered on the same afternoon for a rally addressed by the prime minister.")
    assert _types(text) == ["Excessive force against protesters", "Peaceful protest"]
