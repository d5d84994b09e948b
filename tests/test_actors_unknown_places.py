"""A name the dictionary lacks that an act hits ("militants attacked Hareri") is mostly a
place, so "the militants" of the next sentence refer back past it, to the group named
before."""

from __future__ import annotations

from fixtures_actors import story_mention
from spacy.language import Language


def test_the_militants_are_not_the_village_they_attacked(nlp: Language) -> None:
    mention = story_mention(
        nlp, "Al Shabaab militants attacked Hareri near the Somali border on Tuesday night. "
        "The militants burnt a school and two vehicles.", "burnt",
        "Looting/property destruction", "Kenya")
    assert mention.actor1 is not None and mention.actor1.name == "Al Shabaab"
