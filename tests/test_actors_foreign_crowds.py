"""Foreigners who demonstrate are scoped by their own country: where they live ("Nigerians
living in Kenya") does not make them the host country's. A crowd that also names the
host's own people stays the host's."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_where_foreigners_live_does_not_scope_them() -> None:
    assert _events("Nigerians living in Kenya protested in Nairobi against police "
                   "harassment.")[0][:2] == ("Peaceful protest", "Protesters (Nigeria)")


def test_a_crowd_with_the_host_s_people_stays_the_host_s() -> None:
    assert _events("Sudanese living in Kenya and Kenyans marched together in Nairobi to demand "
                   "peace.")[0][:2] == ("Peaceful protest", "Protesters (Kenya)")
