"""People led off to an unknown place with a pronoun for them between the verb and
the place ('soldiers detained a village elder and took him to an unknown location',
'men in plain clothes picked up two activists and took them to an unknown
location') are abducted, as 'were taken to an unknown location' already was (issue
#3: a phrase variant of the abduction class in data/triggers.yaml). Before: the
arrest words ('detained', 'picked up') typed them Arrests. Both tests fail without
the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2019-05-05")]


def test_detained_and_taken_to_an_unknown_place(nlp: Language) -> None:
    text = ("Soldiers detained a village elder in Mopti on Monday and took him to an "
            "unknown location.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]


def test_picked_up_and_taken_to_an_unknown_place(nlp: Language) -> None:
    text = ("Men in plain clothes picked up two activists in Harare on Monday and took "
            "them to an unknown location.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]
