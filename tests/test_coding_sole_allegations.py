"""A text that tells an act only through an active accusation ("fishermen accuse
soldiers of shooting a boat owner dead") is coded for the act alleged when it would
code no event otherwise (CodingPolicy.keep_sole_allegations): short local reports
often carry a killing only so, and ACLED's notes and CASE code the act. The event's
evidence says the act is alleged. An accusation beside an event the story reports
stays background."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.pipeline import CodingPolicy

_ONLY_ACCUSED = ("Fishermen in Lamu county accused Kenyan soldiers of shooting dead a boat owner "
                 "near the jetty.")


def test_an_act_told_only_as_an_accusation_is_coded_as_alleged(nlp: Language) -> None:
    events = coded_events(nlp, _ONLY_ACCUSED, "2021-09-14")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1 and events[0].actor1.startswith("Military Forces of Kenya")
    assert any(ev.field == "alleged" for ev in events[0].evidence)


def test_the_setting_off_codes_no_event(nlp: Language) -> None:
    policy = CodingPolicy(keep_sole_allegations=False)
    assert coded_events(nlp, _ONLY_ACCUSED, "2021-09-14", policy) == []


def test_an_accusation_beside_a_reported_event_stays_background(nlp: Language) -> None:
    text = ("Officers used teargas to break up a traders' march in Kisumu on Tuesday. "
            "Opposition leaders accused officers of beating a vendor to death.")
    types = [e.sub_event_type for e in coded_events(nlp, text, "2021-09-14")]
    assert types and "Attack" not in types
