"""Reports of one incident by different tellers: a capture and the fighting another
teller tells are the capture; tellers of different weapons still disagree (the notes
name the other account)."""

from __future__ import annotations

from eventcoder.merge import combine_reports
from eventcoder.schema import Claim, Event


def test_a_capture_and_the_fighting_told_by_another_teller_are_the_capture() -> None:
    # one teller says the rebels took the outpost, the army that they fought for it
    reports = [
        Event(event_id="ev-1", doc_id="d1", event_date=None, time_precision=None,
              event_type="Battles", sub_event_type="Non-state actor overtakes territory",
              actor1="AA: Arakan Army", inter1=2, actor2="Military Forces of Myanmar (2021-)",
              inter2=1,
              claims=[Claim("sub_event_type", "Non-state actor overtakes territory",
                            "Government (Myanmar)")]),
        Event(event_id="ev-2", doc_id="d1", event_date=None, time_precision=None,
              event_type="Battles", sub_event_type="Armed clash",
              actor1="Military Forces of Myanmar (2021-)", inter1=1, actor2="AA: Arakan Army",
              inter2=2, claims=[Claim("sub_event_type", "Armed clash", "Military (Myanmar)")]),
    ]
    event = combine_reports(reports)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "AA: Arakan Army"


def test_two_tellers_of_different_weapons_still_disagree() -> None:
    reports = [
        Event(event_id="ev-1", doc_id="d1", event_date=None, time_precision=None,
              event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              claims=[Claim("sub_event_type", "Air/drone strike", "Observatory")]),
        Event(event_id="ev-2", doc_id="d1", event_date=None, time_precision=None,
              event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack",
              claims=[Claim("sub_event_type", "Shelling/artillery/missile attack", "Army")]),
    ]
    event = combine_reports(reports)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.notes and "Observatory" in event.notes
