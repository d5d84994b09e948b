"""A role word that only modifies a body belonging to someone else ("the military wing
of Hamas", "the military council of the group's armed wing") names no force of the
country: neither a target nor the air force that flew a strike (hand-written
sentences)."""

from __future__ import annotations

from fixtures_actors import side_names, story_mention
from spacy.language import Language


def _sides(nlp: Language, text: str) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, "drone strike", "Air/drone strike", "Palestine")
    return side_names(mention)


def test_the_military_wing_of_a_group_is_the_groups(nlp: Language) -> None:
    actor1, actor2 = _sides(
        nlp, "A drone strike killed Samir Haddad, a member of the military wing of Hamas, "
        "in Khan Younis on Sunday.")
    assert actor2 == "Hamas Movement"
    assert actor1 is not None and not actor1.startswith("Military Forces of Palestine")


def test_a_council_of_a_groups_wing_is_no_force(nlp: Language) -> None:
    actor1, actor2 = _sides(
        nlp, "A drone strike in Khan Younis on Sunday killed Samir Haddad, the head of the "
        "military council of the group's armed wing.")
    for actor in (actor1, actor2):
        assert actor is None or not actor.startswith("Military Forces of Palestine")
