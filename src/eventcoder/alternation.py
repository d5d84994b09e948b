"""A regular expression for "any of these words", written as a trie.

Python's ``re`` tries the branches of ``a|b|c|...`` one after another at every
position of the text, so a list of a few hundred aliases costs a few hundred
comparisons per character. The same alternatives written as a trie
(``jan(?:uary)?|ju(?:ly|ne)``) cost a comparison or two per character and find
exactly the same matches: at a position, the words that match form a chain of
prefixes of one another, and both forms try that chain longest first (the
plain form because its words are sorted longest first, the trie because each
optional continuation is greedy).

A leaf module: it imports nothing from eventcoder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

__all__ = ["WordPresence", "literal_alternation"]

# A trie node: the next letter -> the node after it ("" marks a word's end).
_Node: TypeAlias = "dict[str, _Node]"

_END = ""  # trie key: a word ends at this node
# Letters outside ASCII that re.IGNORECASE matches with an ASCII letter.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _longest_first(words: list[str]) -> str:
    """The plain alternation, longest words first (ties in the given order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _emit(node: _Node) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # a word ends here: its longer continuations are tried first, then the word
        return "(?:" + body + ")?"
    return body


def literal_alternation(words: list[str], *, ignore_case: bool) -> str:
    """A pattern matching what ``"|".join(map(re.escape, words sorted longest
    first))`` matches, at the same places, in a pattern compiled with
    ``re.IGNORECASE`` when ``ignore_case`` is set.

    Only for case-insensitive patterns is the trie faster (``re`` skips a
    case-sensitive branch on its first letter already), so without
    ``ignore_case`` the plain form comes back. The words are lower-cased to share
    the trie's branches. Words with letters outside ASCII are tried before the
    trie, longest first: a word that matches where one of them does is shorter
    than it (no ASCII letter matches their first such letter), so the order of
    the plain form is kept. Words with one of the four letters that ``re`` folds
    to an ASCII letter keep the plain form."""
    if not ignore_case or not words or any(not w for w in words) or \
            any(char in _FOLDS_TO_ASCII for w in words for char in w):
        return _longest_first(words)
    other = [w for w in words if not w.isascii()]
    root: _Node = {}
    for word in words:
        if not word.isascii():
            continue
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[_END] = {}
    trie = _emit(root)
    return "|".join(([_longest_first(other)] if other else []) + ([trie] if trie else []))


class WordPresence:
    """Does a text hold one of ``words``, ignoring case, as an unanchored
    ``re.IGNORECASE`` alternation of them would find? Told without the regex where
    that is exact: for ASCII words in ASCII text a case-insensitive match is a word
    lower-cased, so a substring test of the lower-cased text answers (several
    substring scans of the text are far cheaper than the regex's attempt at each
    position). Elsewhere (a letter outside ASCII, whose case folding ``re`` treats
    its own way) ``holds`` says None and the regex must tell."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str]) -> None:
        lowered = {w.lower() for w in words}
        if not lowered or not all(w and w.isascii() for w in lowered):
            self._words: tuple[str, ...] | None = None
            return
        # a word that holds a shorter one of the list adds nothing to "one occurs"
        self._words = tuple(sorted(w for w in lowered
                                   if not any(o != w and o in w for o in lowered)))

    def holds(self, text: str, lower: str | None = None) -> bool | None:
        """True/False when one of the words occurs/none does; None when only the
        regex can tell. ``lower``: ``text.lower()`` when the caller has it."""
        if self._words is None or not text.isascii():
            return None
        if lower is None:
            lower = text.lower()
        return any(w in lower for w in self._words)
