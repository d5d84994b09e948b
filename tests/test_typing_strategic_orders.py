"""A change to a force's activity that someone has ordered ("the president ordered the
army to step up patrols", "the governor ordered a ban on rallies") is in force once
ordered: the order is a Change to group/activity, not a plan (issue #3). An order
still to come ("will order") stays a plan, and so does an attack ordered. Needs
filters.plans._order_given and the ordering_verbs list of data/filters.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_CHANGE = "Change to group/activity"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_army_ordered_to_step_up_patrols(nlp: Language) -> None:
    text = ("The interior minister on Monday ordered the army to step up patrols along the "
            "border after the raid on a police post.")
    assert _types(nlp, text) == [_CHANGE]


def test_governor_directed_police_to_deploy(nlp: Language) -> None:
    text = "The county commissioner directed police to deploy officers to the three villages."
    assert _types(nlp, text) == [_CHANGE]


def test_a_ban_ordered(nlp: Language) -> None:
    text = "The regional commissioner ordered a ban on public gatherings in the county."
    assert _types(nlp, text) == [_CHANGE]


def test_an_order_to_come_or_an_attack_ordered_is_no_event(nlp: Language) -> None:
    assert _types(nlp, "The president will order the deployment of troops to the county.") == []
    assert _types(nlp, "The president ordered the army to crush the rebels.") == []
