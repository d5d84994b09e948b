"""A truce that one party calls off, ends or scraps is a change in what that party
does, a Change to group/activity, not an Agreement; a truce agreed, or one that
collapsed with no party ending it, stays an Agreement (issue #3). Needs
typing_armed.truce_called_off and the truce_nouns / truce_ending_verbs lists of
data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_CHANGE = "Change to group/activity"
_AGREEMENT = "Agreement"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_rebels_calling_off_a_ceasefire(nlp: Language) -> None:
    text = ("The rebel movement said on Sunday it was calling off the ceasefire it had "
            "agreed with the government in January.")
    assert _types(nlp, text) == [_CHANGE]


def test_a_truce_scrapped_in_the_passive(nlp: Language) -> None:
    text = ("The month-old truce between the two clans was scrapped by the elders of "
            "one side on Monday, a local administrator said.")
    assert _types(nlp, text) == [_CHANGE]


def test_a_truce_agreed_or_collapsed_stays_an_agreement(nlp: Language) -> None:
    agreed = "The army and the rebels agreed a ceasefire on Tuesday, the mediators said."
    collapsed = "The ceasefire between the army and the rebels collapsed on Tuesday."
    assert _types(nlp, agreed) == [_AGREEMENT]
    assert _types(nlp, collapsed) == [_AGREEMENT]
