"""The source another teller cites ("..., the radio said, citing the rebels' health
office") tells of the event; even a group's office so cited is no side of it
(actor_candidates.cited, read by reports and actors._is_speaker)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_a_cited_group_office_is_not_the_attacker(nlp: Language) -> None:
    text = ("A trader and his two sons died in a market in Saada on Monday, the station said, "
            "citing the Houthi health ministry.")
    first, second = story_sides(nlp, text, "died", "Attack", "Yemen")
    assert first == "Unidentified Armed Group (Yemen)", (first, second)


def test_forces_that_did_it_stay_the_doer_when_witnesses_are_cited(nlp: Language) -> None:
    text = ("Police shot dead two robbery suspects in Likoni on Monday, the newspaper said, "
            "citing witnesses.")
    first, _ = story_sides(nlp, text, "shot dead", "Armed clash", "Kenya")
    assert (first or "").startswith("Police Forces of Kenya"), first
