"""Event dates, resolved against the publication date.

``resolve_mention_date(mention, doc, article)`` sets ``mention.event_date``,
``mention.time_precision`` (1 day, 2 week, 3 month) and ``mention.date_evidence``.
A span of days in one month ("11 to 13 Aug", "August 10 and 11") is dated by its
first day and sets ``mention.end_date`` to its last: the merge codes one event per
day and splits the span's toll across them, as ACLED does.

How a mention is dated, in order:

1. a date phrase in the mention's own sentence (the one nearest the trigger);
2. else one in the previous sentences of the same paragraph (nearest first,
   at most ``max_back_sentences``, not one inside a clause on a noun: "the attack
   that killed 60 in June 2014"), else one in the article's lead sentence;
3. else the publication date with precision 1 and no date evidence: a news
   report that names no day is, in practice, reporting the day's news (ACLED
   codes the reported day); ``date_evidence`` stays None so that callers can tell
   an inferred date from a stated one;
   A note that states its source's day ("source dated 24/03") stands for the
   publication date: relative phrases count back from it and it is the fallback;
4. without a publication date only absolute dates count (a year written or
   derivable from another absolute date); otherwise the date stays None.

A date is never after publication: years left out are inferred so that the date
falls on or before the publication day, and stated future dates are ignored.
Phrases are found with regular expressions built from ``data/dates.yaml``
(months, weekdays, relative phrases, the coding conventions).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from eventcoder.alternation import WordPresence, literal_alternation
from eventcoder.extract.filters import names_an_agreement_in_force
from eventcoder.extract.triggers import TRIGGER_GROUP
from eventcoder.resolve.night_dates import is_night_before, night_past_midnight
from eventcoder.resolve.numbers import parse_number
from eventcoder.schema import Article, EventMention, Evidence
from eventcoder.text import (
    dateline_end,
    determined_by,
    doc_text,
    expanded_span,
    group_spans,
    paragraph_break,
    sentence_bounds,
    token_children,
)

__all__ = [
    "DatePhrase",
    "find_date_phrases",
    "resolve_date_phrase",
    "resolve_mention_date",
    "sequel_verb_end",
    "states_a_date",
]

_USER_DATA_KEY = "ec_date_phrases"


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """A date expression found in a text, resolved when possible."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int | None
    kind: str  # "absolute", "relative" (to publication) or "anchored" (to another date)
    anchor_days: int | None = None  # anchored phrases: days from the anchor date
    anchor_forward: bool = False  # "a day after <event>": the anchor may follow the phrase
    # "The attack came a day after <event>": the subject retells the event of the date
    # before, so the phrase (the day of <event>) counts back from that date
    anchor_retold: bool = False
    # "two days after the rebels withdrew": the phrase has its event as object (a word
    # follows it), unlike a bare "two days after," that only counts on from a day
    anchor_object: bool = False
    end_date: dt.date | None = None  # a span of days ("22-23 March"): its last day
    # "on the 10th": a day with no month, whose month is the one the text last stated
    month_open: bool = False
    # "camped outside the ministry since April 6, and ... five days later": no event's
    # day, but the day a later "N days later" counts from
    anchor_only: bool = False


@dataclass(frozen=True, slots=True)
class _Vocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, tuple[int, int]]
    relative_weeks: dict[str, int]
    relative_months: dict[str, int]
    anchored_days: dict[str, int]
    weekend_phrases: tuple[str, ...]
    not_an_object: frozenset[str]
    day_first: bool
    week_anchor_weekday: int
    month_anchor_day: int
    max_back_sentences: int
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    not_event_cue: re.Pattern[str]
    not_event_after: re.Pattern[str]
    prefilter: re.Pattern[str]
    outcome_words: frozenset[str] = frozenset()
    statement_verbs: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    sequel_verbs: frozenset[str] = frozenset()
    count_update_verbs: frozenset[str] = frozenset()
    count_giving_verbs: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    death_verbs: frozenset[str] = frozenset()
    pursuit_verbs: frozenset[str] = frozenset()
    rite_nouns: frozenset[str] = frozenset()
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (month, day)
    anchor_cue: re.Pattern[str] | None = None
    retelling_determiners: frozenset[str] = frozenset()
    report_date: re.Pattern[str] | None = None
    retelling_before: re.Pattern[str] | None = None
    # per pattern, words its every match contains (a month name, a digit...): a
    # sentence without them skips the pattern's scan
    gates: tuple[tuple[re.Pattern[str], ...], ...] = ()
    # the gates and the prefilter as word lists, told without a regex where exact
    # (see alternation.WordPresence): a gate's answer, and a text with none of the
    # prefilter's words has no date phrase
    gate_words: dict[re.Pattern[str], WordPresence] = field(default_factory=dict)
    prefilter_words: WordPresence | None = None


# The word right after a phrase (its object's first word), not punctuation or the end.
_WORD_AFTER = re.compile(r"\s+(\w+)")
# Time words a date phrase may hold (besides a digit, a month or a weekday).
_TIME_WORDS = ("yesterday", "today", "tonight", "overnight", "night", "morning", "afternoon",
               "evening", "week", "weekend", "month", "day", "days", "ago")
_DIGITS = tuple("0123456789")  # what \d matches in ASCII text

# Which pattern wins where two overlap: stated days, then weeks, then the rest.
_PRIORITY = {"week_of": 4, "iso": 3, "numeric": 3, "day_month": 3, "month_day": 3,
             "month_year": 2, "month": 1}


def _alternation(words: list[str]) -> str:
    # every pattern here is compiled with re.IGNORECASE: a trie, same matches, faster
    return literal_alternation(words, ignore_case=True)


