"""The status decision: each trigger's status (new, background, statistic, ...)
from the cues and the rules of the modules before this one.

``_status_and_reason`` reads as the order of the rules: a list of named checks, the
first that finds a status deciding. Checks that need only one module's helpers live in
that module (``_habitual`` in habits, ``_compared_with_earlier`` in statistics, ...);
those here draw on several.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.coded_elsewhere import coded_elsewhere
from eventcoder.extract.filters.agreements import (
    _agreement_reached,
    _described_or_agreed,
    _measure_told_after,
)
from eventcoder.extract.filters.clauses import (
    StatusCues,
    _across_semicolon,
    _blank_tokens,
    _chain,
    _clause_verbs,
    _clauses_coded_elsewhere,
    _has_perfect_aux,
    _own_day,
    _shared_subject_start,
    _trigger_told_before,
    _without_recent_periods,
)
from eventcoder.extract.filters.habits import (
    _built_up_by_now,
    _crowd_describing_a_noun,
    _described_by,
    _describes_a_participant,
    _describing_clauses,
    _describing_participle,
    _done_during_a_war,
    _habitual,
    _says_who_someone_is,
    _standing_state,
    _state_of_someone_described,
    _stepped_up,
    _what_makes_up,
)
from eventcoder.extract.filters.history import (
    _dates_the_verb,
    _doers_described_as_of_a_year,
    _how_told_fighting_began,
    _in_a_clause_on_a_dated_noun,
    _in_the_weeks_that_followed,
    _month_of_clause,
    _of_a_dated_war,
    _past_time_of_a_governing_clause,
    _tells_how_a_war_began,
    _told_as_past,
    _vaguely_dated_by,
    _year_naming,
    history_weeks_before_the_story,
)
from eventcoder.extract.filters.plans import (
    _crowd_dispersed,
    _first_infinitive,
    _is_nobody,
    _modal_or_conditional,
    _nothing_taken,
    _order_given,
    _refused,
    _told_as_possible,
)
from eventcoder.extract.filters.references import (
    _answer_movement_or_post,
    _bodies_handled,
    _depicted_damage,
    _found_dead_on_arrival,
    _held_of_its_events,
    _names_the_speaker,
    _refers_back,
    _refers_from_afar,
    _retold_as_referred_to,
    _told_again,
    _told_before_by_an_account,
    _witness_words,
    active_accusation,
)
from eventcoder.extract.filters.statistics import (
    _across_a_country,
    _compared_with_earlier,
    _counts_many,
    _detentions_counted_in_hundreds,
    _in_a_trend,
    _in_unrest_since_it_began,
    _lasting,
    _period_of_events,
    _period_phrases,
    _running_total_clause,
    _running_total_since,
    _toll_in_hundreds_with_nothing_of_its_own,
    _toll_of_a_period_above,
    _total_of_a_conjunct,
    _total_over_a_period,
    _total_up_to_a_day,
)
from eventcoder.extract.filters.words import (
    _CASUALTY_LABELS,
    _COUNTRY_TOLL_LABELS,
    _TOLD_BEFORE,
    _WORDS,
    RETOLD,
    TriggerStatus,
    _Found,
)
from eventcoder.text import sentence_tokens, span_text, token_children

__all__ = [
    "ALLEGED",
    "status_of_trigger",
    "trigger_status",
]

# The kind of a "background" status whose trigger is an act an accusation alleges
# ("residents accused police of beating a man"): told only as alleged.
ALLEGED = "alleged"

# Trigger classes whose nobody-subject means nothing happened to anyone ("No one
# was attacked", "Nobody was detained"), judged on the trigger's own verb only.
_OWN_VICTIM_LABELS = frozenset({"attack", "arrest"})
# Trigger classes that count people (the dead, the hurt, the arrested): their
# perfect "since <weekday>" is a running total.
_COUNTED_LABELS = frozenset({"kill", "injure", "arrest"})
# Trigger classes whose act is told by what it took or destroyed: with nothing as
# that object ("No explosives were found", "no cars were torched") there was no act.
_OBJECT_LABELS = frozenset({"disrupted_weapons", "property_destruction"})
# Trigger classes of an attack or a strike from afar: deep inside an accusation ("accuses
# the army of killing civilians in air strikes") they are referred to, as a killing is
# (a strike only under a present-tense accusation: see _refers_from_afar).
_REMOTE_LABELS = frozenset({"attack", "air_strike", "shelling", "remote_explosive", "grenade",
                            "suicide_bomb", "chemical_weapon"})

# A verb form used as a noun ("fighting could resume"): not the clause's verb.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound", "appos"})


def trigger_status(
    doc: Doc,
    trigger: Span,
    cues: StatusCues,
    published: dt.date | None = None,
) -> TriggerStatus:
    """The status of the event a trigger reports, a short reason and the status's kind."""
    found = _status_and_reason(doc, trigger, cues, published)
    return found if isinstance(found, TriggerStatus) else TriggerStatus(*found)


