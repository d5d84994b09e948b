"""A sentence the parser leaves without a finite verb, the act read as a clause on
the noun that heads it ('A group of miners attacked and badly hurt three
police officers ...': 'attacked' an acl of 'group'), still names its doers: the
noun did the act when the act has an object of its own, so a crowd's assault on
officers is mob violence, not a battle of an unidentified armed group (issue #3;
typing_crowds.doers_of_verbless_lead). The first two tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2019-06-03")]


def test_miners_who_attacked_officers(nlp: Language) -> None:
    text = ("A group of miners attacked and badly hurt three police officers near a "
            "quarry in Baringo on Saturday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_squatters_who_attacked_officers(nlp: Language) -> None:
    text = ("A group of squatters attacked and badly hurt two police officers near "
            "a ranch in Laikipia on Saturday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_gunmen_who_attacked_officers_fought_them(nlp: Language) -> None:
    text = ("A group of gunmen attacked and badly hurt two police officers near "
            "a ranch in Laikipia on Saturday.")
    assert [t for t, _ in _events(nlp, text)] == ["Armed clash"]
