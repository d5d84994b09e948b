"""Status rules (issue #3): a search that found nothing is no seizure.

A weapons seizure or a destruction of property is told by what it took or
destroyed; when that object is "no ..." or "nothing" ("No explosives were found",
"found no weapons", "Nothing was stolen"), nothing was taken and there is no
event. Each case has a twin with a real object that stays an event."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = "2024-03-11"

NOTHING = [
    ("Police searched a bus in Garissa after a bomb threat on Tuesday. No explosives "
     "were found.", "found"),
    ("Soldiers searched a house in Mandera on Tuesday but found no weapons.", "found"),
    ("Unknown people raided a farm in Kisii on Tuesday, but no tractors were torched.",
     "torched"),
    ("Gunmen ambushed a bus near Garissa on Tuesday and shot the driver. Nothing was "
     "stolen from the passengers.", "stolen"),
]


@pytest.mark.parametrize(("text", "trigger"), NOTHING)
def test_nothing_seized_or_destroyed_is_no_event(nlp: Language, text: str,
                                                 trigger: str) -> None:
    assert first_status(nlp, text, trigger, dt.date.fromisoformat(PUBLISHED)) == "negated"
    assert not any(e.sub_event_type in ("Disrupted weapons use", "Looting/property destruction")
                   for e in coded_events(nlp, text, PUBLISHED))


SOMETHING = [
    ("Soldiers searched a house in Mandera on Tuesday and found two rifles.",
     "Disrupted weapons use"),
    # the "no" of another noun in the clause takes nothing away
    ("Police seized two pistols from a man who had no licence in Nakuru on Monday.",
     "Disrupted weapons use"),
    ("Unknown people raided a farm in Kisii on Tuesday and torched two tractors.",
     "Looting/property destruction"),
    # (after an ambush told before, theft by nobody named is the ambush's and joins it:
    # merge's damage_told_after; here the bus was only stopped)
    ("Gunmen stopped a bus near Garissa on Tuesday. Phones and cash were stolen from the "
     "passengers.", "Looting/property destruction"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), SOMETHING)
def test_a_real_object_stays_an_event(nlp: Language, text: str, sub_event_type: str) -> None:
    assert sub_event_type in {e.sub_event_type for e in coded_events(nlp, text, PUBLISHED)}
