"""A politician arrested with no group told, whose party the story names as theirs
elsewhere ("supporters of Besigye's Forum for Democratic Change"): ACLED codes the arrest
with the party as actor2 (hand-written sentences in agency style, outside Kenya)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language

_STORY = ("Police arrested opposition leader Kizza Besigye at his home in Kasangati on "
          "Monday, his lawyer said. Hundreds of supporters of {owner} Forum for Democratic "
          "Change (FDC) later gathered outside the police station in Kira.")


def test_the_arrested_leaders_party_is_actor2(nlp: Language) -> None:
    actor1, actor2 = story_sides(nlp, _STORY.format(owner="Besigye's"), "arrested",
                                 "Arrests", "Uganda")
    assert actor1 is not None and actor1.startswith("Police Forces of Uganda")
    assert actor2 == "FDC: Forum for Democratic Change"


def test_a_party_named_as_someone_elses_is_not_his(nlp: Language) -> None:
    _, actor2 = story_sides(nlp, _STORY.format(owner="Museveni's rival, the"), "arrested",
                            "Arrests", "Uganda")
    assert actor2 == "Civilians (Uganda)"
