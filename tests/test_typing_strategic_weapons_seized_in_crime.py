"""Guns the police seize in a story of crime are weapons disrupted all the same, as the
robbers' guns they recover are (Disrupted weapons use); a stash of drugs seized in the same
kind of raid is no weapon and stays ordinary crime, no event (issue #3). Needs
typing_armed.names_a_weapon, read by events._rejected, and weapon_container_nouns in
data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-09-20")]


def test_pistols_seized_in_a_drug_raid(nlp: Language) -> None:
    text = ("Police seized three pistols and a stash of heroin in a raid on a drug den in "
            "Mombasa on Friday.")
    assert _types(nlp, text) == ["Disrupted weapons use"]


def test_a_stash_of_heroin_is_no_weapon(nlp: Language) -> None:
    text = ("Police seized a stash of heroin and cash in a raid on a drug den in Mombasa on "
            "Friday.")
    assert _types(nlp, text) == []
