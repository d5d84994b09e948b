"""A strike told again with neither striker nor target in its sentence ("Russia's
defence ministry said several aircraft were damaged after drone attacks in the Kursk
region") hit what it hit when first told: the foreign state's drones of the sentences
before that struck an airfield hit the military of the country it is in, not its
civilians (actors: the retold strike's striker sentence read by military_target_hit).
A retold strike whose own sentence names the people hit keeps them."""

from __future__ import annotations

import eventcoder

_FIRST = ("KYIV, Oct 14 - Ukrainian drones struck a military airfield in the Kursk region "
          "on Sunday, destroying at least four attack helicopters, a Ukrainian army source "
          "said. ")


def _retold(second: str) -> list[eventcoder.Event]:
    events = eventcoder.code(_FIRST + second, published="2024-10-14")
    return [e for e in events if e.sub_event_type == "Air/drone strike"
            and e.evidence and second[:30] in " ".join(x.text for x in e.evidence)]


def test_a_retold_strike_hit_the_target_told_first() -> None:
    retold = _retold("Russia's defence ministry said several aircraft were damaged after "
                     "drone attacks in the Belgorod region.")
    assert retold, "the retold strike is its own event"
    assert all((e.actor2 or "").startswith("Military Forces of Russia") for e in retold)


def test_a_retold_strike_that_names_its_victims_keeps_them() -> None:
    retold = _retold("The governor of the Belgorod region said two women were wounded after "
                     "drone attacks on the town of Shebekino.")
    assert retold
    assert not any((e.actor2 or "").startswith("Military Forces") for e in retold)
