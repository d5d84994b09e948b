"""Members of the clergy hit by violence ("a nun", "two monks") are civilians, and the
nationality the text gives them names them: an Italian victim after ACLED began to cover
Italy (its file's covered_from) is "Civilians (Italy)". (Until session 24 Italy had no
actor file and the nun was "Civilians (International)".)"""

from __future__ import annotations

import eventcoder


def test_an_italian_nun_killed_is_a_foreign_civilian() -> None:
    events = eventcoder.code(
        "BANGUI, March 9 - Armed men stormed a parish near the town of Bambari on Tuesday "
        "night, killing a 70-year-old Italian nun who ran its clinic, the diocese said.",
        published="2023-03-09")
    victims = [e.actor2 for e in events if e.event_type == "Violence against civilians"]
    assert victims == ["Civilians (Italy)"]
