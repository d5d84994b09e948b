"""A crowd that pulls or tears down a structure to press a demand ("herders pulled
down a gate to demand the reopening of a road") used force on property: a violent
demonstration, as 'tore down' already was (issue #3). Fails without 'pulled down',
'pull down', 'tearing down'... in the protest_violence phrases of data/triggers.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-02-12")]


def test_herders_pull_down_a_gate_to_demand_a_road(nlp: Language) -> None:
    text = ("Herders in Narok pulled down a gate on Sunday to demand the reopening "
            "of a road through a ranch.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_traders_tearing_down_a_fence_in_protest(nlp: Language) -> None:
    text = ("Traders in Eldoret protested on Monday against the sale of their market, "
            "tearing down the fence a developer had put up.")
    assert _types(nlp, text) == ["Violent demonstration"]
