""""Kenya's security forces" are read like "Kenyan security forces": fighting a rebel group
they are the army (a counter-insurgency), against anyone else the police Kenyan news
means by the words."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_country_s_security_forces_against_rebels_are_its_army() -> None:
    assert _events("Kenya's security forces killed four Al Shabaab militants in Boni forest on "
                   "Monday.") == [("Armed clash", "Military Forces of Kenya (2013-)", "Al Shabaab")]


def test_a_country_s_security_forces_against_suspects_are_its_police() -> None:
    assert _events("Kenya's security forces shot dead two robbery suspects in Kayole on "
                   "Monday.") == [("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)")]
