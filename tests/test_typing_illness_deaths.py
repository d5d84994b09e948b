"""A death told by its illness ("died of cancer", "died of a sudden heart
attack", "died after months of illness") is no killing: no event (issue #3; the
"kill:died of" keys of exclude_followed_by in triggers.yaml). The death stays a
harm mention; a victim who died of wounds after a shooting stays an attack."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.extract.triggers import harm_mentions


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_a_chief_dying_of_a_heart_attack_codes_nothing(nlp: Language) -> None:
    text = ("A retired chief in Kitui died of a sudden heart attack while tending his "
            "cattle on Tuesday, relatives said.")
    assert _types(nlp, text) == []


def test_pupils_dying_from_cholera_code_nothing(nlp: Language) -> None:
    text = "Four pupils in Garissa died from cholera on Tuesday, health officials said."
    assert _types(nlp, text) == []


def test_an_elder_dying_after_months_of_illness_codes_nothing(nlp: Language) -> None:
    text = "A clan elder in Wajir died after months of illness on Sunday, his son said."
    assert _types(nlp, text) == []


def test_the_illness_death_stays_a_harm_mention(nlp: Language) -> None:
    doc = nlp("A clan elder in Wajir died of cancer on Sunday.")
    assert [(s.text, s.label_) for s in harm_mentions(doc)] == [("died", "die")]


def test_a_trader_shot_who_died_of_his_wounds_stays_an_attack(nlp: Language) -> None:
    text = ("Gunmen shot a trader in Kisumu on Tuesday and he died of his wounds in "
            "hospital.")
    assert _types(nlp, text) == ["Attack"]
