"""The dead of an event told before, found after it ("villagers found the bodies", "found
the bodies dumped", a definite noun pointing back at them), are that event's dead: the
finders did no killing and open no event of their own (extract.filters.references._bodies_handled;
body_finding_verbs in data/filters.yaml). A body found with no event before it, or one
an 'of' phrase names, is often the only news of a killing and stays an event."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_bodies_found_after_a_killing_open_no_event_of_the_finders(nlp: Language) -> None:
    text = ("Bandits shot dead nine herders near Baragoi on Friday, residents said. Members of "
            "a local vigilante group said they found the bodies dumped in a gully.")
    events = coded_events(nlp, text, "2024-05-07")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)


def test_the_finders_of_the_bodies_are_not_the_killers(nlp: Language) -> None:
    text = ("Gunmen shot dead four traders at a livestock market in Mandera on Monday, a local "
            "chief said. Police reservists later found the bodies dumped near the stalls.")
    events = coded_events(nlp, text, "2024-05-07")
    assert len(events) == 1, describe(events)
    assert (events[0].actor1 or "").startswith("Unidentified Armed Group"), describe(events)


def test_a_body_found_with_no_event_before_stays_a_killing(nlp: Language) -> None:
    text = "Police found the body of a herder with cut wounds near Garissa on Monday."
    events = coded_events(nlp, text, "2024-05-07")
    assert len(events) == 1, describe(events)
