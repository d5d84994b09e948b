"""People made to walk by their captors ("gunmen ... marched the passengers away",
"marched their captives into a forest") are no demonstration: a marching verb whose
object is people, or whose doers are armed, is dropped before typing (issue #3;
typing_crowds.people_marched_off). A march through a place stays a march."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = "2024-05-06"
_DEMONSTRATIONS = {"Peaceful protest", "Protest with intervention",
                   "Excessive force against protesters", "Violent demonstration"}


def test_travellers_marched_into_the_bush_by_gunmen(nlp: Language) -> None:
    text = ("Gunmen stopped a minibus near Isiolo on Sunday and marched the travellers into "
            "the bush, police said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert not _DEMONSTRATIONS & {e.sub_event_type for e in events}, describe(events)


def test_a_road_blocked_by_bandits_who_marched_passengers_off(nlp: Language) -> None:
    text = ("Bandits blocked the highway with a lorry near Kapedo on Saturday, forced a "
            "matatu to halt and marched the passengers off at gunpoint, police said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert not _DEMONSTRATIONS & {e.sub_event_type for e in events}, describe(events)


def test_protesters_who_marched_the_streets_still_demonstrated(nlp: Language) -> None:
    text = ("Protesters marched the streets of Kisumu on Monday demanding the release of "
            "their leader.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"], describe(events)
