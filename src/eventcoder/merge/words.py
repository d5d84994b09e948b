"""The merge's settings: data/merge.yaml and data/notes.yaml as loaded once, the
patterns built from them, and the module-level constants the merge shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from eventcoder.extract.sources import REPORT_KIND

__all__ = [
    "CIVILIAN_FIELD",
    "NotesPhrases",
    "notes_phrases",
]

CIVILIAN_FIELD = "civilian_fatalities"
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_VIOLENT_OR_RIOTS = _VIOLENT | {"Riots"}

# incidents a speaker's quoted words may be about (merge.told_again._told_in_a_quotation)
_ANSWERED = _VIOLENT_OR_RIOTS | {"Protests"}
_REGION_WORDS = re.compile(
    r"\b(governorate|province|region|state|district|county|oblast|department|prefecture)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NotesPhrases:
    unknown_actor: str
    unknown_date: str
    fatalities_phrase: str
    injured_phrase: str
    by_sub_event: dict[str, dict[str, str]]
    account_disagreement_phrase: str
    account_phrase: str
    # event type -> its sub-types, the account that claims least first
    conservative_order: dict[str, tuple[str, ...]]
    # (sub-event type, actor1's inter code) -> wording told from actor1's side
    by_actor1_inter: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)


@cache
def notes_phrases() -> NotesPhrases:
    """The wording of generated ``notes`` (data/notes.yaml), loaded once."""
    text = resources.files("eventcoder").joinpath("data/notes.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return NotesPhrases(
        unknown_actor=str(data["unknown_actor"]),
        unknown_date=str(data["unknown_date"]),
        fatalities_phrase=str(data["fatalities_phrase"]),
        injured_phrase=str(data["injured_phrase"]),
        by_sub_event={
            str(k): {kk: str(vv) for kk, vv in v.items()}
            for k, v in data["sub_event_types"].items()
        },
        account_disagreement_phrase=str(data["account_disagreement_phrase"]),
        account_phrase=str(data["account_phrase"]),
        conservative_order={
            str(k): tuple(str(x) for x in v)
            for k, v in data["conservative_sub_event_order"].items()
        },
        by_actor1_inter={
            (str(row["sub_event_type"]), int(row["inter1"])):
                {"verb": str(row["verb"]), "target": str(row["target"])}
            for row in data.get("actor1_side_wording", ())
        },
    )


@cache
def _merge_data() -> dict[str, Any]:
    """The merging rules' word lists (data/merge.yaml), read once."""
    text = resources.files("eventcoder").joinpath("data/merge.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _merge_set(key: str) -> frozenset[str]:
    """A list of data/merge.yaml as a set (empty when the file leaves it out)."""
    return frozenset(str(item) for item in _merge_data().get(key) or ())


def _name_sets(key: str) -> dict[str, frozenset[str]]:
    """A mapping of data/merge.yaml from a name to a list of names, as sets."""
    raw: dict[str, list[str]] = _merge_data()[key]
    return {str(k): frozenset(str(v) for v in values) for k, values in raw.items()}


def _alternatives(key: str) -> str:
    """The phrases of a data/merge.yaml list as a regex alternation, any spacing."""
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in _merge_data()[key])


def _phrase_pattern(key: str) -> re.Pattern[str]:
    """Any phrase of a data/merge.yaml list, as whole words, any spacing and case."""
    return re.compile(rf"\b(?:{_alternatives(key)})\b", re.IGNORECASE)


# "Police Forces of Kenya (2013-)" -> "Kenya"
_STATE_COUNTRY = re.compile(r"\bof (?P<country>.+?)(?: \(|$)")

_TOLL_FIELDS = frozenset({"fatalities", "injured", CIVILIAN_FIELD})

# Accounts a story sets beside its own rather than relays: "initial reports", "later
# reports", another paper or agency ("The Star reports four dead").
_ACCOUNTS_SET_BESIDE = frozenset({REPORT_KIND, "outlet", "agency"})

_ACTOR_COUNTRY = re.compile(r"\((?P<country>[^)]+)\)$")

_OPENING_PREPOSITION = re.compile(r"\s*(?:in|at)\s", re.IGNORECASE)

_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)

# the noun right after its article ("The second bombing occurred in Kabul" is another
# one), not in a clause that times something else by it ("minutes before the blast
# occurred")
_DEFINITE_BEFORE = re.compile(
    r"(?<!\bbefore )(?<!\bafter )(?<!\bwhen )(?<!\buntil )(?<!\bsince )(?<!\bas )"
    r"(?<!\bwhile )\b(?:the|this|that)\s+$", re.IGNORECASE)

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
