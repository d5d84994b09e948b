"""Pirates are named by the country where they strike, whatever nation a demonym gives
them: Somali pirates who seize a boat off Kenya's coast are an unidentified armed group
of Kenya, as ACLED codes them, while other armed men a demonym qualifies keep its
country (hand-written reports)."""

from __future__ import annotations

import eventcoder


def _first_sides(text: str) -> tuple[str | None, str | None]:
    event = eventcoder.code(text, published="2010-06-10")[0]
    return event.actor1, event.actor2


def test_foreign_pirates_who_seize_a_boat_are_of_the_coast_they_strike() -> None:
    assert _first_sides("Suspected Somali pirates seized a fishing boat off Kiunga on Tuesday "
                        "and took its eight crew hostage.")[0] == "Unidentified Armed Group (Kenya)"


def test_foreign_pirates_fought_by_the_navy() -> None:
    assert _first_sides("The Kenyan navy killed two Somali pirates who fired on a patrol boat "
                        "off Malindi on Friday.") == ("Military Forces of Kenya (2002-2013)",
                                                      "Unidentified Armed Group (Kenya)")


def test_other_foreign_gunmen_keep_their_country() -> None:
    assert _first_sides("Somali gunmen crossed into Mandera and shot dead two traders on "
                        "Friday.")[0] == "Unidentified Armed Group (Somalia)"
