"""Who holds a military post an attack hit is that attack's target, never its doer
("stormed positions held by the X militia": the agent of a participle of holding is no
"a bomb planted by X"), and a measure of fighting that a clause's participle sets off
("..., sparking hours of fighting") is fought between the main clause's sides. Who holds
a town keeps no side by the parse."""

from __future__ import annotations

import eventcoder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-03-08")]


def test_the_holder_of_stormed_positions_is_the_target() -> None:
    sides = _sides("Al Shabaab fighters stormed positions held by the Ahlu Sunna Wal Jamaa "
                   "militia near Guriel on Thursday, sparking hours of fighting that killed "
                   "nine militiamen, elders said.")
    assert sides == [("Al Shabaab", "Ahlu Sunna Wal Jamaa")], sides


def test_the_holder_of_a_shelled_village_is_not_its_shooter() -> None:
    sides = _sides("Soldiers shelled villages controlled by the Arakan Army in Rakhine on "
                   "Thursday, killing five civilians, residents said.")
    assert sides and (sides[0][0] or "").startswith("Military Forces of Myanmar"), sides
    assert sides[0][1] == "Civilians (Myanmar)", sides
