"""A lead dated only by the day it was told ("..., the agency said on Tuesday") and a
detail that dates the incident itself ("The strike on Sunday afternoon ...") are one
incident, on the detail's day; an incident told as weeks older stays its own."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("MAIDUGURI, Nigeria, March 12 (Reuters) - A military air strike killed at least 20 "
        "civilians at a cattle market in northeastern Borno state, the state emergency "
        "agency said on Tuesday.\n\n")


def test_the_day_of_telling_and_the_detail_day_are_one_strike(nlp: Language) -> None:
    text = LEAD + ("The strike on Sunday afternoon hit traders in the town of Konduga, "
                   "residents said.")
    events = coded_events(nlp, text, "2024-03-12")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, describe(events)
    assert strikes[0].event_date == dt.date(2024, 3, 10), describe(events)


def test_a_strike_weeks_before_the_telling_stays_apart(nlp: Language) -> None:
    text = LEAD + ("On Feb. 18, another air strike hit herders near the town of Konduga, "
                   "killing seven, residents said.")
    events = coded_events(nlp, text, "2024-03-12")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2, describe(events)
