"""Crowds that push and shove each other fight (a scuffle): 'shoving', 'a
shoving match', 'pushing and shoving' are words of crowd violence like
'scuffle' (issue #3; triggers.yaml protest_violence). Rival supporters shoving
each other with no demonstration told are mob violence. Fails without the
words."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-05-10")]


def test_supporters_shoving_each_other_are_a_mob(nlp: Language) -> None:
    text = ("Supporters of two aspirants engaged in pushing and shoving outside a "
            "tallying centre in Kisii on Tuesday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_a_shoving_match_between_rival_supporters(nlp: Language) -> None:
    text = ("A shoving match broke out between supporters of the senator and those of "
            "the governor at a funeral in Migori on Saturday.")
    assert _types(nlp, text) == ["Mob violence"]
