"""The model's attribute ruler, matched by word and tag lookups instead of spaCy's Matcher.

``en_core_web_sm``'s ``attribute_ruler`` maps fine-grained tags to coarse parts of
speech and morphology, with a few word exceptions: 179 patterns of one or two tokens,
each a conjunction of conditions on TAG, LOWER, DEP or IS_SPACE. spaCy runs them
through its general Matcher, which tries every pattern at every token: on the
benchmark texts 1.6-1.9 CPU s of the pipeline's ~13 per pass, half as much as all of
eventcoder's own stages.

``fast_match(ruler)`` compiles those patterns into lookups: a pattern whose first
token must have one of a few words (or dependency labels, or tags) is tried only at
the tokens that have one of them; a handful of others are tried everywhere.
It returns what ``AttributeRuler.match`` returns (the matches as sorted
``(pattern index, key, start, end)`` tuples), so the same attributes are written;
they are written without building a Span per match (``_set_annotations``).
``install`` puts both on the ruler of the pipeline eventcoder loads (the bare model
is left as it is). A ruler with any pattern outside that small language
(another attribute, an operator, a predicate other than IN, NOT_IN or REGEX) keeps
spaCy's own match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from eventcoder.text import decode_hashes

__all__ = ["fast_match", "install"]

# the token attributes the patterns may test, in the order of the rows read per Doc
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]

# a test of one token: (row index in _ATTRS, predicate on the value)
_Test = tuple[int, Callable[[Any], bool]]
Match = tuple[int, int, int, int]


def _predicate(value: Any) -> Callable[[Any], bool] | None:
    """The test a pattern's value makes, None when it is outside the compiled
    language (spaCy's Matcher semantics: equality, IN, NOT_IN, REGEX as re.search)."""
    if isinstance(value, bool):
        flag = value

        def is_flag(v: Any) -> bool:
            return bool(v) is flag
        return is_flag
    if isinstance(value, str):
        return value.__eq__
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) \
                and all(isinstance(a, str) for a in arg):
            listed = frozenset(arg)
            if op == "IN":
                return listed.__contains__

            def not_in(v: Any) -> bool:
                return v not in listed
            return not_in
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)

            def searched(v: Any) -> bool:
                return regex.search(v) is not None
            return searched
    return None


def _compile_token(spec: dict[str, Any]) -> list[_Test] | None:
    tests: list[_Test] = []
    for name, value in spec.items():
        if name not in _ATTRS:
            return None
        if name == "IS_SPACE" and not isinstance(value, bool):
            return None
        test = _predicate(value)
        if test is None:
            return None
        tests.append((_ATTRS.index(name), test))
    return tests if tests else None


def _holds(tokens: list[list[_Test]], rows: tuple[list[Any], ...], start: int) -> bool:
    """Every test of the pattern's tokens holds from token ``start`` on."""
    for k, tests in enumerate(tokens):
        for row, test in tests:
            if not test(rows[row][start + k]):
                return False
    return True


# a compiled pattern: (the ruler's pattern index, its length, the tests of its tokens)
_Pattern = tuple[int, int, list[list[_Test]]]
# the rows a pattern may be filed under, most selective first: a word is rarer than a
# dependency label, and that than a tag
_INDEX_ROWS = (1, 2, 0)


