"""A day that dates a toll's update ("the death toll ... rose to 31 on Thursday") is
not the day of the event counted, when the story states another: the victims' day
told in a clause on them, or the day the next sentence inherits."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def test_the_victims_day_wins_over_the_day_the_toll_rose(nlp: Language) -> None:
    text = ("MAIDUGURI, Nigeria, May 17 (Reuters) - The death toll from a bomb attack on a "
            "bus station in Maiduguri rose to 31 on Thursday, hospital officials said, most "
            "of them traders who had gathered for the morning market on Wednesday.\n\n"
            "The bomb, hidden in a sack of grain, went off as buses were loading, police "
            "said.")
    events = coded_events(nlp, text, "2024-05-17")
    assert events and all(e.event_date == D(2024, 5, 15) for e in events), describe(events)


def test_a_toll_that_rose_on_the_only_day_stated_keeps_it(nlp: Language) -> None:
    # no other day in the sentence: the update's day is all the story gives
    text = ("MAIDUGURI, Nigeria, May 17 (Reuters) - The death toll from a bomb attack on a "
            "bus station in Maiduguri rose to 31 on Thursday, hospital officials said.")
    events = coded_events(nlp, text, "2024-05-17")
    assert events and all(e.event_date == D(2024, 5, 16) for e in events), describe(events)