@cache
def _vocab() -> _Vocab:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/dates.yaml").read_text(encoding="utf-8")
    )
    months = {str(name).lower(): int(num) for num, names in raw["months"].items() for name in names}
    weekdays = {
        str(name).lower(): int(num) for num, names in raw["weekdays"].items() for name in names
    }
    rel_days = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in raw["relative_days"].items()}
    rel_weeks = {str(k).lower(): int(v) for k, v in raw["relative_weeks"].items()}
    rel_months = {str(k).lower(): int(v) for k, v in raw["relative_months"].items()}
    anchored = {str(k).lower(): int(v) for k, v in raw["anchored_days"].items()}
    weekend = tuple(str(p).lower() for p in raw["weekend_phrases"])
    holidays = {str(k).lower(): (int(v[0]), int(v[1]))
                for k, v in (raw.get("fixed_holidays") or {}).items()}
    # what every holiday phrase holds, in ASCII for the prefilter's quick test ("new year"
    # of both spellings of "new year's eve")
    holiday_words = sorted({re.split(r"['’]", h)[0] for h in holidays})
    conv = raw["conventions"]

    m = rf"(?P<month>{_alternation(list(months))})\.?"
    d = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    y = r"(?P<year>\d{4})"
    preps = _alternation([str(p).lower() for p in raw["month_prepositions"]])
    wd = rf"(?P<weekday>{_alternation(list(weekdays))})"
    n_days = r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+days?"
    to = r"\s*(?:-|–|to|and|&)\s*"
    d2 = r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
    week = r"\b(?:the\s+)?week\s+(?:beginning|starting|commencing|of)\s+(?:on\s+)?(?:the\s+)?"
    counted = _alternation([str(w).lower() for w in raw["counted_after_a_day"]])
    patterns: list[tuple[str, str]] = [
        ("week_of", rf"{week}{d}\s+(?:of\s+)?{m}(?:,?\s+{y})?\b"),
        ("week_of", rf"{week}{m}\s+{d}\b(?:,?\s+{y}\b)?"),
        # a span of days is dated by its first day, its last kept as the end date
        # (the merge codes one event per day): "22-23 March", "August 10 and 11"
        ("day_month", rf"\b(?:between\s+)?{d}{to}{d2}\s+(?:of\s+)?{m}(?:,?\s+{y})?\b"),
        ("month_day", rf"\b{m}\s+{d}{to}{d2}\b(?:,?\s+{y}\b)?"),
        ("iso", r"\b(?P<year>\d{4})-(?P<a>\d{1,2})-(?P<b>\d{1,2})\b"),
        ("numeric", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?\b(?!/)"),
        ("numeric", r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{4}|\d{2})\b"),
        ("day_month", rf"\b(?:the\s+)?{d}\s+(?:of\s+)?{m}(?:,?\s+{y})?\b"),
        # ("in July 22 more died": a count after the month, not its day; "on July 22
        # people marched" keeps the day)
        ("month_day", rf"(?<!\bon\s)\b{m}\s+(?:the\s+)?{d}\b(?![:.]\d)"
                      rf"(?!\s+(?:{counted})\b)(?:,?\s+{y}\b)?"),
        ("month_day", rf"(?<=\bon\s)\b{m}\s+(?:the\s+)?{d}\b(?![:.]\d)(?:,?\s+{y}\b)?"),
        ("month_year", rf"\b{m},?\s+{y}\b"),
        # "in May last year": the month of the year before publication
        ("month", rf"\b(?P<prep>{preps})[\s-]+(?:of\s+)?{m}"
                  rf"(?:,?\s+{y}|\s+(?P<which_year>last|this)\s+year)?(?![\w-])"),
        # "on Friday and Saturday", "from Friday to Sunday": a span of days, dated by
        # its first day with its last kept as the end date (one event a day)
        ("weekday_span", rf"\b(?:between\s+|from\s+)?{wd}\s*(?:-|–|to|and|&)\s*"
                         rf"(?P<weekday2>{_alternation(list(weekdays))})\b"),
        ("weekday", rf"\b(?:(?P<which>last|this|past|next)\s+)?{wd}\b"),
        ("day_only", r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"),
        ("ago", rf"\b{n_days}\s+ago\b"),
        ("anchored_n", rf"\b{n_days}\s+(?P<dir>after|later|before|earlier)\b"),
        ("anchored", rf"\b(?:{_alternation(list(anchored))})\b"),
        ("rel_day", rf"\b(?:{_alternation(list(rel_days))})\b"),
        ("rel_week", rf"\b(?:{_alternation(list(rel_weeks))})\b"),
        ("rel_month", rf"\b(?:{_alternation(list(rel_months))})\b"),
        ("weekend", rf"\b(?:{_alternation(list(weekend))})\b"),
        ("holiday", rf"\b(?:{_alternation(list(holidays))})\b"),
    ]
    month_gate = re.compile(_alternation(list(months)), re.IGNORECASE)
    digit_gate = re.compile(r"\d")
    weekday_gate = re.compile(_alternation(list(weekdays)), re.IGNORECASE)
    week_gate = re.compile(r"week\s+(?:beginning|starting|commencing|of)\s", re.IGNORECASE)
    gate_of: dict[str, tuple[re.Pattern[str], ...]] = {
        "week_of": (week_gate, month_gate),
        "day_month": (digit_gate, month_gate),
        "month_day": (digit_gate, month_gate),
        "iso": (digit_gate,),
        "numeric": (digit_gate,),
        "month_year": (digit_gate, month_gate),
        "month": (month_gate,),
        "weekday": (weekday_gate,),
        "weekday_span": (weekday_gate,),
        "day_only": (digit_gate,),
        "ago": (re.compile(r"days?\s+ago", re.IGNORECASE),),
        "anchored_n": (re.compile(r"days?\s+(?:after|later|before|earlier)", re.IGNORECASE),),
        "weekend": (re.compile(r"weekend", re.IGNORECASE),),
    }
    # the phrase-list patterns ("the next day", "last week") match one of their
    # phrases: a sentence without any skips the scan (told by substring, see gate_words)
    phrase_lists: dict[str, list[str]] = {
        kind: list(words) for kind, words in (("anchored", anchored), ("rel_day", rel_days),
                                              ("rel_week", rel_weeks), ("rel_month", rel_months),
                                              ("holiday", holidays))}
    phrase_gates = {kind: re.compile(_alternation(words), re.IGNORECASE)
                    for kind, words in phrase_lists.items()}
    gate_of.update((kind, (gate,)) for kind, gate in phrase_gates.items())
    cues = _alternation([str(c).lower() for c in raw["not_event_date_cues"]])
    other_nouns = _alternation([str(w).lower() for w in raw["not_event_date_nouns"]])
    return _Vocab(
        months=months,
        weekdays=weekdays,
        relative_days=rel_days,
        relative_weeks=rel_weeks,
        relative_months=rel_months,
        anchored_days=anchored,
        weekend_phrases=weekend,
        not_an_object=frozenset(str(w).lower() for w in raw["not_an_anchor_object"]),
        day_first=bool(conv["day_first"]),
        week_anchor_weekday=int(conv["week_anchor_weekday"]),
        month_anchor_day=int(conv["month_anchor_day"]),
        statement_verbs=frozenset(str(w).lower() for w in raw.get("statement_verbs") or ()),
        claim_verbs=frozenset(str(w).lower() for w in raw.get("claim_verbs") or ()),
        pursuit_verbs=frozenset(str(w).lower() for w in raw.get("pursuit_verbs") or ()),
        rite_nouns=frozenset(str(w).lower() for w in raw.get("rite_nouns") or ()),
        holidays=holidays,
        anchor_cue=re.compile(
            rf"\b(?:{_alternation([str(c).lower() for c in raw['anchor_only_cues']])})"
            r"\s+(?:the\s+)?$", re.IGNORECASE) if raw.get("anchor_only_cues") else None,
        retelling_determiners=frozenset(
            str(w).lower() for w in raw.get("retelling_determiners") or ()),
        sequel_verbs=frozenset(str(w).lower() for w in raw.get("sequel_verbs") or ()),
        count_update_verbs=frozenset(
            str(w).lower() for w in raw.get("count_update_verbs") or ()),
        count_giving_verbs=frozenset(
            str(w).lower() for w in raw.get("count_giving_verbs") or ()),
        count_nouns=frozenset(str(w).lower() for w in raw.get("count_nouns") or ()),
        death_verbs=frozenset(str(w).lower() for w in raw.get("death_verbs") or ()),
        max_back_sentences=int(conv["max_back_sentences"]),
        patterns=tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in patterns),
        not_event_cue=re.compile(
            rf"(?<!on or )\b(?:{cues})\s+(?:the\s+)?$"
            # "until around midday on Thursday": when the fight ended, a time of day between
            rf"|\b(?:{_alternation([str(w).lower() for w in raw['end_cues']])})\s+"
            rf"(?:(?:{_alternation([str(w).lower() for w in raw['time_of_day_hedges']])})\s+)?"
            rf"(?:{_alternation([str(w).lower() for w in raw['times_of_day']])})"
            rf"\s+(?:on|of)\s+(?:the\s+)?$",
            re.IGNORECASE),
        not_event_after=re.compile(rf"^(?:'s|’s)?\s+(?:{other_nouns})\b", re.IGNORECASE),
        # a word every date phrase contains: a digit, a month, a weekday or a time word
        prefilter=re.compile(
            rf"\d|\b(?:{_alternation(list(months) + list(weekdays) + holiday_words)})"
            rf"|\b(?:{'|'.join(_TIME_WORDS)})\b",
            re.IGNORECASE,
        ),
        outcome_words=frozenset(str(w).lower() for w in raw["outcome_words"]),
        report_date=re.compile("|".join(raw["report_date_patterns"]), re.IGNORECASE),
        retelling_before=re.compile(
            rf"\b(?:{_alternation([str(w).lower() for w in raw['retelling_verbs']])})\s+"
            rf"(?:(?:{_alternation([str(w).lower() for w in raw['retelling_adverbs']])})\s+)*$",
            re.IGNORECASE),
        gates=tuple(gate_of.get(kind, ()) for kind, _ in patterns),
        gate_words={month_gate: WordPresence(months), weekday_gate: WordPresence(weekdays),
                    digit_gate: WordPresence(_DIGITS),
                    **{gate: WordPresence(phrase_lists[kind])
                       for kind, gate in phrase_gates.items()}},
        prefilter_words=WordPresence([*_DIGITS, *months, *weekdays, *_TIME_WORDS, *holiday_words]),
    )


# ---------------------------------------------------------------------------
# resolving single phrases


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:  # '19 -> 2019, '98 -> 1998
        year += 2000 if year <= 50 else 1900
    return year


def _day_in_year(
    year: int | None, month: int, day: int, published: dt.date | None
) -> dt.date | None:
    """A day, its year inferred (the latest one on or before publication) when left out."""
    if year is not None:
        return _safe_date(year, month, day)
    if published is None:
        return None
    for y in (published.year, published.year - 1):
        candidate = _safe_date(y, month, day)
        if candidate is not None and candidate <= published:
            return candidate
    return None


def _month_date(
    year: int | None, month: int, published: dt.date | None, anchor_day: int
) -> dt.date | None:
    """The coded day of a month-precision date: the anchor day, capped at publication."""
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
    date = _safe_date(year, month, anchor_day)
    if date is None:
        return None
    if published is not None and date > published:
        date = published if (year, month) == (published.year, published.month) else date
    return date


def _month_of(token: str, vocab: _Vocab) -> int | None:
    key = token.lower().rstrip(".")
    month = vocab.months.get(key)
    if month is None:
        return None
    # abbreviations ("Mar", "Dec") only when capitalised: "mar" is a verb
    if len(key) <= 4 and key not in ("may", "june", "july") and not token[0].isupper():
        return None
    return month


def _resolve_match(
    kind: str, m: re.Match[str], published: dt.date | None, vocab: _Vocab
) -> tuple[dt.date | None, int | None, str, int | None, bool] | None:
    """(date, precision, phrase kind, anchor days, anchor forward) or None: not a date."""
    g = m.groupdict()
    text = m.group(0).lower()
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["a"]), int(g["b"])), 1, "absolute", None, False
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        n_day, n_month = (a, b) if vocab.day_first else (b, a)
        if n_month > 12 and n_day <= 12:  # 12/31/2019: the other order is the only valid one
            n_day, n_month = n_month, n_day
        if n_month > 12 or n_day > 31 or n_day == 0 or n_month == 0:
            return None
        year = _full_year(g.get("year"))
        date = _day_in_year(year, n_month, n_day, published)
        return date, 1, "absolute" if year else "relative", None, False
    if kind == "week_of":
        month = _month_of(g["month"], vocab)
        if month is None:
            return None
        year = _full_year(g.get("year"))
        start = _day_in_year(year, month, int(g["day"]), published)
        if start is None:
            return None
        week_day = start - dt.timedelta(days=start.weekday() - vocab.week_anchor_weekday)
        if published is not None:
            week_day = min(week_day, published)
        return week_day, 2, "absolute" if year else "relative", None, False
    if kind in ("day_month", "month_day", "month_year", "month"):
        month = _month_of(g["month"], vocab)
        if month is None:
            return None
        if kind == "month" and g["month"].lower() == "may" and g["prep"].lower() in ("this", "by"):
            return None  # "this may", "by may": the verb
        year = _full_year(g.get("year"))
        if g.get("which_year") and published is not None:
            year = published.year - (g["which_year"].lower() == "last")
        if kind in ("month_year", "month"):
            date = _month_date(year, month, published, vocab.month_anchor_day)
            return date, 3, "absolute" if year else "relative", None, False
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return (
            _day_in_year(year, month, day, published),
            1,
            "absolute" if year else "relative",
            None,
            False,
        )
    if published is None:
        if kind in ("anchored", "anchored_n", "day_only"):
            pass  # anchored phrases (and a day's month) do not need the publication date
        else:
            return None
    if kind == "holiday":
        month, day = vocab.holidays[text]
        return _day_in_year(None, month, day, published), 1, "relative", None, False
    if kind == "weekday_span":
        assert published is not None
        first, last = (vocab.weekdays[g[k].lower()] for k in ("weekday", "weekday2"))
        length = (last - first) % 7
        if length == 0:
            return None
        # the span's last day is the latest such weekday up to publication
        end = published - dt.timedelta(days=(published.weekday() - last) % 7)
        return end - dt.timedelta(days=length), 1, "relative", None, False
    if kind == "weekday":
        which = (g.get("which") or "").lower()
        if which == "next":
            return None
        assert published is not None
        back = (published.weekday() - vocab.weekdays[g["weekday"].lower()]) % 7
        if which == "last" and back == 0:
            back = 7
        return published - dt.timedelta(days=back), 1, "relative", None, False
    if kind == "day_only":
        day = int(g["day"])
        if published is None:
            return (None, 1, "relative", None, False) if 1 <= day <= 31 else None
        for months_back in (0, 1):
            y, mo = published.year, published.month - months_back
            if mo == 0:
                y, mo = y - 1, 12
            candidate = _safe_date(y, mo, day)
            if candidate is not None and candidate <= published:
                return candidate, 1, "relative", None, False
        return None
    if kind == "ago":
        n = parse_number(g["n"])
        if n is None or n > 60:
            return None
        assert published is not None
        return published - dt.timedelta(days=n), 1, "relative", None, False
    if kind == "rel_day":
        days, precision = vocab.relative_days[text]
        assert published is not None
        if precision == 2:
            return _week_date(published, 0, vocab), 2, "relative", None, False
        if precision == 3:
            return (
                _month_date(published.year, published.month, published, vocab.month_anchor_day),
                3,
                "relative",
                None,
                False,
            )
        return published - dt.timedelta(days=days), 1, "relative", None, False
    if kind == "rel_week":
        assert published is not None
        return _week_date(published, vocab.relative_weeks[text], vocab), 2, "relative", None, False
    if kind == "rel_month":
        assert published is not None
        y, mo = published.year, published.month - vocab.relative_months[text]
        while mo <= 0:
            y, mo = y - 1, mo + 12
        return dt.date(y, mo, vocab.month_anchor_day), 3, "relative", None, False
    if kind == "weekend":
        assert published is not None
        return _last_saturday(published), 2, "relative", None, False
    if kind == "anchored":
        return None, None, "anchored", vocab.anchored_days[text], text.endswith(("after", "before"))
    if kind == "anchored_n":
        n = parse_number(g["n"])
        if n is None or n > 60:
            return None
        sign = 1 if g["dir"].lower() in ("after", "later") else -1
        return None, None, "anchored", sign * n, g["dir"].lower() in ("after", "before")
    return None


