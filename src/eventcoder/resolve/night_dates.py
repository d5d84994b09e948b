"""Does a report put its night's act after midnight? A night before the report
("overnight") is dated by its evening, the day before the report; a text that says the
act began after midnight with no day named ("opened fire shortly after midnight", "a
mob gathered at around 1 am") puts it on the night's second day, the report's own, as
ACLED dates an event by the day it happened. A night named by a weekday ("on Monday
night", "late on Tuesday") keeps the day it names (see data/dates.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from eventcoder.alternation import literal_alternation


@dataclass(frozen=True, slots=True)
class _NightWords:
    nights_before: frozenset[str]
    after_midnight: re.Pattern[str]
    named_night: re.Pattern[str]
    end_cue_before: re.Pattern[str]


@cache
def _words() -> _NightWords:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/dates.yaml").read_text(encoding="utf-8"))

    def words(key: str) -> str:
        return literal_alternation([str(w).lower() for w in raw[key]], ignore_case=True)

    last = int(raw["after_midnight_last_clock_hour"])
    hours = "|".join(str(h) for h in [12, *range(1, last + 1)])
    clock = rf"\b(?:{hours})(?:[.:][0-5]\d)?\s*a\.?m\b\.?"
    weekdays = [str(n).lower() for names in raw["weekdays"].values() for n in names]
    day = literal_alternation(weekdays, ignore_case=True)
    return _NightWords(
        nights_before=frozenset(str(w).lower() for w in raw["nights_before"]),
        # a phrase followed by its own day ("in the small hours of Sunday") names that day
        after_midnight=re.compile(
            rf"(?:\b(?:{words('after_midnight_phrases')})\b|{clock})"
            rf"(?!\s+(?:{words('after_midnight_day_words')})\b)", re.IGNORECASE),
        named_night=re.compile(
            rf"\b(?:{day})\s+(?:{words('named_night_words')})\b|\blate\s+on\s+(?:{day})\b",
            re.IGNORECASE),
        # ("fighting went on until after midnight"): when it ended, not when it began
        end_cue_before=re.compile(rf"\b(?:{words('end_cues')})\s+(?:\w+\s+)?$", re.IGNORECASE),
    )


def is_night_before(phrase: str) -> bool:
    """Is the phrase a night before the report ("overnight")?"""
    return phrase.lower() in _words().nights_before


def night_past_midnight(text: str) -> bool:
    """Does the text put its night's act after midnight, naming no evening's day?"""
    words = _words()
    if words.named_night.search(text):
        return False
    return any(not words.end_cue_before.search(text[max(0, m.start() - 40) : m.start()])
               for m in words.after_midnight.finditer(text))
