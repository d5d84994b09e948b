"""Who lost a place a group took, when the capture's sentence names no other side: the
state's forces told in the next sentences (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_the_loser_of_a_capture_told_after_it(nlp: Language) -> None:
    _, actor2 = story_sides(
        nlp, "M23 rebels said on Monday they had taken control of Rubaya, a mining town in "
        "North Kivu. Some Congolese soldiers were still holding out near the mines, "
        "residents said.", "taken control", "Non-state actor overtakes territory",
        "Democratic Republic of Congo")
    assert actor2 is not None
    assert actor2.startswith("Military Forces of the Democratic Republic of Congo")


def test_no_loser_is_made_up_when_none_is_told(nlp: Language) -> None:
    _, actor2 = story_sides(
        nlp, "M23 rebels said on Monday they had taken control of Rubaya, a mining town in "
        "North Kivu. Residents said the streets were calm.", "taken control",
        "Non-state actor overtakes territory", "Democratic Republic of Congo")
    assert actor2 is None or not actor2.startswith("Military Forces")
