""""The al Qaeda-linked group", told after a text named the group, is that group told
again by its tie: the last named non-state armed group before it, not the network it is
tied to. With no such group named before, the tie's name stays."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_the_linked_group_is_the_group_named_before(nlp: Language) -> None:
    text = ("Al Shabaab fighters ambushed a convoy near Jowhar in Somalia's Middle Shabelle "
            "region on Tuesday, the group said. Government troops later fought the al "
            "Qaeda-linked group near the town of Jowhar for several hours, residents said.")
    events = coded_events(nlp, text, "2024-03-14")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all("Al Qaeda" not in (e.actor1, e.actor2) for e in clashes)
