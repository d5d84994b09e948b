"""Another spelling of a Kenyan community's name ("Kipsigs" for the Kipsigis) names the
listed community's militia under ACLED's name, not an unknown group kept as written."""

from __future__ import annotations

import eventcoder


def test_kipsigs_militia_is_the_kipsigi_militia() -> None:
    events = eventcoder.code("Members of a Kipsigs militia killed two herders near Olposimoru "
                             "on Monday.", published="2019-06-03")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Kipsigi Ethnic Militia (Kenya)", "Civilians (Kenya)")]
