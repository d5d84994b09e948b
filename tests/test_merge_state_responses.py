"""A measure of the state told after violence or a demonstration (forces deployed,
security tightened, a curfew with a ban) is the state's answer to that incident, not an
event of its own; the same measure told alone, or before the violence, is still coded."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 5, 13))
_CHANGE = "Change to group/activity"


def test_security_tightened_after_a_shooting_is_its_aftermath(nlp: Language) -> None:
    text = ("Gunmen shot dead four worshippers at a mosque in Garissa on Friday, police "
            "said. Security was tightened at places of worship across the county on "
            "Saturday.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Attack"], events
    assert events[0].location is not None and "Garissa" in events[0].location


def test_officers_deployed_after_a_riot_are_its_aftermath(nlp: Language) -> None:
    text = ("Youths burnt tyres and stoned police cars in Kibera on Tuesday after a local "
            "activist was detained. Hundreds of officers were later deployed to the area.")
    events = _events(nlp, text)
    assert [e.event_type for e in events] == ["Riots"], events


def test_a_deployment_told_alone_is_still_coded(nlp: Language) -> None:
    text = "Police officers were deployed to the border town of Mandera on Monday."
    assert [e.sub_event_type for e in _events(nlp, text)] == [_CHANGE]


def test_a_deployment_told_before_the_violence_stays_apart(nlp: Language) -> None:
    # the guard: a measure told first answers nothing the story has told
    text = ("The government deployed troops to Lamu on Monday. On Wednesday, gunmen "
            "killed three farmers in a village nearby, residents said.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Attack", _CHANGE], types
