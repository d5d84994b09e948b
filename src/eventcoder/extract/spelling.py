"""Typo tolerance for the trigger lexicon and common actor words: a word one edit
away from a lexicon word (a letter dropped, added, changed, or two swapped) that
is not itself an English word is read as that lexicon word ("kiled" as "killed",
"polie" as "police").

Incident logs and local news misspell the very words that tell the event; read
literally, such a note gets no event or a weaker trigger's type. The index is
built once from the lexicon's own word forms (no list of typos is kept): every
form and every string one deletion from it point back to the form, so a word
is looked up by itself and its own one-deletion strings, and each candidate is
checked for a true single edit (the symmetric-delete method).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = ["SpellingSettings", "TypoReader", "inflection_of", "one_edit_apart",
           "one_edit_neighbours", "settings_from"]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = "aeiou"
_BEFORE_ES = ("s", "x", "z", "ch", "sh", "o")


@dataclass(frozen=True, slots=True)
class SpellingSettings:
    """When a word may be read as a lexicon word (``misspellings`` in triggers.yaml)."""

    enabled: bool = False
    min_letters: int = 5  # the misspelt word and the form both have at least this many
    # a changed letter makes a real-looking word more easily than a dropped or added
    # one ("janta" / "junta"): substitutions need longer words
    min_letters_substitution: int = 6
    # suffixes whose removal (with a doubled consonant undone or an "e" restored)
    # leaves an English word: such a word is an inflection, not a typo ("flagged")
    inflections: tuple[str, ...] = ()
    # words that are English but absent from the model's vocabulary
    english: frozenset[str] = field(default_factory=frozenset)
    # the packaged file that lists them (data/near_trigger_words.yaml)
    english_file: str = ""
    # common words for actors read too ("polie" as "police"): the actor matcher
    # finds the actor a misspelt word names as the trigger matcher finds the act
    actor_words: frozenset[str] = field(default_factory=frozenset)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_edit_neighbours(word: str) -> set[str]:
    """Every string one insertion, deletion, substitution or transposition from a word."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        out.update(head + c + tail for c in _LETTERS)
        if tail:
            out.add(head + tail[1:])
            out.update(head + c + tail[1:] for c in _LETTERS)
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
    out.discard(word)
    return out


def inflection_of(word: str, english: frozenset[str] | set[str],
                  inflections: tuple[str, ...]) -> bool:
    """Is the word a regular inflection of an English word ("flagged" of "flag",
    "baked" of "bake", "buses" of "bus")? Spelled the English way: a final "e"
    drops before a vowel, a bare "d" follows only an "e", "es" follows a hissing
    sound or an "o", and only a single final consonant after a vowel doubles
    ("demonstrateing", "killes" and "killled" are no inflections)."""
    for suffix in inflections:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        if suffix == "es":
            if stem in english and stem.endswith(_BEFORE_ES):
                return True
        elif suffix[0] not in _VOWELS:  # -s, -d: "bans", "baked"
            if stem in english and (suffix[0] == "s" or stem.endswith("e")):
                return True
        elif stem.endswith("e"):
            continue
        elif stem in english or stem + "e" in english or _doubled(stem, english):
            return True
    return False


def _doubled(stem: str, english: frozenset[str] | set[str]) -> bool:
    """"flagg" of "flagged": a word ending vowel-consonant with the consonant doubled."""
    base = stem[:-1]
    return (len(base) >= 3 and stem[-1] == base[-1] and base[-1] not in _VOWELS
            and base[-2] in _VOWELS and base in english)


def _inflected_pair(a: str, b: str, inflections: tuple[str, ...]) -> bool:
    """Does one word add an inflection to the other ("aspirant" / "aspirants")? Then
    both are words: the lexicon lists one inflection of a word, the text uses another."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_.startswith(short) and long_[len(short):] in inflections


def one_edit_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion, substitution or transposition turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _is_substitution(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


class TypoReader:
    """Maps a misspelt word to the one lexicon form it is one edit from."""

    def __init__(self, forms: Iterable[str], english: Iterable[str],
                 settings: SpellingSettings) -> None:
        self.settings = settings
        self.forms = frozenset(f for f in forms if f.isalpha() and len(f) >= settings.min_letters)
        self.english = frozenset(english) | settings.english | self.forms
        self._index: dict[str, set[str]] = {}
        for form in self.forms:
            for key in _deletes(form) | {form}:
                self._index.setdefault(key, set()).add(form)

    def read_as(self, word: str) -> str | None:
        """The lexicon form a lower-case word misspells, or None."""
        settings = self.settings
        if (len(word) < settings.min_letters or not word.isalpha() or word in self.english
                or inflection_of(word, self.english, settings.inflections)):
            return None
        candidates: set[str] = set()
        for key in _deletes(word) | {word}:
            candidates |= self._index.get(key, set())
        # typos seldom touch the first letter, and real words and names one edit from
        # a form mostly differ there ("shooting"/"hooting", "human"/"suman")
        kept = {f for f in candidates if one_edit_apart(word, f) and self.may_misspell(word, f)}
        return next(iter(kept)) if len(kept) == 1 else None

    def may_misspell(self, word: str, form: str) -> bool:
        """May a word one edit from a form be its misspelling (English or not)?"""
        settings = self.settings
        return (len(word) >= settings.min_letters and word[0] == form[0]
                and (len(word) >= settings.min_letters_substitution
                     or not _is_substitution(word, form))
                and not _inflected_pair(word, form, settings.inflections))


def settings_from(data: Mapping[str, object] | None) -> SpellingSettings:
    """The ``misspellings`` section of triggers.yaml."""
    if not data:
        return SpellingSettings()
    inflections = data.get("inflections") or ()
    english = data.get("english") or ()
    actor_words = data.get("actor_words") or ()
    assert isinstance(inflections, list | tuple) and isinstance(english, list | tuple)
    assert isinstance(actor_words, list | tuple)
    return SpellingSettings(
        enabled=bool(data.get("enabled", True)),
        min_letters=int(str(data.get("min_letters", 5))),
        min_letters_substitution=int(str(data.get("min_letters_substitution", 6))),
        inflections=tuple(str(s) for s in inflections),
        english=frozenset(str(w).lower() for w in english),
        english_file=str(data.get("english_file") or ""),
        actor_words=frozenset(str(w).lower() for w in actor_words),
    )
