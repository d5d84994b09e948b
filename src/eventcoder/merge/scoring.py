"""Scoring: is a report the same incident as another (incident_score,
same_incident), the clusters of one document and the best one for a report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventcoder.merge.combine import combine_reports
from eventcoder.merge.places_dates import _date_relation, _place_relation
from eventcoder.merge.sides import _STATE_FORCES, CIVILIANS, _actors_compatible, _same_actor
from eventcoder.merge.words import _VIOLENT, _phrase_pattern
from eventcoder.schema import Event, EventMention

__all__ = [
    "MOB_VIOLENCE",
    "VIOLENT_DEMONSTRATION",
    "incident_score",
    "same_incident",
]

_DEMONSTRATIONS = frozenset({"Protests", "Riots"})


def _type_group(event: Event) -> str:
    if event.event_type in _VIOLENT:
        return "violence"
    if event.event_type in _DEMONSTRATIONS:
        return "demonstration"
    return f"sub:{event.sub_event_type}"


_PROTESTERS = 6  # inter code


def _civilian_victims(event: Event) -> bool:
    return event.inter2 == CIVILIANS


def incident_score(a: Event, b: Event, *, across_documents: bool = True) -> int | None:
    """How strongly two event reports look like one incident; None: they are not.

    The score counts the keys both reports state and agree on (day, place,
    actors, sub-type), so a caller can pick the best of several candidates.
    """
    group_a, group_b = _type_group(a), _type_group(b)
    if group_a != group_b:
        return None
    # Civilian victims and a battle are not one event pair: they are folded
    # (within a document) by a separate rule, never merged as if one.
    if (a.event_type == "Battles") != (b.event_type == "Battles") and (
        _civilian_victims(a) or _civilian_victims(b)
    ):
        return None
    if not _actors_compatible(a, b, across_documents=across_documents):
        return None
    date_rel = _date_relation(a, b, across_documents=across_documents)
    place_rel = _place_relation(a, b, across_documents=across_documents)
    if date_rel == "different" or place_rel == "different":
        return None
    if place_rel == "near" and _other_weapon(a, b):
        # "An air strike hit a house in Gaza City ... Tanks also shelled the outskirts
        # of Khan Younis": another town and another weapon is another strike, however
        # close the towns (a village and the nearby town named for one incident share
        # the weapon).
        return None
    if across_documents:
        if date_rel == "unknown" or place_rel == "unknown":
            return None  # an undated or unplaced report cannot be matched to another story's
        if date_rel == "adjacent" and place_rel != "same":
            return None  # one night told by two stories: at one place
        if a.actor1 is None and b.actor1 is None and a.actor2 is None and b.actor2 is None:
            # No actors at all: only the same sub-type at the same place and day.
            if not (place_rel == "same" and date_rel == "same"
                    and a.sub_event_type == b.sub_event_type):
                return None
    score = 0
    score += {"same": 3, "overlap": 1, "adjacent": 1, "told": 1}.get(date_rel, 0)
    score += {"same": 3, "near": 2, "contains": 1}.get(place_rel, 0)
    score += sum(1 for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)) if _same_actor(x, y))
    score += 1 if a.sub_event_type == b.sub_event_type else 0
    return score


def _crowd_targets_differ(a: Event, b: Event) -> bool:
    """A crowd that beats a passer-by to death and a crowd that fights the police are
    two actor pairs, even at one place and day: ACLED codes the mob's killing (Rioters
    against Civilians) apart from the riot against the state forces. Civilians are a
    generic side that never keeps reports apart elsewhere; here the other report names
    the state forces as the crowd's target, so the two sides clearly differ. Only for
    reports told in sentences of their own: a killing named in the riot's sentence ("a
    demonstration following the killing of a trader") is its cause or part of it."""
    targets = {a.inter2, b.inter2}
    return targets == {CIVILIANS, _STATE_FORCES} and MOB_VIOLENCE in (
        a.sub_event_type, b.sub_event_type)


def _mob_killing_apart_from_riot(cluster: _Cluster, report: Event) -> bool:
    """Is one of the two a mob's violence against civilians the text names ("a crowd
    beat a driver to death") and the other a riot against the state forces? Civilians
    the actor stage assumed (a mob with no victim in its words: "a running battle with
    angry residents") are no side that keeps the reports apart."""
    if not _crowd_targets_differ(cluster.summary, report):
        return False
    return any(r.sub_event_type == MOB_VIOLENCE and r.inter2 == CIVILIANS
               and _victims_told_apart_from_crowd(r) for r in (*cluster.reports, report))


