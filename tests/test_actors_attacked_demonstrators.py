"""Demonstrators a violent crowd attacks (hand-written sentences in agency style, about
protests outside Kenya): they are the crowd's target and stay protesters, whatever the
crowd's own name; a crowd that only fought no one named keeps no second side."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_demonstrators_a_crowd_attacked_are_its_target(nlp: Language) -> None:
    actor1, actor2 = story_sides(
        nlp, "Supporters of the governing party attacked opposition demonstrators with clubs "
        "outside parliament in Dhaka on Sunday, witnesses said.", "attacked",
        "Violent demonstration", "Bangladesh")
    assert (actor1, actor2) == ("Rioters (Bangladesh)", "Protesters (Bangladesh)")


def test_a_crowd_that_burned_tyres_has_no_target(nlp: Language) -> None:
    _, actor2 = story_sides(
        nlp, "Demonstrators burned tyres and threw stones in Dhaka on Sunday, witnesses said.",
        "threw stones", "Violent demonstration", "Bangladesh")
    assert actor2 is None
