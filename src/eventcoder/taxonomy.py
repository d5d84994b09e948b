"""ACLED's event taxonomy, precedence and actor categories, loaded from
``data/taxonomy.yaml`` (the single place these live)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "INTER_CODES",
    "NON_ACLED_CODES",
    "SUB_EVENT_TYPES",
    "SubEventType",
    "by_code",
    "by_name",
    "disorder_type",
    "event_type_of",
    "interaction_code",
    "precedence",
]


@dataclass(frozen=True, slots=True)
class SubEventType:
    name: str  # "Air/drone strike"
    code: str  # "AIR_STRIKE" (CASE 2021 label)
    event_type: str  # "Explosions/Remote violence"
    disorder_type: str
    rank: int  # 0 = highest precedence


@cache
def _load() -> dict[str, Any]:
    text = resources.files("eventcoder").joinpath("data/taxonomy.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _build() -> tuple[SubEventType, ...]:
    out: list[SubEventType] = []
    for et in _load()["event_types"]:
        for st in et["sub_event_types"]:
            out.append(
                SubEventType(st["name"], st["code"], et["name"], et["disorder_type"], len(out))
            )
    return tuple(out)


SUB_EVENT_TYPES: tuple[SubEventType, ...] = _build()
INTER_CODES: dict[int, str] = {int(k): v for k, v in _load()["inter_codes"].items()}
NON_ACLED_CODES: frozenset[str] = frozenset(_load()["non_acled_codes"])
_BY_NAME = {s.name: s for s in SUB_EVENT_TYPES}
_BY_CODE = {s.code: s for s in SUB_EVENT_TYPES}


def by_name(name: str) -> SubEventType:
    """Look up a sub-event type by its ACLED name ("Armed clash")."""
    return _BY_NAME[name]


def by_code(code: str) -> SubEventType:
    """Look up a sub-event type by its CASE 2021 code ("ARMED_CLASH")."""
    return _BY_CODE[code]


def event_type_of(sub_event_type: str) -> str:
    return _BY_NAME[sub_event_type].event_type


def precedence(sub_event_type: str) -> int:
    """Lower is stronger: when one incident fits several types, the lowest wins."""
    return _BY_NAME[sub_event_type].rank


def disorder_type(sub_event_type: str, civilian_targeting: str | None = None) -> str:
    st = _BY_NAME.get(sub_event_type)
    if st is None:
        return ""
    return st.disorder_type


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two inter codes, lowest first."""
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi
