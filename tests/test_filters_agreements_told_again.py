"""An agreement the story has already named, told again (issue #3): as the state of
things that acts go against ("operations had continued despite the truce"; filters.
_agreement_in_force) it is referred to, and as the passive subject of a verb of reaching
it ("The truce was agreed in talks hosted by Qatar"; filters.
_agreement_told_with_how_reached) it is told with its history; neither is an agreement
reached in the story. A campaign told as continuing in the perfect, with no day of its
own ("military operations had continued"; filters.habits._continuing_with_no_day), is no event
of a day. An agreement first told so, or fighting that continued on a day, stay events."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2023, 5, 22)

STORY = ("The rebel group said on Monday it was ending a truce with the government and "
         "ordered its fighters to resume attacks. ")


def test_patrols_kept_up_despite_the_truce(nlp: Language) -> None:
    text = STORY + ("It said in a statement that army operations against its fighters in "
                    "the hills had continued despite the truce.")
    assert statuses(nlp, text, "truce", PUBLISHED)[-1:] == ["reference"]


def test_military_operations_continued_with_no_day(nlp: Language) -> None:
    text = STORY + ("It said in a statement that military operations against its fighters "
                    "in the hills had continued despite the truce.")
    assert statuses(nlp, text, "military operations", PUBLISHED) == ["habitual"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_the_truce_told_with_how_it_was_agreed(nlp: Language) -> None:
    text = STORY + "The truce was agreed in talks hosted by Qatar."
    assert statuses(nlp, text, "truce", PUBLISHED)[-1:] == ["background"]
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events].count("Agreement") <= 1, describe(events)


def test_a_truce_agreed_in_the_story_stays_an_agreement(nlp: Language) -> None:
    text = "A truce was agreed in talks hosted by Qatar on Sunday, the mediators said."
    assert statuses(nlp, text, "truce", PUBLISHED) == ["new"]


def test_fighting_that_continued_on_a_day_stays_new(nlp: Language) -> None:
    text = ("Clashes between the army and the rebels had continued on Sunday in the hills "
            "near the town, residents said.")
    assert statuses(nlp, text, "clashes", PUBLISHED) == ["new"]
