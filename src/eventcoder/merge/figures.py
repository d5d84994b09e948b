"""Figures: the tolls of several reports resolved into one (updates, parts of a
toll, accounts set beside), casualty-only reports and armed victims' tolls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from eventcoder.extract.casualties import PART_OF_TOLL
from eventcoder.extract.sources import load_lexicon as load_source_lexicon
from eventcoder.extract.typing_base import MARK_BOTH_ARMED
from eventcoder.merge.words import (
    _ACCOUNTS_SET_BESIDE,
    _VIOLENT_OR_RIOTS,
    _merge_set,
    _name_sets,
    _phrase_pattern,
)
from eventcoder.schema import Claim, Event, EventMention

__all__ = [
    "casualty_only_class",
]


@cache
def _toll_update_pattern() -> re.Pattern[str]:
    """Words telling a toll as an update of an earlier one (data/merge.yaml)."""
    return _phrase_pattern("toll_update_phrases")


@cache
def _casualty_only_hosts() -> dict[str, frozenset[str]]:
    """Trigger class -> event types a casualty-only report may join (data/merge.yaml)."""
    return _name_sets("casualty_only_hosts")


def casualty_only_class(mention: EventMention) -> str | None:
    """The trigger class of a mention typed only from a toll ("two people were
    killed") with no perpetrator named in the text; None for any other mention."""
    if mention.trigger_class not in _casualty_only_hosts():
        return None
    doer = mention.actor1
    if doer is not None and doer.start is not None:
        return None  # "killed by gunmen": the text names who did it
    return mention.trigger_class


def _armed_toll_hosts() -> frozenset[str]:
    """Event types whose toll of armed victims told alone is no battle (data/merge.yaml)."""
    return _merge_set("armed_toll_hosts")


def _fight_classes() -> frozenset[str]:
    """Trigger classes that tell a fight or gunfire (data/merge.yaml)."""
    return _merge_set("armed_toll_fight_classes")


def _armed_toll_of(mention: EventMention, incident: Event,
                   mentions: Sequence[EventMention]) -> bool:
    """Is the mention a toll of armed people with no doer told ("Two other officers were
    wounded": a clash typed from its armed victims alone, one side the unnamed fallback)
    that joins an incident of a type it tells the victims of (``armed_toll_hosts``), with
    no fight told at its place and day (gunfire at the police there, "the attackers then
    opened fire on the officers", makes the armed victims a fight's)?"""
    if (mention.sub_event_type != "Armed clash" or mention.trigger_class not in ("kill", "injure")
            or MARK_BOTH_ARMED not in mention.rule_marks
            or incident.event_type not in _armed_toll_hosts()
            or not any(side is None or side.start is None
                       for side in (mention.actor1, mention.actor2))):
        return False
    where = mention.place.name if mention.place else None
    # (a day or place the text does not state is left open: it keeps no mention apart)
    return not any(
        m is not mention and m.status == "new"
        and (m.trigger_class in _fight_classes()
             or m.event_type in _VIOLENT_OR_RIOTS and m.event_type not in _armed_toll_hosts())
        and _open_or_same(m.place.name if m.place else None, where)
        and _open_or_same(m.event_date, mention.event_date)
        for m in mentions)


def _open_or_same(a: object, b: object) -> bool:
    return a is None or b is None or a == b


@dataclass(slots=True)
class _Figures:
    """One field's figures grouped by who gave them."""

    by_source: dict[str, list[int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    # figures told as an update of the toll ("rose to 22"), by source
    updates: dict[str, list[int]] = field(default_factory=dict)

    def resolve(self) -> tuple[int | None, str | None]:
        """(value, disagreement note): max within a source, min across sources; an
        update of the toll is the newer figure, whoever reported the older one."""
        per_source = {k: max(v) for k, v in self.by_source.items() if v}
        if not per_source:
            return None, None
        value = min(per_source.values())
        if self.updates:
            value = max(value, min(max(v) for v in self.updates.values()))
        note = None
        if len(set(per_source.values())) > 1:
            ordered = sorted(per_source.items(), key=lambda kv: -kv[1])
            parts = [f"{self.labels[k]} reported {v}" if i == 0 else f"{self.labels[k]} {v}"
                     for i, (k, v) in enumerate(ordered)]
            note = "; ".join(parts)
        return value, note


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _set_beside(source: str) -> bool:
    """Is the source an account the story sets beside its own figures?"""
    return load_source_lexicon().kind_of.get(source) in _ACCOUNTS_SET_BESIDE


def _party_to(source: str, reports: Sequence[Event]) -> bool:
    """Is the source one of the incident's sides ("Al Shabaab claimed to have killed
    five")? A party's own count stands beside the story's figure, never replaces it."""
    words = source.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    name = " ".join(words)
    return bool(name) and any(
        actor is not None and name in actor.casefold()
        for report in reports for actor in (report.actor1, report.actor2))


_ANY_GROUP = "*"
# the victim group of casualty claims about civilians (data/casualties.yaml victim_groups)
_CIVILIAN_GROUP = "civilian"


def _figures(reports: Sequence[Event], claim_field: str,
             group: str | None = _ANY_GROUP) -> _Figures:
    """The field's figures by source; ``group``: only the claims about those victims
    (None: the claims that name no side), all claims by default."""
    figures = _Figures()
    named_by_doc: dict[str, set[str]] = {}
    unattributed_by_doc: dict[str, list[int]] = {}
    for report in reports:
        claims = [(claim, value) for claim in report.claims
                  if claim.field == claim_field
                  and (group == _ANY_GROUP or claim.group == group)
                  and (value := _as_int(claim.value)) is not None and value >= 0]
        for claim, value in claims:
            if claim.evidence is not None and _toll_update_pattern().search(claim.evidence.text):
                figures.updates.setdefault((claim.source or "").casefold(), []).append(value)
        if len({value for _, value in claims}) > 1:
            # disagreeing accounts inside one report: each is its own account, so the
            # lowest counts even when one teller (or the story's voice) gave both
            for claim, value in claims:
                key = f"account:{len(figures.by_source)}"
                figures.by_source[key] = [value]
                figures.labels[key] = claim.source or f"an unattributed report ({report.doc_id})"
            continue
        for claim, value in claims:
            if claim.source:
                key = claim.source.casefold()
                figures.by_source.setdefault(key, []).append(value)
                figures.labels.setdefault(key, claim.source)
                named_by_doc.setdefault(report.doc_id, set()).add(key)
            else:
                unattributed_by_doc.setdefault(report.doc_id, []).append(value)
    for doc_id, values in unattributed_by_doc.items():
        named = named_by_doc.get(doc_id, set())
        only = figures.labels[next(iter(named))] if len(named) == 1 else ""
        if only and not _set_beside(only) and not _party_to(only, reports):
            # the story relays its one source ("later reports" or another paper is no
            # source it relays: the story's own figure stands beside that report's)
            figures.by_source[next(iter(named))].extend(values)
        else:
            key = f"doc:{doc_id}"
            figures.by_source.setdefault(key, []).extend(values)
            figures.labels.setdefault(key, f"an unattributed report ({doc_id})")
    return figures


def _without_parts_of_a_toll(reports: Sequence[Event], claim_field: str
                             ) -> Sequence[Event]:
    """The reports without their figures of one person singled out of someone's circle
    ("one of his lieutenants was killed": casualties.PART_OF_TOLL) when another figure
    of the field is given: that death is among the toll, no lower rival account of it."""
    def part(claim: Claim) -> bool:
        return claim.field == claim_field and claim.group == PART_OF_TOLL

    claims = [c for r in reports for c in r.claims
              if c.field == claim_field and _as_int(c.value) is not None]
    if not any(part(c) for c in claims) or all(part(c) for c in claims):
        return reports
    return [replace(r, claims=[c for c in r.claims if not part(c)]) for r in reports]


def _resolve_figures(reports: Sequence[Event], claim_field: str
                     ) -> tuple[int | None, str | None]:
    """(value, disagreement note) of one field. ACLED counts the deaths of every side
    of an event: when the claims count victims of different sides (each claim's
    ``group``, none shared), each side's figure is resolved on its own (max within a
    source, min across sources) and the sides add up ("ten soldiers were killed" and
    "the army said it killed 20 attackers": 30). A figure that names no side may be
    the whole toll: it stands when it is the larger. Otherwise all figures are
    accounts of one toll."""
    reports = _without_parts_of_a_toll(reports, claim_field)
    groups = {c.group for r in reports for c in r.claims
              if c.field == claim_field and c.group and _as_int(c.value) is not None}
    sides = [frozenset(g.split("+")) for g in groups]
    disjoint = all(a.isdisjoint(b) for i, a in enumerate(sides) for b in sides[i + 1:])
    if len(sides) == 1 and _CIVILIAN_GROUP not in sides[0]:
        # one side's dead, soldiers or fighters, beside a larger toll that names no side
        # ("Seventeen people were killed when protesters clashed with police"; "a police
        # officer was burned to death"): the side's figure is at most a part of that
        # toll, no rival account of it, so the whole stands. A figure of civilians is
        # the same victims as a toll of people, and the lowest of the two counts.
        side, _ = _figures(reports, claim_field, next(iter(groups))).resolve()
        whole, note = _figures(reports, claim_field, None).resolve()
        if side is not None and whole is not None and whole > side:
            return whole, note
    if len(sides) < 2 or not disjoint:
        return _figures(reports, claim_field).resolve()
    total = 0
    notes: list[str] = []
    for group in sorted(groups):
        value, note = _figures(reports, claim_field, group).resolve()
        total += value or 0
        if note:
            notes.append(f"{group.replace('+', ' and ')}: {note}")
    whole, note = _figures(reports, claim_field, None).resolve()
    if whole is not None and whole > total:
        total = whole
        notes = [note] if note else []
    return total, "; ".join(notes) or None
