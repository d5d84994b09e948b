"""One side's dead (a police officer, soldiers) told beside a larger toll that names no
side ("Eleven people were killed ...") are at most a part of that toll, never a rival
account of it: the merged event keeps the toll. A figure of civilians beside a toll of
people is a rival account of the same victims, and the lowest counts."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("LA PAZ, March 4 (Reuters) - Eleven people were killed in the Bolivian city of "
        "Oruro on Monday when protesters clashed with police outside the regional "
        "government building, hospital officials said.\n\n")


def test_an_officers_death_is_no_rival_count_of_the_toll(nlp: Language) -> None:
    text = LEAD + ("Later on Monday night, a police officer was beaten to death by a crowd "
                   "in Oruro, the interior ministry said.")
    events = coded_events(nlp, text, "2025-03-04")
    riots = [e for e in events if e.event_type == "Riots"]
    assert riots and riots[0].fatalities >= 11, describe(events)


def test_a_count_of_civilians_stays_a_rival_account(nlp: Language) -> None:
    text = ("NAIROBI, March 4 - Gunmen killed four people when they attacked a bus near "
            "Mandera on Monday, police said. Local officials said two passengers had "
            "been killed.")
    events = coded_events(nlp, text, "2025-03-04")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert attacks and attacks[0].fatalities == 2, describe(events)
