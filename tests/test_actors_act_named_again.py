"""An act named again in the next sentence ("... One man died in the raid.") with no
doer of its own was done by the doer the sentence before names: the subject of that
act's own verb first ("gunmen who had attacked a bus ... wounded in the attack"), else
the armed subject there."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_death_in_the_raid_is_the_raiders_act() -> None:
    assert ("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)") in _events(
        "Police raided a mosque in Mombasa, arresting 40 people. One man died in the raid.")


def test_the_act_s_own_doer_wins_over_the_sentence_s_subject() -> None:
    events = _events("Soldiers shot dead three gunmen who had attacked a bus near Lamu. Two "
                     "passengers were wounded in the attack.")
    assert ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)") in events
    assert ("Attack", "Military Forces of Kenya (2013-)", "Civilians (Kenya)") not in events


def test_an_act_told_anew_keeps_its_unnamed_doer() -> None:
    # "a raid" is a new act, not the one told before
    assert ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)") in _events(
        "Police arrested 40 people in Mombasa on Friday. One man died in a raid on a "
        "village near Kilifi on Sunday.")