def status_of_trigger(
    doc: Doc,
    trigger: Span,
    cues: StatusCues,
    published: dt.date | None = None,
) -> tuple[str, str]:
    """The status of the event a trigger reports, and a short reason."""
    found = trigger_status(doc, trigger, cues, published)
    return found.status, found.reason


def _status_and_reason(
    doc: Doc,
    trigger: Span,
    cues: StatusCues,
    published: dt.date | None,
) -> tuple[str, str] | TriggerStatus:
    """status_of_trigger's checks, in order: a status and its reason, or a
    TriggerStatus where the status has a kind."""
    root = trigger.root
    chain = _chain(root)
    sent = Span(trigger.doc, *sentence_tokens(trigger.doc, trigger.start))  # trigger.sent

    # (the order of the checks is the order of the rules: the first that holds decides)
    if (found := _denied_or_absent(trigger, root, chain, sent)) is not None:
        return found
    # A forecast about a toll or an event: "the death toll was likely to rise".
    # ("Five people are feared dead" reports deaths not yet confirmed: no forecast.)
    presumed = trigger.label_ in _CASUALTY_LABELS and \
        root.head.lower_ in _WORDS.presumed_casualty_verbs and \
        root.dep_ not in ("nsubj", "nsubjpass")  # "the toll is feared to rise" forecasts
    if (found := _forecast(root, chain, presumed)) is not None:
        return found
    if (found := _told_as_possible(root)) is not None:
        return found
    own = _own_verbs(trigger, root, chain)
    if (found := _modal_or_conditional(own)) is not None:
        return found
    if (found := _purpose(trigger, own)) is not None:
        return found
    if (found := _described_or_agreed(trigger, root, sent)) is not None:
        return found
    if (found := _told_before_by_an_account(trigger, root, sent)) is not None:
        return found
    if (found := _governed_by_a_plan_or_reference(trigger, root, chain, sent, presumed)) \
            is not None:
        return found
    if (found := _habitual(trigger, root, chain, cues)) is not None:
        return found
    if (found := _compared_with_earlier(root, chain, cues)) is not None:
        return found
    clause = _clause_of(root, sent, cues)
    if (found := _statistic(trigger, root, chain, sent, cues, published, clause)) is not None:
        return found
    if (found := _background(trigger, root, chain, sent, cues, published, clause)) is not None:
        return found
    if (found := _reference_or_state(trigger, root, chain, sent, clause.verb)) is not None:
        return found
    if (found := _answer_movement_or_post(trigger, root)) is not None:
        return found
    return "new", "reported as having happened"


