"""A group's name followed by a word saying what kind of group it is ("the ISWAP faction",
"the CPC coalition"; group_kind_words) is that group: armed men "of" it are its men, and
the kind word ("coalition") names no second actor."""

from __future__ import annotations

import eventcoder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-03-08")]


def test_men_of_a_named_faction_fight_for_it() -> None:
    sides = _sides("Insurgents of the ISWAP faction stormed an army base near Monguno on "
                   "Thursday, killing seven soldiers, military sources said.")
    assert sides and any("Islamic State West Africa Province" in (side or "")
                         for pair in sides for side in pair), sides


def test_the_kind_word_names_no_second_group() -> None:
    sides = _sides("Gangs of the Viv Ansanm coalition attacked the police station in "
                   "Saut-d'Eau on Thursday, killing two officers, officials said.")
    assert sides and not any("Global Coalition" in (side or "") for pair in sides
                             for side in pair), sides
    assert any("Viv Ansanm" in (side or "") for pair in sides for side in pair), sides
