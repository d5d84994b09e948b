"""A mob that hit only things is coded against the forces that stopped it, but not
against forces that only tell of it in another sentence ("..., a police spokesman
said"), nor against those of another incident told after it ("Also on Monday, ...")."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def _mob(nlp: Language, text: str) -> list[str | None]:
    events = coded_events(nlp, text, "2023-05-16")
    mobs = [e for e in events if e.sub_event_type == "Mob violence"]
    assert mobs, describe(events)
    return [e.actor2 for e in mobs]


def test_a_police_teller_before_is_no_side(nlp: Language) -> None:
    text = ("KISUMU, May 16 - The unrest began when word went round that a bus driver had "
            "run over a boy, police commander Joseph Otieno said. Hundreds of youths, some "
            "with clubs, burned stalls and kiosks owned by traders from out of town, he said.")
    assert all(a2 is None or not a2.startswith("Police Forces") for a2 in _mob(nlp, text))


def test_forces_of_another_incident_after_are_no_side(nlp: Language) -> None:
    text = ("KISUMU, May 16 - Hundreds of youths burned stalls and kiosks at the bus park "
            "in Kisumu on Monday. Also on Monday, traders marching in Kakamega fought with "
            "police who tried to break up their march.")
    assert all(a2 is None or not a2.startswith("Police Forces") for a2 in _mob(nlp, text))
