"""What the story's event came a measured interval after ("It came two days after
...", "..., a day after ..."): another, earlier event told to date this one, with all
that its phrase tells, not a new event (issue #3; filters._dating_phrase). With a day
of its own it is dated history, which the coding policy keeps."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_a_clause_after_the_interval_tells_the_earlier_event(nlp: Language) -> None:
    # the raids, and the relative clause on their targets, are what dates the bombing
    text = ("A car bomb exploded outside a hotel in Mogadishu on Thursday, killing five "
            "guests, police said. It came two days after militants raided police posts in "
            "the south of the country, which left eleven officers dead.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"], \
        describe(events)


def test_a_clause_on_the_noun_after_the_interval(nlp: Language) -> None:
    # "who was shot by gunmen": the death the raid came after, and how it came
    text = ("Soldiers killed four militants in a raid on a camp near Kismayo on Monday, the "
            "army said. The raid came days after the death of a district commissioner who "
            "was shot by gunmen at a market in Afmadow.")
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1 and events[0].location == "Kismayo", describe(events)


def test_the_lead_dated_by_an_earlier_killing(nlp: Language) -> None:
    # (no event of its own, nor a report of the torching: the merge must not take it)
    text = ("Gunmen torched a police post in Lamu on Tuesday, a day after a chief was shot "
            "dead at a roadblock in the county.")
    assert "shot dead" not in [m.trigger_text for m in new_mentions(nlp, text, PUBLISHED)]
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.event_date for e in events] == [dt.date(2024, 5, 14)], describe(events)


def test_an_earlier_event_with_its_own_day_is_dated_history(nlp: Language) -> None:
    # a day of its own ("on Saturday"): the policy keeps it, with that day
    text = ("A grenade exploded at a bus stop in Garissa on Sunday, wounding six people, "
            "police said. The attack came a day after soldiers killed two militants in a "
            "gunfight in Mandera on Saturday.")
    events = coded_events(nlp, text, PUBLISHED)
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1 and clashes[0].event_date == dt.date(2024, 5, 18), \
        describe(events)
