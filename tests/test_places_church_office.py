"""A church office's territory ("the bishop of X said") is where the teller serves, as a
governor's is (places cues.yaml title_words): it does not place the event it tells of,
so a detail told by the bishop stays with the event placed before."""

from __future__ import annotations

import eventcoder

_TEXT = ("Gunmen raided a Catholic mission in Kakamega county overnight, killing an elderly "
         "priest, church officials said on Monday.\n\nThe priest was shot in the chest when "
         "the raiders broke into the mission in a remote village late on Sunday, the bishop "
         "of Eldoret said.")


def test_a_bishops_see_does_not_place_the_detail_he_tells() -> None:
    events = eventcoder.code(_TEXT, published="2019-03-11")
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Kakamega")]
