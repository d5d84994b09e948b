"""Folds: reports joined to an incident told nearby (tolls, companions, damage,
civilians in battles, mob violence, crackdowns, beatings in riots).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cache

from eventcoder.merge.figures import _casualty_only_hosts
from eventcoder.merge.places_dates import _date_relation, _place_relation
from eventcoder.merge.scoring import (
    MOB_VIOLENCE,
    VIOLENT_DEMONSTRATION,
    _civilian_victims,
    _Cluster,
    _victims_told_apart_from_crowd,
)
from eventcoder.merge.sides import (
    _STATE_FORCES,
    CIVILIANS,
    _actor_rank,
    _is_unidentified,
    _same_actor,
)
from eventcoder.merge.words import (
    _DEFINITE,
    _VIOLENT,
    CIVILIAN_FIELD,
    _merge_data,
    _merge_set,
    _name_sets,
    _phrase_pattern,
)
from eventcoder.resolve.actors import load_actor_words
from eventcoder.schema import Article, Event


def _battle_weapon_types() -> frozenset[str]:
    return _merge_set("battle_weapon_types")


def _fold_candidate(event: Event) -> bool:
    """Civilians killed or hurt with no named perpetrator (violence, not an arrest or
    looting): part of a battle when one is near.
    So is shelling by nobody the text names ("residents reported heavy gunfire and
    shelling through the night" in a story of clashes): the battle's weapons."""
    if not _civilian_victims(event) or event.event_type not in _VIOLENT \
            or event.event_type == "Battles":
        # (an arrest of people the text does not say who held, "25 persons have been
        # arrested", is no one killed in the battle: it stays an Arrests event)
        return False
    return event.actor1 is None or (
        event.sub_event_type in _battle_weapon_types() and _is_unidentified(event.actor1))


def _as_evidence_of(report: Event, incident: Event) -> Event:
    """The report as evidence and figures of the incident: no actors of its own (the
    incident's stand) and no type claim (it is not another account of what happened)."""
    return replace(report, actor1=None, inter1=None, actor2=None, inter2=None,
                   assoc_actor_1=None, assoc_actor_2=None,
                   claims=[c for c in report.claims if c.field != "sub_event_type"],
                   event_type=incident.event_type, sub_event_type=incident.sub_event_type)


def _may_host(host: _Cluster, folded: _Cluster) -> bool:
    """Can ``folded`` be part of ``host``'s incident: same or unknown day, and a
    place that is not a different one."""
    return (
        _date_relation(host.summary, folded.summary, across_documents=False)
        in ("same", "unknown", "overlap")
        and _place_relation(host.summary, folded.summary, across_documents=False)
        != "different"
    )


def _fold_tolls_into_incidents(clusters: list[_Cluster]) -> list[_Cluster]:
    """Casualty-only reports join the nearest compatible incident of the story.

    Their claims keep their fields: within one source the highest figure counts
    (merge rules), so a toll the incident's own sentence already gave is not
    added twice. Their template actors ("Unidentified Armed Group", "Civilians")
    are dropped: the incident's actors stand.
    """
    hosts_by_class = _casualty_only_hosts()
    kept: list[_Cluster] = []
    for cluster in clusters:
        if not cluster.casualty_only:
            kept.append(cluster)
            continue
        allowed = frozenset.intersection(*(hosts_by_class[c] for c in cluster.casualty_only))
        where = min(cluster.sentences)
        candidates = [
            host for host in clusters
            if host is not cluster and not host.casualty_only
            and host.summary.event_type in allowed
            and _may_host(host, cluster)
        ]
        if not candidates:
            kept.append(cluster)
            continue
        host = min(candidates, key=lambda c: min(abs(s - where) for s in c.sentences))
        _absorb(host, cluster)  # a toll tells how many, not what happened
    return kept


def _absorb(host: _Cluster, folded: _Cluster) -> None:
    """``folded``'s reports become evidence and figures of ``host``'s incident. They
    keep no actors of their own (the incident's stand) and no type claim: they are
    not another account of what happened."""
    hosted = host.summary
    for report in folded.reports:
        host.add(_as_evidence_of(report, hosted))
    host.sentences |= folded.sentences


def _companion_side_ok(host: Event, companion: Event) -> bool:
    """The development's doer is one of the incident's sides, or nobody named."""
    doer = companion.actor1
    if host.event_type == "Protests" and companion.sub_event_type in _intervention_companions():
        # the demonstrators do not arrest: only state forces intervene
        return companion.inter1 == 1
    return (doer is None or _is_unidentified(doer) or _same_actor(doer, host.actor1)
            or _same_actor(doer, host.actor2))


def _told_with_or_after(companion: _Cluster, host: _Cluster,
                        with_seizures: AbstractSet[str] = frozenset()) -> bool:
    """Is the development told in the incident's sentence, or, for weapons seized
    (``companions_told_after``), after the incident ("... shot dead five suspects.
    Police recovered three rifles.")? Arrests told after it join when made in the
    fighting (``companions_told_after_battle``; ``with_seizures``: the reports of arrests
    told with weapons seized in their clause). (Damage told after it with no doer of its
    own is ``_damage_of_the_incident``'s.)"""
    if companion.sentences & host.sentences:
        return True
    if host.summary.event_type == "Protests" \
            and companion.summary.sub_event_type in _intervention_companions():
        # arrests told later in a demonstration's story, at its own place and day
        return min(companion.sentences) > min(host.sentences) and _place_relation(
            host.summary, companion.summary, across_documents=False) == "same" \
            and _date_relation(host.summary, companion.summary,
                               across_documents=False) == "same"
    if min(companion.sentences) <= min(host.sentences):
        return False
    if host.summary.event_type in ("Battles", "Violence against civilians") \
            and companion.summary.sub_event_type in _companions_told_after_battle():
        return _rounded_up_in_the_fighting(host.summary, companion, with_seizures)
    return companion.summary.sub_event_type in _companions_told_after()


def _rounded_up_in_the_fighting(incident: Event, arrested: _Cluster,
                                with_seizures: AbstractSet[str]) -> bool:
    """Arrests told with more of the fight (its wounded, weapons seized with them:
    "Police arrested 81 people and seized dozens of rifles", "35 soldiers were wounded
    and 21 suspects were arrested"), by the incident's state forces, on its day and at a
    place that does not contradict its own, of people of no named side. (An arrest
    told alone later, "Officers arrested four other men at a nearby market", may be
    another event.)"""
    arrests = arrested.summary
    with_the_fight = bool(arrests.injured or arrests.fatalities) or any(
        r.event_id in with_seizures or r.sub_event_type in _companions_told_after()
        for r in arrested.reports)
    return with_the_fight and arrests.inter1 == _STATE_FORCES \
        and arrests.inter2 in (None, CIVILIANS) \
        and _same_actor(arrests.actor1, incident.actor1) \
        and _place_relation(incident, arrests, across_documents=False) != "different" \
        and _date_relation(incident, arrests, across_documents=False) == "same"


def _companions_told_after() -> frozenset[str]:
    return _merge_set("companions_told_after")


def _companions_told_after_battle() -> frozenset[str]:
    return _merge_set("companions_told_after_battle")


def _doer_told_as_anaphor(cluster: _Cluster, article: Article) -> bool:
    """Is the development's doer only a definite generic phrase that points back to
    attackers already told ("The gunmen ... set fire to 45 homes", ``anaphoric_heads``
    of data/actor_words.yaml), or a plural pronoun (``pronouns``)? Whatever name the
    actor stage gave it, such a doer is the earlier incident's."""
    words = load_actor_words()
    doers = [e for r in cluster.reports for e in r.evidence if e.field == "actor1"]
    return bool(doers) and all(
        e.text.casefold() in words.pronouns  # "They then set fire to the market"
        or (e.text.casefold() in words.anaphoric_heads
            and _DEFINITE.search(article.text[max(0, e.start - 8):e.start]))
        for e in doers)


def _damage_told_after() -> frozenset[str]:
    return _merge_set("damage_told_after")


def _damage_of_the_incident(cluster: _Cluster, hosts: list[_Cluster]) -> _Cluster | None:
    """The incident whose damage the development is: damage told after it with no doer
    of its own ("two huts were set alight", "a dozen motorbikes were wrecked") belongs
    to the violent event told last before it (the riot's crowd, the raid's attackers);
    ACLED codes it there, the type higher in precedence (``damage_told_after`` in
    data/merge.yaml). After the state's violence ("police shot two protesters. Shops
    were burnt") such damage is rather the crowd's or the other side's act than the
    forces': it stays apart."""
    if cluster.summary.sub_event_type not in _damage_told_after():
        return None
    host = _anaphoric_host(cluster, hosts)
    if host is None or host.summary.inter1 == _STATE_FORCES \
            or not _told_with_no_doer(cluster):
        return None
    return host


def _told_with_no_doer(damage: _Cluster) -> bool:
    """Does the damage name no doer of its own: no one, or an unidentified group, did
    it ("Several buildings were burnt", "unknown people torched a kiosk")? Such doers
    are no side apart from the incident's (the crowd, the attackers go unnamed). The
    actor stage may read a passive clause's subject as the doer's words ("several
    houses were torched"), so the doer's name is what counts, not its evidence."""
    doer = damage.summary.actor1
    return doer is None or _is_unidentified(doer)


def _anaphoric_host(cluster: _Cluster, hosts: list[_Cluster]) -> _Cluster | None:
    """The incident told last before the development (its doers are "the gunmen")."""
    first = min(cluster.sentences)
    earlier = [h for h in hosts if min(h.sentences) < first]
    return max(earlier, key=lambda h: min(h.sentences)) if earlier else None


def _fold_companions_into_violence(clusters: list[_Cluster], article: Article,
                                   with_seizures: AbstractSet[str] = frozenset()
                                   ) -> list[_Cluster]:
    """Looting, seized weapons or arrests told in a violent incident's own sentence,
    by one of its sides, join it (``companion_hosts`` in data/merge.yaml); so do
    those told later by the incident's attackers referred to as "the gunmen"."""
    hosts_by_type = _name_sets("companion_hosts")
    kept: list[_Cluster] = []
    for cluster in clusters:
        companion = cluster.summary
        allowed = hosts_by_type.get(companion.sub_event_type)
        host = None
        if allowed:
            hosts = [h for h in clusters if h is not cluster
                     and h.summary.event_type in allowed
                     and h.summary.sub_event_type not in hosts_by_type
                     and _may_host(h, cluster)]
            host = next((h for h in hosts if _told_with_or_after(cluster, h, with_seizures)
                         and _companion_side_ok(h.summary, companion)), None)
            if host is None and _doer_told_as_anaphor(cluster, article):
                host = _anaphoric_host(cluster, hosts)
            if host is None:
                host = _damage_of_the_incident(cluster, hosts)
        if host is None:
            kept.append(cluster)
            continue
        if _intervention_in(host, cluster):
            _absorb_intervention(host, cluster)
            continue
        _absorb(host, cluster)  # what one side did besides the violence
    return kept


@cache
def _intervention_companions() -> dict[str, str]:
    raw = _merge_data().get("intervention_companions") or {}
    return {str(k): str(v) for k, v in raw.items()}


def _intervention_in(host: _Cluster, companion: _Cluster) -> bool:
    """Is the development state forces' intervention in a demonstration (arrests at a
    protest)?"""
    return host.summary.event_type == "Protests" \
        and companion.summary.sub_event_type in _intervention_companions()


def _absorb_intervention(host: _Cluster, folded: _Cluster) -> None:
    """The arrests join the demonstration as its intervention: the forces that made
    them its second side, the demonstration at least a Protest with intervention
    (precedence keeps a stronger sub-type, such as excessive force)."""
    for report in folded.reports:
        host.add(replace(report, actor1=None, inter1=None, assoc_actor_1=None,
                         actor2=report.actor1, inter2=report.inter1, assoc_actor_2=None,
                         claims=[c for c in report.claims if c.field != "sub_event_type"],
                         event_type="Protests",
                         sub_event_type=_intervention_companions()[report.sub_event_type]))
    host.sentences |= folded.sentences


def _fold_civilians_into_battles(clusters: list[_Cluster]) -> list[_Cluster]:
    battles = [c for c in clusters if c.summary.event_type == "Battles"]
    if not battles:
        return clusters
    kept: list[_Cluster] = []
    for cluster in clusters:
        if not _fold_candidate(cluster.summary):
            kept.append(cluster)
            continue
        host = next((battle for battle in battles if _may_host(battle, cluster)), None)
        if host is None:
            kept.append(cluster)
            continue
        additive = not (cluster.sentences & host.sentences)
        hosted = host.summary
        for report in cluster.reports:
            claims = [
                replace(c, field=CIVILIAN_FIELD)
                if additive and c.field == "fatalities"
                else c
                for c in report.claims
                if c.field != "sub_event_type"  # a toll, not an account of what happened
            ]
            # the battle keeps its own type and actors; the report adds evidence and claims
            host.add(replace(report, claims=claims, actor2=None, inter2=None,
                             event_type=hosted.event_type,
                             sub_event_type=hosted.sub_event_type))
        host.sentences |= cluster.sentences
    return kept


def _unnamed_doers(cluster: _Cluster) -> bool:
    """Does the report that opens the incident name no doer (nobody, an unidentified
    group, a crowd)? Later sentences' actors are noisy ("police opened a case against
    the attackers" lands the police on the attacking side)."""
    first = cluster.reports[0]
    return _actor_rank(first.actor1, first.inter1) < 2


@cache
def _reprisal_pattern() -> re.Pattern[str]:
    return _phrase_pattern("reprisal_words")


def _told_as_reprisal(cluster: _Cluster) -> bool:
    """Is the report's trigger a word of striking back ("reprisals")? Those are the
    other side's answer to a mob, not its violence."""
    pattern = _reprisal_pattern()
    return any(e.field == "trigger" and pattern.search(e.text)
               for r in cluster.reports for e in r.evidence)


def _civilians_apart_from_riot(mob: _Cluster, attack: _Cluster) -> bool:
    """A crowd that fought the state forces, and civilians the text names as hurt by
    someone it does not call the crowd ("rioters burned police cars ... The attacker
    stabbed a girl outside a school"): two actor pairs, as in _crowd_targets_differ;
    the civilians' attacker is not the riot's crowd."""
    return mob.summary.inter2 == _STATE_FORCES and any(
        r.inter2 == CIVILIANS and _victims_told_apart_from_crowd(r) for r in attack.reports)


def _fold_attacks_into_mob_violence(clusters: list[_Cluster]) -> list[_Cluster]:
    """Violence against people by nobody named, at the place and day of a mob's
    violence told before it ("A mob lynched a man ... Hundreds of people then stormed
    the station ... Eleven people were injured"): the mob's. ACLED codes the people a
    mob hurts as part of the Mob violence event (Riots), not an attack of its own."""
    mobs = [c for c in clusters if c.summary.sub_event_type == MOB_VIOLENCE]
    if not mobs:
        return clusters

    def mob_of(cluster: _Cluster, _kept: list[_Cluster]) -> _Cluster | None:
        if cluster.summary.event_type != "Violence against civilians"\
                or not _unnamed_doers(cluster) or _told_as_reprisal(cluster):
            return None
        first = min(cluster.sentences)
        return next((m for m in mobs if min(m.sentences) <= first
                     and _may_host(m, cluster) and not _civilians_apart_from_riot(m, cluster)),
                    None)

    return _absorb_each(clusters, mob_of)


def _fold_forces_violence_into_crackdowns(clusters: list[_Cluster]) -> list[_Cluster]:
    """Violence against civilians opened by a toll with no doer ("The government
    confirmed one death in the capital"), or opened by nobody named and then told of
    the forces ("they fired at us"), after the forces' lethal fire on a demonstration at
    its place and day: the toll of that fire, which ACLED codes in the Excessive force
    event, not as an attack of its own (``crackdown_hosts`` in data/merge.yaml). A kind
    of civilian the forces are first told to have hit ("a schoolboy was wounded when
    officers fired") keeps an Attack of its own, and so does the forces' killing
    beside a riot (the crowd was violent; the forces' victim is apart)."""
    hosts = [c for c in clusters if c.summary.sub_event_type in _merge_set("crackdown_hosts")
             and c.summary.inter2 == _STATE_FORCES]
    if not hosts:
        return clusters

    def host_of(cluster: _Cluster, _kept: list[_Cluster]) -> _Cluster | None:
        attack = cluster.summary
        if attack.event_type != "Violence against civilians" or attack.inter2 != CIVILIANS:
            return None
        first = min(cluster.sentences)
        return next((h for h in hosts if min(h.sentences) < first and _may_host(h, cluster)
                     and (cluster.opened_as_toll or _unnamed_doers(cluster) and any(
                         _same_actor(r.actor1, h.summary.actor2) for r in cluster.reports))),
                    None)

    return _absorb_each(clusters, host_of)


def _fold_forces_beatings_into_riots(clusters: list[_Cluster]) -> list[_Cluster]:
    """The forces a riot fought, told after it beating or hurting people at its place and
    day with no one killed ("Police beat people they caught at the barricades"): the
    riot told once more with its sides reversed, the forces' part in it, which ACLED
    codes in the riot's event. A killing by them stays an Attack of its own (ACLED
    Kenya), and so does violence by the forces the riot did not name."""
    riots = [c for c in clusters if c.summary.sub_event_type in (
        VIOLENT_DEMONSTRATION, *_merge_set("crackdown_hosts"))
             and c.summary.inter2 == _STATE_FORCES]
    if not riots:
        return clusters

    def riot_of(cluster: _Cluster, _kept: list[_Cluster]) -> _Cluster | None:
        beating = cluster.summary
        if beating.event_type != "Violence against civilians" or beating.fatalities \
                or beating.injured or beating.inter1 != _STATE_FORCES \
                or beating.inter2 != CIVILIANS:
            return None
        first = min(cluster.sentences)
        return next((r for r in riots if min(r.sentences) < first
                     and _same_actor(r.summary.actor2, beating.actor1)
                     and _may_host(r, cluster) and _date_relation(
                         r.summary, beating, across_documents=False) in ("same", "unknown")),
                    None)

    return _absorb_each(clusters, riot_of)


def _absorb_each(clusters: list[_Cluster],
                 host_of: Callable[[_Cluster, list[_Cluster]], _Cluster | None]
                 ) -> list[_Cluster]:
    """The clusters, in order, less each one that ``host_of`` gives a host: that one is
    absorbed into its host (a fold says only which host it looks for; it is given the
    clusters kept so far, for a fold that looks for its host among them)."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        host = host_of(cluster, kept)
        if host is None:
            kept.append(cluster)
        else:
            _absorb(host, cluster)
    return kept


def _fold_force_versions_into_incidents(clusters: list[_Cluster],
                                        told: set[str]) -> list[_Cluster]:
    """An incident opened by a state force's version of an act of the sub-type of one told
    before, at a place and day that do not contradict it, is that act told by the force
    (who it blames, or that it names itself the target, is its version of the sides):
    it joins the earlier incident as evidence."""
    def host_of(cluster: _Cluster, kept: list[_Cluster]) -> _Cluster | None:
        if cluster.reports[0].event_id not in told:
            return None
        first = min(cluster.sentences)
        sub_type = cluster.summary.sub_event_type
        return next((h for h in kept if min(h.sentences) < first
                     and h.summary.sub_event_type == sub_type
                     and h.summary.event_type in _VIOLENT
                     and _may_host(h, cluster)), None)

    return _absorb_each(clusters, host_of)
