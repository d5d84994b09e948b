"""An event told again after the lead ("days after the attack", "Following the
attack, ..."): no new event, but evidence of the incident it names (issue #3). The
filter reads it as the event told before; the merge lets it join the incident it
matches, with the incident's type and sides, and never start one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fixtures_events import coded_events, describe
from fixtures_mentions import detected, first_status
from spacy.language import Language

from eventcoder.extract.filters import RETOLD, retells_an_event
from eventcoder.schema import Event

PUBLISHED = dt.date(2024, 5, 20)


def _trigger_words(event: Event) -> list[str]:
    return [e.text for e in event.evidence if e.field == "trigger"]


def test_a_later_time_phrase_names_the_raid_it_follows(nlp: Language) -> None:
    text = ("Gunmen stormed a hotel in Mogadishu on Tuesday, killing six guests, police said. "
            "Shops in the district stayed shut in the days after the attack.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert "attack" in _trigger_words(events[0]), describe(events)


def test_its_own_offset_does_not_date_the_incident(nlp: Language) -> None:
    # "three days after the blast" is the time of the closure, not of the blast
    text = ("A suicide bomber blew himself up at a police academy in Mogadishu on Tuesday, "
            "killing nine recruits. Schools in the capital stayed shut for three days after "
            "the blast and the shooting.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert "blast" in _trigger_words(events[0]), describe(events)
    assert events[0].event_date == dt.date(2024, 5, 14), describe(events)


def test_the_word_for_it_does_not_retype_the_incident(nlp: Language) -> None:
    # the clause after "Following the attack" tells of armed men on both sides: the
    # word "attack" is still the bombing, not a clash of its own
    text = ("A roadside bomb tore through a police vehicle in Garissa on Monday, killing "
            "three officers. Following the attack, the militants took the officers' rifles "
            "and fled.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Remote explosive/landmine/IED", describe(events)
    assert "attack" in _trigger_words(events[0]), describe(events)


def test_coordinated_nouns_share_the_preposition(nlp: Language) -> None:
    text = ("A suicide bomber struck a police academy in Mogadishu on Tuesday, killing nine "
            "recruits, and a car bomb hit a hotel in the city on Wednesday. Schools stayed "
            "shut after the academy and the hotel bombings.")
    assert first_status(nlp, text, "bombings", PUBLISHED) == "reference"


def test_the_event_told_again_is_a_kind_of_status_not_a_reason_text(nlp: Language) -> None:
    # the filter gives the status a kind the merge reads (filters.RETOLD); the reason
    # is for a reviewer and may be reworded
    text = ("Gunmen stormed a hotel in Mogadishu on Tuesday, killing six guests, police said. "
            "Shops in the district stayed shut in the days after the attack.")
    found = {m.trigger_text: m for m in detected(nlp, text, PUBLISHED)}
    assert (found["attack"].status, found["attack"].status_kind) == ("reference", RETOLD)
    assert retells_an_event(replace(found["attack"], type_reason="reworded"))
    described = replace(found["attack"], status_kind="")
    assert not retells_an_event(described), described.type_reason
