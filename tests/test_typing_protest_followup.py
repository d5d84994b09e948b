"""Harm told with the forces' crowd-control means in the sentence after a
demonstration is what the intervention did, not an attack of its own (issue #3:
one event per incident). Fails without the crowd-control rule of
``extract.mention_ranking.unify_protests``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, int, int]]:
    return [(e.sub_event_type, e.fatalities, e.injured)
            for e in coded_events(nlp, text, "2024-07-02")]


def test_injuries_from_rubber_bullets_belong_to_the_protest(nlp: Language) -> None:
    text = ("Thousands of opposition supporters marched in Dhaka on Saturday. "
            "Police fired rubber bullets and tear gas, injuring dozens.")
    assert _events(nlp, text) == [("Protest with intervention", 0, 12)]


def test_injuries_from_tear_gas_belong_to_the_protest(nlp: Language) -> None:
    text = ("Hundreds of students protested in Kisumu on Monday. "
            "Police fired tear gas to disperse them, injuring five.")
    assert _events(nlp, text) == [("Protest with intervention", 0, 5)]


def test_an_arrest_sentence_does_not_absorb_a_killing(nlp: Language) -> None:
    # (an arrest is an intervention cue, but no crowd-control weapon: the stabbing
    # the arrested men did is an attack of its own)
    text = ("Hundreds of traders protested in Kisumu on Monday. "
            "Police arrested two men who stabbed a trader to death.")
    assert "Attack" in [sub for sub, _, _ in _events(nlp, text)]


def test_an_arrest_on_another_day_is_no_intervention(nlp: Language) -> None:
    # the arrests open their sentence with a day of their own: another incident, two
    # days before the march, and no demonstration is told at it
    text = ("Thousands of teachers marched through Kampala on Monday to demand higher pay. "
            "On Saturday, police detained four union officials at their offices in Kampala, "
            "the union said.")
    assert [sub for sub, _, _ in _events(nlp, text)] == ["Peaceful protest", "Arrests"]


def test_an_arrest_later_the_same_day_is_still_the_intervention(nlp: Language) -> None:
    text = ("Thousands of teachers marched through Kampala on Monday to demand higher pay. "
            "On Monday evening, police arrested four union officials near parliament, "
            "the union said.")
    assert [sub for sub, _, _ in _events(nlp, text)] == ["Protest with intervention"]
