"""Words for a junta's forces ("junta troops", "the military council") are role words:
they name the army of the country the news is about (a Sudanese, Malian or Nigerien
junta), not Myanmar's, whose file once listed them as its own."""

from __future__ import annotations

import eventcoder


def test_a_transitional_military_council_is_its_own_country_army() -> None:
    events = eventcoder.code(
        "KHARTOUM, May 14 - Soldiers loyal to the ruling Transitional Military Council opened "
        "fire on demonstrators blocking a bridge in Khartoum on Tuesday, killing four people, "
        "medics said.", published="2019-05-14")
    sides = {a for e in events for a in (e.actor1, e.actor2) if a}
    assert not any("Myanmar" in a for a in sides)
    assert any(a.startswith("Military Forces of Sudan") for a in sides)


def test_the_council_as_a_side_is_its_own_country_army() -> None:
    events = eventcoder.code(
        "The ruling Transitional Military Council said its troops had killed four gunmen "
        "who attacked a checkpoint in Khartoum on Tuesday.", published="2019-05-14")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all((e.actor1 or "").startswith("Military Forces of Sudan")
                           for e in clashes)
