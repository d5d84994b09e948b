"""What an arrest takes is no act of the police (issue #3):

- a noun for the men who did an armed act, as the object of an arrest verb ("police
  arrested a suspected bomber", "two of the attackers were detained"), names who was
  held (typing_armed.doer_arrested);
- what a thing named in the accusation did, told in a relative clause ("detained three
  men suspected of planting the bomb that killed four people"), is the accusation too
  (typing_armed.accused_of climbs through _act_taking).

The first two tests fail without the rules; the guard keeps a suicide bomber who blew
himself up a Suicide bomb beside the arrests that followed."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_suspected_bomber_arrested(nlp: Language) -> None:
    text = "Police arrested a suspected bomber near the bus park in Garissa on Tuesday."
    events = coded_events(nlp, text, "2020-03-04")
    assert [e.sub_event_type for e in events] == ["Arrests"], describe(events)


def test_killing_of_the_bomb_in_the_accusation(nlp: Language) -> None:
    text = ("Police in Garissa on Tuesday detained three men suspected of planting the "
            "bomb that killed four people at a bus stop last month.")
    events = coded_events(nlp, text, "2020-03-04")
    assert [e.sub_event_type for e in events] == ["Arrests"], describe(events)


def test_bomber_who_struck_beside_arrests(nlp: Language) -> None:
    text = ("A suicide bomber blew himself up at a checkpoint in Garissa on Tuesday, "
            "killing a policeman, and police later arrested two men.")
    events = coded_events(nlp, text, "2020-03-04")
    assert "Suicide bomb" in [e.sub_event_type for e in events], describe(events)
