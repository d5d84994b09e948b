"""How victims are told: "together with" or "along with" a companion counts both,
pronouns alone tell one person again, and a participle split from its auxiliary by a
time phrase still counts its victim. One test per rule, each asserting the value."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import casualty_mention
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _events_fatalities(nlp: Language, text: str) -> list[int]:
    article = make_article(text, published=dt.date(2021, 3, 9))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


_mention = casualty_mention


# "together with X" / "along with X" adds X's victims even when the parser hangs both
# words on the verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("The farm manager was killed together with his driver near Naivasha.", 2),
    ("A trader died along with his son when gunmen raided the market in Moyale.", 2),
])
def test_victims_together_with_others(nlp: Language, text: str, expected: int) -> None:
    trigger = "killed" if "killed" in text else "died"
    assert casualty_mention(nlp, text, trigger).fatalities == expected


def test_pronouns_alone_tell_one_person_again(nlp: Language) -> None:
    text = "She had been strangled and her body was later found in a thicket in Ruiru."
    assert casualty_mention(nlp, text, "strangled").fatalities == 1


def test_shot_dead_together_with_a_companion_counts_both(nlp: Language) -> None:
    text = "A farm manager was shot dead together with his passenger near Nakuru on Monday."
    assert _events_fatalities(nlp, text) == [2]


def test_a_participle_split_from_its_auxiliary_by_a_time_phrase(nlp: Language) -> None:
    text = ("A suspected cattle thief was on Monday night lynched by villagers outside "
            "Kapsabet.")
    assert _mention(nlp, text, "lynched").fatalities == 1
