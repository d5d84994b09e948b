"""One armed man of a named group told again by a definite singular word ("the militant",
"the gunman", "the attacker") is that group's, as the plural words already are ("the
militants"): actor_words anaphoric_heads. The first test fails without the singular words;
the second guards a gunman no group was named for."""

from __future__ import annotations

from fixtures_actors import kenyan_mention, side_names
from spacy.language import Language


def test_the_militant_told_again_is_the_groups(nlp: Language) -> None:
    # (he was an unidentified armed group) (made up)
    mention = kenyan_mention(
        nlp, "A Mungiki militant snatched a rifle from a policeman in Nakuru on Monday. "
        "Police then shot the militant dead.", "shot", "Armed clash")
    assert "Mungiki Militia" in side_names(mention)


def test_a_gunman_of_no_named_group_stays_unidentified(nlp: Language) -> None:
    # (made up)
    mention = kenyan_mention(
        nlp, "A gunman shot dead a trader in Kisumu on Monday. Police later killed the "
        "gunman in a shootout.", "killed", "Armed clash")
    assert "Unidentified Armed Group (Kenya)" in side_names(mention)
