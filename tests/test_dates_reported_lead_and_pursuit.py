"""Two parses that hid an event's own day: a lead whose act the parser hung on the
subject of "said" as a clause ("Gunmen killed ... on Saturday, the ministry said on
Monday": Saturday is the act's day, and later sentences with no day of their own take
it, not the day of saying), and the "after" of a chase ("troops went after the gunmen
on Sunday"), which is no clause of time."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date

_LEAD = ("BAMAKO, Oct 14 (Reuters) - Gunmen on motorbikes killed at least 21 villagers in a "
         "raid on a hamlet near the town of Bandiagara in central Mali on Saturday, the "
         "regional governor said on Monday.")


def test_a_detail_without_a_day_takes_the_acts_day_not_the_day_of_saying(
        nlp: Language) -> None:
    text = (_LEAD + "\n\nThe attackers surrounded the hamlet at dawn, shot at people "
            "fleeing their homes and burned granaries, the governor said in a statement.")
    events = coded_events(nlp, text, "2024-10-14")
    violence = [e for e in events if e.event_type == "Violence against civilians"]
    assert violence and all(e.event_date == D(2024, 10, 12) for e in violence), \
        describe(events)


def test_a_chase_keeps_its_own_day(nlp: Language) -> None:
    text = (_LEAD + "\n\nSoldiers went after the raiders on Sunday and killed eight of them "
            "in a firefight near Bandiagara, the governor said.")
    events = coded_events(nlp, text, "2024-10-14")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all(e.event_date == D(2024, 10, 13) for e in clashes), describe(events)


def test_a_raid_after_an_attack_keeps_the_attacks_day_out(nlp: Language) -> None:
    # a real clause of time: the day after "after" is the earlier attack's
    text = ("BAMAKO, Oct 14 (Reuters) - Troops raided a camp near Bandiagara on Monday "
            "after gunmen attacked a village in the area on Saturday, the army said.")
    events = coded_events(nlp, text, "2024-10-14")
    raid = [e for e in events if e.event_date == D(2024, 10, 14)]
    assert raid, describe(events)


def test_arrests_told_in_the_past_perfect_keep_the_day_of_saying(nlp: Language) -> None:
    # the arrests are an act of their own, not the lead's raid told again: with no day
    # of their own they are dated by the police's statement, not by the raid's Saturday
    text = (_LEAD + "\n\nPolice said on Tuesday they had arrested four men in Sevare on "
            "suspicion of supplying the gunmen with fuel.")
    events = coded_events(nlp, text, "2024-10-16")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.event_date == D(2024, 10, 15) for e in arrests), describe(events)


def test_a_toll_told_in_the_past_perfect_keeps_the_leads_day(nlp: Language) -> None:
    text = ("BAMAKO, Oct 14 (Reuters) - Fighting broke out between the army and jihadist "
            "fighters near Bandiagara on Saturday.\n\nThe army said on Monday that 15 "
            "fighters had been killed in the fighting.")
    events = coded_events(nlp, text, "2024-10-14")
    assert events and all(e.event_date == D(2024, 10, 12) for e in events), describe(events)


def test_a_perfect_lead_takes_the_day_its_detail_tells(nlp: Language) -> None:
    # the lead tells the capture in the perfect and dates only the saying; the next
    # sentence tells the same capture with its day, even beside a word of another kind
    text = ("NAIROBI, Feb 4 (Reuters) - Somalia's army has recaptured the town of Bulo "
            "Burte in Hiiraan region from al Shabaab after days of fighting, the defence "
            "ministry said on Tuesday.\n\nTroops regained control of the town on Sunday and "
            "were clearing roadside bombs left by the militants, the ministry said.")
    events = coded_events(nlp, text, "2025-02-04")
    regained = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert regained and all(e.event_date == D(2025, 2, 2) for e in regained), \
        describe(events)
