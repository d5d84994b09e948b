"""Stones told in the participle or the passive ("residents who had thrown stones",
"stones were thrown at the officers") are the crowd's violence as "threw stones"
is (issue #3; protest_violence phrases in data/triggers.yaml): a dispersal of a
crowd that had stoned someone is met violence, a Violent demonstration, not a
Protest with intervention."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-03-15")]


def test_dispersal_of_a_crowd_that_had_thrown_stones(nlp: Language) -> None:
    text = ("Police used tear gas to scatter traders who had thrown stones at council "
            "lorries in Eldoret on Monday while protesting the closure of a market.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_stones_were_thrown_at_the_police(nlp: Language) -> None:
    text = ("Stones were thrown at officers by parents protesting the transfer of a "
            "head teacher in Kericho on Monday.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_dispersal_without_stones_stays_an_intervention(nlp: Language) -> None:
    text = ("Police used tear gas to scatter traders protesting the closure of a market "
            "in Eldoret on Monday.")
    assert _types(nlp, text) == ["Protest with intervention"]
