"""Arrests told with the lynching they answer ('police have detained 25 people
after a mob beat two elderly men accused of witchcraft to death'): two events, the
Arrests by the police and the Mob violence of the 'after' clause, not the mob
alone (issue #3; events._mob_clause_after_arrest). A later sentence that only
places something in time by the lynching ('in the days before the attack') is
no new incident (filters.yaml sequence_prepositions). Each test fails without
its rule."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events
from fixtures_mentions import new_mentions
from spacy.language import Language

_LEAD = ("Police in Kakamega have detained 25 people after a mob beat two elderly men "
         "accused of witchcraft to death in a village, the county commander said on Tuesday.")


def _types(nlp: Language, text: str) -> list[str]:
    return sorted(e.sub_event_type for e in coded_events(nlp, text, "2021-03-10"))


def _new_triggers(nlp: Language, text: str) -> list[str]:
    return [m.trigger_text for m in new_mentions(nlp, text, dt.date(2021, 3, 10))]


def test_the_arrests_and_the_lynching_are_two_events(nlp: Language) -> None:
    assert _types(nlp, _LEAD) == ["Arrests", "Mob violence"]


def test_the_arrests_are_by_the_police(nlp: Language) -> None:
    arrests = [e for e in coded_events(nlp, _LEAD, "2021-03-10")
               if e.sub_event_type == "Arrests"]
    assert [e.actor1 for e in arrests] == ["Police Forces of Kenya (2013-)"]


def test_the_attack_as_a_time_is_the_lynching(nlp: Language) -> None:
    text = _LEAD + " Several children had fallen ill in the weeks before the attack."
    assert "attack" not in _new_triggers(nlp, text)