def _denied_or_absent(trigger: Span, root: Token, chain: list[Token], sent: Span) -> _Found | None:
    """The event negated, denied, or said to be absent or to have had no victims."""
    # Negation on the trigger's own verb, or a denial verb governing it.
    for tok in chain[:3]:
        for child in token_children(tok):
            if child.dep_ == "neg" and tok.pos_ in ("VERB", "AUX", "ADJ") and (
                    tok is root or tok.lower_ not in _WORDS.unknown_detail_words
                    # ("it is not clear why the guard fired")
                    and not any(c.dep_ == "acomp" and c.lower_ in _WORDS.unknown_detail_words
                                for c in token_children(tok))):
                # "no one was killed" negates the casualties, not the attack:
                # only a negated main event verb counts ("details not
                # specified", "motive not known" leave the event standing).
                return "negated", f"negation '{child.text}' on '{tok.text}'"
        if tok is not root and tok.lower_ in _WORDS.denial_verbs and not _refused(tok):
            return "negated", f"denied ('{tok.text}')"
    if root.lower_ in _WORDS.denial_verbs:
        return "negated", "denial"
    # "entered without fighting", "caused no casualties"
    # ("without involving in any clashes": "without" a few words up)
    if any(t.lower_ == "without" for t in chain[1:4]) or (
            trigger.start > 0 and trigger.doc[trigger.start - 1].lower_ == "without"):
        return "negated", "'without'"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token_children(root)):
        return "negated", "'no'"
    if (remark := coded_elsewhere(trigger, _clauses_coded_elsewhere(sent))) is not None:
        # ("led to a battle with the herders (coded separately)"): another record's
        return "reference", f"'{remark}': an act the note says is coded as another event"
    if trigger.label_ in _CASUALTY_LABELS and root.pos_ == "NOUN":
        # ("No reported injury or death", "No reported death or injuries"): the
        # "no" of the first casualty noun covers those coordinated with it, and
        # a note's "No reported death" (parsed with "No" as the subject of
        # "reported") reports none
        first = root.head if root.dep_ == "conj" else root
        if any(c.dep_ == "det" and c.lower_ == "no" for c in first.children) or (
                first.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lower_ == "no"
                                             for c in first.head.children)):
            return "negated", "'no' on the casualty nouns"
    # "devoid of running battles", "free of violence": an absence.
    # ("devoid of any police and running battles": a noun coordinated
    # with the first object is absent too)
    of = root.head.head if root.dep_ == "conj" and root.head.dep_ == "pobj" else root.head
    if of.lower_ == "of" and of.head.lower_ in _WORDS.absence_words:
        return "negated", f"'{of.head.text} of'"
    # ("No report of violence", "no reports of injuries"): the noun that the "of"
    # hangs on is denied, and with it what it is a report of
    if of.lower_ == "of" and of.head.lower_ in _WORDS.report_nouns and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token_children(of.head)):
        return "negated", f"'no {of.head.text} of'"
    # "no one had been hurt", "nobody was killed": a casualty word whose
    # victims are nobody reports no casualties (the attack, if any, has its
    # own trigger and stays).
    # ("No one was attacked": the generic attack word with nobody as its
    # victim is no attack either.)
    # (also "No one had been arrested", "nobody was detained": no arrest)
    if trigger.label_ in _CASUALTY_LABELS or trigger.label_ in _OWN_VICTIM_LABELS:
        # (an attack or arrest word's own victims only; the head of a casualty
        # word in its own clause: "five were reported dead" but not across a ";")
        verbs = [root] if trigger.label_ in _OWN_VICTIM_LABELS \
            or _across_semicolon(root, root.head) else [root, root.head]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and _is_nobody(child):
                    return "negated", f"no victims ('{child.text}')"

    if trigger.label_ in _OBJECT_LABELS and (taken := _nothing_taken(root)) is not None:
        return "negated", f"nothing seized or destroyed ('{taken}')"

    # "narrowly escaped death", "survived the attack": it did not kill them.
    if trigger.label_ in _CASUALTY_LABELS and root.dep_ == "dobj" \
            and root.head.lower_ in _WORDS.escape_verbs:
        return "negated", f"escaped ('{root.head.text}')"
    return None


def _forecast(root: Token, chain: list[Token], presumed: bool) -> _Found | None:
    """A forecast about a toll or an event: "the death toll was likely to rise"."""
    for tok in chain[:3] if not presumed else ():
        if tok.lower_ in _WORDS.forecast_words or any(
            c.lower_ in _WORDS.forecast_words and c.dep_ in ("acomp", "advmod", "xcomp")
            and not (c.dep_ == "advmod" and _told_as_past(tok))
            for c in token_children(tok)
        ):
            return "hypothetical", f"forecast ('{tok.text}')"
        if tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod")
                                       and c.lower_ in _WORDS.event_clause_marks
                                       for c in token_children(tok)):
            # ("ten are feared dead after their bus hit a mine"): the clause tells
            # what happened; the fear above it is about the toll
            break
    return None


def _own_verbs(trigger: Span, root: Token, chain: list[Token]) -> list[Token]:
    """The trigger's own verb, and the verb whose complement it is, for the modal checks."""
    # Conditional or modal on the trigger's own verb (or on the verb whose
    # complement it is): "could resume", "if fighting breaks out", "will attack".
    # (a gerund coordinated with a noun is a noun: "the army's air strikes and shelling")
    own = [t for t in chain if t.pos_ in ("VERB", "AUX") and t.dep_ not in _NOMINAL_DEPS
           and not (t.dep_ == "conj" and t.head.pos_ == "NOUN")][:1]
    if root.pos_ == "NOUN" and any(t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i == root.i
                                   for t in trigger):
        # ("Under the agreement reached on Thursday, rebels will hand over ..."): the
        # trigger's own participle tells it done; the future is what follows from it
        own = []
    if own and own[0].dep_ in ("xcomp", "ccomp") and own[0].head.pos_ in ("VERB", "AUX") \
            and not _across_semicolon(own[0], own[0].head):
        # ("X kidnapped by gunmen; motive may have been political": the modal
        # of the clause after a semicolon says nothing about the kidnapping)
        own.append(own[0].head)
    return own


