"""People an "including" phrase names with civilians first and a member of the forces
among them ("killed 20 people, including 12 children and a police officer"): the attack
struck civilians, and the one officer among them makes no battle (issue #3;
typing_armed._among_civilians_only). Fails without the rule; the guard keeps forces
named first as armed victims."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_officer_among_civilians_killed(nlp: Language) -> None:
    text = ("Gunmen killed 14 people, including nine women and a police reservist, in an "
            "attack on the village of Kotile on Sunday evening, officials said.")
    events = coded_events(nlp, text, "2018-04-16")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)


def test_officers_named_first_stay_a_clash(nlp: Language) -> None:
    text = ("Gunmen killed seven people, including four police officers and a driver, in "
            "an ambush near the village of Kotile on Sunday evening, officials said.")
    events = coded_events(nlp, text, "2018-04-16")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
