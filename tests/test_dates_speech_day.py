"""The day of saying is not the day of the act: "overnight" in a sentence whose
speaker is dated counts back from that day, and a statement's past perfect with an
"after <gerund>" step of the same operation takes the step's day."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def test_overnight_counts_back_from_the_day_of_speaking(nlp: Language) -> None:
    # published on a Thursday; the police spoke on Tuesday of the night before it
    text = ("MAKURDI, Nigeria, May 16 (Reuters) - Gunmen killed nine villagers in an "
            "overnight raid on a farming settlement in Benue state, police said on Tuesday.")
    events = coded_events(nlp, text, "2024-05-16")
    raid = [e for e in events if e.event_type == "Violence against civilians"]
    assert raid and all(e.event_date == D(2024, 5, 13) for e in raid), describe(events)


def test_overnight_without_a_dated_speaker_is_the_night_before_publication(
        nlp: Language) -> None:
    text = ("MAKURDI, Nigeria, May 16 (Reuters) - Gunmen killed nine villagers in an "
            "overnight raid on a farming settlement in Benue state, police said.")
    events = coded_events(nlp, text, "2024-05-16")
    raid = [e for e in events if e.event_type == "Violence against civilians"]
    assert raid and all(e.event_date == D(2024, 5, 15) for e in raid), describe(events)


def test_a_capture_told_with_the_step_before_it_takes_the_steps_day(nlp: Language) -> None:
    text = ("GOMA, Congo, March 2 (Reuters) - The M23 rebel group said on Friday it had "
            "taken control of Nyanzale, a town in North Kivu province, after overrunning "
            "the last army position there on Thursday.\n\n"
            "It said its fighters had seized rifles and ammunition left by the soldiers.")
    events = coded_events(nlp, text, "2024-03-02")
    capture = [e for e in events if e.event_type == "Battles"]
    assert capture and all(e.event_date == D(2024, 2, 29) for e in capture), describe(events)
    # the sentence after it is dated by the act's day, not the statement's
    assert all(e.event_date != D(2024, 3, 1) for e in events), describe(events)


def test_an_after_phrase_without_a_verb_is_no_step_of_the_act(nlp: Language) -> None:
    # "after a tip-off ... on Thursday" names what led to the arrests, not a step the
    # police took: the arrests keep the statement's Friday
    text = ("KADUNA, Nigeria, March 2 (Reuters) - Police said on Friday they had arrested "
            "three men suspected of kidnapping travellers in Kaduna state, after a tip-off "
            "from residents on Thursday.")
    events = coded_events(nlp, text, "2024-03-02")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.event_date == D(2024, 3, 1) for e in arrests), describe(events)
