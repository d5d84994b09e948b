"""The forces' fire on a crowd told after the demonstration they dispersed (issue #3):
people named only as a crowd are the demonstrators, and their wounded belong to the
demonstration's event; a kind of civilian named keeps an Attack of its own."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
LEAD = ("Police shot dead four protesters in the Kenyan town of Kisumu on Sunday as "
        "demonstrators marched against a rise in fuel prices, witnesses said. ")


def test_the_crowd_fired_on_is_the_demonstration(nlp: Language) -> None:
    text = LEAD + ("Dozens of people were wounded when officers fired live rounds at "
                   "crowds near the main market, a hospital official said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"], \
        describe(events)


def test_a_bystander_named_keeps_the_attack(nlp: Language) -> None:
    text = LEAD + ("A schoolboy was wounded when officers fired live rounds near the main "
                   "market, a hospital official said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == [
        "Attack", "Excessive force against protesters"], describe(events)
