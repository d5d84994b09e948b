"""Two sides named in one coordination keep the order the text gives them, also when the
parse reads the whole pair as a target (a stray preposition before "between": "clashes on
between Borana and Garba clans"): the first conjunct is the first side."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_pair_read_as_a_target_keeps_its_order() -> None:
    assert ("Armed clash", "Borana Ethnic Militia (Kenya)", "Garba Ethnic Militia (Kenya)") in \
        _events("Four people died near Moyale after renewed clashes on between Borana and Garba "
                "clans.")


def test_a_pair_after_between_keeps_its_order() -> None:
    assert ("Armed clash", "Borana Ethnic Militia (Kenya)", "Garba Ethnic Militia (Kenya)") in \
        _events("Four people died near Moyale after renewed clashes between Borana and Garba "
                "clans.")


def test_the_side_that_only_fights_back_is_the_second() -> None:
    # (own sentence; a side that "retaliated" or "fought back" recurs in Kenya notes, whose
    # coders list the side that struck first as actor1)
    events = _events("Samburu herders fought back against Turkana raiders near Baragoi in "
                     "Kenya on Sunday, and three people were killed in the exchange of fire.")
    assert ("Armed clash", "Turkana Ethnic Militia (Kenya)",
            "Samburu Ethnic Militia (Kenya)") in events
