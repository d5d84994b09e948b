"""Data integrity of data/near_trigger_words.yaml, the English words the misspelling
reader must never correct (written by tools/near_trigger_words.py), and of the
actor words the reader corrects beside the trigger words (``misspellings.actor_words``
in triggers.yaml).

A word that is no longer one edit from any corrected word is stale (a trigger word was
removed or changed: rerun the tool); a word that is itself a corrected word would hide
nothing and means the list was built from another lexicon. The file records the words
it was built from: a trigger word or actor word added since (by any change to the
lexicon) fails the test until the tool is rerun, so its English neighbours are listed."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from eventcoder.extract.spelling import one_edit_neighbours
from eventcoder.extract.triggers import correctable_words, load_lexicon
from eventcoder.resolve.actors import ActorDictionary

_RERUN = "rerun tools/near_trigger_words.py with an English word list"


def _listed() -> dict[str, Any]:
    text = resources.files("eventcoder").joinpath("data/near_trigger_words.yaml").read_text(
        "utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def _listed_words() -> list[str]:
    words = _listed()["words"]
    assert isinstance(words, list)
    return [str(w) for w in words]


def test_the_list_is_sorted_unique_lowercase_words() -> None:
    words = _listed_words()
    assert words == sorted(words)
    assert len(set(words)) == len(words)
    assert all(w.isalpha() and w.islower() for w in words)


def test_every_listed_word_is_one_edit_from_a_corrected_word_and_none_is_one() -> None:
    forms = correctable_words(load_lexicon())
    neighbours: set[str] = set()
    for form in forms:
        neighbours |= one_edit_neighbours(form)
    words = _listed_words()
    assert not [w for w in words if w in forms]
    assert not [w for w in words if w not in neighbours], f"stale: {_RERUN}"


def test_the_list_was_built_from_the_current_trigger_and_actor_words() -> None:
    built_from = {str(w) for w in _listed()["built_from"]}
    forms = correctable_words(load_lexicon())
    assert not sorted(forms - built_from), f"words added since the list was built: {_RERUN}"
    assert not sorted(built_from - forms), f"words removed since the list was built: {_RERUN}"


def test_corrected_actor_words_are_lowercase_actor_words_of_the_dictionary(
        dictionary: ActorDictionary) -> None:
    listed = load_lexicon().spelling.actor_words
    assert listed and all(w.isalpha() and w.islower() for w in listed)
    alias_words = {word for alias, _ in dictionary.phrases()
                   for word in alias.lower().replace("-", " ").split()}
    cue_words = {word for phrases in load_lexicon().cues.values() for phrase in phrases
                 for word in phrase.lower().split()}
    assert not sorted(listed - alias_words - cue_words), "not an actor word (any more)"