class _Compiled:
    """The ruler's patterns filed by a value their first token must have (a word, a
    dependency label, a tag, or being a space), the few others tried everywhere. The
    test the filing guarantees is dropped: a tag-map pattern matches where it is found."""

    def __init__(self, keys: list[int], filed: tuple[dict[str, list[_Pattern]], ...],
                 spaces: list[_Pattern], anywhere: list[_Pattern]) -> None:
        self.keys = keys
        self.filed = filed
        self.spaces = spaces
        self.anywhere = anywhere

    def match(self, doc: Doc) -> list[Match]:
        n = len(doc)
        if not n:
            return []
        tags_h, lowers_h, deps_h, spaces = doc.to_array(_COLUMNS).T.tolist()
        strings = doc.vocab.strings
        rows = (decode_hashes(tags_h, strings), decode_hashes(lowers_h, strings),
                decode_hashes(deps_h, strings), spaces)
        found: set[tuple[int, int, int]] = set()
        for row in _INDEX_ROWS:
            filed, values = self.filed[row], rows[row]
            for start in [i for i, value in enumerate(values) if value in filed]:
                _try(filed[values[start]], rows, start, n, found)
        if self.spaces:
            for start in [i for i, space in enumerate(spaces) if space]:
                _try(self.spaces, rows, start, n, found)
        if self.anywhere:
            for start in range(n):
                _try(self.anywhere, rows, start, n, found)
        keys = self.keys
        return sorted((index, keys[index], start, end) for index, start, end in found)


def _try(patterns: list[_Pattern], rows: tuple[list[Any], ...], start: int, n: int,
         found: set[tuple[int, int, int]]) -> None:
    for index, length, tokens in patterns:
        end = start + length
        if end <= n and _holds(tokens, rows, start):
            found.add((index, start, end))


def _compile(ruler: AttributeRuler) -> _Compiled | None:
    filed: tuple[dict[str, list[_Pattern]], ...] = ({}, {}, {})
    spaces: list[_Pattern] = []
    anywhere: list[_Pattern] = []
    keys: list[int] = []
    for index, entry in enumerate(cast(list[dict[str, Any]], ruler.patterns)):
        keys.append(ruler.vocab.strings[str(index)])
        for pattern in entry["patterns"]:
            if not pattern or not all(isinstance(spec, dict) for spec in pattern):
                return None
            tokens = [_compile_token(spec) for spec in pattern]
            if any(t is None for t in tokens):
                return None
            tests = [t for t in tokens if t is not None]
            first = pattern[0]
            for row in _INDEX_ROWS:
                values = _values(first.get(_ATTRS[row]))
                if values is not None:
                    # (filed under each value the first token may have: a token has one
                    # value, so it meets the pattern at most once through this row)
                    compiled = (index, len(tests), [_without_row(tests[0], row), *tests[1:]])
                    for value in values:
                        filed[row].setdefault(value, []).append(compiled)
                    break
            else:
                if first.get("IS_SPACE") is True:
                    spaces.append((index, len(tests),
                                   [_without_row(tests[0], _ATTRS.index("IS_SPACE")),
                                    *tests[1:]]))
                else:
                    anywhere.append((index, len(tests), tests))
    return _Compiled(keys, filed, spaces, anywhere)


def _without_row(tests: list[_Test], row: int) -> list[_Test]:
    return [(r, test) for r, test in tests if r != row]


def _values(value: Any) -> list[str] | None:
    """The values a condition allows, when it lists them (a string or an IN list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return sorted(set(value["IN"]))
    return None


def _set_annotations(ruler: AttributeRuler) -> Callable[[Doc, list[Match]], None]:
    """``ruler.set_annotations`` without a Span per match: the token the pattern's
    index names is ``doc[start + index]`` (from the end for a negative index), and
    it gets the same attributes. (A index outside the match goes to spaCy's own
    method, which raises its error.)"""
    attrs, indices = ruler.attrs, ruler.indices

    def set_annotations(doc: Doc, matches: list[Match]) -> None:
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                AttributeRuler.set_annotations(ruler, doc, [(attr_id, match_id, start, end)])
            set_token_attrs(doc[i], attrs[attr_id])
    return set_annotations


def fast_match(ruler: AttributeRuler) -> Callable[[Doc], list[Match]] | None:
    """``ruler.match`` by lookups, or None when a pattern is outside what compiles."""
    compiled = _compile(ruler)
    return compiled.match if compiled is not None else None


def install(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the compiled match and the annotation
    without Spans (True when its patterns compile)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    match = fast_match(ruler)
    if match is None:
        return False
    ruler.match = match  # type: ignore[method-assign,assignment]
    ruler.set_annotations = _set_annotations(ruler)  # type: ignore[method-assign]
    return True