def _purpose(trigger: Span, own: list[Token]) -> _Found | None:
    """An infinitive of purpose or intention."""
    # An infinitive of purpose or intention: "an attack to capture the base",
    # "launched an offensive to retake the city", "vowed to attack".
    # (Not for demonstrations: "gathered to protest" reports the protest.)
    # (the second of two infinitives shares the first's place: "are to begin talks by
    # Aug. 8 and to sign an agreement by Aug. 18")
    infinitive = _first_infinitive(own[0]) if own else None
    if infinitive is not None and trigger.label_ != "protest" \
            and not _agreement_reached(trigger, infinitive) \
            and not _order_given(trigger, infinitive.head):
        verb0 = infinitive
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(verb0)) and (
            verb0.dep_ in ("xcomp", "advcl", "acl", "relcl")
        ) and verb0.lower_ != "be" and verb0.head.lower_ not in _WORDS.aspect_verbs and not (
            verb0.head.lower_ in _WORDS.hearsay_verbs
            and (verb0.head.lower_ in _WORDS.claim_verbs or any(
                c.dep_ == "aux" and c.lower_ in ("have", "be") for c in verb0.children))
        ):
            # ("believed to be from the clan": identity, not intention;
            # "continued to shoot": the shooting happened; "was said to have been
            # shot dead", "police are said to be targeting residents", "forces
            # claim to kill three militants": reported, it happened)
            if not _crowd_dispersed(trigger, verb0):
                return "plan", f"'to {verb0.text}' (purpose or intention)"
    return None


def _governed_by_a_plan_or_reference(
    trigger: Span,
    root: Token,
    chain: list[Token],
    sent: Span,
    presumed: bool,
) -> _Found | None:
    """A plan, threat or reference word governing the trigger."""
    # A plan/threat verb or noun governing the trigger: "vowed to attack",
    # "plans for an offensive", "threatened a strike".
    # (Demonstrators who "called for" or "demanded" something are there: a
    # protest word that is the subject of the demand is not a plan.)
    # (not "called a strike": "calling the assaults abhorrent" judges the event told before)
    demanders = trigger.label_ == "protest" and root.dep_ in ("nsubj", "nsubjpass")
    for below, tok in zip(chain, chain[1:4], strict=False):
        if below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WORDS.event_clause_marks
                                         for c in below.children):
            # ("vowed an inquiry after seven people were murdered"): the
            # clause tells what happened; the vow is about it
            break
        if (demanders or presumed) and tok.i == root.head.i:
            continue
        if below.dep_ == "nsubj" and tok.lower_ in _WORDS.plan_verbs:
            # ("the gunman, shot dead by police, had pledged allegiance to IS"):
            # the doer of a vow or plan is no part of what is planned
            break
        if _order_given(trigger, tok):
            # ("ordered the military to intensify patrols"): the order is the change
            break
        if below.dep_ == "conj" and below.pos_ in ("VERB", "AUX") \
                and tok.lower_ in _WORDS.plan_verbs:
            # ("pledged allegiance to IS and attacked a post", "vowed revenge and
            # burned the village"): a verb coordinated with the vow is done, not vowed
            break
        if tok.lower_ in _WORDS.plan_verbs or (
                tok.pos_ == "NOUN" and tok.lower_ in _WORDS.plan_nouns
                # ("Youths attempt to riot, but police disperse rioters"): a
                # "noun" with its own subject is a misparsed verb of attempt,
                # and attempts are no plans
                and not any(c.dep_ == "nsubj" for c in tok.children)):
            return "plan", f"governed by '{tok.text}'"
        if tok.lower_ in _WORDS.reference_words:
            if below.dep_ == "xcomp" and tok.lower_ in _WORDS.hearsay_verbs and (
                    tok.lower_ in _WORDS.claim_verbs
                    or any(c.dep_ == "aux" and c.lower_ == "have" for c in below.children)
            ) and not any(c.dep_ == "mark" and c.lower_ in _WORDS.concession_marks
                          for c in tok.children):
                # ("police claimed to have seized a cache"): a claim of what was
                # done, told as done, not a reference to an earlier event (unless
                # conceded: "while the group claimed to have taken the town, ...")
                break
            if below.dep_ == "ccomp" and below.i == root.i and tok.lower_ in _WORDS.claim_verbs \
                    and tok.tag_ in ("VBD", "VBP", "VBZ") and not any(
                        c.dep_ == "mark" and c.lower_ in _WORDS.concession_marks
                        for c in tok.children):
                # ("villagers claimed that the police beat them", "the movement
                # claimed 27 members were kidnapped on Tuesday"): a claim's
                # clause tells what the claimant says happened, as "said" does
                # (a participle gives a reason: "broke chairs, claiming that a
                # colleague had been kidnapped"; a trigger under another verb of the
                # clause is no act claimed: "claimed the attacker was a soldier of IS")
                break
            if below.i == root.i and below.dep_ in ("nsubj", "nsubjpass") \
                    and tok.lower_ in _WORDS.attribution_verbs:
                # ("Killings attributed to the sect", "the attack was blamed on
                # the militia"): the event told with who did it
                break
            if _retold_as_referred_to(root, tok, sent, trigger.label_ in _CASUALTY_LABELS):
                return TriggerStatus("reference", f"'{tok.text} {root.text}' {_TOLD_BEFORE}",
                                     RETOLD)
            if tok.lower_ in _WORDS.accusation_verbs and active_accusation(tok):
                return TriggerStatus("background", f"alleged ('{tok.text}')", ALLEGED)
            return "background", f"referred to ('{tok.text}')"
    # Casualty words deep inside a referred-to event ("rejected allegations
    # that its jets were responsible for an attack which left ten people
    # killed"): the reference governs them too, a few clauses up.
    if trigger.label_ in _CASUALTY_LABELS or trigger.label_ in _REMOTE_LABELS:
        for tok in _chain(root, 8)[3:]:
            if (tok.lower_ in _WORDS.reference_words or tok.lower_ in _WORDS.denial_verbs) \
                    and _refers_from_afar(trigger, tok):
                return "background", f"referred to ('{tok.text}'), clauses up"
    if root.lower_ in _WORDS.plan_nouns and root.pos_ != "VERB":
        # (a trigger phrase led by a verb of attempt, "they attempt to forcibly
        # enter the offices", reports the attempt: attempts are no plans)
        return "plan", f"'{root.text}'"
    return None