def _victims_told_apart_from_crowd(report: Event) -> bool:
    """Does the text name the mob's victims in words other than the crowd's own (the
    actor stage sometimes makes "the angry residents" of a running battle both the
    crowd and its victims)?"""
    crowd = {e.text.casefold() for e in report.evidence if e.field in ("actor1", "trigger")}
    return any(e.field == "actor2" and e.text.casefold() not in crowd
               for e in report.evidence)


@cache
def _peaceful_pattern() -> re.Pattern[str]:
    return _phrase_pattern("peaceful_words")


def _told_as_peaceful(report: Event) -> bool:
    """A Peaceful protest whose own sentence says the crowd kept the peace ("marched
    peacefully")."""
    pattern = _peaceful_pattern()
    return report.sub_event_type == "Peaceful protest" and any(
        e.field == "sentence" and pattern.search(e.text) for e in report.evidence)


def _peaceful_march_apart_from_riot(a: Event, b: Event) -> bool:
    """A march the story calls peaceful, in a sentence of its own, and a riot at the same
    place and day are two crowds (protesters and rioters: another actor pair), not one
    demonstration turned violent: the writer who tells the crowd kept the peace tells
    that it did not riot. Only a Violent demonstration, or Mob violence against the
    protesters (a crowd that attacked them is another crowd by the words that name
    its victims): other Mob violence is often a crowd's quarrel the typing stage read
    into background ("residents battling over land"), not another crowd that day."""
    return any(_told_as_peaceful(x) and (y.sub_event_type == VIOLENT_DEMONSTRATION or (
        y.sub_event_type == MOB_VIOLENCE and y.inter2 == _PROTESTERS))
               for x, y in ((a, b), (b, a)))


def _other_weapon(a: Event, b: Event) -> bool:
    """Two remote-violence reports by different means (air strike, shelling, a bomb)."""
    return (a.event_type == b.event_type == "Explosions/Remote violence"
            and a.sub_event_type != b.sub_event_type)


def same_incident(a: Event, b: Event) -> bool:
    """Do two events from different documents report one incident?"""
    return incident_score(a, b, across_documents=True) is not None


class _Cluster:
    """The reports of one incident so far; ``summary`` combines them on demand
    (most clusters are compared with few later reports, so combining after
    every join would be wasted work)."""

    __slots__ = ("reports", "sentences", "casualty_only", "opened_as_toll", "_summary")

    def __init__(self, reports: list[Event], sentences: set[int],
                 casualty_only: set[str] | None = None) -> None:
        self.reports = reports
        self.sentences = sentences
        # trigger classes of casualty-only reports; None once any other report joins
        self.casualty_only = casualty_only
        # (opened by a toll with no doer, whatever joined it later)
        self.opened_as_toll = casualty_only is not None
        self._summary: Event | None = reports[0] if len(reports) == 1 else None

    def add(self, report: Event, sentence: int | None = None) -> None:
        self.reports.append(report)
        if sentence is not None:
            self.sentences.add(sentence)
        self._summary = None

    @property
    def summary(self) -> Event:
        """The reports combined (what a new mention is compared with)."""
        if self._summary is None:
            self._summary = combine_reports(self.reports)
        return self._summary


MOB_VIOLENCE = "Mob violence"
VIOLENT_DEMONSTRATION = "Violent demonstration"


def _best_cluster(clusters: Sequence[_Cluster], report: Event, mention: EventMention, *,
                  separate: bool, new_scene: bool, other_strike: bool = False
                  ) -> tuple[int, int] | None:
    """(score, index) of the incident the report joins, None for a new one (ties: the
    most recent incident). ``other_strike``: a remote-violence report told at another
    time of the day, which joins no incident of another weapon."""
    best: tuple[int, int] | None = None
    for index, cluster in enumerate(clusters):
        if separate and min(cluster.sentences) < mention.sent_start:
            continue
        if other_strike and _other_weapon(cluster.summary, report):
            continue
        if new_scene and _place_relation(cluster.summary, report,
                                         across_documents=False) == "near":
            continue
        if mention.sent_start not in cluster.sentences and (
                _mob_killing_apart_from_riot(cluster, report)
                or _peaceful_march_apart_from_riot(cluster.summary, report)):
            continue
        score = incident_score(cluster.summary, report, across_documents=False)
        if score is not None and (best is None or score >= best[0]):
            best = (score, index)
    return best
