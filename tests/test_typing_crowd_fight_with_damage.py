"""Crowds fighting the police while they smash windows or break into a
building riot as demonstrators do: a Violent demonstration, not Mob
violence. Fails without ``extract.mention_ranking._damage_of_a_riot_beside``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-07-03")]


def test_followers_who_fight_police_and_smash_windows(nlp: Language) -> None:
    text = ("Several hundred supporters of a jailed opposition senator forced their way "
            "into the county assembly in Nakuru on Tuesday, fighting police officers and "
            "smashing windows before they were pushed out.")
    assert _types(nlp, text) == ["Violent demonstration"]
