"""A blast's dead told as people of whom most were of a force ("killing 30 people, 20 of
them policemen") hit that force, as ACLED names the target; a few of them among the
hit ("including a soldier") leave the people civilians (actors._forces_most_of_the_hit)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_most_of_the_dead_being_soldiers_makes_the_army_the_target(nlp: Language) -> None:
    text = ("A car bomb exploded beside a bus station in Kandahar on Monday, killing 30 "
            "people, 20 of them soldiers, officials said.")
    _, second = story_sides(nlp, text, "car bomb", "Remote explosive/landmine/IED",
                            "Afghanistan")
    assert (second or "").startswith("Military Forces of Afghanistan"), second


def test_a_few_soldiers_among_the_dead_leave_them_civilians(nlp: Language) -> None:
    text = ("A car bomb exploded beside a bus station in Kandahar on Monday, killing 30 "
            "people, 3 of them soldiers, officials said.")
    _, second = story_sides(nlp, text, "car bomb", "Remote explosive/landmine/IED",
                            "Afghanistan")
    assert second == "Civilians (Afghanistan)", second
