"""The author of a strike from the air that the text does not name: the state's own when
the story names its forces and no foreign ones, unidentified otherwise (hand-written
sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import story_mention
from spacy.language import Language


@pytest.mark.parametrize(("text", "country", "actor1"), [
    # the story tells of the country's army and of no other state's forces
    ("A drone strike hit a busy market in the town on Tuesday, killing 14 people, a nurse "
     "said. The army has been fighting militia fighters in the area since April.",
     "Ethiopia", "Military Forces of Ethiopia (2018-)"),
    ("An air strike on a village killed nine civilians on Sunday, residents said. The "
     "military did not comment.", "Sudan", "Military Forces of Sudan (2019-)"),
    # no forces told at all: the author stays unknown
    ("A drone strike hit a busy market in the town on Tuesday, killing 14 people, a nurse "
     "said.", "Ethiopia", "Unidentified Armed Group (Ethiopia)"),
])
def test_an_unattributed_strike_from_the_air_is_the_states_own(
        nlp: Language, text: str, country: str, actor1: str) -> None:
    trigger = "drone strike" if "drone strike" in text else "air strike"
    mention = story_mention(nlp, text, trigger, "Air/drone strike", country,
                            dt.date(2023, 8, 14))
    assert mention.actor1 is not None and mention.actor1.name == actor1


def test_a_strike_from_the_air_in_a_story_of_foreign_forces_stays_unattributed(
        nlp: Language) -> None:
    text = ("Russian forces shelled the city overnight. Later a drone strike hit an "
            "apartment block in Kharkiv, killing three, Ukrainian troops said.")
    mention = story_mention(nlp, text, "drone strike", "Air/drone strike", "Ukraine",
                            dt.date(2023, 8, 14))
    assert mention.actor1 is not None
    assert mention.actor1.name.startswith("Unidentified Armed Group")
