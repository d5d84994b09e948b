"""A deployment whose purpose is to end violence ("the president deployed the army to quell
violence related to the drought") is a Change to group/activity even when a disaster
word stands in the sentence: the drought is behind the unrest, the forces are sent into it.
A deployment to bring relief to drought victims stays no event (issue #3). Needs
typing_armed.deployed_against_violence, read by events._rejected."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-02-14")]


def test_army_deployed_to_quell_violence_in_a_drought(nlp: Language) -> None:
    text = ("The president deployed the army to Turkana on Monday to quell violence related "
            "to the drought.")
    assert _types(nlp, text) == ["Change to group/activity"]


def test_army_deployed_to_bring_relief_is_no_event(nlp: Language) -> None:
    text = ("The government deployed soldiers to Turkana on Monday to deliver food to families "
            "hit by the drought.")
    assert _types(nlp, text) == []
