"""The sides of one incident told by several reports (merge.sides._incident_sides): the report
whose trigger decided the type places its actors as it names them, every further report
is read in that order or swapped, whichever agrees with the actors already placed, a
group named alone takes the side the incident's reports left unidentified, and a
one-sided report (an attack or strike on civilians) is never read backwards.

Before, each actor went to the side most reports named it on: a detail telling the fight
from the attackers' side outvoted the report of the clash itself."""

from __future__ import annotations

from fixtures_store import make_mention

import eventcoder
from eventcoder.merge import combine_reports, event_from_mention
from eventcoder.schema import Event


def _events(text: str, published: str) -> list[Event]:
    return eventcoder.code(text, published=published)


def test_the_report_that_decided_the_type_orders_the_sides() -> None:
    # the grenade and the attackers' gunfire tell the fight from the attackers' side;
    # the toll among the officers makes it a clash, whose report lists the police
    # first (as the actor stage lists a clash's sides): two votes no longer overturn it
    events = _events("Unidentified gunmen threw a grenade at a police patrol in Garissa "
                     "town on Tuesday evening. The attackers then opened fire on the officers "
                     "before fleeing. Two police officers were wounded.", "2019-06-03")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")]


def test_a_group_that_claims_the_attack_names_the_unnamed_side() -> None:
    # 'said it had carried out the attack' claims the ambush told before: it is that
    # incident, whose gunmen it names, not an attack on civilians of its own
    events = _events("Gunmen ambushed a police patrol near the town of Jamundi on Tuesday, "
                     "killing four officers in a gunfight, the defence ministry said. A "
                     "dissident group calling itself the Cauca Valley Front said it had "
                     "carried out the attack in a statement on social media.", "2024-05-15")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Police Forces of Colombia (2022-)", "Cauca Valley Front", 4)]
    assert events[0].actors_not_normalised == ["Cauca Valley Front"]


def test_a_claim_does_not_replace_the_group_the_lead_named() -> None:
    events = _events("ELN rebels ambushed an army patrol near the town of Tame on Tuesday, "
                     "killing three soldiers in a gunfight, the defence ministry said. A "
                     "dissident group calling itself the Cauca Valley Front said it had "
                     "carried out the attack in a statement on social media.", "2024-05-15")
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert (clash.actor1, clash.actor2) == (
        "Military Forces of Colombia (2022-)", "ELN: National Liberation Army")


TEXT = ("A bomb hidden in a cart exploded beside a police truck in Baidoa on Monday, "
        "officials said. Police fired on residents after the blast, a witness said.")


def _report(trigger: str, sub_event_type: str, actor1: str, actor2: str) -> Event:
    return event_from_mention(make_mention(
        TEXT, trigger, sub_event_type, actor1=actor1, actor2=actor2, place="Baidoa",
        date="2019-05-13"))


def test_a_one_sided_report_is_never_read_backwards() -> None:
    # the police are the bomb's target; the witness's report names them as doers against
    # civilians: read swapped, the residents would become the bombers' side
    bomb = _report("exploded", "Remote explosive/landmine/IED", "uag_somalia",
                   "somalia_police")
    fire = _report("fired", "Remote explosive/landmine/IED", "somalia_police", "civ_somalia")
    merged = combine_reports([bomb, fire])
    assert (merged.actor1, merged.actor2) == (
        "Unidentified Armed Group (Somalia)", "Police Forces of Somalia (2012-)")
