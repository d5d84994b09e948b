"""A vague violence word that doers "used against" someone ("police used violence against
civilians during a disarmament drive") is an act done to them, not a word that only names
what another event was about: the Attack, not the Change to group/activity of the drive it
happened in. Men arrested for incitement to violence stay an arrest (issue #3). Needs
events._violence_used_on_someone and violence_target_prepositions in data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2010-05-03")]


def test_violence_used_against_civilians_in_a_disarmament_drive(nlp: Language) -> None:
    text = ("Residents say police used violence against civilians during a disarmament drive in "
            "West Pokot on Saturday.")
    assert _types(nlp, text) == ["Attack"]


def test_arrest_for_incitement_to_violence_stays_an_arrest(nlp: Language) -> None:
    text = ("Police arrested two men in West Pokot on Saturday for incitement to violence "
            "against a neighbouring community.")
    assert _types(nlp, text) == ["Arrests"]
