"""A headline's reduced passive with a crowd word as its subject ('..., four
locals killed') names the victims, not a mob that killed: the parser tags
'killed' a past tense there, and a killing verb whose subject did it has an
object (issue #3). Not Mob violence by the locals; the raiders' attack types
it. The first test fails without the past-tense reading in subject_is_victim
(extract/typing_armed.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2018-03-12")]


def test_raid_with_locals_killed_is_an_attack(nlp: Language) -> None:
    text = "Samburu morans raided a village near Baragoi, four locals killed"
    assert _types(nlp, text) == ["Attack"]


def test_villagers_who_killed_someone_stay_a_mob(nlp: Language) -> None:
    # (an object: the villagers did the killing)
    text = "Villagers killed two suspected cattle thieves near Baragoi on Sunday."
    assert _types(nlp, text) == ["Mob violence"]


def test_a_raid_whose_victims_are_residents_is_no_mob(nlp: Language) -> None:
    # (the raid word reads the sentence's crowd doers: the residents killed are
    # none; fails without _harm_suffered in crowd_subject)
    text = "Houses torched in a night raid on Kapedo, three residents killed."
    assert _types(nlp, text) == ["Attack"]
