"""Integrity of data/typing.yaml, the word lists of the typing rules."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from eventcoder.extract.events import TypingWords, load_typing_words
from eventcoder.extract.triggers import expand_braces


def _packaged() -> dict[str, list[object]]:
    text = resources.files("eventcoder").joinpath("data/typing.yaml").read_text("utf-8")
    data: dict[str, list[object]] = yaml.safe_load(text)
    return data


def test_typing_word_lists_are_well_formed() -> None:
    """Every list the rules read is there (and nothing else), non-empty, made
    of lower-case strings without stray spaces (YAML's bare `on`/`off` would be
    booleans), and no word is listed twice once braces are expanded."""
    data = _packaged()
    assert set(data) == set(TypingWords.__dataclass_fields__)
    for name, raws in data.items():
        assert raws, name
        assert all(isinstance(r, str) and r == r.lower() and r.strip() == r for r in raws), name
        words = [w for r in raws for w in expand_braces(str(r))]
        assert len(words) == len(set(words)), name


def test_typing_words_expand_braces() -> None:
    words = load_typing_words()
    assert {"bomb", "bombings", "went off", "tore through"} <= words.weak_explosive
    assert {"riot", "rioters"} <= words.riot_words
    assert {"military base", "army base", "post"} <= words.self_armed_targets
    assert "on" in words.victim_prepositions  # a string, not YAML's boolean
    assert words.fall_to_phrases[0] == "fell to"
    assert "lynched" in words.mob_justice_words and "jungle justice" in words.mob_justice_words


def test_typing_words_from_another_file(tmp_path: Path) -> None:
    """A user's own typing.yaml replaces the packaged lists."""
    data = _packaged()
    data["vague_violence"] = ["turmoil"]
    path = tmp_path / "typing.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    assert load_typing_words(str(path)).vague_violence == frozenset({"turmoil"})
