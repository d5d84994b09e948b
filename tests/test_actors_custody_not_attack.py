"""Forces that take a suspect into custody in a clause of their own after an attack is
told ("... was stabbed at a market, and police held a man at the scene") caught the
attacker; they are not the attacker (actors._took_into_custody). Forces that arrest and
beat someone in one act keep it."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_the_arresting_force_is_not_the_attacker(nlp: Language) -> None:
    text = ("A town mayor was stabbed twice as he left a council session in Oradea on "
            "Tuesday, and police detained a man at the scene, officials said.")
    first, second = story_sides(nlp, text, "stabbed", "Attack", "Romania")
    assert not (first or "").startswith("Police Forces"), first
    assert second == "Civilians (Romania)"


def test_forces_that_arrest_and_beat_a_man_beat_him(nlp: Language) -> None:
    text = "Police arrested and beat a hawker to death in Kisumu on Sunday."
    first, _ = story_sides(nlp, text, "beat", "Attack", "Kenya")
    assert (first or "").startswith("Police Forces of Kenya"), first
