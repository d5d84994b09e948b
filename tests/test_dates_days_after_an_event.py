"""'..., two days after <event>' counts back from the sentence's day (issue #3).

"Troops arrived in Kidal on Monday, two days after the rebels withdrew" dates the
withdrawal two days before Monday: the phrase names the earlier event by its
distance from the day the sentence states. A bare "Two days later," in the next
sentence still counts on from the day before it."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


@pytest.mark.parametrize(("text", "sub_event_type", "day"), [
    ("Troops arrived in Kidal on Monday, two days after rebels withdrew from the town.",
     "Non-violent transfer of territory", D(2024, 3, 9)),
    ("Police arrested five men in Garissa on Monday, a day after gunmen attacked a bus "
     "near the town.", "Attack", D(2024, 3, 10)),
])
def test_the_event_after_the_phrase_is_days_before_the_sentences_day(
        nlp: Language, text: str, sub_event_type: str, day: dt.date) -> None:
    events = [e for e in coded_events(nlp, text, "2024-03-13")
              if e.sub_event_type == sub_event_type]
    assert events and all(e.event_date == day for e in events), describe(events)


def test_days_later_in_the_next_sentence_count_on(nlp: Language) -> None:
    text = ("Gunmen attacked a bus near Garissa on Sunday. A day after, police arrested "
            "five men in the town.")
    arrests = [e for e in coded_events(nlp, text, "2024-03-13")
               if e.sub_event_type == "Arrests"]
    assert arrests and all(e.event_date == D(2024, 3, 11) for e in arrests), describe(arrests)


def test_the_day_before_with_no_event_after_it_is_the_day_before(nlp: Language) -> None:
    # "the day before by bandits": a preposition follows, the phrase dates its own clause
    text = ("On 12 March, villagers in Kitui stopped officers from taking away the corpse "
            "of a herder shot dead the day before by bandits.")
    events = coded_events(nlp, text, "2024-03-13")
    assert D(2024, 3, 11) in {e.event_date for e in events}, describe(events)
    assert D(2024, 3, 13) not in {e.event_date for e in events}, describe(events)
