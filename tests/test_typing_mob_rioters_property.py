"""Property of others destroyed by people the text calls only rioters, with no
demonstration told, is mob violence (issue #3): "kiosks were destroyed by
rioters", "rioters set market stalls on fire". A group that "rioted" (the verb
tells what a named crowd did), or rioters after a sentence that told a
demonstration, stay a violent demonstration. The first two tests fail without
the property clause of _riot_without_demonstration."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_kiosks_destroyed_by_rioters_is_mob_violence(nlp: Language) -> None:
    text = ("Hawkers in Awendo were counting their losses on Friday after their "
            "kiosks were destroyed by rioters.")
    assert _types(nlp, text) == ["Mob violence"]


def test_rioters_setting_stalls_on_fire_is_mob_violence(nlp: Language) -> None:
    text = "Rioters set several market stalls on fire in Kisumu on Friday night."
    assert _types(nlp, text) == ["Mob violence"]


def test_students_who_rioted_and_burned_a_dormitory_demonstrated(nlp: Language) -> None:
    text = "Students rioted and burned down a dormitory in Nyeri on Friday."
    assert _types(nlp, text) == ["Violent demonstration"]


def test_rioters_after_a_told_demonstration_are_its_demonstrators(nlp: Language) -> None:
    text = ("Opposition supporters held demonstrations in Migori on Friday. "
            "The rioters burned down the market.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_a_crowd_that_pulls_down_a_statue_in_a_protest_demonstrated(nlp: Language) -> None:
    # a standing structure brought down: property destroyed by the demonstrators
    text = ("Hundreds of students protested against fees in Nyeri on Friday and toppled "
            "the statue of a former governor outside the county offices.")
    assert _types(nlp, text) == ["Violent demonstration"]
