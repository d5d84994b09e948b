"""Violence over land by people the text does not name (neighbours fighting over who owns
a plot or where a boundary runs) is communal: the unnamed sides are an unidentified
communal militia, as ACLED codes land violence. Attackers the text calls unknown stay an
unidentified armed group, whatever the sentence says the violence was about."""

from __future__ import annotations

import pytest

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


@pytest.mark.parametrize("text", [
    "A farmer was hacked to death over a land dispute in Kakamega county on Monday.",
    "Attackers armed with bows and arrows wounded two women over a boundary dispute in "
    "Nandi county.",
])
def test_attack_over_land_is_communal(text: str) -> None:
    assert _events(text)[0][:2] == ("Attack", "Unidentified Communal Militia (Kenya)")


def test_clash_over_land_is_communal_on_both_sides() -> None:
    assert _events("Three people were killed when villagers clashed over land near "
                   "Naivasha on Sunday.")[0] == ("Armed clash",
                                                 "Unidentified Communal Militia (Kenya)",
                                                 "Unidentified Communal Militia (Kenya)")


@pytest.mark.parametrize("text", [
    "Unknown attackers hacked a farmer to death over a land dispute in Kakamega county.",
    "Unknown gunmen shot dead two herders in a clan revenge attack in Mandera county.",
])
def test_attackers_called_unknown_stay_unidentified(text: str) -> None:
    assert _events(text)[0][:2] == ("Attack", "Unidentified Armed Group (Kenya)")
