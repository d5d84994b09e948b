"""Data integrity of the actor word lists (data/actor_words.yaml) and their loader."""

from __future__ import annotations

from dataclasses import fields
from importlib import resources

import yaml

from eventcoder.resolve.actors import ActorWords, load_actor_words


def _raw() -> dict[str, list[object]]:
    text = resources.files("eventcoder").joinpath("data/actor_words.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_every_list_of_the_file_is_loaded_and_none_is_unknown() -> None:
    assert set(_raw()) == {f.name for f in fields(ActorWords)}


def test_words_are_lower_case_strings_without_duplicates_or_stray_spaces() -> None:
    for key, words in _raw().items():
        assert words, f"{key} is empty"
        # YAML reads a bare on/off/yes/no as a boolean: such words must be quoted
        assert all(isinstance(w, str) for w in words), f"{key}: a word that is not a string"
        texts = [str(w) for w in words]
        assert len(texts) == len(set(texts)), f"{key}: a word listed twice"
        for word in texts:
            assert word == word.lower() == " ".join(word.split()), f"{key}: {word!r}"


def test_loader_keeps_prepositions_and_the_order_of_leading_noise() -> None:
    words = load_actor_words()
    assert "on" in words.target_preps and "on" in words.party_preps
    assert words.leading_noise[0] == "the "
    assert all(w.endswith(" ") for w in words.leading_noise)
    assert "died" in words.victim_subject_verbs and "militants" in words.member_words
    assert load_actor_words() is words  # read once
