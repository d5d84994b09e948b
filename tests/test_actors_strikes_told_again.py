"""A strike told again with no striker in its sentence ("... confirmed that a fuel depot
had burned after drone attacks in the Bryansk region") was flown by the foreign state's
forces the sentences before name; a teller of that state who claims the strike is the
striker, as in the strike's own sentence."""

from __future__ import annotations

import eventcoder

_STORY = ("KYIV, March 10 - Ukrainian drones struck an oil depot in the Russian city of "
          "Bryansk on Saturday, Ukraine's military intelligence agency said. The governor of "
          "the Kursk region said a warehouse in the town of Lgov had burned down on Sunday "
          "after drone attacks.")


def test_the_striker_of_a_strike_told_again_is_told_before() -> None:
    strikes = [e for e in eventcoder.code(_STORY, published="2024-03-10")
               if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2
    assert all((e.actor1 or "").startswith("Military Forces of Ukraine") for e in strikes)
