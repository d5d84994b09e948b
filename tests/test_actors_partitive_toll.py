"""One person singled out of someone's circle ("one of his deputies was killed") is a
death among the incident's toll, not a rival, lower account of it: when another report
of the event gives a toll, that toll stands (the merge sets the part aside)."""

from __future__ import annotations

import eventcoder

_RAID = ("BAMAKO, March 3 - French troops raided the hideout of an Islamist commander near "
         "the town of Menaka on Thursday and fought gunmen around the compound for an hour, "
         "residents said. Hospital officials said nine people were killed. French officials "
         "said one of his deputies was killed in a gunfight with the soldiers.")


def test_one_of_his_men_is_part_of_the_toll() -> None:
    clashes = [e for e in eventcoder.code(_RAID, published="2021-03-03")
               if e.sub_event_type == "Armed clash"]
    assert [e.fatalities for e in clashes] == [9]


def test_one_of_his_men_alone_is_one_dead() -> None:
    events = eventcoder.code(
        "French officials said one of his deputies was killed in a gunfight with soldiers "
        "near Menaka on Thursday.", published="2021-03-03")
    assert [e.fatalities for e in events if e.sub_event_type == "Armed clash"] == [1]
