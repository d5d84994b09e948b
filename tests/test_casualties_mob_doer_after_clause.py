"""A killing in an "after" clause is a cause the reported development reacts to ("police
arrested 40 people after two men were beaten to death"), unless the event's own word is
the killing's doer: "arrested 40 people after a mob beat two men to death" tells the
mob's violence, and its toll is the mob's."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_the_mob_that_killed_keeps_its_toll_in_an_after_clause(nlp: Language) -> None:
    text = ("Police have detained 40 villagers after a mob beat two herders to death near "
            "a forest reserve, the district commissioner said on Friday.")
    events = coded_events(nlp, text, "2024-05-17")
    mob = next(e for e in events if e.sub_event_type == "Mob violence")
    assert mob.fatalities == 2


def test_the_arrests_after_a_killing_take_no_toll(nlp: Language) -> None:
    text = ("Police have detained 40 villagers after a mob beat two herders to death near "
            "a forest reserve, the district commissioner said on Friday.")
    events = coded_events(nlp, text, "2024-05-17")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert all(not e.fatalities for e in arrests)
