"""A state named by its capital: "the Kyiv regime", "Damascus forces" (as its enemies'
officials say) are that country's military, in any country's news; the capital alone
stays a place. Weapons stopped in flight whose sender their own sentence leaves untold
were sent by the side the sentences before name behind them."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.extract.actor_matcher import actor_dictionary


@pytest.mark.parametrize(("words", "country", "wanted"), [
    ("Kyiv regime", "Russia", "Military Forces of Ukraine (2019-)"),
    ("Kiev regime", None, "Military Forces of Ukraine (2019-)"),
    ("Damascus forces", "Turkey", "Military Forces of Syria"),
])
def test_a_capital_before_regime_names_the_country_military(
        words: str, country: str | None, wanted: str) -> None:
    actor = actor_dictionary().resolve(words, country, None)
    assert actor is not None and actor.name.startswith(wanted)


def test_the_sender_of_intercepted_drones_is_told_before() -> None:
    events = eventcoder.code(
        "BELGOROD, Russia, Aug 12 - The regional governor said ten drones had been sent "
        "against the city overnight in an assault by the Kyiv regime. Seven were shot down "
        "by air defence units over its southern suburbs, he said.", published="2024-08-12")
    sides = [(e.actor1, e.actor2) for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert sides == [("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")]


def test_a_capital_alone_is_no_side() -> None:
    events = eventcoder.code(
        "KYIV, Aug 12 - Russian drones struck an apartment block in Kyiv overnight, killing "
        "two people, city officials said.", published="2024-08-12")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.actor2 == "Civilians (Ukraine)" for e in strikes)
