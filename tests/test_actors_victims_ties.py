"""A named group that only tells who the victim was ("a suspected Al Shabaab returnee was
shot dead", "a terror suspect with links to Al Shabaab was found dead") is on the side
the act hit: the text does not blame the group for the act, so its unnamed doer stays
unidentified. A group the text blames ("police suspect Al Shabaab") still names the
doer."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_the_victim_s_group_is_not_the_doer() -> None:
    assert _events("A suspected Al Shabaab returnee was shot dead near Malindi on Friday.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]
    assert _events("A terror suspect with links to Al Shabaab was found dead by the roadside "
                   "near Mombasa.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_a_group_the_text_blames_is_the_doer() -> None:
    assert _events("Gunmen attacked a bus near Mandera on Friday, killing four passengers. "
                   "Police suspect Al Shabaab.") == [
        ("Attack", "Al Shabaab", "Civilians (Kenya)")]
