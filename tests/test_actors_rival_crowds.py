"""Two crowds that fight each other in a mob's violence are rioters on both sides, as
ACLED codes them: also when the other crowd is told by a crowd word ("supporters"),
not only by words for civilians."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_fights_between_two_candidates_supporters_are_rioters_on_both_sides() -> None:
    assert _events("Violence flared at a Malindi rally as Jubilee supporters fought "
                   "supporters of an opposition candidate.") == [
        ("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")]


def test_a_mob_that_beats_a_man_hits_a_civilian() -> None:
    assert _events("A mob beat a man to death in Kisumu on Sunday after accusing him of "
                   "theft.") == [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")]
