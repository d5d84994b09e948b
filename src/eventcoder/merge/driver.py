"""The merge of one document's mentions (merge_mentions), stage by stage."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from eventcoder.extract.typing_base import MARK_ARMED_VICTIMS_ALONE, MARK_WEAPONS_SEIZED_WITH
from eventcoder.merge.accounts import (
    _claim_as_evidence_of,
    _claim_probe,
    _claims_responsibility,
    _disputed_by_next_sentence,
    _fold_own_accounts_into_incidents,
    _fold_rival_accounts_into_incidents,
    _own_account_speaker,
    _told_as_rival_account,
)
from eventcoder.merge.combine import combine_reports
from eventcoder.merge.events import _events_for_mention
from eventcoder.merge.figures import _armed_toll_of, casualty_only_class
from eventcoder.merge.folds import (
    _as_evidence_of,
    _fold_attacks_into_mob_violence,
    _fold_civilians_into_battles,
    _fold_companions_into_violence,
    _fold_force_versions_into_incidents,
    _fold_forces_beatings_into_riots,
    _fold_forces_violence_into_crackdowns,
    _fold_tolls_into_incidents,
)
from eventcoder.merge.places_dates import _date_relation, _place_relation
from eventcoder.merge.scoring import _best_cluster, _Cluster
from eventcoder.merge.told_again import (
    _doers_named_again,
    _general_name_opens_sentence,
    _general_name_told_before,
    _last_incident_named_again,
    _opens_at_another_time,
    _opens_with_its_place,
    _place_carried_over,
    _told_as_occurrence,
    _told_as_separate,
    _told_before_probe,
    _told_in_a_quotation,
    _typed_as,
    _with_place_of,
    _without_assumed_victims,
    _without_victims,
)
from eventcoder.merge.words import _ANSWERED, _alternatives
from eventcoder.resolve.actors import load_actor_words
from eventcoder.schema import Article, Event, EventMention

__all__ = [
    "merge_mentions",
]


def _armed_victims_alone(mention: EventMention) -> bool:
    """Is the mention a battle typed from a toll of armed men alone, its clause naming no
    doer ("one of its peacekeepers had died", "three soldiers were killed")?"""
    return (mention.sub_event_type == "Armed clash" and mention.trigger_class in ("kill", "injure")
            and MARK_ARMED_VICTIMS_ALONE in mention.rule_marks)


def _fight_told_before(clusters: Sequence[_Cluster], report: Event, mention: EventMention,
                       sentence_ends: Mapping[int, int], text: str) -> tuple[int, int] | None:
    """(0, index) of the battle told in the sentence just before the mention's, when its
    day and place may be the report's; None when there is none. (A toll told further on
    may be a statistic or another incident's.)"""
    def just_before(start: int) -> bool:
        end = sentence_ends.get(start)
        return end is not None and end <= mention.sent_start \
            and not text[end:mention.sent_start].strip()

    for index in range(len(clusters) - 1, -1, -1):
        cluster = clusters[index]
        if (cluster.summary.event_type == "Battles"
                and any(just_before(start) for start in cluster.sentences)
                and _date_relation(cluster.summary, report, across_documents=False)
                in ("same", "unknown", "overlap")
                and _place_relation(cluster.summary, report, across_documents=False)
                != "different"):
            return (0, index)
    return None


def merge_mentions(mentions: list[EventMention], article: Article,
                   retold: Sequence[EventMention] = ()) -> list[Event]:
    """One ``Event`` per incident in the document, in order of first mention.

    ``retold``: mentions that tell an event told before once more ("in the weeks
    before the attack"; extract.filters.retells_an_event): each joins the incident
    it matches as one more report of it, and is dropped when it matches none (it
    never starts an incident of its own)."""
    again = {id(m) for m in retold}
    ordered = sorted([*mentions, *retold], key=lambda m: (m.trigger_start, m.trigger_end))
    sentence_ends = {m.sent_start: m.sent_end for m in ordered}
    clusters: list[_Cluster] = []
    # A date with no evidence is the publication day assumed by the date resolver, not
    # something the text says: it must not keep a mention apart from the incident the
    # text dates. It is used only when no mention of the incident states a date.
    inferred: dict[str, tuple[dt.date, int | None]] = {}
    # Likewise a place carried over from an earlier sentence (the last town the text
    # named) is not what this mention says: it neither keeps the mention apart nor
    # outranks a place the incident's own sentences give.
    carried: dict[str, Event] = {}
    # reports told as a side's own account ("the group said its fighters had ...")
    accounts: dict[str, str] = {}
    # reports told as another teller's version ("State media gave a different account")
    rivals: set[str] = set()
    force_told: set[str] = set()
    # arrests told with weapons seized in their clause (typing's MARK_WEAPONS_SEIZED_WITH)
    with_seizures: set[str] = set()
    for mention in ordered:
        for report in _events_for_mention(mention):
            if (mention.date_evidence is None and report.event_date is not None
                    and mention.end_date is None):
                inferred[report.event_id] = (report.event_date, report.time_precision)
                report = replace(report, event_date=None, time_precision=None)
            if report.location is not None and _place_carried_over(mention):
                carried[report.event_id] = report
                report = replace(report, location=None, admin1=None, admin2=None,
                                 latitude=None, longitude=None, geo_precision=None,
                                 geonameid=None)
            best: tuple[int, int] | None = None  # (score, index)
            # "in a separate attack": not one of the incidents told before this sentence
            separate = _told_as_separate(mention, article)
            # "In Nairobi's Industrial Area, a group of men looted ...": a sentence
            # that opens with its own town sets a new scene, not a nearby town's
            # ("Later on Saturday, an Israeli strike hit worshippers in the Shati camp"):
            # so does one that opens at another time of the day and names its own place
            another_time = _opens_at_another_time(mention, article)
            new_scene = report.location is not None and (
                _opens_with_its_place(mention, article) or another_time)
            # ("Later on Tuesday, troops fired mortar shells at ..." after an air raid):
            # another time of the day and another weapon is another strike, even where
            # the sentence's own place was not found
            other_strike = another_time and report.event_type == "Explosions/Remote violence"
            # "The attackers used an IED before opening fire on the convoy": a means
            # whose victims the text does not name is compared without the civilians the
            # actor stage assumed for it (it is the incident's, whoever its sides are)
            compared = _without_assumed_victims(report, mention)
            if id(mention) in again:
                compared = _told_before_probe(compared)
            # "Islamic State claimed the attack on Wednesday": the day is the claim's
            claimed = id(mention) not in again and _claims_responsibility(mention, article)
            if claimed:
                best = _best_cluster(clusters, _claim_probe(compared, mention), mention,
                                     separate=separate, new_scene=new_scene,
                                     other_strike=other_strike)
                if best is not None:
                    compared = _claim_probe(compared, mention)
            claim_joined = best is not None
            if best is None:
                best = _best_cluster(clusters, compared, mention, separate=separate,
                                     new_scene=new_scene, other_strike=other_strike)
            # "The attack took place in El Aguaje": the incident told before, placed
            retelling = (best is None and id(mention) not in again
                         and _told_as_occurrence(mention, article))
            if retelling:
                best = _best_cluster(clusters, _told_before_probe(compared), mention,
                                     separate=separate, new_scene=new_scene,
                                     other_strike=other_strike)
            # "The assault on the posts was carried out by ...": the act told before,
            # named with a general word, whose victims were read otherwise; "The
            # attackers arrived in two cars": its doers told again, with no act word
            named_again = best is None and id(mention) not in again and not separate
            doers_again = named_again and _doers_named_again(mention, article)
            named_again = doers_again or (
                named_again and _general_name_opens_sentence(mention, article))
            if named_again:
                best = _last_incident_named_again(clusters, compared)
            # '"We had nothing in our hands when they fired," a student said': a
            # speaker's words about the incident told before, not another incident
            quoted = best is None and id(mention) not in again and not separate \
                and _told_in_a_quotation(mention, article)
            if quoted:
                best = _last_incident_named_again(clusters, compared, _ANSWERED)
            speaker = _own_account_speaker(mention, article)
            if speaker is not None:
                accounts[report.event_id] = speaker
            # "The governor said gunmen had tried to storm it. Residents denied this."
            disputed = _disputed_by_next_sentence(mention, article)
            if _told_as_rival_account(mention, article):
                rivals.add(report.event_id)
            if _told_by_a_force(mention, article):
                force_told.add(report.event_id)
            if MARK_WEAPONS_SEIZED_WITH in mention.rule_marks:
                with_seizures.add(report.event_id)
            # "Two officers and three soldiers were killed", told after the story's
            # fight: a toll of armed men whose clause names no doer counts that fight's
            # dead, whatever sides the actor stage read from the victims and the teller
            armed_toll = (best is None and id(mention) not in again and not separate
                          and not new_scene and _armed_victims_alone(mention))
            if armed_toll:
                best = _fight_told_before(clusters, compared, mention, sentence_ends,
                                          article.text)
            toll_class = casualty_only_class(mention)
            if best is None and id(mention) in again:
                continue  # the event told before is none of those coded: no new one
            if best is None:
                clusters.append(_Cluster([report], {mention.sent_start},
                                         {toll_class} if toll_class else None))
            else:
                cluster = clusters[best[1]]
                # ("the attackers were backed by India": whatever sides the sentence
                # reads, they are the incident's)
                if id(mention) in again or retelling or disputed or doers_again or quoted:
                    compared = _as_evidence_of(compared, cluster.summary)
                elif named_again:
                    compared = _typed_as(_without_victims(compared), cluster.summary)
                elif _general_name_told_before(mention, article):
                    compared = _typed_as(compared, cluster.summary)
                elif claim_joined:
                    compared = _claim_as_evidence_of(compared, cluster.summary)
                elif armed_toll or _armed_toll_of(mention, cluster.summary, mentions):
                    compared = _as_evidence_of(compared, cluster.summary)
                cluster.add(compared, mention.sent_start)
                if cluster.casualty_only is not None and toll_class:
                    cluster.casualty_only.add(toll_class)
                else:
                    cluster.casualty_only = None
    clusters = _fold_own_accounts_into_incidents(clusters, accounts)
    clusters = _fold_rival_accounts_into_incidents(clusters, rivals)
    clusters = _fold_force_versions_into_incidents(clusters, force_told)
    clusters = _fold_civilians_into_battles(clusters)
    clusters = _fold_tolls_into_incidents(clusters)
    clusters = _fold_companions_into_violence(clusters, article, with_seizures)
    clusters = _fold_attacks_into_mob_violence(clusters)
    clusters = _fold_forces_violence_into_crackdowns(clusters)
    clusters = _fold_forces_beatings_into_riots(clusters)
    events: list[Event] = []
    for cluster in clusters:
        reports = cluster.reports
        if all(r.location is None for r in reports):
            reports = [_with_place_of(r, carried[r.event_id]) if r.event_id in carried else r
                       for r in reports]
        if all(r.event_date is None for r in reports):
            reports = [replace(r, event_date=inferred[r.event_id][0],
                               time_precision=inferred[r.event_id][1])
                       if r.event_id in inferred else r for r in reports]
        events.append(combine_reports(reports, event_id=reports[0].event_id))
    return events


@cache
def _force_teller_pattern() -> re.Pattern[str]:
    """A state force's noun, then a verb of saying (data/merge.yaml force_teller_nouns)."""
    nouns = _alternatives("force_teller_nouns")
    verbs = "|".join(re.escape(w) for w in sorted(load_actor_words().self_report_verbs,
                                                    key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\b[^.;,]{{0,30}}?\b(?:{verbs})\b", re.IGNORECASE)


def _told_by_a_force(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence, before its trigger, give it as a state force's words
    ("Pakistan's military said Indian jets had dropped their bombs ...")?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    return _force_teller_pattern().search(lead_in) is not None
