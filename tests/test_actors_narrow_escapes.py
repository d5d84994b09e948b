"""Whoever narrowly escaped harm ("four officers escaped death when their vehicle ran over a
mine", "soldiers escaped the blast unhurt") is whom the act was aimed at, not its doer;
attackers who "escaped" with nothing of the kind fled and stay the doers."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_officers_who_escaped_death_were_the_target() -> None:
    assert _events("Four police officers escaped death when their vehicle drove over a buried "
                   "explosive near Mandera.") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Kenya)",
         "Police Forces of Kenya (2013-)")]


def test_soldiers_who_escaped_unhurt_were_the_target() -> None:
    assert _events("A team of soldiers escaped an IED explosion unhurt near Wajir on Monday as "
                   "they pursued a group of militants.") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Kenya)",
         "Military Forces of Kenya (2013-)")]


def test_gunmen_who_escaped_with_loot_stay_the_doers() -> None:
    assert _events("Gunmen shot dead two teachers in Mandera on Monday and escaped with their "
                   "phones.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]