def _last_saturday(published: dt.date) -> dt.date:
    """The Saturday of the weekend before publication ("at the weekend"): ACLED codes
    a weekend on its Saturday, with week precision (the day within it is not known).
    A Saturday's paper tells of the weekend before."""
    back = (published.weekday() - 5) % 7
    return published - dt.timedelta(days=back or 7)


def _week_date(published: dt.date, weeks_back: int, vocab: _Vocab) -> dt.date:
    """The coded day of a week-precision date (that week's anchor weekday, capped)."""
    monday = published - dt.timedelta(days=published.weekday() + 7 * weeks_back)
    return min(monday + dt.timedelta(days=vocab.week_anchor_weekday), published)


def _gates_pass(gates: tuple[re.Pattern[str], ...], text: str,
                present: dict[re.Pattern[str], bool],
                words: dict[re.Pattern[str], WordPresence], lower: str) -> bool:
    """Does ``text`` hold every gate's word? Each gate is asked once per text
    (``present`` keeps the answers), in order, stopping at the first absent; a gate
    that is a word list answers from the lower-cased text where that is exact."""
    for gate in gates:
        found = present.get(gate)
        if found is None:
            quick = words[gate].holds(text, lower) if gate in words else None
            found = present[gate] = quick if quick is not None \
                else gate.search(text) is not None
        if not found:
            return False
    return True


