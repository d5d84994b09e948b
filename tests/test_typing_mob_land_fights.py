"""Neighbours fighting each other for land are communal militias in a battle,
not a mob (issue #3): residents of two villages who clash over a boundary, or
two communities fighting over grazing land, are what ACLED codes as an armed
clash; crowds of another kind, or villagers brawling over something that is no
land, stay a mob. Each test of the rule fails without 'community_crowds' and
'land_dispute_words' (data/typing.yaml) and the rule that reads them."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_villages_clashing_over_a_boundary_is_a_battle(nlp: Language) -> None:
    text = ("Residents of two neighbouring villages clashed over a disputed boundary "
            "near Molo on Saturday, leaving 12 people injured.")
    assert _types(nlp, text) == ["Armed clash"]


def test_land_named_in_the_sentence_before(nlp: Language) -> None:
    # (the dispute is told first, the fighting in the next sentence; no place
    # named, so the actors found are no named armed sides)
    text = ("Tension has been rising for weeks over a disputed piece of land. "
            "On Sunday residents clashed for several hours and four people were hurt.")
    assert _types(nlp, text) == ["Armed clash"]


def test_communities_fighting_over_grazing_land(nlp: Language) -> None:
    text = "The two communities have been fighting over grazing land since Monday."
    assert _types(nlp, text) == ["Armed clash"]


def test_villagers_brawling_over_no_land_stay_a_mob(nlp: Language) -> None:
    # (no land at stake: a brawl of neighbours is unorganised violence)
    text = ("Villagers clashed with sticks after a goat strayed into a neighbour's "
            "kitchen on Saturday, and one man was hurt.")
    assert "Armed clash" not in _types(nlp, text)


def test_supporters_fighting_over_land_stay_a_mob(nlp: Language) -> None:
    # (only the people of a place or a community count as communal militias)
    text = ("Supporters of two aspirants clashed over the allocation of land "
            "on Saturday, and five people were injured.")
    assert "Armed clash" not in _types(nlp, text)
