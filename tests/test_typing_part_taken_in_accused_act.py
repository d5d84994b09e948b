"""An act named after "taking part in" or "participating in" inside what someone is
accused of ("detained five men suspected of taking part in the bombing") is the
accusation, not an event of its own (issue #3): typing_armed.accused_of climbs from the
act to the verb of taking part (typing.yaml participation_prepositions), as it climbs
from an object to its verb. Before, the bombing outranked the arrest.

The first two tests fail without the rule; the guard keeps an ambush told as news."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_bombing_taken_part_in_is_the_accusation(nlp: Language) -> None:
    text = ("Police in Peshawar on Wednesday detained five men suspected of taking part in "
            "the bombing of a bus station, a police spokesman said.")
    events = coded_events(nlp, text, "2023-06-12")
    assert [e.sub_event_type for e in events] == ["Arrests"], describe(events)


def test_deadly_ambush_taken_part_in_is_the_accusation(nlp: Language) -> None:
    text = ("Police in Peshawar on Wednesday detained five men suspected of taking part in "
            "an ambush that killed two officers, a police spokesman said.")
    events = coded_events(nlp, text, "2023-06-12")
    assert [e.sub_event_type for e in events] == ["Arrests"], describe(events)


def test_ambush_told_as_news_stays_an_event(nlp: Language) -> None:
    text = "Two policemen were killed in an ambush near Peshawar on Wednesday, police said."
    events = coded_events(nlp, text, "2023-06-12")
    assert events and "Arrests" not in [e.sub_event_type for e in events], describe(events)
