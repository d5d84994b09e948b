"""A death feared after an event told in an 'after/when/as' clause ('three soldiers
are feared dead after their truck ran over a landmine') is a toll not yet
confirmed, not a forecast of the event in the clause: the clause tells what
happened (issue #3; filters.status_of_trigger stops the forecast word's reach at a
clause opened by one of filters.yaml's event_clause_marks, as the plan verbs
already did). Before: the landmine was 'hypothetical', and the feared deaths alone
typed the sentence an Armed clash. The first test fails without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2020-06-20")]


def test_mine_told_after_feared_deaths(nlp: Language) -> None:
    text = ("Three soldiers were feared dead after their truck ran over an IED planted by "
            "militants near Mandera on Friday.")
    assert _types(nlp, text) == ["Remote explosive/landmine/IED"]


def test_feared_attack_stays_a_forecast(nlp: Language) -> None:
    # the fear is about the attack itself: no event
    text = "Residents of Mandera feared an attack on the town on Friday."
    assert _types(nlp, text) == []
