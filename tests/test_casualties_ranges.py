"""A toll told as a range ("between five and eight people were killed") is its lower
end, also when the parser makes the range's "between" the verb's subject and its
people the object: the count is read on them, not taken from the nearest number."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_range_opening_the_lead_is_its_lower_end(nlp: Language) -> None:
    text = ("KANO, Nigeria, Dec 5 (Reuters) - Between five and eight people were killed "
            "on Sunday when rioters clashed with police in Kano, witnesses said.")
    events = coded_events(nlp, text, "2023-12-05")
    assert events and events[0].fatalities == 5, describe(events)


def test_a_range_after_the_verb_is_its_lower_end(nlp: Language) -> None:
    text = ("KANO, Nigeria, Dec 5 (Reuters) - Rioters clashed with police in Kano on "
            "Sunday, and five to eight people were killed, witnesses said.")
    events = coded_events(nlp, text, "2023-12-05")
    assert events and events[0].fatalities == 5, describe(events)
