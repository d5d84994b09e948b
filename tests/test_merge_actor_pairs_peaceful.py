"""A march the story calls peaceful, in a sentence of its own, is another crowd than the
riot told at the same place and day: protesters and rioters are two actor pairs."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 4, 12))


def test_a_peaceful_march_stays_apart_from_the_riot(nlp: Language) -> None:
    text = ("KISUMU, Kenya, April 12 - Youths burned tyres and pelted police with stones in "
            "Kisumu on Tuesday night, and officers fired tear gas to disperse them, "
            "residents said.\n\nEarlier on Tuesday, several thousand people marched "
            "peacefully through Kisumu to demand the release of a jailed activist.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Peaceful protest", "Violent demonstration"], types


def test_a_march_with_no_word_of_peace_joins_the_riot(nlp: Language) -> None:
    # the guard: a crowd that marched and then rioted is one demonstration
    text = ("KISUMU, Kenya, April 12 - Several thousand people marched through Kisumu on "
            "Tuesday to demand the release of a jailed activist.\n\nThe protesters later "
            "burned tyres and pelted police with stones, and officers fired tear gas to "
            "disperse them, residents said.")
    types = [e.sub_event_type for e in _events(nlp, text)]
    assert types == ["Violent demonstration"], types
