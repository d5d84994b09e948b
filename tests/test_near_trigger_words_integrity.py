"""Data integrity of data/near_trigger_words.yaml, the English words the misspelling
reader must never correct (written by tools/near_trigger_words.py).

A word that is no longer one edit from any trigger word is stale (a trigger word was
removed or changed: rerun the tool); a word that is itself a trigger word would hide
nothing and means the list was built from another lexicon."""

from __future__ import annotations

from importlib import resources

import yaml

from eventcoder.extract.spelling import one_edit_neighbours
from eventcoder.extract.triggers import load_lexicon, trigger_word_forms


def _listed_words() -> list[str]:
    text = resources.files("eventcoder").joinpath("data/near_trigger_words.yaml").read_text(
        "utf-8")
    words = yaml.safe_load(text)["words"]
    assert isinstance(words, list)
    return [str(w) for w in words]


def test_the_list_is_sorted_unique_lowercase_words() -> None:
    words = _listed_words()
    assert words == sorted(words)
    assert len(set(words)) == len(words)
    assert all(w.isalpha() and w.islower() for w in words)


def test_every_listed_word_is_one_edit_from_a_trigger_word_and_none_is_one() -> None:
    forms = trigger_word_forms(load_lexicon())
    neighbours: set[str] = set()
    for form in forms:
        neighbours |= one_edit_neighbours(form)
    words = _listed_words()
    assert not [w for w in words if w in forms]
    assert not [w for w in words if w not in neighbours], "stale: rerun tools/near_trigger_words.py"
