"""A count told as the one a new count replaces ("41 bodies ..., up from the 12 deaths
the police had reported") is neither more victims nor a rival account whose lower
figure would be coded: the new count stands alone."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_an_earlier_count_after_up_from_is_not_added(nlp: Language) -> None:
    text = ("Gunmen attacked the market town of Dogo on Saturday. By Sunday evening rescuers "
            "had found 41 bodies in the town, the mayor said, up from the 12 deaths the "
            "police had reported on Saturday.")
    events = coded_events(nlp, text, "2024-06-10")
    assert events and events[0].fatalities == 41


def test_a_bare_earlier_count_after_up_from_is_not_coded(nlp: Language) -> None:
    text = ("Gunmen attacked the market town of Dogo on Saturday. Police said 27 people had "
            "been killed, up from 15 given on Saturday night.")
    events = coded_events(nlp, text, "2024-06-10")
    assert events and events[0].fatalities == 27
