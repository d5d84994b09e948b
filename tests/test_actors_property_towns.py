"""Whose property was burned, told by the town it stands in (hand-written sentences in
agency style, outside Kenya): a town the story calls a people's in one sentence ("the
Armenian village of X") makes the owners of homes burned there in another sentence that
people's civilians; a town the story never qualifies leaves the owners untold."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language

_STORY = ("Gunmen attacked {town} before dawn on Saturday, officials said. Dozens of "
          "attackers moved through Bokkos after the shooting, setting homes and shops "
          "ablaze, a local leader said.")


def test_owners_are_the_people_the_town_is_called_after(nlp: Language) -> None:
    _, actor2 = story_sides(nlp, _STORY.format(town="the Berom town of Bokkos"),
                            "setting homes and shops ablaze",
                            "Looting/property destruction", "Nigeria")
    assert actor2 == "Civilians (Nigeria)"


def test_a_town_never_called_a_peoples_leaves_owners_untold(nlp: Language) -> None:
    _, actor2 = story_sides(nlp, _STORY.format(town="the town of Bokkos"),
                            "setting homes and shops ablaze",
                            "Looting/property destruction", "Nigeria")
    assert actor2 is None
