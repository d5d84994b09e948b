"""An agreement word that names a standing body ("without coordinating with its
ceasefire committee", "ceasefire monitors from both sides") is the body's name, no
truce agreed in the story (issue #3; typing_armed.names_a_standing_body). Fails
without the rule; the guard keeps a ceasefire signed an Agreement."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_ceasefire_committee_is_no_agreement(nlp: Language) -> None:
    text = ("Troops entered the village of Lantawan on Monday without informing the "
            "ceasefire committee, and ceasefire monitors from both sides later visited "
            "the area, a rebel spokesman said.")
    events = coded_events(nlp, text, "2019-07-02")
    assert "Agreement" not in [e.sub_event_type for e in events], describe(events)


def test_ceasefire_signed_stays_an_agreement(nlp: Language) -> None:
    text = ("The army and the rebels signed a ceasefire in the town of Lantawan on "
            "Monday, a rebel spokesman said.")
    events = coded_events(nlp, text, "2019-07-02")
    assert [e.sub_event_type for e in events] == ["Agreement"], describe(events)
