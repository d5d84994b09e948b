""""Beat two men and their driver to death": the parser hangs "to death" on the last of
the verb's objects, and the killing is still the verb's, with all its objects counted."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_to_death_after_two_objects_counts_them_all(nlp: Language) -> None:
    text = ("Villagers beat two Christian pastors and their driver to death in a hamlet "
            "on Tuesday, police said.")
    events = coded_events(nlp, text, "2024-05-15")
    assert events and events[0].fatalities == 3


def test_to_death_on_one_object_still_counts(nlp: Language) -> None:
    text = "Villagers stoned a suspected cattle thief to death on Sunday, police said."
    events = coded_events(nlp, text, "2024-05-13")
    assert events and events[0].fatalities == 1
