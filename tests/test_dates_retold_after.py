""""The attack came a day after <X>": the subject retells the event dated before, so
<X> is the day before that date (not the day after it)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def test_the_event_a_retold_attack_came_after_is_the_day_before(nlp: Language) -> None:
    text = ("OUAGADOUGOU, Feb 12 (Reuters) - Gunmen attacked a church in the northern town "
            "of Dori on Sunday, killing 15 worshippers, security sources said.\n\n"
            "The attack came a day after militants ambushed an army convoy near Djibo, "
            "killing 10 soldiers, the sources said.")
    events = coded_events(nlp, text, "2024-02-12")
    soldiers = [e for e in events if e.event_type == "Battles"]
    assert soldiers and all(e.event_date == D(2024, 2, 10) for e in soldiers), describe(events)
    church = [e for e in events if e.event_type == "Violence against civilians"]
    assert church and all(e.event_date == D(2024, 2, 11) for e in church), describe(events)


def test_the_day_after_with_no_event_still_follows_its_anchor(nlp: Language) -> None:
    text = ("OUAGADOUGOU, Feb 12 (Reuters) - Gunmen attacked a church in the northern town "
            "of Dori on Saturday, killing 15 worshippers, security sources said. The day "
            "after, soldiers clashed with the gunmen near Djibo, killing 10 of them.")
    events = coded_events(nlp, text, "2024-02-12")
    clash = [e for e in events if e.event_type == "Battles"]
    assert clash and all(e.event_date == D(2024, 2, 11) for e in clash), describe(events)
