"""Typo tolerance of the trigger matcher (issue #3): a word one edit from a trigger
word that is not itself English is read as that word, and the type's reason says
so; real words one edit from a trigger ("skilled", "filed", "shout") are not."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, make_article
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.extract.spelling import SpellingSettings, TypoReader, inflection_of
from eventcoder.extract.triggers import TRIGGER_GROUP, load_lexicon, trigger_word_forms


def _triggers(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans[TRIGGER_GROUP]]


def test_a_misspelt_killing_is_coded_and_says_how_it_was_read(nlp: Language) -> None:
    text = ("Bandits kiled three herders and drove off their cattle near Kapedo in "
            "Turkana on Sunday, the police said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert events, "the misspelt killing made no event"
    mentions = [m for m in detect_mentions(nlp(text), make_article(text, published="2024-03-04"))
                if m.trigger_text == "kiled"]
    assert mentions and "'kiled' read as 'killed'" in mentions[0].type_reason


def test_a_misspelt_attack_by_misspelt_assailants_is_read(nlp: Language) -> None:
    found = _triggers(nlp, "Unknown assaillants attakced a trading centre in Lamu on Friday.")
    assert ("attakced", "attack") in found


@pytest.mark.parametrize("text", [
    "Skilled masons tiled the new police post in Garissa last week.",
    "The governor filed a petition against the county assembly on Monday.",
    "Traders shout at buyers in the market every morning.",
    "The ministry deplored the shelving of the blaring sirens plan.",
])
def test_real_words_one_edit_from_a_trigger_stay_as_written(nlp: Language, text: str) -> None:
    assert "ec_read_as" not in nlp(text).user_data
    assert coded_events(nlp, text, "2024-03-04") == []


def test_a_british_spelling_is_english_not_a_typo(nlp: Language) -> None:
    # "terrorise" is one edit from "terrorist"; the web2 list spells it with -ize
    doc = nlp("Armed gangs terrorise the farming villages along the old highway.")
    assert "ec_read_as" not in doc.user_data


def test_names_inside_a_sentence_and_inflections_are_not_typos() -> None:
    lexicon = load_lexicon()
    reader = TypoReader(trigger_word_forms(lexicon), (), lexicon.spelling)
    assert reader.read_as("kiled") == "killed"
    assert reader.read_as("aspirant") is None  # the singular of a listed plural
    assert reader.read_as("hooting") is None  # first letter differs from "shooting"
    assert reader.read_as("junto") is None  # a changed letter in a short word


def test_inflections_follow_english_spelling() -> None:
    english = {"flag", "bake", "bus", "kill", "demonstrate"}
    suffixes = SpellingSettings(inflections=("s", "es", "d", "ed", "ing", "er")).inflections
    assert inflection_of("flagged", english, suffixes)
    assert inflection_of("baked", english, suffixes)
    assert inflection_of("buses", english, suffixes)
    assert not inflection_of("killled", english, suffixes)
    assert not inflection_of("demonstrateing", english, suffixes)
