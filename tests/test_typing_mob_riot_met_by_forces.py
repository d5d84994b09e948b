"""Property destroyed by crowds while forces break them up ("crowds looted shops
and set a warehouse on fire, while police fired tear gas to disperse them") is a
riot met by the forces: ACLED codes rioters against the police, a violent
demonstration, not a mob against civilians (issue #3). The first two tests fail
without _forces_broke_up_crowd (extract/events.py); with no forces told, the
crowd stays a mob."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor2) for e in coded_events(nlp, text, "2024-06-10")]


def test_crowds_looting_while_police_fire_tear_gas(nlp: Language) -> None:
    text = ("In Mombasa, crowds looted shops on Monday and set a warehouse on fire, "
            "while police fired tear gas to disperse them.")
    assert _events(nlp, text) == [("Violent demonstration", "Police Forces of Kenya (2013-)")]


def test_residents_burning_a_lorry_as_police_disperse_them(nlp: Language) -> None:
    text = ("Residents of Kitengela burnt a lorry on Friday before officers dispersed "
            "them with water cannon.")
    assert [sub for sub, _ in _events(nlp, text)] == ["Violent demonstration"]


def test_crowds_looting_with_no_forces_told_stay_a_mob(nlp: Language) -> None:
    text = "In Mombasa, crowds looted shops on Monday and set a warehouse on fire."
    assert [sub for sub, _ in _events(nlp, text)] == ["Mob violence"]
