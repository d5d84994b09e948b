"""Forces that shoot at the mob itself ("police fired on a mob that had stormed the station
to lynch two suspects") fought it: they are the riot's second side, whoever the mob was
after. A mob that lynched someone before the police came keeps its victims."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_forces_that_fired_on_the_mob_are_its_second_side() -> None:
    assert ("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-)") in _events(
        "Police officers fired at a mob which had stormed the police station in Bondo to lynch "
        "two suspects, killing three people.")


def test_a_mob_s_victims_stay_when_the_police_only_arrive() -> None:
    assert _events("A mob lynched a suspected thief in Kisii on Sunday before police "
                   "arrived.") == [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")]
