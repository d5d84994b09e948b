"""A report placed at a district or province itself (a second-level unit placed at its
seat, "in the island province of Basilan") and a report of the same fight at a town in
that unit are one incident (issue #3: one event per actor pair, place and day); a town
of another province of the region stays another place."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("ZAMBOANGA, Philippines, March 12 (Reuters) - Abu Sayyaf gunmen killed three marines "
        "in an ambush in the island province of Basilan on Monday, the military said.\n\n")


def test_the_town_of_the_ambush_is_in_the_province_the_lead_names(nlp: Language) -> None:
    # Sumisip is on Basilan, 31 km from the province's seat
    text = LEAD + ("The marines were clearing a road near the town of Sumisip when about 20 "
                   "militants opened fire on their truck, a regional army spokesman said.")
    events = coded_events(nlp, text, "2024-03-12")
    assert len(events) == 1, describe(events)
    assert events[0].fatalities == 3, describe(events)


def test_a_town_of_another_province_stays_apart(nlp: Language) -> None:
    # Patikul is on Sulu, another island province of the same region
    text = LEAD + ("Abu Sayyaf gunmen also clashed with soldiers near the town of Patikul on "
                   "Monday, wounding two, the army said.")
    events = coded_events(nlp, text, "2024-03-12")
    assert len(events) == 2, describe(events)
