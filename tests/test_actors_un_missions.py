"""The U.N. force of a country, and who soldiers surrender to (hand-written sentences in
agency style, about conflicts outside Kenya):

- the words news uses for any U.N. force ("the U.N. peacekeeping mission", "U.N.
  peacekeepers") name the country's own mission where it has one (MONUSCO in DR Congo,
  MINUSMA in Mali), and the United Nations elsewhere;
- in a surrender, who the men gave themselves up to is the other party.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import story_sides
from spacy.language import Language

from eventcoder.resolve.actors import default_actor_dictionary


@pytest.mark.parametrize(("country", "name"), [
    ("Democratic Republic of Congo", "MONUSCO"),
    ("Mali", "MINUSMA"),
    ("South Sudan", "UNMISS"),
    ("Haiti", "UN: United Nations"),
])
def test_a_un_force_is_the_countrys_mission(country: str, name: str) -> None:
    actor = default_actor_dictionary().resolve("the U.N. peacekeeping mission", country,
                                               dt.date(2020, 5, 1))
    assert actor is not None and actor.name.startswith(name)


def test_soldiers_surrender_to_the_mission(nlp: Language) -> None:
    actor1, actor2 = story_sides(
        nlp, "About 200 government soldiers surrendered to the U.N. peacekeeping mission "
        "near Bunia on Sunday and handed over their rifles, a U.N. spokesperson said.",
        "surrendered", "Agreement", "Democratic Republic of Congo")
    assert actor1 is not None and actor1.startswith(
        "Military Forces of the Democratic Republic of Congo")
    assert actor2 is not None and actor2.startswith("MONUSCO")


def test_fighters_surrender_to_the_army(nlp: Language) -> None:
    actor1, actor2 = story_sides(
        nlp, "Forty Mai-Mai fighters surrendered to the Congolese army in Beni territory on "
        "Friday, a local administrator said.", "surrendered", "Agreement",
        "Democratic Republic of Congo")
    assert actor1 == "Mai-Mai Militia"
    assert actor2 is not None and actor2.startswith(
        "Military Forces of the Democratic Republic of Congo")
