"""A dateline with no agency tag ("WAJIR, Kenya, March 9 - Twelve people ...") ends its
day with a dash: the day and the count after the dash are no range ("9 - Twelve")."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_dateline_day_before_a_dash_is_no_range(nlp: Language) -> None:
    text = ("WAJIR, Kenya, March 9 - Twelve people were killed when gunmen raided a "
            "village near the Somali border on Saturday night, police said.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events and max(e.fatalities for e in events) == 12, describe(events)


def test_a_range_after_the_dateline_still_gives_its_lower_bound(nlp: Language) -> None:
    text = ("WAJIR, Kenya, March 9 (Reuters) - Some 12 to 15 people were "
            "killed when gunmen raided a village near the Somali border on Saturday night, "
            "police said.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events and max(e.fatalities for e in events) == 12, describe(events)
