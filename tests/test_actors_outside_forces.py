"""A crowd that fights a named force from outside the country's own sides (a U.N.
peacekeeping mission: external, inter 8) fights that mission, as it would the police:
the mission is the riot's other side, not the home army of the peacekeepers who died.
"U.N." is no place (a village "Un" abroad), so the dead's nationality never moves the
event out of the country it happened in."""

from __future__ import annotations

import eventcoder

_MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission"


def test_rioters_fight_the_peacekeeping_mission() -> None:
    events = eventcoder.code(
        "BENI, Congo, Aug 1 - Two United Nations peacekeepers were killed on Monday when "
        "rioters attacked a U.N. camp in the eastern Congolese town of Beni, the mission "
        "said. The dead were a Nepalese soldier and an Egyptian police officer.",
        published="2022-08-01")
    riots = [e for e in events if e.sub_event_type == "Violent demonstration"]
    assert riots and all((e.actor2 or "").startswith(_MONUSCO) for e in riots)


def test_the_un_is_no_place() -> None:
    events = eventcoder.code(
        "GOMA, Congo, Aug 2 - Protesters stormed a U.N. base in the Congolese city of "
        "Butembo on Tuesday, and two Indian peacekeepers were killed, a U.N. spokesman "
        "said.", published="2022-08-02")
    assert events and all(e.country == "Democratic Republic of Congo" for e in events)
    assert all(e.location != "Un" for e in events)
