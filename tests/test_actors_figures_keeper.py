"""A force named only as the keeper of the figures a toll is told by ("according to army
figures") tells the toll; it is no side of the violence (actor_candidates.reports)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_the_keeper_of_the_figures_is_no_attacker(nlp: Language) -> None:
    text = ("Armed men stopped a minibus outside Tulua on Friday and shot four passengers "
            "dead. The region has seen more than 300 murders since January, according to "
            "police figures.")
    assert story_sides(nlp, text, "murders", "Attack", "Colombia")[0] \
        == "Unidentified Armed Group (Colombia)"


def test_forces_that_did_the_killing_stay_its_doer(nlp: Language) -> None:
    text = ("Police shot dead three suspected robbers in Eastleigh on Monday, according to "
            "police figures released on Tuesday.")
    first, _ = story_sides(nlp, text, "shot dead", "Armed clash", "Kenya")
    assert (first or "").startswith("Police Forces of Kenya"), first
