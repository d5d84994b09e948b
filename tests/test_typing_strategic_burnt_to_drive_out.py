"""Homes burnt or razed to drive people out of them ("burned houses to flush out
suspected gang members", "in order to smoke out the rebels") are an attack on
the people who live or hide there, not Looting/property destruction: the
purpose clause says whom the destruction was aimed at (issue #3). Needs
typing_armed.destroys_to_drive_out and driving_out_verbs in data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_soldiers_burn_homes_to_drive_out_a_gang(nlp: Language) -> None:
    text = ("Soldiers set fire to homes in Mathioya on Friday to drive out suspected "
            "Mungiki members, residents said.")
    assert _types(nlp, text) == ["Attack"]


def test_police_torch_huts_to_force_out_squatters(nlp: Language) -> None:
    text = ("Police torched dozens of huts at Chepyuk on Sunday to force out squatters "
            "from the forest.")
    assert _types(nlp, text) == ["Attack"]


def test_troops_raze_huts_in_order_to_smoke_out_militants(nlp: Language) -> None:
    text = ("Troops razed the huts of herders near Garissa in order to smoke out "
            "Al-Shabaab militants, elders said.")
    assert _types(nlp, text) == ["Attack"]


def test_houses_demolished_for_a_road_stay_property_destroyed(nlp: Language) -> None:
    text = ("County officers demolished forty houses at Kibera on Monday to make way "
            "for a new road.")
    assert _types(nlp, text) == ["Looting/property destruction"]
