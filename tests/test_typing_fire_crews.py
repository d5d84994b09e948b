"""Crews who battle a blaze, and people battling an illness, fight no one: no Armed
clash (issue #3; the armed_clash exclusions of exclude_preceded_by, firefighters as
the subject, and exclude_followed_by, a blaze or a disease as the object, in
triggers.yaml). Police battling gunmen stay an Armed clash."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_firefighters_battling_a_market_blaze_fight_no_one(nlp: Language) -> None:
    text = ("Firefighters battled a blaze at a timber yard in Eldoret for six hours on "
            "Monday, the county said.")
    assert _types(nlp, text) == []


def test_a_governor_battling_cancer_fights_no_one(nlp: Language) -> None:
    text = "The former governor, who was battling cancer, died in a Nairobi hospital on Friday."
    assert "Armed clash" not in _types(nlp, text)


def test_fire_crews_battling_flames_fight_no_one(nlp: Language) -> None:
    text = "Fire crews from Nakuru battled flames at the depot through the night on Sunday."
    assert _types(nlp, text) == []


def test_police_battling_gunmen_stay_a_clash(nlp: Language) -> None:
    text = ("Police battled gunmen for two hours near Bura on Tuesday before the attackers "
            "fled into the bush.")
    assert _types(nlp, text) == ["Armed clash"]
