"""Doers told before a place that the parser takes for the subject ('a band of
youths from a village in one constituency, X county have burnt down ...': 'county'
read as the subject) are still the doers: a crowd's arson is mob violence, not
property destroyed by an unidentified group (issue #3;
typing_crowds.doers_before_a_place, typing.yaml area_nouns). The first two tests
fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2020-02-11")]


def test_youths_before_a_county_burned_homes(nlp: Language) -> None:
    text = ("A band of youths from Kagumo village in Mathira constituency, Nyeri county "
            "have burnt down three homes belonging to an elderly couple accused of sorcery.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_residents_of_a_village_before_a_county_burned_houses(nlp: Language) -> None:
    text = ("A band of residents of Kagumo village in Mathira constituency, Nyeri county "
            "have set ablaze the homes of three elderly widows accused of sorcery.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_gang_before_a_county_stays_a_gang(nlp: Language) -> None:
    text = ("A gang of armed robbers from Kiamwangi village in Gatundu constituency, "
            "Kiambu county have burnt down the shops of two traders.")
    assert ("Mob violence", "Rioters (Kenya)") not in _events(nlp, text)
