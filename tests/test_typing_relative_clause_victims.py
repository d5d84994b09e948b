"""A victim told in a relative clause ("a soldier who was shot dead by militants",
"a reservist and a farmer who were shot in the head") is the noun the pronoun stands for:
an armed victim makes the shooting a fight (Armed clash), a civilian one an
Attack. A plural auxiliary after a list whose last noun is singular takes up the
whole list (the first two tests fail without the rule, the last guards it)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2022, 11, 14)


def _types_of(nlp: Language, text: str, trigger: str) -> list[str]:
    return [m.sub_event_type for m in new_mentions(nlp, text, PUBLISHED)
            if m.trigger_text.lower() == trigger]


def test_a_soldier_shot_in_a_relative_clause_is_an_armed_victim(nlp: Language) -> None:
    text = "Residents buried a soldier who was shot dead by al-Shabaab militants near " \
           "Mandera on Sunday."
    assert _types_of(nlp, text, "shot dead") == ["Armed clash"]


def test_a_plural_verb_takes_up_the_whole_list(nlp: Language) -> None:
    text = "Bandits raided a village near Kainuk on Sunday. The dead included a police " \
           "reservist and a farmer who were shot in the head by gunmen."
    assert _types_of(nlp, text, "shot") == ["Armed clash"]


def test_a_herder_shot_in_a_relative_clause_was_attacked(nlp: Language) -> None:
    text = "Residents buried a herder who was shot dead by bandits near Kapedo on Sunday."
    assert _types_of(nlp, text, "shot dead") == ["Attack"]
