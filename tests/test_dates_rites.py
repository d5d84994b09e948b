"""A weekly rite dates the event that followed it: "after Friday prayers" is a time of
Friday, the event's own day, not the day of an earlier cause; and a toll counted
"before Friday" is the total of the days before, not Friday's."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def test_after_friday_prayers_is_friday(nlp: Language) -> None:
    # published on a Saturday; the officials spoke that day of the day before
    text = ("ISLAMABAD, Oct 5 (Reuters) - Police fired tear gas at hundreds of "
            "worshippers who marched on a government office after Friday prayers in the "
            "northwestern city of Peshawar, injuring 14, officials said on Saturday.")
    events = coded_events(nlp, text, "2024-10-05")
    assert events and all(e.event_date == D(2024, 10, 4) for e in events), describe(events)


def test_after_an_arrest_on_friday_stays_a_cause(nlp: Language) -> None:
    # no rite: the Friday of the arrest is the cause's day, the riot's is Saturday
    text = ("ISLAMABAD, Oct 5 (Reuters) - Hundreds of protesters torched tyres and stoned "
            "police in Peshawar after the arrest of a cleric on Friday, officials said on "
            "Saturday.")
    events = coded_events(nlp, text, "2024-10-05")
    riot = [e for e in events if e.event_type == "Riots"]
    assert riot and all(e.event_date == D(2024, 10, 5) for e in riot), describe(events)


def test_a_toll_before_friday_is_no_fridays_toll(nlp: Language) -> None:
    text = ("ISLAMABAD, Oct 5 (Reuters) - Police opened fire on protesters after Friday "
            "prayers in Peshawar, killing six people, officials said on Saturday. A rights "
            "group says more than 50 people had been killed in the unrest before Friday.")
    events = coded_events(nlp, text, "2024-10-05")
    friday = [e for e in events if e.event_date == D(2024, 10, 4)]
    assert friday and all(e.fatalities == 6 for e in friday), describe(events)
