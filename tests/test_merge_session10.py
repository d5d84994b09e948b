"""Merge rules of session 10: the deaths of different sides add up. ACLED's fatalities
are everyone killed in one event, whoever tells which side's dead; two figures of
the same side told by different tellers stay accounts of one toll (the lowest credible
one is coded)."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.merge import combine_reports
from eventcoder.schema import Claim, Event


@pytest.mark.parametrize(("text", "killed"), [
    # the lead's unattributed toll of one side, the army's count of the other: both
    ("Militants stormed an army base in Borno state on Saturday, killing 12 soldiers. "
     "The army said its troops killed 25 of the assailants.", 37),
    ("Al Shabaab fighters raided a military camp in Lower Shabelle on Sunday. Seven "
     "soldiers died in the raid, officials said. The army said it killed 18 militants.", 25),
    # the same side told twice: restatements, the lowest counts
    ("Militants stormed an army base in Borno state on Saturday, killing 12 soldiers, "
     "officials said. The military said 15 soldiers died.", 12),
    # a toll that names no side may be the whole: it stands beside the sides' sum
    ("Militants stormed an army base in Borno state on Saturday. Forty people were "
     "killed in the fighting. The army said 12 soldiers and 20 attackers died.", 40),
])
def test_deaths_of_different_sides_add_up(nlp: Language, text: str, killed: int) -> None:
    events = [e for e in coded_events(nlp, text, "2024-03-11") if e.fatalities]
    assert len(events) == 1, describe(events)
    assert events[0].fatalities == killed, describe(events)


def test_claims_carry_the_victims_side(nlp: Language) -> None:
    text = ("Gunmen ambushed a police patrol in Kaduna state on Monday, killing four "
            "officers and two passengers.")
    events = coded_events(nlp, text, "2024-03-11")
    groups = {c.group for e in events for c in e.claims if c.field == "fatalities"}
    assert groups == {"civilian+state"}, describe(events)


def _report(claims: list[Claim]) -> Event:
    return Event(event_id="ev-1", doc_id="d1", event_date=None, time_precision=None,
                 event_type="Battles", sub_event_type="Armed clash", claims=claims)


def test_each_side_takes_the_lowest_of_its_tellers_then_the_sides_add() -> None:
    claims = [Claim("fatalities", 10, "Police", group="state"),
              Claim("fatalities", 14, "Hospital", group="state"),
              Claim("fatalities", 20, "Military", group="armed")]
    event = combine_reports([_report(claims)])
    assert event.fatalities == 30
    # overlapping sides ("soldiers" and "soldiers and attackers") are one toll told twice
    overlapping = [Claim("fatalities", 10, "Police", group="state"),
                   Claim("fatalities", 30, "Military", group="armed+state")]
    assert combine_reports([_report(overlapping)]).fatalities == 10


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


def test_people_hurt_by_nobody_named_after_a_mob_are_the_mobs(nlp: Language) -> None:
    text = ("A crowd lynched a suspected cattle thief in Kapenguria on Sunday, the police "
            "said. Some of them stormed a nearby clinic and assaulted three nurses.")
    events = coded_events(nlp, text, "2024-03-11")
    assert [e.sub_event_type for e in events] == ["Mob violence"], describe(events)


def test_a_named_groups_attack_beside_a_mob_stays_its_own(nlp: Language) -> None:
    text = ("A crowd lynched a suspected cattle thief in Kapenguria on Sunday, the police "
            "said. Pokot raiders stormed a nearby clinic and assaulted three nurses.")
    events = coded_events(nlp, text, "2024-03-11")
    assert {e.sub_event_type for e in events} == {"Mob violence", "Attack"}, describe(events)


def test_a_sentence_opening_with_another_town_is_another_incident(nlp: Language) -> None:
    # Thika and Juja are about 10 km apart: near enough to be one incident's places,
    # but the second sentence sets its own scene
    text = ("Armed men raided a ranch near Thika on Monday, driving away cattle. In Juja, "
            "a group of men broke into a warehouse and looted it, the owner said.")
    events = coded_events(nlp, text, "2024-03-12")
    lootings = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert sorted(e.location or "" for e in lootings) == ["Juja", "Thika"], describe(events)


def test_a_nearby_town_told_later_in_the_same_story_stays_one_incident(
        nlp: Language) -> None:
    text = ("Armed men raided a ranch near Thika on Monday, driving away cattle. A group "
            "of men also broke into a warehouse in Juja and looted it, the owner said.")
    events = coded_events(nlp, text, "2024-03-12")
    lootings = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert len(lootings) == 1, describe(events)


_CLASH = ("Clashes between two rival militias broke out in the south of Tripoli on Monday "
          "evening and killed at least 12 people, the health ministry said. ")


def test_shelling_by_nobody_named_in_a_story_of_clashes_is_the_clash(nlp: Language) -> None:
    text = _CLASH + ("Residents of the Abu Salim district reported heavy gunfire and shelling "
                     "through the night. The ministry said 40 people had been wounded.")
    events = coded_events(nlp, text, "2024-05-07")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
    assert (events[0].fatalities, events[0].injured) == (12, 40), describe(events)


def test_shelling_by_a_named_force_beside_clashes_stays_its_own(nlp: Language) -> None:
    text = _CLASH + "The army later shelled the Abu Salim district, residents said."
    events = coded_events(nlp, text, "2024-05-07")
    assert {e.sub_event_type for e in events} == {
        "Armed clash", "Shelling/artillery/missile attack"}, describe(events)


def test_rioters_and_police_killed_in_one_riot_add_up(nlp: Language) -> None:
    text = ("Riots broke out in Kericho on Monday after the arrest of a local MP. One police "
            "officer was killed by rioters armed with clubs. Two rioters were shot dead.")
    events = coded_events(nlp, text, "2024-03-12")
    assert events and max(e.fatalities for e in events) == 3, describe(events)
