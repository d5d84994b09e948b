"""A religious procession is worshippers at a feast or on a pilgrimage, no
demonstration ('protest:procession' in exclude_preceded_by of data/triggers.yaml):
two communities' crowds fighting as it passes is their Mob violence, not a
demonstration's riot against the police (issue #3). The first test fails without
the change; a march called a procession by its marchers stays a demonstration."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-04-11")]


def test_crowds_fight_as_a_religious_procession_passes(nlp: Language) -> None:
    text = ("Two rival crowds threw stones at each other in Khargone on Sunday as a "
            "religious procession went through the old town, injuring 20 people, "
            "police said.")
    assert _types(nlp, text) == ["Mob violence"]


def test_a_procession_of_marchers_stays_a_demonstration(nlp: Language) -> None:
    text = ("Thousands of teachers joined a procession through Bhopal on Sunday to "
            "demand higher pay.")
    assert _types(nlp, text) == ["Peaceful protest"]
