"""One arrest told twice: by the soldiers who made it and by a minister whose account
the actor stage credits to the police. Two state forces of one country against the
same detainee, at one place and day, are one Arrests event (merge.yaml
allied_forces_sub_types); their shootings of civilians, and another country's
forces, stay apart."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 5, 9))


def test_a_minister_s_account_of_the_soldiers_arrest_is_the_same_arrest(
        nlp: Language) -> None:
    text = ("Soldiers arrested opposition leader Nadir Awan at a court in Karachi on Tuesday "
            "as he arrived for a hearing. The interior minister said Awan had been detained "
            "on a warrant issued by the anti-graft agency.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_police_and_army_shootings_of_civilians_stay_two_events(nlp: Language) -> None:
    # the guard: only the listed sub-types
    text = ("Police shot dead two traders at a market in Karachi on Tuesday. Soldiers shot "
            "dead a bus driver in Karachi on Tuesday.")
    assert [e.sub_event_type for e in _events(nlp, text)] == ["Attack", "Attack"]


def test_arrests_by_forces_of_two_countries_stay_apart(nlp: Language) -> None:
    # the guard: forces of one country only
    text = ("Police arrested five traders at a market in Karachi on Tuesday. Indian soldiers "
            "detained a fisherman at sea off Karachi on Tuesday.")
    assert [e.sub_event_type for e in _events(nlp, text)] == ["Arrests", "Arrests"]
