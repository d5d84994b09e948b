"""A group the text names as what a side hunts ("searching for", "to flush out", "a
crackdown on") is the target of the hunt: never the doer of the act told beside it, nor
the group the text blames for it."""

from __future__ import annotations

import eventcoder


def _attackers(text: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text) if e.sub_event_type == "Attack"]


def test_the_group_a_raid_means_to_flush_out_is_not_its_doer() -> None:
    actors = _attackers("Several huts were torched near Kopsiro on Friday to flush out Sabaot "
                        "Land Defence Force fighters, in what residents described as a police "
                        "operation.")
    assert len(actors) == 1 and actors[0] is not None
    assert actors[0].startswith("Police Forces of Kenya")


def test_a_group_the_police_hunt_is_not_blamed_for_a_killing() -> None:
    # the suspicion in the sentence is about the attackers (robbers), not the group hunted
    assert _attackers("A trader was shot dead in Mandera town on Tuesday. Police suspected "
                      "the attackers were robbers and said they were also hunting for Al "
                      "Shabaab militants nearby.") == ["Unidentified Armed Group (Kenya)"]
