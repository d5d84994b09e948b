"""Number phrases to integers: digits, number words and vague amounts.

``parse_number("twenty-five") == 25``, ``parse_number("at least 1,200") == 1200``,
``parse_number("dozens") == 12`` (ACLED's convention), ``parse_number("between 100
and 200") == 100`` (a range counts as its lower bound). Words and conventions live
in ``data/numbers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from text_to_num import text2num

__all__ = ["NumberWords", "is_ordinal", "is_year", "load_number_words", "parse_number"]

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_ORDINAL = re.compile(
    r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|\w+tieth|hundredth|thousandth)$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NumberWords:
    vague: dict[str, int]
    one_words: frozenset[str]
    approximators: tuple[str, ...]  # longest first
    range_joiners: frozenset[str]
    range_pattern: re.Pattern[str]
    question_words: frozenset[str]


@cache
def load_number_words() -> NumberWords:
    """The number vocabulary from ``data/numbers.yaml`` (read once)."""
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/numbers.yaml").read_text(encoding="utf-8")
    )
    joiners = [str(j) for j in raw["range_joiners"]]
    alternatives = "|".join(
        r"\s*" + re.escape(j) + r"\s*" if not j.isalpha() else r"\s+" + re.escape(j) + r"\s+"
        for j in joiners
    )
    return NumberWords(
        vague={str(k).lower(): int(v) for k, v in raw["vague_amounts"].items()},
        one_words=frozenset(str(w).lower() for w in raw["one_words"]),
        approximators=tuple(
            sorted((str(a).lower() for a in raw["approximators"]), key=len, reverse=True)
        ),
        range_joiners=frozenset(joiners),
        range_pattern=re.compile(rf"^(?:between\s+|from\s+)?(.+?)(?:{alternatives})(.+)$"),
        question_words=frozenset(str(w).lower() for w in raw.get("question_words", ())),
    )


def is_ordinal(text: str) -> bool:
    """'5th', 'fifth', 'twenty-first': ranks and unit names, never counts."""
    last = text.strip().split("-")[-1]
    return bool(_ORDINAL.match(last))


def is_year(text: str) -> bool:
    """A four-digit number between 1900 and 2100 (no thousands separator)."""
    t = text.strip()
    return len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2100


def _plain_number(text: str) -> int | None:
    """One number, no qualifiers: '12', '1,200', 'seven', 'twenty-five', 'a hundred'."""
    words = load_number_words()
    t = text.strip().lower()
    if not t:
        return None
    if _DIGITS.match(t):
        return int(t.replace(",", ""))
    if t in words.vague:
        return words.vague[t]
    if t in words.one_words:
        return 1
    if is_ordinal(t):
        return None
    first, _, rest = t.partition(" ")
    if first in ("a", "an") and rest:
        t = "one " + rest
    try:
        value = text2num(t, "en")
    except ValueError:
        return None
    return int(value)


def parse_number(text: str) -> int | None:
    """The count a number phrase states, or None when it is not one.

    Qualifiers ("at least", "more than", "some") are dropped; a range gives its
    lower bound; vague amounts follow data/numbers.yaml.
    """
    words = load_number_words()
    t = _SPACES.sub(" ", text.strip().lower()).strip(" ,.;:")
    if not t:
        return None
    value = _plain_number(t)
    if value is not None:
        return value
    for approx in words.approximators:
        if t.startswith(approx + " "):
            return parse_number(t[len(approx) + 1 :])
    m = words.range_pattern.match(t)
    if m:
        low, high = _plain_number(m.group(1)), _plain_number(m.group(2))
        if low is not None and high is not None:
            return min(low, high)
    # "dozens of", "hundreds of": a vague amount with a trailing "of"
    if t.endswith(" of"):
        return parse_number(t[:-3])
    return None