class _Clause(NamedTuple):
    """What the statistic and background checks read of the trigger's clause."""

    verb: Token
    perfect: bool
    stat_context: bool
    background_phrase: bool
    sent_lower: str
    subjects: list[Token]
    left: int
    right: int


def _clause_of(root: Token, sent: Span, cues: StatusCues) -> _Clause:
    """The trigger's clause verb, its subjects and edges, and the period phrases of its sentence."""
    # Cumulative statistics: a present-perfect total over a period, or the
    # war/conflict as the killer.
    sent_lower = cues.text_lower or _without_recent_periods(span_text(sent).lower())
    # (a verb form used as a noun is no clause verb: "Fighting ... has killed 1,800")
    verb = next((t for t in _clause_verbs(root) if t.dep_ not in _NOMINAL_DEPS), root)
    perfect = _has_perfect_aux(verb)
    stat_context, background_phrase = _period_phrases(sent_lower)
    describing = _describing_clauses(sent, root, verb) if stat_context else frozenset()
    if describing and not _period_phrases(_blank_tokens(sent_lower, sent, describing))[0]:
        stat_context = False  # only a participant's period ("hawkers who came since ...")
    subjects = [c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":  # a conjunct verb shares its head's subject
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    left, right = verb.left_edge.i, verb.right_edge.i
    return _Clause(verb, perfect, stat_context, background_phrase, sent_lower, subjects,
                   left, right)


def _statistic(
    trigger: Span,
    root: Token,
    chain: list[Token],
    sent: Span,
    cues: StatusCues,
    published: dt.date | None,
    clause: _Clause,
) -> _Found | None:
    """A total of many events: a toll over a period, a trend, a count."""
    verb, perfect, stat_context, _, _, subjects, left, right = clause
    if perfect and stat_context:
        return "statistic", "present perfect with a period ('since', 'so far'...)"
    if (period := _toll_of_a_period_above(chain)) is not None:
        return "statistic", f"the toll of '{period.text}'"
    if (war := _of_a_dated_war(root, cues, published)) is not None:
        return "statistic", f"'{root.text} of a {war.text}' dated years before"
    if (since := _total_of_a_conjunct(verb, cues)) is not None:
        return "statistic", f"coordinated with a total '{since.text} ...'"
    if (unrest := _in_unrest_since_it_began(verb)) is not None:
        return "statistic", f"a toll of the whole '{unrest.text}' since it began"
    if trigger.label_ == "arrest" and (
            counted := _detentions_counted_in_hundreds(verb)) is not None:
        return "statistic", f"a tally of '{counted.text}' detained, with no day or place"
    if (counted := _toll_in_hundreds_with_nothing_of_its_own(verb)) is not None:
        return "statistic", f"a toll of '{counted.text}' in the hundreds, with no event of its own"
    if trigger.label_ in _COUNTED_LABELS and (upto := _total_up_to_a_day(verb)) is not None:
        return "statistic", f"a total of many up to '{upto.text}'"
    # (a present perfect's period is the statistic_context phrases' above)
    # (also an event noun the count's verb tells of: "had killed 60 bandits in raids
    # over the past two weeks")
    if (trigger.label_ in _COUNTED_LABELS or verb.i != root.i) and not perfect \
            and not _own_day(verb) and (period := _total_over_a_period(verb)) is not None:
        return "statistic", f"a total of many over the {period.text} up to the telling"
    # (also an event noun the count's verb tells of: "1,000 had been killed in the
    # coastal violence since Thursday")
    if published is not None and (trigger.label_ in _COUNTED_LABELS or verb.i != root.i) \
            and (since := _running_total_since(verb, published)) is not None:
        return "statistic", f"a total of many since '{since.text}', days before publication"
    if perfect and trigger.label_ != "protest" and (period := _lasting(verb)) is not None:
        # (demonstrators who "have camped outside parliament for weeks" are there today)
        return "habitual", f"'for {period.text}' with a present perfect: an ongoing situation"
    # ("Violence linked to the group has killed thousands": the parser may make the
    # participle the root and the perfect toll verb its conjunct, which shares its subject)
    perfect_conjunct = any(c.dep_ == "conj" and c.pos_ == "VERB" and _has_perfect_aux(c)
                           for c in token_children(verb))
    if any(s.lower_ in _WORDS.conflict_nouns for s in subjects) and (
            perfect or stat_context or perfect_conjunct):
        return "statistic", "the war/conflict as subject of a toll"
    if (period := _period_of_events(root, verb)) is not None:
        # ("after weeks of fighting", "40 have died in a month of protests")
        return "statistic", f"'{period.text} of ...': a period of many events"
    if trend := _in_a_trend(root):
        return "statistic", f"a trend of many incidents ('{trend} in')"
    if stepped := _stepped_up(root):
        return "statistic", f"a trend of many incidents ('{stepped}' in the perfect)"
    if _counts_many(root, cues, stat_context):
        return "statistic", "a count of the dead over many incidents"
    if trigger.label_ in _COUNTRY_TOLL_LABELS and _across_a_country(root):
        return "statistic", "a toll across a whole country (many incidents)"
    # ("Police said 72 people had died since the unrest began and that 1,234 had
    # been arrested", the second count parsed as coordinated with the "since"
    # clause's verb): the "since" that marks the clause the verb is joined to
    # (only that: a parser may hang a whole sentence under a closing "since the
    # war began")
    marks = [c for c in verb.head.children if c.dep_ == "mark"] if verb.dep_ == "conj" else []
    total = _running_total_clause(verb) if stat_context else frozenset()
    if stat_context and cues.has_number and (
        any(t.lower_ == "since" and t.i not in cues.comparison_since and t.i not in total
            for t in [*chain, *sent.doc[left:right + 1], *marks])
    ):
        return "statistic", "total since a date"
    return None


def _background(
    trigger: Span,
    root: Token,
    chain: list[Token],
    sent: Span,
    cues: StatusCues,
    published: dt.date | None,
    clause: _Clause,
) -> _Found | None:
    """History: dated before publication, or told as part of earlier incidents."""
    verb, _, _, background_phrase, sent_lower, subjects, left, right = clause
    # Background: history, dated before the article, or past perfect with a
    # time reference in the past. A consequence participle ("..., killing 30
    # soldiers") shares the year of the clause it hangs on ("ambushed a convoy in
    # 2019, killing 30").
    year_left = left
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        year_left = min(left, verb.head.left_edge.i)
    year_left = min(year_left, _shared_subject_start(verb))
    for i, year, head in cues.years:
        if year_left <= i <= right and head in _WORDS.year_prepositions \
                and not _describes_a_participant(sent.doc[i], verb):
            if published is not None and year < published.year:
                return "background", f"dated {year}, before publication"
            if published is None and head == "since":
                return "background", f"since {year}"
    if published is not None and (month := _month_of_clause(root, verb, published)) is not None:
        return "background", f"in {month.text}, a month before publication"
    # A year that names the event ("a 2019 attack on a hotel", "the 2013 Westgate
    # siege"): dated that year.
    # (also what such an event did: "a 2019 attack that killed 21 people", and the
    # toll of a war its years date: "the country's 1975-1990 civil war killed 150,000")
    killers = [s for s in subjects if s.lower_ in _WORDS.conflict_nouns]
    for noun in (root, *_described_by(verb), *killers):
        named_year = _year_naming(noun, sent, cues)
        if named_year is not None and published is not None and named_year < published.year:
            return "background", f"'{named_year} ... {noun.text}', before publication"
    if background_phrase:
        # Only when the phrase is near the trigger's clause, not a side remark
        # (near its verb, or near the verb a gerund trigger hangs on: "Fighting
        # between X and Y, <a long apposition>, broke out late last month").
        anchors = [verb]
        if verb.tag_ == "VBG" and verb.i < verb.head.i and verb.dep_ in ("advcl", "csubj"):
            anchors.append(verb.head)  # the gerund read as a clause of its own
        for p in _WORDS.background_phrases:
            idx = sent_lower.find(p)
            if idx >= 0:
                char = sent.start_char + idx
                if any(a.idx - 80 <= char <= a.idx + len(a.text) + 80 for a in anchors) \
                        or _dates_the_verb(sent.doc, char, anchors):
                    return "background", f"'{p}'"
    if _tells_how_a_war_began(root):
        return "background", "how the war began"
    if (later := _in_the_weeks_that_followed(chain[:3])) is not None:
        return "background", f"in the {later.text} after an earlier event"
    if _how_told_fighting_began(trigger, sent):
        return "background", "an event told before, now with how it began"
    if verb.dep_ == "relcl" and any(left <= i <= right for i, _, _ in cues.years):
        return "background", "relative clause with a year"
    if published is not None \
            and (as_of := _doers_described_as_of_a_year(chain, cues, published)) is not None:
        return "background", f"the history of doers described as of {as_of}, with no date"
    # ("a coalition that tried to march on Bangui before the December 2020 elections
    # and was pushed back"): a verb coordinated with a relative clause's verb, or its
    # infinitive, shares the clause's year
    if verb.dep_ in ("conj", "xcomp") and verb.head.dep_ == "relcl" and any(
            verb.head.left_edge.i <= i <= verb.head.right_edge.i for i, _, _ in cues.years):
        return "background", f"part of a relative clause with a year ('{verb.head.text}')"
    if (dated := _in_a_clause_on_a_dated_noun(verb, cues, published)) is not None:
        return "background", f"told of '{dated.text}', dated before publication"
    if published is not None \
            and (then := _past_time_of_a_governing_clause(verb, cues, published)) is not None:
        return "background", f"in a clause under one dated {then}, before publication"
    # Told as part of other, earlier incidents ("police shot dead six people
    # during similar protests last week"): context for the story, kept by the
    # coding policy only where the sentence dates it to a day. A singular
    # "in a similar incident" introduces a new event, and "in the past two
    # days" is a period: both are left alone (plural incident nouns only).
    for tok in chain[:3]:
        for prep in token_children(tok):
            if prep.dep_ != "prep" or prep.lower_ not in _WORDS.context_prepositions:
                continue
            for obj in token_children(prep):
                if obj.dep_ == "pobj" and obj.lower_ in _WORDS.incident_nouns:
                    earlier = [a for a in obj.children if a.dep_ == "amod"
                               and a.lower_ in _WORDS.earlier_incident_words]
                    if earlier:
                        return "background", f"'{prep.text} {earlier[0].text} {obj.text}'"
    # ... or named as earlier ones after the story's event ("Previous attacks on
    # the town were blamed on bandits"), also as what a verb trigger tells of
    # ("Earlier protests against the delay had been broken up with tear gas").
    nouns = [root] if root.pos_ == "NOUN" else []
    nouns += [c for v in {root, verb} for c in token_children(v) if c.dep_ in ("nsubj", "nsubjpass")
              and (c.lower_ in _WORDS.incident_nouns or c.lower_ in _WORDS.conflict_nouns)]
    for noun in nouns:
        earlier = [a for a in noun.children if a.dep_ == "amod"
                   and a.lower_ in _WORDS.earlier_event_adjectives]
        if earlier and _trigger_told_before(sent):
            return "background", f"'{earlier[0].text} {noun.text}'"
    # ... or in a clause describing them ("recent offensives in which troops
    # killed dozens of militants").
    if verb.dep_ == "relcl" and verb.head.lower_ in _WORDS.incident_nouns and any(
            a.dep_ == "amod" and a.lower_ in _WORDS.earlier_incident_words
            for a in verb.head.children):
        return "background", f"told of earlier '{verb.head.text}'"
    return None


def _reference_or_state(
    trigger: Span,
    root: Token,
    chain: list[Token],
    sent: Span,
    verb: Token,
) -> _Found | None:
    """What the story tells about an event or a group it reports anyway."""
    # What the story tells about an event or a group it reports anyway: never an
    # event of its own, dated or not ("reference", unlike "background").
    if trigger.label_ == "property_destruction" and _depicted_damage(root):
        return "reference", f"'{root.text} {root.head.text}' shows damage, not an act"
    if trigger.label_ == "protest" and _crowd_describing_a_noun(root):
        return "reference", f"'{root.text} {root.head.text}' describes a noun"
    if trigger.label_ == "protest" and _state_of_someone_described(root):
        return "reference", f"'{root.head.text} {root.text}' describes someone"
    if (war := _done_during_a_war(verb)) is not None:
        return "reference", f"what a group did during '{war.text}'"
    if trigger.label_ == "change_group" and (state := _standing_state(chain)) is not None:
        return "habitual", f"'{state.text}': a standing state in the simple present"
    if trigger.label_ == "change_group" and (amount := _built_up_by_now(chain)) is not None:
        return "habitual", f"'{amount.text}' in the present perfect: a build-up up to now"
    if trigger.label_ == "change_group" \
            and (measure := _measure_told_after(trigger, root, sent)) is not None:
        return "reference", f"'{measure.text}' in the perfect: a measure in answer to " \
            "the story's event"
    if trigger.label_ == "change_group" and _names_the_speaker(root):
        return "reference", f"'{root.text}' names who speaks or acts"
    if trigger.label_ == "arrest" and root.dep_ == "amod" and root.tag_ in ("VBN", "JJ") \
            and _says_who_someone_is(root.head):
        # ("Adolfo Macias, the jailed leader of the gang, had vanished"): the person's
        # state, told to say who he is, not an arrest ("the arrested youths were
        # charged" still tells of an arrest)
        return "reference", f"'{root.text} {root.head.text}' describes someone held"
    if trigger.label_ == "change_group" and (maker := _what_makes_up(root)) is not None:
        # ("three provinces that formed a sultanate", "a party which forms part of the
        # coalition"): "form" as "make up", no body founded
        return "reference", f"'{maker.text} ... {root.text}': what makes something up"
    if trigger.label_ == "change_group" and (described := _describing_participle(root)):
        # ("a Yazidi armed group formed to defend the area", "The PKK, listed as a
        # terrorist organisation by Turkey, ..."): who the group is
        return "reference", f"'{described.text}' describes the group"
    if (told := _told_again(root, sent)) is not None:
        return TriggerStatus("reference", f"{told} {_TOLD_BEFORE}", RETOLD)
    if _witness_words(trigger, sent):
        return TriggerStatus("reference", f"'{root.text}' in quoted words {_TOLD_BEFORE}",
                             RETOLD)
    if trigger.label_ in _CASUALTY_LABELS and _bodies_handled(root) \
            and _trigger_told_before(sent):
        # ("Forensic teams were still identifying bodies"): the dead of the event told
        # before, handled after it
        return TriggerStatus("reference", f"'{root.head.text} ... {root.text}': the dead "
                             f"{_TOLD_BEFORE}", RETOLD)
    if _found_dead_on_arrival(root, sent) and _trigger_told_before(sent):
        # the victim of the event told before, whose toll that event carries (not
        # joined to it: the death's own words name those who came as its doers)
        return "reference", f"'{root.text}': a death found by those who came"
    if _refers_back(root, sent):
        return TriggerStatus("reference", f"'{root.text} {root.head.text}' {_TOLD_BEFORE}",
                             RETOLD)
    if (say := _held_of_its_events(root)) is not None:
        return "habitual", f"'{say.text} ... {root.text} {root.head.text}': what a side " \
            "holds of its events, in the simple present"
    if (dating := _vaguely_dated_by(root)) is not None:
        return "reference", f"told to date another event ('{sent.doc[dating.i - 1].text} " \
            f"{dating.text} ...'), with no date of its own"
    if (weeks := history_weeks_before_the_story(root)) is not None:
        return "background", f"history the story is measured from ('{sent.doc[weeks.i - 1].text}" \
            f" {weeks.text} ...'), dated to no day"
    return None
