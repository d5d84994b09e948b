"""Fighting told as going on ("linked to the ongoing clashes in the area", "the two
clans have been clashing for weeks") is the backdrop of the day's violence a report
tells beside it: the violence leads, not a battle between the unnamed sides of the
conflict (issue #3). Fails without mention_ranking.rank_ongoing_fighting_below_violence
(the clash ranked first); the guard keeps a report of the fighting alone."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Attackers set fire to four houses in a village near Molo on Friday night, injuring a "
    "woman. Elders said the attack was linked to the ongoing ethnic clashes in the area.",
    "A herder was hacked to death by raiders near the border post on Monday. The two "
    "communities have been fighting over grazing land along the boundary.",
])
def test_the_days_violence_leads_the_fighting_going_on(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, "2012-06-04")
    assert events, text
    lead = max(events, key=lambda e: e.confidence)
    assert lead.sub_event_type == "Attack", describe(events)


def test_fighting_going_on_told_alone_stays_a_battle(nlp: Language) -> None:
    text = "Ongoing clashes between two clans near Wajir left four people dead on Tuesday."
    events = coded_events(nlp, text, "2012-06-06")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


@pytest.mark.parametrize(("text", "expected"), [
    # (events.type_triggers: the fight in the "as/while" clause is the scene)
    ("Government jets bombed a rebel depot near the dam on Friday and destroyed two "
     "trucks, as heavy fighting raged on around the city.", "Air/drone strike"),
    ("Rebel gunners fired mortars at the airport on Monday as the clashes entered their "
     "third week.", "Shelling/artillery/missile attack"),
    ("Rebel gunners shelled the airport and wrecked two cargo planes while fighting "
     "continued in the hills.", "Shelling/artillery/missile attack"),
])
def test_fighting_going_on_in_a_clause_of_time_is_the_backdrop(
        nlp: Language, text: str, expected: str) -> None:
    events = coded_events(nlp, text, "2016-10-03")
    assert events, text
    lead = max(events, key=lambda e: e.confidence)
    assert lead.sub_event_type == expected, describe(events)


def test_fighting_going_on_in_a_main_clause_is_the_days_battle(nlp: Language) -> None:
    # ("clashes continued on Tuesday": that day's fight, ACLED codes each day)
    text = "Clashes between two clans continued on Tuesday near the wells at Dadaab."
    events = coded_events(nlp, text, "2012-06-06")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


@pytest.mark.parametrize("text", [
    "Jets bombed a rebel depot near the dam on Friday as the two sides kept fighting "
    "around the city.",
    "Jets bombed a rebel depot near the dam on Friday as the fighting went on around "
    "the city.",
])
def test_fighting_kept_up_in_a_clause_of_time_is_the_backdrop(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, "2016-10-03")
    assert events, text
    lead = max(events, key=lambda e: e.confidence)
    assert lead.sub_event_type == "Air/drone strike", describe(events)
