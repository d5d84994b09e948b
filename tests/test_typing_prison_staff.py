"""Typing and actors (issues #3, #4): a state's prison staff ("a warder", "prison
guards") are its armed forces (ACLED codes them under the police). When the warders
shot or beat someone, an "accident" told in the story (the prison's own account) does
not make it a disaster; nor when the passive agent hangs on the second of two
coordinated participles ("were beaten and injured by a guard"), which did both."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = "2022-09-03"


@pytest.mark.parametrize("text", [
    "A warder shot a remand prisoner in the thigh at the prison in Kakamega on Friday. "
    "Officials called it an accident.",
    "Three remand prisoners were beaten and injured by a prison guard at the jail in Nyeri "
    "on Friday. The jail said it was an accident.",
])
def test_harm_done_by_prison_staff_is_no_accident(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)
    assert events[0].actor1 is not None and "Prison Guards" in events[0].actor1, describe(events)


def test_a_warder_is_a_state_forces_cue(nlp: Language) -> None:
    doc = nlp("A warder fired at the fleeing inmates.")
    assert "state_forces" in {s.label_ for s in doc.spans["ec_cues"]}


def test_an_accident_with_no_doer_stays_a_disaster(nlp: Language) -> None:
    text = "Two inmates were injured when a prison lorry overturned in an accident."
    assert coded_events(nlp, text, PUBLISHED) == []
