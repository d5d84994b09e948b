"""Casualty rules of session 10: a toll in a clause marked as earlier ("hours after a
gunman shot dead two men") is another incident's for the mention of the main clause,
but it is the toll of the mention whose own trigger is in that clause."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_the_earlier_clauses_own_mention_keeps_its_toll(nlp: Language) -> None:
    text = ("Settlers set fire to shops in the village of Burin late on Sunday, hours "
            "after a gunman shot dead two soldiers at a checkpoint nearby, officials said.")
    events = coded_events(nlp, text, "2024-04-08")
    assert events and max(e.fatalities for e in events) == 2, describe(events)


def test_the_main_clauses_event_does_not_take_the_earlier_toll(nlp: Language) -> None:
    text = ("Villagers burned a police post in the town of Garissa on Sunday night, hours "
            "after a gunman shot dead three traders at the market there, officials said.")
    events = coded_events(nlp, text, "2024-04-08")
    others = [e for e in events if e.event_type != "Violence against civilians"]
    assert all(e.fatalities == 0 for e in others), describe(events)


def test_a_speaker_telling_its_own_killing_claims_the_figure(nlp: Language) -> None:
    text = ("Militants attacked an army post in the W National Park on Tuesday, killing "
            "eight soldiers, Benin's army said. The group said in a statement that it had "
            "killed 30 soldiers.")
    events = coded_events(nlp, text, "2025-02-13")
    assert [e.fatalities for e in events] == [8], describe(events)
