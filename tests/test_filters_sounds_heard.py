"""The sounds of violence that witnesses heard after an event of the text ("gunfire
rang out near the airport", "explosions were heard for hours") are the sounds of that
event, no attack or bombing of their own (issue #3; filters.references._sound_heard). Told alone,
they are still read as what they tell."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = dt.date(2024, 7, 2)


def test_gunfire_heard_after_a_capture_is_its_fighting(nlp: Language) -> None:
    text = ("Al Shabaab fighters seized the town of Bulo Burde from government troops on "
            "Monday, a local elder said. Gunshots echoed around the market for an hour as "
            "the fighters moved in, residents said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"], (
        describe(events))


def test_blasts_heard_after_an_attack_on_a_base(nlp: Language) -> None:
    text = ("Militants attacked an army base in Mandera on Monday night, killing four "
            "soldiers, officials said. Explosions and gunfire were heard until dawn, a "
            "resident said.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Armed clash"


def test_gunfire_heard_with_no_event_told_before_stays_read(nlp: Language) -> None:
    # the guard: with nothing told before, the sound is all the text tells
    text = "Heavy gunfire was heard in Mandera on Monday night, residents said."
    assert coded_events(nlp, text, PUBLISHED)
