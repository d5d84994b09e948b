"""Merge rules of session 9 for conflicting tolls. ACLED codes the lowest credible figure
when reports disagree; two figures of one field inside one report are disagreeing
accounts even when one teller gave both ("At least 15 were killed ..., officials put the
toll at 22"). A toll told as an update ("rose to", "has climbed to") is the newer figure
of the incident, not a conflict, whoever gave the older one."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language


@pytest.mark.parametrize(("text", "killed"), [
    # one teller's sentence holding two accounts: the lower one
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday, officials "
     "put the toll at 22.", 15),
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday. Local "
     "officials put the toll at 22.", 15),
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday, police "
     "said, while community leaders said 30 were killed.", 15),
    # an update of the toll is the newer figure
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday. The death "
     "toll later rose to 22, officials said.", 22),
    ("Gunmen killed at least 15 villagers in a raid in Borno state on Sunday, police "
     "said. Hospital staff later said the death toll had risen to 22.", 22),
])
def test_conflicting_tolls_take_the_lowest_and_updates_the_newest(
        nlp: Language, text: str, killed: int) -> None:
    events = coded_events(nlp, text, "2024-03-11")
    assert len(events) == 1, describe(events)
    assert events[0].fatalities == killed, describe(events)
    assert {c.value for c in events[0].claims if c.field == "fatalities"} >= {15}