def find_date_phrases(
    text: str, published: dt.date | None, offset: int = 0, *, anchor: bool = True,
    keep_anchors: bool = False,
) -> list[DatePhrase]:
    """All date phrases in ``text`` (non-overlapping, in order), resolved where possible.

    Phrases that are not an event's day ("since March", "next Monday", a stated
    date after publication) are left out. Anchored phrases ("the next day") are
    dated from the dates of ``text`` before them (``anchor_phrases``) and dropped
    when none is; with ``anchor=False`` they come back undated (``date=None``,
    ``anchor_days`` set), for a caller that anchors them across a whole document.
    """
    vocab = _vocab()
    lower = text.lower()
    if vocab.prefilter_words is not None and vocab.prefilter_words.holds(text, lower) is False:
        return []  # none of the words every date phrase holds (the prefilter's answer)
    if not vocab.prefilter.search(text):
        return []  # most sentences name no day at all: one scan instead of fifteen
    found: list[tuple[int, int, str, re.Match[str]]] = []
    present: dict[re.Pattern[str], bool] = {}
    for (kind, pattern), gates in zip(vocab.patterns, vocab.gates, strict=True):
        if not _gates_pass(gates, text, present, vocab.gate_words, lower):
            continue  # a word every match of the pattern contains is absent
        found.extend((m.start(), m.end(), kind, m) for m in pattern.finditer(text))
    # where phrases overlap, a stated day wins over a month ("around May 25th" is May
    # 25th), then the longest phrase
    found.sort(key=lambda f: (-_PRIORITY.get(f[2], 0), -(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int]] = []
    accepted: list[tuple[int, int, str, re.Match[str]]] = []
    for start, end, kind, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        resolved = _resolve_match(kind, m, published, vocab)
        if resolved is None:
            continue
        taken.append((start, end))
        accepted.append((start, end, kind, m))
    accepted.sort(key=lambda f: f[0])
    phrases: list[DatePhrase] = []
    for start, end, kind, m in accepted:
        resolved = _resolve_match(kind, m, published, vocab)
        assert resolved is not None
        cue_text = text[max(0, start - 45) : start]
        if kind == "month":
            cue_text += " " + m.group("prep") + " "
        anchor_only = False
        if vocab.not_event_cue.search(cue_text):
            if not (keep_anchors and _dates_an_anchor_only(cue_text, resolved, vocab)):
                continue
            anchor_only = True
        if vocab.not_event_after.match(text[end : end + 25]):
            continue  # "the October 26 election", "Saturday's polls"
        date, precision, phrase_kind, anchor_days, forward = resolved
        if date is not None and published is not None and date > published:
            continue
        if date is None and phrase_kind != "anchored" and kind != "day_only":
            continue
        end_date = _span_end(m, date, published)
        # ("killed the day before by militants": a preposition after it is no object)
        after = _WORD_AFTER.match(text, end) if forward else None
        has_object = after is not None and after.group(1).lower() not in vocab.not_an_object
        retold = bool(forward and vocab.retelling_before is not None
                      and vocab.retelling_before.search(text[max(0, start - 30) : start]))
        phrases.append(
            DatePhrase(
                start=start + offset,
                end=end + offset,
                text=m.group(0),
                date=date,
                precision=precision,
                kind=phrase_kind,
                anchor_days=anchor_days,
                anchor_forward=forward,
                anchor_retold=retold,
                anchor_object=has_object,
                end_date=end_date,
                month_open=kind == "day_only",
                anchor_only=anchor_only,
            )
        )
    if not anchor:
        return phrases
    return anchor_phrases(_months_of_open_days(phrases, published), sentence_ends=None)


def _dates_an_anchor_only(cue_text: str, resolved: tuple[Any, ...], vocab: _Vocab) -> bool:
    """Is a day no event's own ("since April 6") one a later "N days later" may count
    from: a stated day after a cue of anchor_only_cues?"""
    date, precision = resolved[0], resolved[1]
    return vocab.anchor_cue is not None and date is not None and precision == 1 \
        and vocab.anchor_cue.search(cue_text) is not None


def _months_of_open_days(phrases: list[DatePhrase], published: dt.date | None
                         ) -> list[DatePhrase]:
    """A day with no month ("One man was killed on the 10th") takes the month and year
    of the last day the text stated before it ("on August 10 and 11"), not the
    publication's; with none before it, it keeps its date from publication (or none)."""
    out: list[DatePhrase] = []
    stated: DatePhrase | None = None
    for phrase in phrases:
        if phrase.month_open:
            day = _day_of_open(phrase)
            if stated is not None and stated.date is not None and day is not None:
                date = _safe_date(stated.date.year, stated.date.month, day)
                if date is not None and (published is None or date <= published):
                    phrase = replace(phrase, date=date, precision=1)
        elif phrase.date is not None and phrase.precision == 1 and phrase.kind != "anchored":
            stated = phrase
        if phrase.date is not None or not phrase.month_open:
            out.append(phrase)  # (anchored phrases are dated later)
    return out


def _day_of_open(phrase: DatePhrase) -> int | None:
    digits = "".join(ch for ch in phrase.text if ch.isdigit())
    return int(digits) if digits else None


def _span_end(m: re.Match[str], start: dt.date | None, published: dt.date | None
              ) -> dt.date | None:
    """The last day of a span of days in one month ("11 to 13 Aug") or of weekdays
    ("Friday and Saturday"), else None."""
    groups = m.groupdict()
    if groups.get("weekday2") and start is not None:
        vocab = _vocab()
        length = (vocab.weekdays[groups["weekday2"].lower()]
                  - vocab.weekdays[groups["weekday"].lower()]) % 7
        return start + dt.timedelta(days=length)
    last = groups.get("day2")
    if start is None or not last:
        return None
    end = _safe_date(start.year, start.month, int(last))
    if end is None or end <= start or (published is not None and end > published):
        return None
    return end


def anchor_phrases(
    phrases: list[DatePhrase], sentence_ends: list[int] | None
) -> list[DatePhrase]:
    """Dates the anchored phrases from the nearest dated phrase.

    "a day after <event>" first looks for a date later in the same sentence
    (the event it names), then for the nearest earlier date; "the next day"
    only looks back. Anchored phrases with no anchor are dropped.
    """
    out: list[DatePhrase] = []
    for i, p in enumerate(phrases):
        if p.kind != "anchored":
            out.append(p)
            continue
        anchor: DatePhrase | None = None
        days = p.anchor_days
        if p.anchor_forward:
            sentence_end = _end_of_sentence(p.start, sentence_ends)
            for q in phrases[i + 1 :]:
                if q.start >= sentence_end:
                    break
                if q.kind != "anchored" and q.date is not None:
                    anchor = q
                    break
        if anchor is None:
            for q in reversed(out):
                if q.date is not None:
                    anchor = q
                    # "It came a day after <event>": the date before is the retold
                    # event's, and <event> the day before it; so in "Troops entered
                    # the town on Monday, two days after the rebels withdrew", where
                    # the day before is the same sentence's
                    counts_back = p.anchor_retold or (
                        p.anchor_object and _same_sentence(q.start, p.start, sentence_ends))
                    days = -days if counts_back and days is not None else days
                    break
        if anchor is None or anchor.date is None or days is None:
            continue
        out.append(
            DatePhrase(
                start=p.start,
                end=p.end,
                text=p.text,
                date=anchor.date + dt.timedelta(days=days),
                precision=anchor.precision,
                kind="anchored",
                anchor_days=p.anchor_days,
                anchor_forward=p.anchor_forward,
                anchor_retold=p.anchor_retold,
                anchor_object=p.anchor_object,
            )
        )
    return out


def _same_sentence(first: int, second: int, sentence_ends: list[int] | None) -> bool:
    """Do the two positions lie in one sentence (one text when no limits are known)?"""
    return _end_of_sentence(first, sentence_ends) == _end_of_sentence(second, sentence_ends)


def _end_of_sentence(position: int, sentence_ends: list[int] | None) -> int:
    if not sentence_ends:
        return 1 << 62
    for end in sentence_ends:
        if end > position:
            return end
    return 1 << 62


def resolve_date_phrase(
    text: str, published: dt.date | None
) -> tuple[dt.date, int] | None:
    """The date and precision stated by the first date phrase in ``text``.

    >>> resolve_date_phrase("on Saturday", dt.date(2016, 3, 15))
    (datetime.date(2016, 3, 12), 1)
    """
    for phrase in find_date_phrases(text, published):
        if phrase.date is not None and phrase.precision is not None:
            return phrase.date, phrase.precision
    return None


# ---------------------------------------------------------------------------
# dating a mention

# A first line of at most 100 characters, without a full stop, then a blank line.
_DATELINE = re.compile(r"\A[^\n.]{0,100}?(?:\n[ \t]*){2,}")


@dataclass(frozen=True, slots=True)
class _DocDates:
    published: dt.date | None
    phrases: list[DatePhrase]
    sentences: list[tuple[int, int]]  # (start_char, end_char)
    report_day: dt.date | None = None  # "source dated 24/03": the report's own day
    lead: tuple[int, int] | None = None  # the first sentence of the story, after any dateline


def _report_day(text: str, published: dt.date | None) -> tuple[dt.date, int, int] | None:
    """The day a note says its source came out ("source dated 24/03"), with the
    phrase's offsets: its year is the stated one, else the latest year that puts it
    on or before publication; None without a year to give it."""
    vocab = _vocab()
    m = vocab.report_date.search(text) if vocab.report_date is not None else None
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if vocab.day_first else (b, a)
    year = _full_year(m.group("year"))
    if year is None:
        if published is None:
            return None
        year = published.year
        found = _safe_date(year, month, day)
        if found is not None and found > published:
            year -= 1
    found = _safe_date(year, month, day)
    if found is None or (published is not None and found > published):
        return None
    return found, m.start(), m.end()


def _doc_dates(doc: Doc, article: Article) -> _DocDates:
    """Date phrases of the whole document, found once and kept on the Doc."""
    cached = doc.user_data.get(_USER_DATA_KEY)
    if isinstance(cached, _DocDates) and cached.published == article.published:
        return cached
    sentences = [(start, end) for start, end, _, _ in sentence_bounds(doc)]
    text = doc_text(doc)
    report = _report_day(text, article.published)
    published = report[0] if report is not None else article.published
    raw: list[DatePhrase] = []
    for start, end in sentences:
        # one sentence at a time, anchored later: "A day earlier, a bomb ..." takes its
        # day from the sentence before
        found = find_date_phrases(text[start:end], published, offset=start, anchor=False,
                                  keep_anchors=True)
        for p in _counted_from_the_speech(doc, found) if len(found) > 1 else found:
            # "source dated 24/03" dates the report, not an event
            if report is None or p.end <= report[1] or p.start >= report[2]:
                raw.append(p)
    if any(is_night_before(p.text) for p in raw) and night_past_midnight(text):
        # ("shelled positions overnight ... began firing shortly after midnight"): the
        # night's second day, the report's, not its evening's
        raw = [_night_second_day(p, published) for p in raw]
    # a dateline ("GUSAU, Nigeria, June 14 -" on its own first line, or "KABUL, Aug 27
    # (Reuters) - A suicide bomber ...") dates the report, not the events: publication
    # is already the fallback
    first_line = _DATELINE.match(text)
    dateline = max(first_line.end() if first_line else 0, dateline_end(text))
    if dateline:
        raw = [p for p in raw if p.start >= dateline]
    phrases = [
        # anchored across the document, with sentence limits for "a day after <event>"
        p for p in anchor_phrases(_months_of_open_days(raw, published),
                                  [end for _, end in sentences])
        # "two days later" from a day before publication may pass it: not a stated day
        if (p.date is None or published is None or p.date <= published)
        and not p.anchor_only
    ]
    # the story's lead is its first sentence after the dateline: the dateline is a
    # sentence of its own and its date is not the lead's
    lead = next(((start, end) for start, end in sentences if end > dateline), None)
    result = _DocDates(article.published, phrases, sentences,
                       report[0] if report is not None else None, lead)
    doc.user_data[_USER_DATA_KEY] = result
    return result


def _night_second_day(phrase: DatePhrase, published: dt.date | None) -> DatePhrase:
    """A night before the report ("overnight") moved to its second day, after
    midnight (never past publication); any other phrase as it is."""
    if phrase.kind != "relative" or phrase.date is None or not is_night_before(phrase.text):
        return phrase
    day = phrase.date + dt.timedelta(days=1)
    return phrase if published is not None and day > published else replace(phrase, date=day)


def _phrase_span(doc: Doc, phrase: DatePhrase) -> Span | None:
    """The tokens of a date phrase (widened to whole tokens), None when they cannot be
    aligned: every parse-based test of a phrase starts from it."""
    return expanded_span(doc, phrase.start, phrase.end)


def _trigger_span(doc: Doc, mention: EventMention) -> Span | None:
    """The tokens of a mention's trigger (widened to whole tokens), None when they
    cannot be aligned."""
    return expanded_span(doc, mention.trigger_start, mention.trigger_end)


def _governor(doc: Doc, phrase: DatePhrase) -> int | None:
    """Index of the word a date phrase modifies ("killed" in "killed ... on Sunday")."""
    span = _phrase_span(doc, phrase)
    if span is None:
        return None
    node = span.root
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("ADP", "DET", "PUNCT", "NUM", "PROPN", "CCONJ", "PART"):
            return node.i
    return None


def _dates_the_statement(doc: Doc, phrase: DatePhrase, mention: EventMention) -> bool:
    """Does the phrase date a statement whose past-perfect clause holds the trigger
    ("the army said on Sunday it had retaken Wad Madani")? The phrase stands between
    the verb of saying and the clause's subject (the parser may hang it on either)."""
    trigger = _trigger_span(doc, mention)
    span = _phrase_span(doc, phrase)
    if trigger is None or span is None:
        return False
    clause = trigger.root
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lower_ not in _vocab().statement_verbs:
        return False
    children = token_children(clause)
    # "the army said on Sunday it had retaken ...", or the saying told after a perfect
    # ("the military has retaken Kyaukme ..., state media said on Monday")
    if clause.head.i > clause.i:
        return _governor(doc, phrase) == clause.head.i and any(
            c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and clause.head.i < span.start and span.end <= subjects[0].left_edge.i \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in children)


_PERFECT_AUX = frozenset({"has", "have", "had"})


def _day_told_after(dates: _DocDates, mention: EventMention, statement: DatePhrase,
                    doc: Doc, *, retold_only: bool = False) -> DatePhrase | None:
    """The first stated day before the statement's in the next two sentences
    ("Troops entered the city on Saturday"), the event's own day told in detail; not
    a sentence that tells an event of another kind ("Officers raided a hideout on
    Saturday"), while one that tells the act again in a word of its kind ("Troops
    regained full control of the town on Sunday") gives its day."""
    if statement.date is None:
        return None
    return _earlier_day_after(dates, doc, mention.sent_end, statement.date,
                              _trigger_kinds(doc, mention), retold_only=retold_only)


def _earlier_day_after(dates: _DocDates, doc: Doc, after: int, before: dt.date,
                       own_kinds: set[str], *, retold_only: bool) -> DatePhrase | None:
    """The first stated day before ``before`` in the two sentences from character
    ``after`` that tell an act of one of ``own_kinds`` or none (see _day_told_after)."""
    following = [s for s in dates.sentences if s[0] >= after][:2]
    triggers = group_spans(doc, TRIGGER_GROUP)
    for start, end in following:
        # (an agreement named as in force, "instructors sent under a defence pact", is
        # no event of the sentence)
        kinds = {t.label_ for t in triggers if start <= t.start_char < end
                 and not names_an_agreement_in_force(t)}
        if kinds and not kinds & own_kinds:
            continue
        if retold_only and not any(
                start <= t.start_char < end and t.label_ in own_kinds and _definite(t.root)
                for t in triggers):
            continue  # ("The strike on Sunday night struck ...") only the act told again
        for p in dates.phrases:
            if start <= p.start and p.end <= end and p.date is not None \
                    and p.date < before and p.kind != "anchored" \
                    and p.precision == 1:
                return p
    return None


def _claimed_act_day(dates: _DocDates, doc: Doc, phrase: DatePhrase,
                     lead: tuple[int, int]) -> DatePhrase | None:
    """When the lead's day dates a claim ("X claimed responsibility on Thursday for two
    bomb blasts"), the earlier day the next sentences state for an act of a kind the
    lead tells ("its members had set off explosive belts on Wednesday"): the day of the
    claimed act, for the sentences that tell it with no day of their own."""
    if phrase.date is None or _governing_verb(doc, phrase) not in _vocab().claim_verbs:
        return None
    kinds = {t.label_ for t in group_spans(doc, TRIGGER_GROUP)
             if lead[0] <= t.start_char < lead[1]}
    return _earlier_day_after(dates, doc, lead[1], phrase.date, kinds, retold_only=False)


def _governing_verb(doc: Doc, phrase: DatePhrase) -> str:
    """The lower-case verb the phrase hangs on ("claimed" of "claimed responsibility on
    Thursday"), "" when there is none."""
    span = _phrase_span(doc, phrase)
    if span is None:
        return ""
    verb = next((n for n in span.root.ancestors if n.pos_ in ("VERB", "AUX")), None)
    return verb.lower_ if verb is not None else ""


def _dates_only_the_saying(doc: Doc, phrase: DatePhrase, mention: EventMention) -> bool:
    """Does the phrase date only the verb of saying of a sentence that reports an act
    in the simple past ("A drone strike killed 85 civilians ..., the agency said on
    Tuesday", "The attackers opened fire ..., the spokesman said in a statement on
    Saturday")? That is the day of the report; the act came on it or before."""
    span = _phrase_span(doc, phrase)
    trigger = _trigger_span(doc, mention)
    if span is None or trigger is None or phrase.precision != 1:
        return False
    verb = _saying_verb_of(span)
    if verb is None:
        return False
    # the act is the verb's reported clause, or the clause the verb's subject follows
    return verb.i not in {t.i for t in trigger} and (
        verb in trigger.root.ancestors or trigger.root in verb.ancestors
        or trigger.root.head.i == verb.head.i)


def _saying_verb_of(span: Span) -> Token | None:
    """The verb of saying a date phrase hangs on ("said on Tuesday"), also through a
    participle on the statement's noun ("said in a statement read on the radio on
    Monday", "told a briefing held on Friday"): the day the statement came out."""
    statement_verbs = _vocab().statement_verbs
    verb = next((n for n in span.root.ancestors if n.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lower_ not in statement_verbs and verb.dep_ == "acl" \
            and verb.head.pos_ == "NOUN":
        verb = next((n for n in verb.head.ancestors if n.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and verb.lower_ in statement_verbs else None


def _definite(noun: Token) -> bool:
    """Is the word a noun told with a determiner that points back ("The strike", "the
    attackers", "this attack")?"""
    return noun.pos_ in ("NOUN", "PROPN") and determined_by(noun, _vocab().retelling_determiners)


def _told_again(doc: Doc, mention: EventMention) -> bool:
    """Does the mention tell again an act told before, by a definite noun: its trigger
    ("The attack was carried out by ...") or its verb's subject ("The attackers opened
    fire on residents")?"""
    trigger = _trigger_span(doc, mention)
    if trigger is None:
        return False
    root = trigger.root
    if _definite(root):
        return True
    # "The assailants struck the villages, shooting residents": a participle's doer is
    # the subject of the clause it hangs on
    clause = root.head if root.dep_ == "advcl" and root.tag_ == "VBG" else root
    return any(c.dep_ in ("nsubj", "nsubjpass") and _definite(c) for c in token_children(clause))


def _lead_day_before(dates: _DocDates, mention: EventMention, statement: DatePhrase,
                     doc: Doc) -> DatePhrase | None:
    """The lead's stated day, when it is before the statement's ("The UN said on Sunday
    that 40 people had been killed in the four days of fighting", after a lead that
    dates the fighting Saturday): the past perfect retells the lead's incident."""
    if statement.date is None or dates.lead is None:
        return None
    lead_start, lead_end = dates.lead
    if lead_end > mention.sent_start or not _retells_the_lead(doc, mention, dates.lead):
        return None
    for p in dates.phrases:
        if lead_start <= p.start and p.end <= lead_end and p.date is not None \
                and p.kind != "anchored" and p.precision == 1:
            return p if p.date < statement.date else None
    return None


def _retells_the_lead(doc: Doc, mention: EventMention, lead: tuple[int, int]) -> bool:
    """Does a past-perfect mention retell the lead's incident: a toll ("had been
    killed"), or a trigger of a kind the lead holds too? "Police said on Friday they had
    arrested three men", after a lead telling an attack, is an act of its own, not the
    attack told again, and keeps the day of saying."""
    word = doc_text(doc)[mention.trigger_start : mention.trigger_end].strip().lower()
    if word in _vocab().outcome_words:
        return True
    kinds = _trigger_kinds(doc, mention)
    return any(t.label_ in kinds for t in group_spans(doc, TRIGGER_GROUP)
               if lead[0] <= t.start_char < lead[1])


def _trigger_kinds(doc: Doc, mention: EventMention) -> set[str]:
    """The trigger classes of the words at the mention's trigger ("regained full
    control" is both a capture and a regain)."""
    return {t.label_ for t in group_spans(doc, TRIGGER_GROUP)
            if t.start_char <= mention.trigger_start < t.end_char}


def _earlier_step_of_the_act(doc: Doc, phrases: list[DatePhrase], mention: EventMention,
                             statement: DatePhrase) -> DatePhrase | None:
    """The day of an "after <gerund>" phrase on the trigger's own verb, before the
    statement's day ("said on Monday it had taken the town, after overrunning the last
    outpost there on Sunday"). A gerund has no subject of its own: it tells a step of
    the same actor's operation, not an earlier cause ("rioted after a boy was killed on
    Monday" has its own subject), so its day is the act's, which the statement only
    reports."""
    trigger = _trigger_span(doc, mention)
    if trigger is None or statement.date is None:
        return None
    own_verbs = {trigger.root.i, *(t.i for t in trigger.root.ancestors)}
    for phrase in phrases:
        if phrase.date is None or phrase.precision != 1 or phrase.kind == "anchored" \
                or phrase.date >= statement.date:
            continue
        span = _phrase_span(doc, phrase)
        if span is None:
            continue
        for node in span.root.ancestors:
            if node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.lower_ == "after" \
                    and node.head.head.i in own_verbs \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return phrase
    return None


def _day_of_the_reported_clause(doc: Doc, phrases: list[DatePhrase], mention: EventMention,
                                statement: DatePhrase) -> DatePhrase | None:
    """A day before the statement's that the reported clause holding the trigger names
    of its own, through prepositions and nouns only ("the office said on Monday that
    gang members had raped four women at a camp in the capital on Saturday night", the
    parser hanging "on Saturday" on a noun of the place): the act's day, which the
    statement only reports. Not a day inside a clause of its own below it ("after
    gunmen attacked it on Sunday")."""
    trigger = _trigger_span(doc, mention)
    if trigger is None or statement.date is None:
        return None
    clause = trigger.root
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    for phrase in phrases:
        if phrase.date is None or phrase.precision != 1 or phrase.kind == "anchored" \
                or phrase.date >= statement.date:
            continue
        span = _phrase_span(doc, phrase)
        if span is None or not clause.left_edge.i <= span.start < clause.right_edge.i:
            continue
        node = span.root
        while node.i != clause.i and node.head.i != node.i \
                and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i == clause.i:
            return phrase
    return None


def _dates_a_count(doc: Doc, phrase: DatePhrase) -> bool:
    """Does the phrase date a toll's update ("the death toll ... rose to 100 on
    Tuesday"), not the event counted?"""
    vocab = _vocab()
    governor = _governor(doc, phrase)
    if governor is None:
        return False
    verb = doc[governor]
    if verb.lower_ in vocab.count_update_verbs:
        return True
    if verb.lower_ not in vocab.count_giving_verbs:
        return False
    # ("the toll was raised", "a toll given as 100", "put the toll at 19")
    told = [c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ == "acl":
        told.append(verb.head)
    return any(t.lower_ in vocab.count_nouns for t in told)


def _tells_a_toll(doc: Doc, mention: EventMention) -> bool:
    """Is the mention's trigger a word of harm done ("wounded", "killed"), a toll of an
    incident, not the incident's act?"""
    word = doc_text(doc)[mention.trigger_start : mention.trigger_end].strip().lower()
    return word in _vocab().outcome_words


def _days_of_the_counted(doc: Doc, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """Days stated in a clause on people, not on an event noun ("the toll rose to 100
    on Tuesday, most of them policemen who had gathered for prayers on Monday"): when
    the sentence's other days only date the count or the saying, the day the victims
    were there is the event's ("the attack that killed 60 in June 2014" dates another
    event and is left out)."""
    triggers = group_spans(doc, TRIGGER_GROUP)
    out = []
    for phrase in phrases:
        span = _phrase_span(doc, phrase)
        if span is None or phrase.kind == "anchored" or phrase.precision != 1:
            continue
        clause = next((n for n in span.root.ancestors if n.dep_ == "relcl"), None)
        if clause is not None and not any(t.start <= clause.head.i < t.end for t in triggers):
            out.append(phrase)
    return out


def _speech_day(doc: Doc, phrases: list[DatePhrase]) -> DatePhrase | None:
    """The stated day of the sentence's verb of saying ("officials said on Wednesday"),
    else None."""
    vocab = _vocab()
    for phrase in phrases:
        if phrase.date is None or phrase.precision != 1 or phrase.kind == "anchored" \
                or phrase.text.lower() in vocab.relative_days:
            continue
        span = _phrase_span(doc, phrase)
        if span is None:
            continue
        # the parser hangs "on Monday" of "said on Monday it had ..." on either verb:
        # the word right before it (or before its "on") tells
        before = span.start - 1
        if before >= 0 and doc[before].lower_ == "on":
            before -= 1
        governor = _governor(doc, phrase)
        if (before >= 0 and doc[before].lower_ in vocab.statement_verbs) or (
                governor is not None and doc[governor].lower_ in vocab.statement_verbs):
            return phrase
    return None


def _counted_from_the_speech(doc: Doc, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """One sentence's phrases, with a day counted back from today ("overnight", "last
    night", "yesterday") counted back from the day of speaking when the sentence's
    speaker is dated: "killed 60 in an overnight attack, officials said on Wednesday"
    tells of the night before Wednesday, whatever day the story came out."""
    relative_days = _vocab().relative_days
    speech = None
    out: list[DatePhrase] = []
    for phrase in phrases:
        back = relative_days.get(phrase.text.lower())
        if phrase.kind == "relative" and back is not None and back[1] == 1 and back[0] >= 1:
            speech = speech or _speech_day(doc, phrases)
            if speech is not None and speech.date is not None:
                phrase = replace(phrase, date=speech.date - dt.timedelta(days=back[0]))
        out.append(phrase)
    return out


def _in_cause_clause(doc: Doc, phrase: DatePhrase, mention: EventMention) -> bool:
    """Is the phrase inside an "after ..."/"following ..." clause that does not hold the
    trigger? ("rioted after a boy was killed on Monday": Monday is the killing's day)."""
    span = _phrase_span(doc, phrase)
    if span is None:
        return False
    # "two people were killed after gunmen raided the village on 11 April": the
    # deaths are the raid's outcome, and the raid's day is theirs
    trigger_word = doc_text(doc)[mention.trigger_start : mention.trigger_end].strip().lower()
    if trigger_word in _vocab().outcome_words:
        return False
    if _times_a_rite(span):
        return False
    for node in span.root.ancestors:
        if node.i == span.root.head.i and node.lower_ in _CAUSE_MARKERS:
            continue  # "on or after 11 November": the date is the word's own object
        if _pursues(node):
            continue  # "troops went after the gunmen on Sunday": a chase, not a cause
        markers = [node] + [c for c in node.children if c.dep_ == "mark"]
        if any(m.lower_ in _CAUSE_MARKERS for m in markers):
            left, right = node.left_edge, _result_participle_end(node)
            holds_trigger = left.idx <= mention.trigger_start < right.idx + len(right.text)
            if not holds_trigger:
                return True
    return False


def _result_participle_end(clause: Token) -> Token:
    """The last word of a cause clause, with the subjectless participle clause told right
    after it, past a comma ("after gunmen attacked the palace on Tuesday, setting off a
    firefight"): what the participle tells is the clause's outcome, on its day, though
    the parser may hang it on the main verb."""
    right = clause.right_edge
    doc = clause.doc
    after = right.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return right
    participle = doc[after + 1]
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "conj") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return right
    return participle.right_edge


def _times_a_rite(span: Span) -> bool:
    """Is the phrase the day of a rite the event followed ("opened fire on protesters
    after Friday prayers", "clashes broke out after Sunday mass")? A weekly rite names
    a time of the event's own day, not an earlier cause, so its day is the event's."""
    rite = span.root.head
    return rite.i != span.root.i and rite.lower_ in _vocab().rite_nouns \
        and rite.dep_ == "pobj" and rite.head.lower_ in _CAUSE_MARKERS


def _pursues(node: Token) -> bool:
    """Is the word the "after" of a chase ("went after the gunmen", "ran after them"),
    right after its verb, rather than a word of time?"""
    if node.lower_ != "after" or node.dep_ != "prep" or node.i == 0:
        return False
    verb = node.doc[node.i - 1]
    return verb.i == node.head.i and verb.lower_ in _vocab().pursuit_verbs


def sequel_verb_end(doc: Doc, mention: EventMention) -> int | None:
    """Where the verb ends by which the trigger, a noun and its subject, says what came
    before it ("The protest followed the arrest of ... on Thursday", "The march was
    sparked by the killing ... on Monday"): what is told after it (Thursday, the
    arrest's place) is the earlier event's, not the mention's. None without one."""
    trigger = _trigger_span(doc, mention)
    if trigger is None:
        return None
    root = trigger.root
    verb = root.head
    if root.pos_ == "NOUN" and root.dep_ in ("nsubj", "nsubjpass") \
            and verb.lower_ in _vocab().sequel_verbs and verb.i > root.i:
        return verb.idx + len(verb.text)
    return None


def _in_noun_clause(doc: Doc, phrase: DatePhrase) -> bool:
    """Is the phrase inside a relative or participle clause on a noun ("an attack that
    killed 60 in June 2014", "a raid carried out on 4 May")?"""
    span = _phrase_span(doc, phrase)
    if span is None:
        return False
    return any(node.dep_ in ("relcl", "acl") and not _reported_clause(node)
               for node in span.root.ancestors)


def _reported_clause(clause: Token) -> bool:
    """Is a participle clause the parser hung on a noun the reported act itself?
    "Gunmen killed 34 civilians ... on Saturday, the ministry said": the parser may take
    "killed" for a clause on "Gunmen" (or on "motorbikes" of "Gunmen on motorbikes"), the
    subject of "said"; a clause with a direct object on the subject of a verb of saying
    is the lead's act, and its day is the event's ("a raid carried out on 4 May" has
    none and stays a noun's clause)."""
    if clause.dep_ != "acl" or not any(c.dep_ == "dobj" for c in token_children(clause)):
        return False
    noun = clause.head
    # "Gunmen on motorbikes killed ...": the clause may hang on the subject's own
    # prepositional phrase
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "nsubj" and noun.head.lower_ in _vocab().statement_verbs


def _harm_told_of_people(doc: Doc, phrase: DatePhrase, mention: EventMention) -> bool:
    """Is the phrase inside a relative or participle clause on people that tells the
    harm done to them, a clause the trigger stands outside of ("shot a herder to
    avenge two traders shot dead on 3 May", "protesting over three youths who were
    shot a day before")? Its day is that earlier harm's. A clause that only says
    what the people were doing ("crowds waiting outside the airport on Thursday",
    "supporters who tried to march on Monday") tells of the event's own scene, and
    a clause on an event noun ("a raid carried out on 4 May") dates that event."""
    span = _phrase_span(doc, phrase)
    if span is None:
        return False
    clause = next((n for n in span.root.ancestors if n.dep_ in ("relcl", "acl")), None)
    if clause is None:
        return False
    left, right = clause.left_edge.i, clause.right_edge.i
    trigger = _trigger_span(doc, mention)
    if trigger is None or left <= trigger.root.i <= right:
        return False
    triggers = group_spans(doc, TRIGGER_GROUP)
    if any(t.start <= clause.head.i < t.end for t in triggers):
        return False
    return any(t.label_ in _HARM_LABELS and left <= t.start and t.end - 1 <= right
               and _suffered(t.root) for t in triggers)


def _suffered(harm: Token) -> bool:
    """Does the harm verb tell what the people suffered ("traders killed on 3 May",
    "youths who were shot", "a woman who died"), not what they did to others
    ("militants who attacked a post on Sunday", whom troops then fought that day)?"""
    if harm.lower_ in _vocab().death_verbs:
        return True
    if harm.dep_ == "acl" and harm.tag_ == "VBN":
        return True
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in harm.children)


# Trigger classes that tell harm done to people ("killed", "shot", "died").
_HARM_LABELS = frozenset({"kill", "injure", "attack"})


_CAUSE_MARKERS = frozenset({"after", "following", "because", "since", "over"})


def _nearest(
    phrases: list[DatePhrase], mention: EventMention, doc: Doc
) -> DatePhrase:
    """The date phrase that modifies the trigger, else the one nearest to it."""
    position = (mention.trigger_start + mention.trigger_end) // 2
    trigger = _trigger_span(doc, mention)
    trigger_ids = {t.i for t in trigger} if trigger is not None else set()

    def rank(p: DatePhrase) -> tuple[int, int, int]:
        attached = 0 if _governor(doc, p) in trigger_ids else 1
        return attached, abs((p.start + p.end) // 2 - position), p.start

    return min(phrases, key=rank)


def _days_of_week_named(phrase: DatePhrase) -> frozenset[int] | None:
    """The weekdays a phrase names: its weekday ("on Friday"), Saturday and Sunday for
    a weekend ("at the weekend"); None for any other phrase."""
    weekday = _weekday_of(phrase)
    if weekday is not None:
        return frozenset({weekday})
    if phrase.kind == "relative" and "weekend" in phrase.text.lower():
        return _WEEKEND
    return None


_WEEKEND = frozenset({5, 6})


def _weekday_of(phrase: DatePhrase) -> int | None:
    """The weekday a phrase names ("on Friday", "last Monday"), else None."""
    if phrase.kind != "relative" or phrase.precision != 1:
        return None
    weekdays = _vocab().weekdays
    for word in phrase.text.lower().split():
        if word in weekdays:
            return weekdays[word]
    return None


_BRACKET_OPEN = re.compile(r"\s*[\[(]\s*")


def _stated_day_of_weekday(
    chosen: DatePhrase,
    dates: _DocDates,
    mention: EventMention,
    within: Callable[[int, int], list[DatePhrase]],
    text: str,
) -> DatePhrase:
    """A weekday (or a weekend) with a stated day that falls on it is that day.

    "14 May. Lawyers locked the court on Monday": the weekday is counted back from
    the publication day, the stated day is written out; when the stated day is that
    weekday, the report names one day twice, and the stated one keeps its year
    ("lynched at the weekend (25-26 February)" likewise, on a Saturday or Sunday).
    The stated day is looked for in the mention's sentence and the sentences
    before it.
    """
    weekdays = _days_of_week_named(chosen)
    if weekdays is None:
        return chosen
    # "on Monday [27 March]": the day written out in brackets right after the weekday
    # (the parser may end the sentence at the bracket) clarifies which Monday
    for phrase in dates.phrases:
        if (
            phrase.start >= chosen.end
            and _BRACKET_OPEN.fullmatch(text[chosen.end : phrase.start])
            and phrase.date is not None
            and phrase.precision == 1
            and _days_of_week_named(phrase) is None
        ):
            return phrase
    before = [s for s in dates.sentences if s[0] <= mention.sent_start]
    for start, end in reversed(before[-(_vocab().max_back_sentences + 1) :]):
        for phrase in within(start, end):
            if (
                phrase is not chosen
                and phrase.date is not None
                and phrase.precision == 1
                and _days_of_week_named(phrase) is None
                and phrase.date.weekday() in weekdays
            ):
                return phrase
    return chosen


def states_a_date(text: str, published: dt.date | None) -> bool:
    """Does a sentence state when what it tells happened, even a day the reader cannot
    place ("on Wednesday", "last year" in a text with no publication day)?"""
    # (a stand-in publication day far ahead places every phrase a text may hold)
    return bool(find_date_phrases(text, published or _FAR_PUBLICATION_DAY, anchor=False,
                                  keep_anchors=True))


_FAR_PUBLICATION_DAY = dt.date(2999, 12, 31)


def resolve_mention_date(mention: EventMention, doc: Doc, article: Article) -> None:
    """Date one mention (see the module docstring for the order of evidence)."""
    dates = _doc_dates(doc, article)
    usable = [p for p in dates.phrases if p.date is not None]

    def within(start: int, end: int) -> list[DatePhrase]:
        return [p for p in usable if start <= p.start and p.end <= end]

    chosen: DatePhrase | None = None
    own = [
        p
        for p in within(mention.sent_start, mention.sent_end)
        # a sentence the parser ran across a paragraph break (a dateline, a heading)
        if not paragraph_break(
            doc_text(doc), min(p.end, mention.trigger_start), max(p.start, mention.trigger_end)
        )
    ]
    sequel_end = sequel_verb_end(doc, mention)
    in_sentence = own
    own = [p for p in own if not _in_cause_clause(doc, p, mention)
           and not (sequel_end is not None and p.start >= sequel_end)
           and not _harm_told_of_people(doc, p, mention)]
    if len(own) > 1:
        own = [p for p in own if not _dates_a_count(doc, p)] or own
    if own and _tells_a_toll(doc, mention) and all(_dates_a_count(doc, p) for p in own):
        own = []  # (the toll was raised on Sunday, and 40 were wounded): the days of counts
    if own:
        chosen = _nearest(own, mention, doc)
        if _dates_the_statement(doc, chosen, mention):
            chosen = (_earlier_step_of_the_act(doc, in_sentence, mention, chosen)
                      or _day_of_the_reported_clause(doc, in_sentence, mention, chosen)
                      or _day_told_after(dates, mention, chosen, doc)
                      or _lead_day_before(dates, mention, chosen, doc) or chosen)
        elif _dates_only_the_saying(doc, chosen, mention):
            claimed = _governing_verb(doc, chosen) in _vocab().claim_verbs
            chosen = (_day_told_after(dates, mention, chosen, doc, retold_only=not claimed)
                      or (_lead_day_before(dates, mention, chosen, doc)
                          if _told_again(doc, mention) else None)
                      or chosen)

    if chosen is None:
        previous = [s for s in dates.sentences if s[1] <= mention.sent_start]
        for start, end in reversed(previous[-_vocab().max_back_sentences :]):
            if paragraph_break(doc_text(doc), end, mention.sent_start):
                break
            # "the Mpeketoni attack that claimed 60 lives in June 2014": a date in a
            # clause describing a noun dates that noun's event, not the sentence's
            found = [p for p in within(start, end) if not _in_noun_clause(doc, p)]
            if found:
                # the sentence's own day ("attacked on 09/05/2017"), not a date anchored
                # on it ("stolen three days earlier"): the first stated, unanchored one
                stated = [p for p in found if p.kind != "anchored"]
                # ("The group said on Monday it had taken the town after overrunning
                # its last post on Sunday. It said its fighters had seized weapons."):
                # the day of saying is no act's when the sentence states another, nor
                # the day a toll was updated
                acts = [p for p in stated
                        if p is not _speech_day(doc, [p]) and not _dates_a_count(doc, p)]
                if stated and not acts:
                    acts = _days_of_the_counted(doc, within(start, end))
                if not acts and all(_dates_a_count(doc, p) for p in found):
                    continue  # ("The toll was raised on Sunday."): the count's day only
                chosen = (acts or stated or found)[0]
                break
    if chosen is None and dates.lead is not None:
        lead_start, lead_end = dates.lead
        if lead_end <= mention.sent_start:
            found = within(lead_start, lead_end)
            if found:
                chosen = _claimed_act_day(dates, doc, found[0], dates.lead) or found[0]
    if chosen is not None and chosen.date is not None:
        chosen = _stated_day_of_weekday(chosen, dates, mention, within, doc_text(doc))
        mention.event_date = chosen.date
        mention.time_precision = chosen.precision
        mention.end_date = chosen.end_date
        evidence = Evidence(
            doc_id=mention.doc_id,
            start=chosen.start,
            end=chosen.end,
            text=chosen.text,
            field="event_date",
        )
        mention.date_evidence = evidence
        mention.evidence.append(evidence)
        return
    # nothing stated: the report's own day, when known (never today's date)
    mention.event_date = dates.report_day or article.published
    mention.time_precision = 1 if mention.event_date is not None else None
    mention.date_evidence = None
