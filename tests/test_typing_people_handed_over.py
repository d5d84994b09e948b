"""People handed over to someone ("those held ... had been handed over for questioning")
transfer no territory, even when the handover verb shares its subject with the verb
before it (issue #3; typing_armed.hands_over_goods reads the shared passive subject)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_NVT = "Non-violent transfer of territory"


def test_detainees_handed_over_after_questioning(nlp: Language) -> None:
    text = ("Border guards stopped a minibus near Kasese on Saturday. A spokesman said the "
            "passengers they held were questioned by officers and handed over to immigration "
            "officials.")
    assert _NVT not in [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_a_town_handed_over_is_still_a_transfer(nlp: Language) -> None:
    text = ("The rebels withdrew from Kiwanja on Friday and handed over the town to the army "
            "without a fight, a local official said.")
    assert _NVT in [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]
