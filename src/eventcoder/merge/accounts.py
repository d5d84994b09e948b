"""Accounts: a speaker's own account, a rival or disputed account, a claim of
responsibility, and the reports that join an incident as evidence of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from eventcoder.merge.folds import _absorb, _as_evidence_of, _may_host
from eventcoder.merge.places_dates import _date_relation, _place_relation
from eventcoder.merge.scoring import _DEMONSTRATIONS, _Cluster
from eventcoder.merge.sides import CIVILIANS, _actor_rank
from eventcoder.merge.words import (
    _SENTENCE_END,
    _VIOLENT,
    _alternatives,
    _merge_data,
    _merge_set,
    _phrase_pattern,
)
from eventcoder.resolve.actors import load_actor_words
from eventcoder.schema import Article, Event, EventMention


def _claim_probe(report: Event, mention: EventMention) -> Event:
    """A claim of responsibility as compared with the incidents: undated (the day is
    the claim's) and without the civilians the actor stage assumed as victims where
    the claim names none ("said it had carried out the attack": the claim names who
    did it, the incident told before says to whom)."""
    victims = mention.actor2
    if victims is not None and victims.text is None and victims.inter == CIVILIANS:
        report = replace(report, actor2=None, inter2=None, assoc_actor_2=None,
                         interaction=None, civilian_targeting=None)
    return _undated(report)


def _claim_as_evidence_of(claim: Event, incident: Event) -> Event:
    """A claim joined to its incident: evidence of it (no type claim: the claim tells
    who, not what happened) whose doer still names a side (_incident_sides puts a group
    named alone on the side the incident's reports left unidentified)."""
    return replace(_as_evidence_of(claim, incident), actor1=claim.actor1, inter1=claim.inter1)


def _undated(report: Event) -> Event:
    return replace(report, event_date=None, time_precision=None)


@cache
def _claim_of_responsibility_pattern() -> re.Pattern[str]:
    """Words that claim an incident told as a definite noun, ending right before it."""
    alternatives = _alternatives("claim_of_responsibility_openings")
    return re.compile(rf"\b(?:{alternatives})\s+$", re.IGNORECASE)


def _claims_responsibility(mention: EventMention, article: Article) -> bool:
    """Is the mention a claim of responsibility for "the attack" ("Islamic State claimed
    the attack through its news agency on Wednesday")? Its day is the claim's, not the
    incident's, which the definite noun points back to."""
    lead_in = article.text[max(mention.sent_start, mention.trigger_start - 60):
                           mention.trigger_start]
    return _claim_of_responsibility_pattern().search(lead_in) is not None


@cache
def _own_account_pattern() -> re.Pattern[str]:
    """A verb of saying whose content opens with the speaker itself as the doer: a
    pronoun ("the army said it had killed"; not "said it was unclear who ...") or a
    noun it owns ("said in a statement that its fighters had attacked")."""
    words = load_actor_words()

    def alternation(items: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    verbs = alternation(words.self_report_verbs)
    pronouns = alternation(words.self_report_pronouns)
    owners = alternation(words.self_report_possessives)
    nouns = alternation(str(n) for n in _merge_data()["own_account_nouns"])
    not_a_doer = r"(?!\s+(?:was|were|is|are|would|will|could|may|might|did\s+not)\b)"
    return re.compile(
        rf"\b(?:{verbs})\b(?:[^.;]{{0,80}}?\bthat)?\s+"
        rf"(?:(?:{pronouns})\b{not_a_doer}|(?:{owners})\s+(?:own\s+)?(?:{nouns})\b)",
        re.IGNORECASE)


@cache
def _force_account_patterns() -> tuple[re.Pattern[str], ...]:
    """A state force's speaker noun, a verb of saying, then a bare noun of its own men
    ("the army said on Sunday that soldiers had ...": data/merge.yaml)."""
    verbs = "|".join(re.escape(w) for w in sorted(load_actor_words().self_report_verbs,
                                                    key=len, reverse=True))
    speakers: dict[str, list[str]] = _merge_data()["own_account_force_speakers"]
    return tuple(re.compile(
        rf"\b{re.escape(speaker)}\b[^.;,]{{0,30}}?\b(?:{verbs})\b(?:[^.;]{{0,80}}?\bthat)?\s+"
        rf"(?P<men>{'|'.join(re.escape(str(n)) for n in men)})\b"
        r"(?!\s+(?:was|were|is|are|would|will|could|may|might|did\s+not)\b)",
        re.IGNORECASE) for speaker, men in speakers.items())


def _force_account_speaker(mention: EventMention, article: Article) -> str | None:
    """The force whose speaker tells the mention as its own men's act, read from the
    actor the bare noun of its men gives (rank 2), None when the sentence does not."""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    for pattern in _force_account_patterns():
        told = pattern.search(lead_in)
        if told is None:
            continue
        men_at = mention.sent_start + told.start("men")
        men_end = mention.sent_start + told.end("men")
        for actor in (mention.actor1, mention.actor2):
            if actor is not None and actor.start is not None and _actor_rank(
                    actor.name, actor.inter) == 2 and men_at <= actor.start < men_end:
                return actor.name
    return None


def _own_account_speaker(mention: EventMention, article: Article) -> str | None:
    """The side that tells the mention as its own act ("The RSF said in a statement that
    its forces had attacked ..."), None when the sentence does not tell it so before the
    trigger: the mention's actor named before the verb of saying (the speaker), or the
    one read from the owned noun itself ("its fighters", which the actor stage gives the
    speaker's name)."""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    told = _own_account_pattern().search(lead_in)
    if told is None:
        return _force_account_speaker(mention, article)
    said_at = mention.sent_start + told.start()
    owned_end = mention.sent_start + told.end()
    for actor in (mention.actor1, mention.actor2):
        if actor is not None and actor.start is not None and _actor_rank(
                actor.name, actor.inter) == 2 and (
                mention.sent_start <= actor.start < said_at
                or said_at <= actor.start < owned_end):
            return actor.name
    return None


def _own_account_sub_types() -> frozenset[str]:
    return _merge_set("own_account_sub_types")


def _named_sides(cluster: _Cluster) -> set[str]:
    """The named groups and forces (rank 2) any report of the incident puts on a side."""
    return {name.casefold() for r in cluster.reports
            for name, inter in ((r.actor1, r.inter1), (r.actor2, r.inter2))
            if name and _actor_rank(name, inter) == 2}


def _told_on_or_after(host: Event, account: Event) -> bool:
    """Is the account's day the incident's, unknown, or a few days after it (the day the
    party told it: "the army said in a statement on Monday that it had killed ...")?"""
    if _date_relation(host, account, across_documents=False) in ("same", "unknown", "overlap"):
        return True
    assert host.event_date is not None and account.event_date is not None
    days = (account.event_date - host.event_date).days
    return 0 < days <= int(_merge_data()["own_account_max_days_after"])


def _account_host(account: _Cluster, speaker: str,
                  earlier: Sequence[_Cluster]) -> _Cluster | None:
    """The first incident told before the account that names its speaker as a side, at
    a place its own sentences tell (an accusation that took the last town named is no
    scene), the account's place or one containing it (or the account names none), and a
    day that does not contradict it.
    (A fight the army tells at a nearby town, or one against the attackers of a strike
    on a hospital the army took no part in, is another event.)"""
    told = account.summary
    if told.event_type not in _VIOLENT and told.sub_event_type not in _own_account_sub_types():
        return None
    for host in earlier:
        hosted = host.summary
        if (hosted.event_type in _VIOLENT and speaker.casefold() in _named_sides(host)
                and min(host.sentences) < min(account.sentences)
                and hosted.location is not None
                and _place_relation(hosted, told, across_documents=False)
                in ("same", "contains", "unknown")
                and _told_on_or_after(hosted, told)):
            return host
    return None


def _fold_own_accounts_into_incidents(clusters: list[_Cluster],
                                      accounts: dict[str, str]) -> list[_Cluster]:
    """An incident opened by a side's own account of violence ("The RSF said its forces
    had attacked three army camps", after the lead's massacre of villagers by the RSF)
    is that side's version of an incident told before it (``_account_host``): it joins
    it as evidence. ACLED codes one event per actor pair, place and day, whoever tells it."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        speaker = accounts.get(cluster.reports[0].event_id)
        host = _account_host(cluster, speaker, kept) if speaker else None
        if host is None:
            kept.append(cluster)
        else:
            _absorb_account(host, cluster, str(speaker))
    return kept


def _absorb_account(host: _Cluster, account: _Cluster, party: str) -> None:
    """The account as evidence of the incident. Against a one-sided attack, the party's
    toll is a rival count of the same victims ("killed 300 militiamen" of the villagers
    the lead counts), told by the party: its figures lose their side and take the
    party's name as source, so that the lowest account is coded."""
    hosted = host.summary
    for report in account.reports:
        if hosted.event_type == "Violence against civilians":
            report = replace(report, claims=[
                replace(c, group=None, source=party)
                if c.field in ("fatalities", "injured") else c for c in report.claims])
        host.add(_as_evidence_of(report, hosted))
    host.sentences |= account.sentences


@cache
def _rival_account_pattern() -> re.Pattern[str]:
    return _phrase_pattern("rival_account_cues")


def _told_as_rival_account(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence, before its trigger, say it is another teller's version
    of the incident told ("State media gave a different account, saying ...")?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    return _rival_account_pattern().search(lead_in) is not None


@cache
def _disputed_account_pattern() -> re.Pattern[str]:
    """A denial of what was just told: "denied this", "rejected the claim" (data/merge.yaml)."""
    verbs = _alternatives("disputed_account_verbs")
    objects = _alternatives("disputed_account_objects")
    # (not "denied the allegation that the government was responsible": a new clause)
    return re.compile(rf"\b(?:{verbs})\s+(?:{objects})\b(?!\s+(?:that|of)\b)",
                      re.IGNORECASE)


def _next_sentence(mention: EventMention, article: Article) -> str:
    """The text of the sentence after the mention's (roughly: up to its final stop)."""
    rest = article.text[mention.sent_end:]
    stop = _SENTENCE_END.search(rest)
    return rest[:stop.end()] if stop else rest


def _disputed_by_next_sentence(mention: EventMention, article: Article) -> bool:
    """Does the next sentence deny the mention's account ("Residents denied this"), or a
    trailing clause of its own ("..., claims the army dismissed as lies")? Such an account
    is a disputed version of the incident, not what the story says happened."""
    if _disputed_account_pattern().search(_next_sentence(mention, article)) is not None:
        return True
    after = article.text[mention.trigger_end:mention.sent_end]
    return _trailing_denial_pattern().search(after) is not None


@cache
def _trailing_denial_pattern() -> re.Pattern[str]:
    """A clause after a comma that denies what its sentence told (data/merge.yaml)."""
    verbs = _alternatives("disputed_account_verbs")
    openings = _alternatives("disputed_trailing_openings")
    return re.compile(rf",\s+(?:{openings})\s+(?:[\w'-]+\s+){{0,4}}(?:{verbs})\b",
                      re.IGNORECASE)


def _fold_rival_accounts_into_incidents(clusters: list[_Cluster],
                                        rivals: set[str]) -> list[_Cluster]:
    """An incident opened by another teller's version ("a different account, saying
    unidentified gunmen had attacked the police station", after witnesses told the forces
    firing on the marchers there) is the incident told last before it, at a place and day
    that do not contradict it, whatever kind of act the version tells: it joins that
    incident as evidence (ACLED codes the event once and notes the rival account)."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        host = None
        if cluster.reports[0].event_id in rivals:
            first = min(cluster.sentences)
            host = next((h for h in reversed(kept) if min(h.sentences) < first
                         and h.summary.event_type in _VIOLENT | _DEMONSTRATIONS
                         and _may_host(h, cluster)), None)
        if host is None:
            kept.append(cluster)
        else:
            _absorb(host, cluster)
    return kept
