"""Is a reported event a new event? The status of an event mention.

News mixes the events of the day with history, totals, habits, plans and
denials. Each event mention gets one status; ``pipeline.CodingPolicy`` decides
which statuses become events (by default "new", plus "background" when the
text dates the earlier event explicitly, so it keeps its own date).

Statuses:

- ``new``: an event the text reports as having happened ("a bomb killed four").
- ``background``: an earlier event told as history or context ("last year the
  group declared a caliphate", "in 2014 IS seized Mosul", "the group, which
  captured the town in March", "IS claimed responsibility for the attack": an
  event referred to, not reported).
- ``statistic``: a cumulative total over a period ("the conflict has claimed
  over 300,000 lives since it began", "so far this year 200 have been killed").
- ``habitual``: a repeated pattern, not one event ("helicopters routinely drop
  explosives on the town").
- ``plan``: a plan, threat, vow, warning or call ("the group vowed to attack",
  "troops will launch an offensive", "planned a bombing").
- ``negated``: the text denies the event ("the army denied bombing the
  hospital", "troops did not fire").
- ``hypothetical``: a condition or possibility ("if talks fail, fighting could
  resume").
- ``movement``: forces moving or advancing with no violence reported
  ("troops are pushing towards the city").
- ``reference``: what the story says about an event or a group it reports anyway
  ("video showed burning cars", "the group, formed in 2012, ..."). Its kind
  ``RETOLD`` (``TriggerStatus.kind``) is the event told before named once more
  ("in the days after the attack"): evidence of that event, which the merge reads.

Everything here reads the dependency parse and the cue spans that the
TriggerMatcher wrote (``doc.spans["ec_cues"]``), so it is a handful of token
look-ups per trigger.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventcoder.extract.coded_elsewhere import clauses_coded_elsewhere, coded_elsewhere
from eventcoder.extract.rival_accounts import RivalAccountWords, rival_account_signal
from eventcoder.schema import EventMention
from eventcoder.text import (
    determined_by,
    doc_cache,
    doc_text,
    lower_and_like_num,
    parse_table,
    quotation_around,
    semicolon_tokens,
    sentence_tokens,
    span_text,
    token_children,
)

__all__ = ["ALLEGED", "RETOLD", "STATUSES", "FilterWords", "StatusCues", "TriggerStatus",
           "active_accusation",
           "date_told_with_event", "history_dated_before_the_story",
           "history_weeks_before_the_story", "load_filter_words",
           "names_an_agreement_in_force", "retells_an_event", "status_of_trigger",
           "trigger_status"]

STATUSES: tuple[str, ...] = (
    "new",
    "background",
    "reference",
    "statistic",
    "habitual",
    "plan",
    "negated",
    "hypothetical",
    "movement",
)

# The kind of a "reference" status whose trigger tells the event told before once
# more ("in the weeks before the attack"), not a description of a noun or a group:
# such a mention is evidence of that event (see retells_an_event).
RETOLD = "retold"
# The kind of a "background" status whose trigger is an act an accusation alleges
# ("residents accused police of beating a man"): told only as alleged.
ALLEGED = "alleged"
_TOLD_BEFORE = "refers to an event told earlier"  # (its reason's words, for a reader)


class TriggerStatus(NamedTuple):
    """A trigger's status (one of STATUSES), a short reason for a reviewer to read
    (it may be reworded), and the status's kind where later stages tell kinds of one
    status apart (RETOLD; "" for none): code tests the status and the kind, never the
    reason's words."""

    status: str
    reason: str
    kind: str = ""


@dataclass(frozen=True, slots=True)
class FilterWords:
    """The status filter's word lists (``data/filters.yaml``)."""

    modal_hypothetical: frozenset[str]
    modal_future: frozenset[str]
    condition_marks: frozenset[str]
    denial_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    reference_words: frozenset[str]
    accusation_verbs: frozenset[str]
    doer_told_verbs: frozenset[str]
    doer_prepositions: frozenset[str]
    doer_link_verbs: frozenset[str]
    doer_share_nouns: frozenset[str]
    rival_account_nouns: frozenset[str]
    rival_account_adjectives: frozenset[str]
    rival_account_starting_verbs: frozenset[str]
    rival_account_first_words: frozenset[str]
    body_nouns: frozenset[str]
    body_handling_verbs: frozenset[str]
    body_finding_verbs: frozenset[str]
    forecast_words: frozenset[str]
    presumed_casualty_verbs: frozenset[str]
    nobody_words: frozenset[str]
    nothing_words: frozenset[str]
    absence_words: frozenset[str]
    report_nouns: frozenset[str]
    unknown_detail_words: frozenset[str]
    aspect_verbs: frozenset[str]
    dispersal_verbs: frozenset[str]
    habitual_words: frozenset[str]
    long_periods: frozenset[str]
    period_nouns: frozenset[str]
    ongoing_auxiliaries: frozenset[str]
    long_durations: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    statistic_context: tuple[str, ...]
    conflict_nouns: frozenset[str]
    unrest_nouns: frozenset[str]
    count_nouns: frozenset[str]
    beginning_verbs: frozenset[str]
    onset_prepositions: frozenset[str]
    war_nouns: frozenset[str]
    background_phrases: tuple[str, ...]
    year_prepositions: frozenset[str]
    recent_periods: frozenset[str]
    event_clause_marks: frozenset[str]
    escape_verbs: frozenset[str]
    earlier_incident_words: frozenset[str]
    context_prepositions: frozenset[str]
    incident_nouns: frozenset[str]
    hearsay_verbs: frozenset[str]
    coded_elsewhere_remarks: frozenset[str]
    claim_verbs: frozenset[str]
    attribution_verbs: frozenset[str]
    concession_marks: frozenset[str]
    comparison_words: frozenset[str]
    definite_determiners: frozenset[str]
    spread_prepositions: frozenset[str]
    whole_area_nouns: frozenset[str]
    sequel_verbs: frozenset[str]
    consequence_verbs: frozenset[str]
    motive_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    sequence_prepositions: frozenset[str]
    interval_nouns: frozenset[str]
    backing_verbs: frozenset[str]
    own_determiners: frozenset[str]
    story_area_nouns: frozenset[str]
    sequel_ranks: frozenset[str]
    doer_nouns: frozenset[str]
    restated_casualty_nouns: frozenset[str]
    identity_adjectives: frozenset[str]
    month_names: tuple[str, ...]
    weekday_names: tuple[str, ...]
    running_total_auxiliaries: frozenset[str]
    earlier_event_adjectives: frozenset[str]
    month_prepositions: frozenset[str]
    repeat_adverbs: frozenset[str]
    fight_verbs_ongoing: frozenset[str]
    partitive_prepositions: frozenset[str]
    pursuit_verbs: frozenset[str]
    getaway_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    death_state_words: frozenset[str]
    depiction_words: frozenset[str]
    news_nouns: frozenset[str]
    shown_dead_nouns: frozenset[str]
    weapon_sound_nouns: frozenset[str]
    hearing_verbs: frozenset[str]
    trend_nouns: frozenset[str]
    intensifying_verbs: frozenset[str]
    habitual_predicates: frozenset[str]
    repetition_adjectives: frozenset[str]
    possibility_adjectives: frozenset[str]
    formation_verbs: frozenset[str]
    planned_adjectives: frozenset[str]
    announcing_verbs: frozenset[str]
    future_time_words: frozenset[str]
    running_total_participles: frozenset[str]
    former_name_phrases: tuple[str, ...]
    headline_verbs: frozenset[str]
    agreeing_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    response_nouns: frozenset[str]
    vague_day_runs: frozenset[str]
    duration_prepositions: frozenset[str]
    week_intervals: frozenset[str]
    sequel_time_adjectives: frozenset[str]
    frame_nouns: frozenset[str]
    total_end_prepositions: frozenset[str]
    recurrence_determiners: frozenset[str]
    recurring_units: frozenset[str]
    period_span_prepositions: frozenset[str]
    war_time_prepositions: frozenset[str]
    state_prepositions: frozenset[str]
    yearly_units: frozenset[str]
    framework_prepositions: frozenset[str]
    deployment_words: frozenset[str]
    present_state_auxiliaries: frozenset[str]
    agreement_head_nouns: frozenset[str]
    signing_participles: frozenset[str]
    continuation_verbs: frozenset[str]
    in_force_prepositions: frozenset[str]
    in_force_verbs: frozenset[str]
    newness_adjectives: frozenset[str]
    total_period_prepositions: frozenset[str]
    total_period_nouns: frozenset[str]
    period_reach_adjectives: frozenset[str]
    statement_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    vague_quantity_words: frozenset[str]
    direction_prepositions: frozenset[str]
    state_verbs: frozenset[str]
    degree_adverbs: frozenset[str]
    takeover_verbs: frozenset[str]
    succession_words: frozenset[str]
    predecessor_prepositions: frozenset[str]
    form_verbs: frozenset[str]
    made_up_parts: frozenset[str]
    constituent_places: frozenset[str]
    crowd_opinion_verbs: frozenset[str]
    tally_auxiliaries: frozenset[str]
    hundreds_words: frozenset[str]
    toll_verb_forms: frozenset[str]


_PHRASE_LISTS = frozenset({"statistic_context", "background_phrases", "month_names",
                           "weekday_names", "former_name_phrases"})  # file order


@cache
def active_accusation(verb: Token) -> bool:
    """Is the accusation word a verb in the active voice, finite or present perfect,
    with its own subject and the accused as its object ("residents accused soldiers
    of ...", "women have accused troops of ...")? Not a participle ("a man accused
    of ...") or a passive ("they were accused of ...")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    # (a headline's present verb is often tagged as a bare form: "residents accuse")
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VB" and not auxiliaries\
        or verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries)
    return finite and any(c.dep_ == "nsubj" for c in verb.children)\
        and any(c.dep_ == "dobj" for c in verb.children)


def load_filter_words(path: str | None = None) -> FilterWords:
    """The filter's word lists (the packaged file unless ``path`` names another)."""
    if path is None:
        text = resources.files("eventcoder").joinpath("data/filters.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    data: dict[str, list[str]] = yaml.safe_load(text)
    values: dict[str, frozenset[str] | tuple[str, ...]] = {}
    for name in FilterWords.__dataclass_fields__:
        words = [str(w).lower() for w in data[name]]
        values[name] = tuple(words) if name in _PHRASE_LISTS else frozenset(words)
    return FilterWords(**values)  # type: ignore[arg-type]


_WORDS = load_filter_words()
# "since dawn", "in the past two days", "over the last 24 hours": the period of
# the day's event, not of a cumulative total or of history.
_RECENT_PERIOD = re.compile(
    r"\b(?:since|(?:in|over|during) the (?:past|last))\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(map(re.escape, _WORDS.recent_periods)))
    + r")\b")
# "formerly known as", "previously called": a group's old name, told to say who it
# is; its adverb dates the name, not the event ("formerly" is a background phrase).
_FORMER_NAME = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in _WORDS.former_name_phrases) + r")\b")
# What the rival-account signals read (extract/rival_accounts.py).
_RIVAL_ACCOUNT_WORDS = RivalAccountWords(
    statement_verbs=_WORDS.statement_verbs,
    account_nouns=_WORDS.rival_account_nouns,
    differing_adjectives=_WORDS.rival_account_adjectives,
    denial_verbs=_WORDS.denial_verbs,
    starting_verbs=_WORDS.rival_account_starting_verbs,
    first_words=_WORDS.rival_account_first_words,
)
# The frequency adverbs as LOWER ids, to scan a sentence without building its Tokens.
_HABITUAL_IDS = frozenset(get_string_id(w) for w in _WORDS.habitual_words)
# Trigger classes that only report casualties (see data/triggers.yaml).
_CASUALTY_LABELS = frozenset({"kill", "injure"})
# ACLED's remarks that an act is coded as an event of its own, as word tuples.
_CODED_ELSEWHERE = tuple(tuple(p.split()) for p in sorted(_WORDS.coded_elsewhere_remarks))


_REMARKS_KEY = "filters.coded_elsewhere_remarks"  # -> the remarks whose words the text has
_CODED_ELSEWHERE_KEY = "filters.clauses_coded_elsewhere"  # (start, end) -> the clauses


def _clauses_coded_elsewhere(sent: Span) -> list[tuple[int, int, str]]:
    """The sentence's clauses coded as other records, with their remarks, found once
    per sentence (each of its triggers asks again)."""
    cached = doc_cache(sent.doc)
    if _REMARKS_KEY not in cached:
        # (the text's words first: nearly no text has a remark)
        text = doc_text(sent.doc).lower()
        cached[_REMARKS_KEY] = [p for p in _CODED_ELSEWHERE if all(w in text for w in p)]
    remarks: list[tuple[str, ...]] = cached[_REMARKS_KEY]
    clauses: dict[tuple[int, int], list[tuple[int, int, str]]] = cached.setdefault(
        _CODED_ELSEWHERE_KEY, {})
    key = (sent.start, sent.end)
    if key not in clauses:
        clauses[key] = clauses_coded_elsewhere(sent, remarks) if remarks else []
    return clauses[key]


def clauses_of_other_records(sent: Span) -> list[tuple[int, int]]:
    """The clauses a note marks as coded as events of their own (token start, end):
    their sides are no sides of the note's event either."""
    return [(start, end) for start, end, _ in _clauses_coded_elsewhere(sent)]


# Trigger classes whose count over a whole country is a round-up of many incidents: the
# casualty words ("six people were killed in violence across Bangladesh") and abductions
# ("more than 4,700 people were kidnapped across Nigeria in the year to June"). (Not
# arrests: "police arrested 875 people across the country overnight" is one night's
# sweep of a riot.)
_COUNTRY_TOLL_LABELS = _CASUALTY_LABELS | {"abduction"}
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


@lru_cache(maxsize=256)
def _period_phrases(sent_lower: str) -> tuple[bool, bool]:
    """Does the sentence hold a statistic's period phrase, a background phrase?
    (asked once per sentence: its triggers share the answer)"""
    return (any(p in sent_lower for p in _WORDS.statistic_context),
            any(p in sent_lower for p in _WORDS.background_phrases))


def comparison_since(sent: Span) -> frozenset[int]:
    """The tokens of each "since" clause that follows a superlative or "first"
    within three words ("for the first time since government forces drove them
    out in 2016", "the worst violence since 2008"), or that hangs on a noun a
    superlative modifies ("the deadliest raid in the state since the army left")."""
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ != "since" or not (any(
                _comparing(t) for t in sent.doc[max(sent.start, tok.i - 3):tok.i])
                or tok.dep_ == "prep" and _compared_noun(tok.head)
                or tok.dep_ == "mark" and tok.head.dep_ == "advcl"
                and _compared_noun(tok.head.head)):
            continue
        clause = tok.head.subtree if tok.dep_ == "mark" else tok.subtree
        out.update(t.i for t in clause if t.i >= tok.i)
    return frozenset(out)


def _comparing(token: Token) -> bool:
    return token.tag_ == "JJS" or token.lower_ in _WORDS.comparison_words


def _compared_noun(head: Token) -> bool:
    """A noun a superlative modifies, a few prepositions up from a "since"
    ("the worst violence in the area since 2019")."""
    for _ in range(3):
        if head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and _comparing(c) for c in head.children):
            return True
        if head.pos_ not in ("NOUN", "PROPN", "ADP"):
            return False
        head = head.head
    return False


def _blank_tokens(text_lower: str, sent: Span, indices: frozenset[int]) -> str:
    """``text_lower`` (the sentence's text) with the given tokens blanked (same length)."""
    chars = list(text_lower)
    for i in indices:
        tok = sent.doc[i]
        start = tok.idx - sent.start_char
        chars[start:start + len(tok.text)] = " " * len(tok.text)
    return "".join(chars)


def _in_a_clause_on_a_dated_noun(verb: Token, cues: StatusCues,
                                 published: dt.date | None) -> Token | None:
    """The noun a relative clause holding the trigger describes, when a year
    before publication dates that noun ("the civil war of 2013 to 2018, which
    killed 400,000 before a peace deal brought the rebels back"): the clause tells
    that noun's history."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            noun, clause = tok.head, {t.i for t in tok.subtree}
            lo, hi = noun.left_edge.i, noun.right_edge.i
            if any(lo <= i <= hi and i not in clause
                   and (published is None or year < published.year)
                   for i, year, _ in cues.years):
                return noun
            return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# The links by which a clause hangs on the clause it tells the time or the cause of
# ("held it for five months before the army retook it", "split when a faction broke
# away, objecting to its killings", "found burned to death after being abducted").
_SUBORDINATE_LINKS = frozenset({"advcl", "xcomp", "pcomp", "prep"})


def _past_time_of_a_governing_clause(verb: Token, cues: StatusCues,
                                     published: dt.date) -> str | None:
    """The past year or month of a clause the trigger's clause is subordinate to:
    a year before publication on a verb up the chain ("Marawi was left in ruins in
    2017 when militants held it for five months before the army retook it"; "In 2016
    the movement split when a faction broke away, objecting to the killing of
    civilians"), or a month, not the publication's, that a relative clause describes
    ("since February, when two men were found burned to death after being
    abducted"). What such a clause tells happened then: the story's history."""
    tok = verb
    for _ in range(5):
        if tok.dep_ == "relcl" and tok.head.lower_ in _WORDS.month_names \
                and _WORDS.month_names.index(tok.head.lower_) + 1 != published.month:
            return tok.head.text
        if tok.dep_ not in _SUBORDINATE_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for i, year, head in cues.years:
            year_tok = verb.doc[i]
            if year < published.year and head in _WORDS.year_prepositions \
                    and year_tok.head.dep_ == "prep" and year_tok.head.head.i == tok.i:
                return str(year)
    return None


def _announced_ahead(noun: Token) -> str | None:
    """The time still to come that an event noun is announced or called for ("Further
    protests have been announced for the coming days", "A general strike was called for
    next week"): what is made known ahead has not happened yet."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lower_ not in _WORDS.announcing_verbs:
        return None
    for prep in token_children(verb):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for when in token_children(prep):
            if when.dep_ == "pobj" and any(
                    w.lower_ in _WORDS.future_time_words for w in token_children(when)):
                return " ".join(t.text for t in when.subtree if t.i <= when.i)
    return None


def _month_of_clause(root: Token, verb: Token, published: dt.date) -> Token | None:
    """A month name, not the publication's, that dates the trigger or its clause's
    verb with no day ("Russian forces captured Izium in April", "declared a
    ceasefire in October", "Fighting ... broke out in February"): the story's
    history, dated only by month. (A month deeper in the clause, or with a day
    number, "on April 3", is left to the dates stage.)"""
    anchors = {root.i, verb.i}
    if root.dep_ == "compound":
        anchors.add(root.head.i)  # ("a protest march in November")
    if root.pos_ == "NOUN":
        # what an event noun was aimed at, and when: "an attack on a march in November"
        anchors.update(g.i for p in root.children if p.dep_ == "prep" and p.lower_ != "in"
                       for g in p.children if g.dep_ == "pobj")
        # a participle clause that tells when the noun's event was made ("a truce
        # agreed in talks in Doha in January"): the clause's verb and what it was at
        # (the parser tags many such participles as past tense verbs)
        for clause in (c for c in root.children
                       if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")):
            anchors.add(clause.i)
            anchors.update(g.i for p in clause.children if p.dep_ == "prep"
                           for g in p.children if g.dep_ == "pobj")
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "advcl") and verb.i < verb.head.i:
        anchors.add(verb.head.i)  # a gerund subject: "Fighting ... broke out in May"
    if _continues_clause(verb):
        # ("captured Izium in April ..., and used it as a base for their offensive")
        anchors.add(verb.head.i)
    if (framed := _verb_of_the_framing_event(verb)) is not None:
        # ("seized Goma in January and Bukavu in February, in an offensive that killed
        # thousands"): the event noun's clause is as old as the act it frames
        anchors.add(framed.i)
    if (led := _what_led_to(verb)) is not None:
        # ("was arrested in December after he tried to dissolve Congress": what led
        # to a month-dated event is as old as it)
        anchors.add(led.i)
    for i in anchors:
        for prep in verb.doc[i].children:
            if prep.dep_ != "prep" or prep.lower_ not in _WORDS.month_prepositions:
                continue
            for tok in prep.children:
                if tok.dep_ == "pobj" and tok.lower_ in _WORDS.month_names \
                        and _WORDS.month_names.index(tok.lower_) + 1 != published.month \
                        and not any(c.like_num and len(c.text) <= 2 for c in tok.children):
                    return tok
    return None


def _verb_of_the_framing_event(verb: Token) -> Token | None:
    """The verb that an event noun, described by the relative clause ``verb``, is the
    frame of ("seized Bukavu in February, in an offensive that killed thousands":
    'seized' for 'killed'), else None."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or noun.lower_ not in _WORDS.frame_nouns:
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in _WORDS.context_prepositions:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def _dates_the_verb(doc: Doc, char: int, anchors: list[Token]) -> bool:
    """Does the time phrase at ``char`` hang on one of the anchor verbs, however far
    from it ("Militants killed seven workers at a building site in the north of the
    district last month": the phrase dates the killing, many words after it)? The
    parser may hang it on the last noun of the verb's place phrase instead."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("amod", "det", "nummod", "compound"):  # "last" -> "month"
        tok = tok.head
    if tok.dep_ != "npadvmod":
        return False
    tok = tok.head
    for _ in range(6):  # up a place phrase: "district" -> "in" -> "site" -> "at" -> verb
        if any(tok.i == a.i for a in anchors):
            return True
        if tok.dep_ not in ("pobj", "prep"):
            return False
        tok = tok.head
    return False


def _crowd_describing_a_noun(root: Token) -> bool:
    """Is the demonstrators' word the subject of a present-tense relative clause on
    another noun ("a disaster protesters blame on graft", "a law demonstrators say is
    unfair"), or of a verb of opinion in the simple present ("Demonstrators accuse
    the mayor of ...", also where the parser makes the clause's verb the root)? Either
    tells what the crowd thinks, its standing grievance: no demonstration of its own."""
    clause = root.head
    if root.dep_ != "nsubj" or clause.tag_ not in ("VBP", "VBZ"):
        return False
    # (a simple present, no auxiliary: "have accused" or "are blaming" tell an act)
    return clause.dep_ == "relcl" or (
        clause.lower_ in _WORDS.crowd_opinion_verbs
        and not any(c.dep_ in ("aux", "auxpass") for c in token_children(clause)))


def _what_led_to(verb: Token) -> Token | None:
    """The verb before an adverbial clause marked "after", "when", "because"... that
    holds ``verb`` (also through a verb of attempt: "after he tried to dissolve
    Congress"): the clause tells what led to that verb's event (``event_clause_marks``)."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in _WORDS.aspect_verbs:
        verb = verb.head
    if verb.dep_ == "advcl" and verb.head.i < verb.i and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _WORDS.event_clause_marks
            for c in verb.children):  # ("when" hangs as an adverb)
        return verb.head
    return None


def _continues_clause(verb: Token) -> bool:
    """A verb joined by "and" to the clause before it, with no subject and no time of
    its own: it tells more of that clause's story, on that clause's date."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ != "conj" and any(
        t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in verb.children)


def _describing_participle(root: Token) -> Token | None:
    """The past participle of a clause on a noun that holds the trigger, itself or
    as the object of its preposition ("a group formed to defend the area", "the PKK,
    listed as a terrorist organisation")."""
    tok = root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    if tok.dep_ == "prep":  # (a trigger phrase led by its preposition: "as a ... organisation")
        tok = tok.head
    return tok if tok.dep_ == "acl" and tok.tag_ == "VBN" else None


def _says_who_someone_is(noun: Token) -> bool:
    """A noun phrase that names someone's role: an apposition ("X, the leader of
    the gang") or a role with its group ("the leader of the gang", "the group's
    jailed leader")."""
    return noun.dep_ == "appos" or any(c.dep_ == "prep" and c.lower_ == "of"
                                       or c.dep_ == "poss" for c in noun.children)


def _describing_clauses(sent: Span, root: Token, verb: Token) -> frozenset[int]:
    """The tokens of the clauses that describe someone the event is about, not its
    doer ("protested against hawkers who have held the market since 2015"), and do
    not hold the trigger: their periods are that participant's, not the event's.
    Left alone: clauses on an event noun ("attacks that have continued since 2019":
    the event's own period) and on the doer ("the group, which has fought since
    2009, has killed 40,000": the doer's years are the toll's)."""
    doers = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
             for t in c.subtree}
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.i not in doers \
                and tok.head.lower_ not in _WORDS.incident_nouns \
                and tok.head.lower_ not in _WORDS.conflict_nouns \
                and not tok.left_edge.i <= root.i <= tok.right_edge.i:
            out.update(t.i for t in tok.subtree)
    return frozenset(out)


def _superlative_restatement(root: Token) -> bool:
    """An event noun told as the predicate of a comparison ("It was the
    deadliest attack since 2021", "the worst violence in years"): the sentence
    measures an event told elsewhere, it reports none of its own."""
    # (also in apposition: "stormed a prison in Hasaka, its largest attack in years")
    return root.pos_ == "NOUN" and (
        root.dep_ == "attr" and root.head.pos_ == "AUX" or root.dep_ == "appos") and any(
        c.dep_ == "amod" and _comparing(c) for c in root.children)


def _is_nobody(token: Token) -> bool:
    """'nobody', 'none', 'no one', 'no civilians' as the subject of a casualty word."""
    if token.lower_ in _WORDS.nobody_words:
        return True
    # ("no one was hurt", "no civilians were injured")
    return any(c.lower_ == "no" and c.dep_ in ("det", "amod", "advmod") for c in token.children)


def _nothing_taken(verb: Token) -> str | None:
    """The object of a seizure or destruction verb when it is nothing ("No explosives
    were found", "found no weapons", "Nothing was stolen"), else None. Only the verb's
    own object: "seized guns from a man who had no licence" took the guns."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in token_children(verb):
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.lower_ in _WORDS.nothing_words or any(
                d.dep_ == "det" and d.lower_ == "no" for d in token_children(child)):
            return child.text
    return None


# A verb form used as a noun ("fighting could resume"): not the clause's verb.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound", "appos"})
_YEAR_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "npadvmod"})
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")


def _without_recent_periods(text: str) -> str:
    """The text with "since dawn", "in the past two days"... and a former name's
    "formerly known as" blanked (same length)."""
    text = _RECENT_PERIOD.sub(lambda m: " " * len(m.group()), text)
    if any(p in text for p in _WORDS.former_name_phrases):
        text = _FORMER_NAME.sub(lambda m: " " * len(m.group()), text)
    return text


@dataclass(frozen=True, slots=True)
class StatusCues:
    """Cue spans of one sentence, by class (from ``doc.spans["ec_cues"]``), and
    facts about the sentence computed once for all its triggers."""

    by_label: dict[str, list[Span]]
    text_lower: str = ""  # lower-cased, periods of the day's event blanked out
    habitual_at: tuple[int, ...] = ()  # token indices of frequency adverbs
    has_number: bool = False
    years: tuple[tuple[int, int, str], ...] = ()  # (token index, year, head word)
    # Tokens of a comparison's "since" clause ("for the first time since 2016",
    # "the deadliest attack since the troops left"): a past event named to
    # measure the news by, not the period of a total.
    comparison_since: frozenset[int] = frozenset()

    @classmethod
    def for_sentence(cls, doc: Doc, sent: Span, spans: list[Span] | None = None
                     ) -> StatusCues:
        """``spans``: the sentence's cue spans when the caller has them already."""
        out: dict[str, list[Span]] = {}
        if spans is None:
            spans = [s for s in doc.spans.get("ec_cues", ())
                     if s.start >= sent.start and s.end <= sent.end]
        for span in spans:
            out.setdefault(span.label_, []).append(span)
        habitual: list[int] = []
        years: list[tuple[int, int, str]] = []
        has_number = False
        facts = lower_and_like_num(doc)
        for i in range(sent.start, sent.end):
            lower, like_num = facts[i]
            if lower in _HABITUAL_IDS:
                habitual.append(i)
            if like_num:
                has_number = True
                tok = doc[i]
                if _YEAR.match(tok.text):
                    # ("in August 2013": the year hangs on its month, the month on
                    # the preposition that dates the clause)
                    head = tok.head.head if tok.head.lower_ in _WORDS.month_names else tok.head
                    years.append((i, int(tok.text), head.lower_))
        text_lower = _without_recent_periods(span_text(sent).lower())
        comparison: frozenset[int] = frozenset()
        if "since" in text_lower:
            comparison = comparison_since(sent)
            if comparison:
                years = [y for y in years if y[0] not in comparison]
                text_lower = _blank_tokens(text_lower, sent, comparison)
        return cls(out, text_lower, tuple(habitual), has_number, tuple(years), comparison)

    def has(self, label: str) -> bool:
        return label in self.by_label

    def texts(self, label: str) -> set[str]:
        return {s.text.lower() for s in self.by_label.get(label, ())}


_ACTOR_CUES = ("state_forces", "non_state", "civilians", "crowd_cue")


def _names_actor(token: Token, cues: StatusCues) -> bool:
    """The token is an actor word (forces, an armed group, civilians, a crowd)."""
    return any(s.start <= token.i < s.end for label in _ACTOR_CUES
               for s in cues.by_label.get(label, ()))


_CHAINS_KEY = "ec_filter_chains"
_CACHED_DEPTH = 8  # the deepest walk the rules ask for


def _chain(token: Token, depth: int = 4) -> list[Token]:
    """The token and its governors up to the clause's root (at most ``depth``).

    The walk up to ``_CACHED_DEPTH`` is kept per Doc by token index: a trigger's
    status asks for it five times at three depths, and a shallower walk is a
    prefix of the deeper one (the depth only cuts it). The token itself stays
    first, the same object (``status_of_trigger`` tells it by identity)."""
    if depth > _CACHED_DEPTH:
        return _walk_up(token, depth)
    doc = token.doc
    # (kept beside the Doc, not in doc.user_data: Token objects do not serialise)
    chains: dict[int, list[Token]] = doc_cache(doc).setdefault(_CHAINS_KEY, {})
    above = chains.get(token.i)
    if above is None:
        # (the governors' Token objects are kept too: callers only read them)
        above = chains[token.i] = [doc[i] for i in _governors(doc, token.i, _CACHED_DEPTH)]
    return [token, *above[:depth]]


def _walk_up(token: Token, depth: int) -> list[Token]:
    """``_chain`` walked token by token."""
    doc = token.doc
    return [token, *(doc[i] for i in _governors(doc, token.i, depth))]


def _governors(doc: Doc, i: int, depth: int) -> list[int]:
    """The positions of token ``i``'s governors up to the clause's root (at most
    ``depth``), read from the Doc's parse table (no Token object per step)."""
    heads = parse_table(doc).heads
    semicolons = semicolon_tokens(doc)
    out: list[int] = []
    while heads[i] != i and len(out) < depth:
        head = heads[i]
        # a clause after a semicolon is its own sentence (as ``_across_semicolon``)
        after = bisect.bisect_right(semicolons, min(i, head))
        if after < len(semicolons) and semicolons[after] < max(i, head):
            break
        i = head
        out.append(i)
    return out


def _held_for_long(verb: Token) -> bool:
    """A present perfect with a long duration: "has for years been", "have for
    decades fought"."""
    perfect = [c for c in token_children(verb)
               if c.dep_ == "aux" and c.lower_ in _WORDS.perfect_auxiliaries]
    if not perfect:
        return False
    # (the parser may hang "for years" on the auxiliary: "has for decades been")
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for"
        and any(obj.dep_ == "pobj" and obj.lower_ in _WORDS.long_durations
                for obj in prep.children)
        for head in (verb, *perfect) for prep in token_children(head))


def _across_semicolon(token: Token, head: Token) -> bool:
    """A semicolon lies between a token and its head ("a riot broke out;
    supporters demand a recount" parsed with the riot under "demand")."""
    lo, hi = sorted((token.i, head.i))
    # (the Doc's semicolons found once: the first after ``lo``, if before ``hi``)
    semicolons = semicolon_tokens(token.doc)
    after = bisect.bisect_right(semicolons, lo)
    return after < len(semicolons) and semicolons[after] < hi


def _period_of_events(root: Token, verb: Token) -> Token | None:
    """The period noun of 'weeks of fighting' or 'a month of protests' when it holds
    the trigger ('after weeks of fighting') or the trigger's verb is told over it
    ('40 people have died in a month of protests'), else None."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lower_ in _WORDS.period_nouns:
        return root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _days_before_or_after(root.head.head):
        # ("declared a state of emergency on Aug. 4 after days of clashes"): many days of
        # events told as what led to another, as "after weeks of fighting" is
        return root.head.head
    # The period phrase on the trigger's verb, or a few words after a participle the
    # parser hung elsewhere ("50 people killed, most of them by police, in three months
    # of unrest").
    candidates = [g for p in (*token_children(root), *token_children(verb)) if p.dep_ == "prep"
                  for g in token_children(p)]
    if root.tag_ == "VBN":
        candidates += root.doc[root.i + 1:min(root.i + 16, len(root.doc))]
    for noun in candidates:
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "over", "during") \
                and noun.lower_ in _WORDS.period_nouns and _of_events(noun):
            return noun
    return None


def _days_before_or_after(noun: Token) -> bool:
    """Is the noun an uncounted run of days that a sequence preposition governs ("after
    days of clashes")? Not "after two days of fighting", a counted time of the day's
    events."""
    return noun.lower_ in _WORDS.vague_day_runs and noun.dep_ == "pobj" \
        and noun.head.lower_ in _WORDS.sequence_prepositions \
        and not any(c.dep_ in ("nummod", "amod", "det") for c in token_children(noun))


def _of_events(period: Token) -> bool:
    """The period noun's "of" phrase names events, not a date ("a month of
    protests", not "the month of August" or "the weeks of 26/02-12/03")."""
    return any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
               and g.lower_ not in _WORDS.month_names
               and not any(ch.isdigit() for t in (g, *g.lefts) for ch in t.text)
               for c in period.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children)


def _lasting(verb: Token) -> Token | None:
    """The long time a clause's verb says it has lasted ("for months", "for many
    years"), else None. (The parser may hang it on the noun before: "clashed over
    grazing land for decades".)"""
    for noun in verb.subtree:
        if noun.dep_ != "pobj" or noun.lower_ not in _WORDS.long_periods \
                or noun.head.lower_ != "for":
            continue
        above = noun.head.head
        while above.i != verb.i and above.dep_ in ("pobj", "prep", "pcomp", "dobj"):
            above = above.head
        if above.i == verb.i:
            return noun
    return None


def _running_total_since(verb: Token, published: dt.date) -> Token | None:
    """The weekday of "since <weekday>" on a perfect verb whose subject is many people,
    when that weekday is two days or more before publication ("Hundreds of people
    have been arrested since Friday" on a Sunday, "more than 1,000 civilians had been
    killed since Thursday"): a total run up over several days, not one day's event.
    ("Fighting has raged since dawn", "14 killed since yesterday": the day's own
    event, left alone; so is one person "held since Friday", an arrest of that day.)"""
    if not _running_perfect(verb):
        return None
    # the people counted: the passive's subject, or the active verb's object
    # ("police have detained 300 people since Friday"; not the police themselves)
    if not any(c.dep_ in ("nsubjpass", "dobj") and _many_people(c) for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "since":
            continue
        for day in prep.children:
            if day.dep_ == "pobj" and day.lower_ in _WORDS.weekday_names:
                before = (published.weekday() - _WORDS.weekday_names.index(day.lower_)) % 7
                if before >= 2:
                    return day
    return None


def _many_people(subject: Token) -> bool:
    """A plural or counted subject ("hundreds of people", "more than 40 protesters")."""
    return subject.tag_ in ("NNS", "NNPS") or subject.like_num or any(
        c.dep_ == "nummod" or c.like_num for c in subject.children)


def _running_total_clause(verb: Token) -> frozenset[int]:
    """The tokens of a participle clause on the verb that carries the event on to a
    running total ("killed 12 villagers on Monday, bringing the toll since January
    to 80"): the total's period is the clause's, not the day's killing's."""
    out: set[int] = set()
    for child in token_children(verb):
        if child.dep_ in ("advcl", "xcomp", "conj") and child.tag_ == "VBG" \
                and child.lower_ in _WORDS.running_total_participles:
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return frozenset(out)


def _has_auxiliary_of(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """Has the verb an auxiliary among ``auxiliaries`` (the tenses below)?"""
    return any(c.lower_ in auxiliaries and c.dep_ in ("aux", "auxpass")
               for c in token_children(verb))


def _has_perfect_aux(verb: Token) -> bool:
    """Is the verb in the present perfect ("has killed", "have been wounded")?"""
    return _has_auxiliary_of(verb, _WORDS.perfect_auxiliaries)


def _counts_many(root: Token, cues: StatusCues, stat_context: bool) -> bool:
    """Is the trigger inside what a count noun counts, over many incidents ("figures
    on how many civilians died in air raids from 2014 to 2019", "the
    number of civilians killed in air strikes")? Not a running toll of one incident
    ("the number of people killed in Monday's attack rose to 40")."""
    counted = next((t for t in _chain(root, 6)[1:] if t.lower_ in _WORDS.count_nouns
                    and t.pos_ == "NOUN"), None)
    if counted is None or any(c.dep_ == "det" and c.lower_ in ("a", "an")
                              for c in counted.children):
        return False  # "a number of", "an unspecified number of": a quantity, no count
    if stat_context or len(cues.years) >= 2:
        return True
    # a bare plural event noun ("in air raids"), not "the attack", "Monday's raid"
    return any(t.tag_ == "NNS" and t.head.i != t.i and t.dep_ == "pobj"
               and not any(c.dep_ in ("det", "poss") for c in t.children)
               for t in root.subtree if t.i != counted.i)


def _toll_of_a_period(root: Token) -> Token | None:
    """The period a toll is told of when a participle hangs on "with" under a
    verb of being whose subject is that period ("Last year was the deadliest ..., with
    more than 1,600 people killed in militant violence"): a total of the year, no
    event. The period noun or year, else None."""
    if root.dep_ not in ("pcomp", "pobj", "acl") or root.head.lower_ != "with":
        return None
    verb = root.head.head
    if verb.lemma_ != "be":
        return None
    for child in token_children(verb):
        if child.dep_ in ("nsubj", "npadvmod") and (
                child.lower_ in _WORDS.period_nouns or _YEAR.match(child.text)):
            return child
    return None


def _refers_from_afar(trigger: Span, reference: Token) -> bool:
    """Does a reference word a few clauses above the trigger make it referred to? For a
    killing or an attack, any ("rejected allegations that its jets were responsible for
    an attack which left ten killed"); for a strike from afar, a standing accusation in
    the present ("accuses the army of killing civilians in air strikes"), not
    one told in the past, which reports a strike ("Fighters accused the army of firing
    rockets with a chemical payload at their trenches")."""
    if trigger.label_ in _CASUALTY_LABELS or trigger.label_ == "attack":
        return True
    # (also its present passive: "Russia is accused of being responsible for an attack")
    return reference.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
        for c in token_children(reference))


def _first_infinitive(verb: Token) -> Token:
    """The first of coordinated infinitives ("to begin talks ... and to sign an
    agreement": 'begin' for 'sign'; a bare verb shares the first's "to": "vowed to hunt
    down and punish the gunmen", "commits the groups to end hostilities and join a
    disarmament programme"), else the verb itself. (Not under an order: "directed
    officers to keep watch and detain the suspects" reads the order as done.)"""
    if verb.dep_ == "conj" and _has_to(verb.head) and (_has_to(verb) or (
            verb.tag_ == "VB" and verb.head.head.lower_ not in _WORDS.ordering_verbs)):
        return verb.head
    return verb


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(verb))


def _toll_of_a_period_above(chain: list[Token]) -> Token | None:
    """The period of _toll_of_a_period for the trigger or a word a few steps above it
    ("with 1,600 people killed in militant violence": the trigger 'violence')."""
    for tok in chain[:4]:
        if (period := _toll_of_a_period(tok)) is not None:
            return period
    return None


def _done_as_a_habit(root: Token) -> Token | None:
    """The verb of a present-tense relative clause whose object is the event noun, what
    someone does ("a rights group that tracks killings", "a monitor that records
    attacks on aid workers"): a description, no event. The clause's verb, else None.
    (Not the clause's verb as the trigger: a present-tense headline the parser reads as
    a relative clause, "youths carrying banners attack people at a rally", is news.)"""
    verb = root.head if root.dep_ == "dobj" and root.pos_ == "NOUN" else None
    if verb is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in token_children(verb)):
        return None  # ("who are fighting ...", "which has attacked ..."): other rules
    return verb


def _total_of_a_conjunct(verb: Token, cues: StatusCues) -> Token | None:
    """The "since" of a running total that a verb is coordinated with ("more than 180
    people had been killed in the region since July, and that hundreds of young men
    had been detained in the capital"), or a second count the same speaker gives after
    it ("said 354 people had been injured since the protests began ..., and 409 people
    had been arrested"): the conjunct counts over the same period. The "since", else
    None."""
    if verb.dep_ not in ("conj", "ccomp") or not _running_perfect(verb):
        return None
    head = verb.head
    if not _running_perfect(head):
        # ("The ministry said 354 people had been injured since the protests began ...,
        # and 409 people had been arrested", the second count a clause of "said" or
        # joined to it): the count before it, told by the same speaker
        told = [c for c in token_children(head) if c.dep_ == "ccomp" and c.i < verb.i]
        if not told:
            return None
        head = told[-1]
    if not _running_perfect(head) or _own_day(verb):
        return None  # ("and that 12 had been detained on Sunday": that day's arrests)
    for child in token_children(head):
        if child.dep_ == "advcl" and child.i not in cues.comparison_since:
            # ("since the protests began"): the "since" that opens the clause
            child = next((m for m in token_children(child) if m.dep_ == "mark"), child)
        if child.dep_ in ("prep", "mark") and child.lower_ == "since" \
                and child.i not in cues.comparison_since:
            subjects = [c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
            if any(_many_people(s) for s in subjects):
                return child
    return None


def _own_day(verb: Token) -> bool:
    """Does the verb name a day or a time of a day of its own ("detained on Sunday",
    "arrested overnight")?"""
    return any(g.lower_ in _WORDS.recent_periods for p in token_children(verb)
               if p.dep_ in ("prep", "npadvmod") for g in (p, *token_children(p)))


def _total_up_to_a_day(verb: Token) -> Token | None:
    """The day a perfect count of many runs up to ("more than 80 people had been killed
    in the crackdown before Friday"): a running total, not one day's toll. The day's
    word, else None."""
    if not _running_perfect(verb):
        return None
    subjects = [c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(_many_people(s) for s in subjects):
        return None
    for prep in token_children(verb):
        if prep.dep_ == "prep" and prep.lower_ in _WORDS.total_end_prepositions:
            for obj in token_children(prep):
                if obj.dep_ == "pobj" and (obj.lower_ in _WORDS.weekday_names
                                           or obj.lower_ in _WORDS.month_names):
                    return obj
    return None


def _running_perfect(verb: Token) -> bool:
    """Is the verb a perfect, present or past ("have been killed", "had been held")?"""
    return _has_auxiliary_of(verb, _WORDS.running_total_auxiliaries)


def _recurring(tokens: list[Token]) -> Token | None:
    """A time told as recurring on one of the verbs ("hit by air strikes almost every
    day", "shelled the town each night"): the unit, else None."""
    for tok in tokens:
        for child in token_children(tok):
            if child.dep_ == "npadvmod" and child.lower_ in _WORDS.recurring_units and any(
                    d.lower_ in _WORDS.recurrence_determiners for d in child.children):
                return child
    return None


def _over_a_period(tokens: list[Token]) -> Token | None:
    """A period the verb's acts are spread over ("has launched waves of attacks on Kyiv
    throughout May", "were shelled throughout the year"): many acts, not one. The
    period's noun, else None (not "throughout the night", the day's event)."""
    for tok in tokens:
        for prep in token_children(tok):
            if prep.dep_ != "prep" or prep.lower_ not in _WORDS.period_span_prepositions:
                continue
            for obj in token_children(prep):
                if obj.dep_ == "pobj" and (obj.lower_ in _WORDS.month_names
                                           or obj.lower_ in _WORDS.period_nouns):
                    return obj
    return None


def _up_to_the_verb(chain: list[Token]) -> list[Token]:
    """The trigger's chain of governors up to its clause's verb ("waves of missile
    attacks": 'attacks', 'of', 'waves', 'launched')."""
    for n, tok in enumerate(chain):
        if tok.pos_ in ("VERB", "AUX"):
            return chain[:n + 1]
    return chain


def _state_of_someone_described(root: Token) -> bool:
    """Is the protest a state a relative clause gives someone ("a senior member of the
    group who had been on hunger strike")? Who the person is, not an event."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in _WORDS.state_prepositions \
        and head.head.lemma_ == "be" and head.head.dep_ in ("relcl", "acl")


def _done_during_a_war(verb: Token) -> Token | None:
    """The war of a relative clause that tells what a group did in it ("Fano, a
    network of militias that fought alongside federal forces during the two-year war
    in Tigray"): who the group is, history. The war noun, else None."""
    if verb.dep_ != "relcl":
        return None
    for prep in token_children(verb):
        if prep.dep_ == "prep" and prep.lower_ in _WORDS.war_time_prepositions:
            for obj in token_children(prep):
                if obj.dep_ == "pobj" and obj.lower_ in _WORDS.war_nouns and _definite(obj):
                    return obj
    return None


def _retold_as_referred_to(root: Token, reference: Token, sent: Span,
                           casualty: bool = False) -> bool:
    """Is the event a definite noun that a reference verb takes as its object ("Islamic
    State claimed the attack through its news agency on Wednesday", "condemned the
    bombing"), or a harm that a reference noun takes with "for" ("took responsibility
    for the deaths", not a claim's), after a trigger of the story? The event told
    before, named again: the sentence's date is the claim's, not the event's."""
    taken = root.dep_ == "dobj" and root.head.i == reference.i or (
        # ("taking moral responsibility for the deaths"): the harm after the reference
        # noun's "for" (not an attack claimed: "claimed/accepted responsibility for the
        # attacks" may gather several, and the merge reads claims)
        casualty and root.dep_ == "pobj" and root.head.lower_ == "for"
        and root.head.head.i == reference.i and reference.pos_ == "NOUN"
        and reference.head.lower_ not in _WORDS.claim_verbs)
    return taken and root.pos_ == "NOUN" and _definite(root) and _trigger_told_before(sent)


def _vague_interval_before(word: Token) -> bool:
    """Does an uncounted measure of time ("days", "weeks") stand right before the
    sequence word ("The attacks came days after the death of a senator")? Not a counted
    one ("a day after", "two weeks after": dated history the policy keeps), nor a period
    that starts at the event ("for days after the blast", "in the weeks after")."""
    if word.i == 0:
        return False
    measure = word.doc[word.i - 1]
    if measure.dep_ != "npadvmod" or measure.lower_ not in _WORDS.vague_day_runs \
            and measure.lower_ not in _WORDS.long_periods or token_children(measure):
        return False
    return measure.i == 0 or word.doc[measure.i - 1].lower_ not in _WORDS.duration_prepositions


def _vaguely_dated_by(root: Token) -> Token | None:
    """The sequence word of a phrase that places the story's event an uncounted time
    away from another ("The attacks came days after the death of a senator who was shot
    at a rally in June"), when the trigger lies inside that phrase: an earlier event
    told to date this one, with no date of its own. The word, else None."""
    tok = root
    for _ in range(10):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("ROOT", "ccomp", "conj"):
            return None  # (another clause's time phrase dates that clause only)
        if tok.dep_ == "pobj" and head.lower_ in _WORDS.sequence_prepositions \
                and _vague_interval_before(head):
            return head
        if tok.dep_ == "advcl":
            marks = [c for c in token_children(tok) if c.dep_ == "mark"
                     and c.lower_ in _WORDS.sequence_prepositions and _vague_interval_before(c)]
            if marks:
                return marks[0]
        tok = head
    return None


def _weeks_before(word: Token) -> bool:
    """Does a counted interval of weeks or more stand right before the sequence word ("a
    week after", "three weeks after"), not as a period from the event ("within two weeks
    after the attack")?"""
    if word.i == 0:
        return False
    measure = word.doc[word.i - 1]
    if measure.dep_ != "npadvmod" or measure.lower_ not in _WORDS.week_intervals or any(
            c.dep_ not in ("det", "nummod") for c in token_children(measure)):
        return False
    start = measure.left_edge.i
    return start == 0 or word.doc[start - 1].lower_ not in _WORDS.duration_prepositions


def history_weeks_before_the_story(root: Token) -> Token | None:
    """The sequence word of a phrase, hung on a verb that places the story's event ("The
    capture comes three weeks after the fall of Goma in fighting that killed 3,000", "The
    strikes came a week after militants fired rockets"), whose words hold the trigger and
    name no date: an earlier event dated only weeks or more from the story's, the history
    the story is measured from. The word, else None. (Read by position after the sequence
    word, as the parser may hang the phrase's own phrases on the verb.)"""
    tok = root
    for _ in range(10):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("conj", "nsubj", "nsubjpass"):
            return None  # (a coordinated clause or the verb's subject: the story's side)
        if head.lower_ in _WORDS.sequel_verbs:
            return _undated_sequence_word(head, root)
        tok = head
    return None


def _undated_sequence_word(verb: Token, root: Token) -> Token | None:
    """The verb's sequence word with weeks or more before it and before the trigger, when
    no date or time is named from that word to the verb's last word; else None."""
    for child in token_children(verb):
        word = child if child.dep_ == "prep" else next(
            (c for c in token_children(child) if c.dep_ == "mark"), None) \
            if child.dep_ == "advcl" else None
        if word is None or word.lower_ not in _WORDS.sequence_prepositions \
                or not word.i < root.i or not _weeks_before(word):
            continue
        doc = verb.doc
        if any(doc[i].ent_type_ in ("DATE", "TIME")
               for i in range(word.i + 1, verb.right_edge.i + 1)):
            return None  # ("a week after rebels took Gao on June 3": dated in its own words)
        return word
    return None


def _in_the_weeks_that_followed(tokens: list[Token]) -> Token | None:
    """A time counted on from an earlier event on one of the verbs ("handed over its
    bases in the following weeks", "in the ensuing months"): later than that event, with
    no date of its own. The period noun, else None."""
    for tok in tokens:
        period = _period_phrase(tok, _WORDS.long_periods, _WORDS.sequel_time_adjectives)
        if period is not None:
            return period
    return None


def _period_phrase(head: Token, nouns: frozenset[str], adjectives: frozenset[str],
                   prepositions: frozenset[str] | None = None) -> Token | None:
    """The period noun a preposition under the head governs, told with one of the
    adjectives that place it ("in the following weeks", "over the previous fortnight");
    only those prepositions when given. The noun, else None."""
    for prep in token_children(head):
        if prep.dep_ != "prep" or (prepositions is not None and prep.lower_ not in prepositions):
            continue
        for noun in token_children(prep):
            if noun.dep_ == "pobj" and noun.lower_ in nouns and any(
                    a.dep_ == "amod" and a.lower_ in adjectives for a in token_children(noun)):
                return noun
    return None


def _standing_state(chain: list[Token]) -> Token | None:
    """The verb in the simple present that a change to a group hangs on ("The United
    States still lists it as a terrorist group"; "say Rwanda arms the M23 and has
    deployed troops", a perfect coordinated with one): a standing state, no change of
    the day. The verb, else None."""
    verb = next((t for t in chain[:3] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    present = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    for tok in present:
        if tok.tag_ in ("VBZ", "VBP") and tok.lemma_ != "be" and not any(
                c.dep_ in ("aux", "auxpass") for c in token_children(tok)):
            return tok
        # ("Thousands of federal troops are deployed in buffer zones": a present
        # passive, the forces where they stand)
        if tok.tag_ == "VBN" and any(c.dep_ == "auxpass"
                                     and c.lower_ in _WORDS.present_state_auxiliaries
                                     for c in token_children(tok)) \
                and not any(c.dep_ == "aux" for c in token_children(tok)):
            return tok
    return None


def _recurring_in_its_description(root: Token) -> Token | None:
    """A recurring time in a clause that describes the event noun ("defying a school
    boycott the fighters impose each September", "a curfew the army enforces every
    night"): what a group does again and again, no event of the day. The unit, else
    None."""
    if root.pos_ != "NOUN":
        return None
    for clause in token_children(root):
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for unit in token_children(clause):
            if unit.dep_ == "npadvmod" and (
                    unit.lower_ in _WORDS.recurring_units or unit.lower_ in _WORDS.yearly_units
                    or unit.lower_ in _WORDS.month_names) and any(
                        d.lower_ in _WORDS.recurrence_determiners for d in token_children(unit)):
                return unit
    return None


def _the_new_body_named_again(root: Token, sent: Span) -> bool:
    """Is the trigger a definite noun the text calls new ("stayed out of the new
    alliance", "the new coalition's leader"), after a change to a group told before? The
    body that change formed, named again: evidence of that event, no change of its own."""
    return root.pos_ == "NOUN" and _definite(root) and any(
        c.dep_ == "amod" and c.lower_ in _WORDS.newness_adjectives for c in token_children(root)
    ) and _trigger_told_before(sent, "change_group")


def _agreement_in_force(root: Token) -> Token | None:
    """The preposition (or verb) of an agreement named as the state of things that acts go
    against, carry out or are done under ("operations against its members had continued
    despite the truce", "instructors sent under a cooperation deal", "failed to implement
    the pact"): an agreement referred to as in force, not reached in the story. The
    preposition or verb, else None. (An agreement the words on it
    date, "under a ceasefire agreed in Doha on Sunday", is history told with its date,
    which the coding policy keeps: the other rules judge it.)"""
    prep = root.head
    if root.dep_ == "dobj" and prep.lower_ in _WORDS.in_force_verbs:
        return prep  # ("the county never honoured the accord")
    if root.dep_ != "pobj":
        return None
    if prep.lower_ in _WORDS.in_force_prepositions:
        return prep
    # (only after the story told another event: a deal that is its first sentence's
    # news, "The two clans handed over fifty goats under a peace deal", is the agreement)
    if prep.lower_ in _WORDS.framework_prepositions and not _dated_in_its_words(root) \
            and _trigger_told_before(Span(root.doc, *sentence_tokens(root.doc, root.i))):
        return prep
    return None


def _dated_in_its_words(noun: Token) -> bool:
    """Do the noun's own words (its subtree) name a date?"""
    doc = noun.doc
    return any(doc[i].ent_type_ == "DATE" for i in range(noun.left_edge.i, noun.right_edge.i + 1))


def names_an_agreement_in_force(trigger: Span) -> bool:
    """Is the trigger an agreement named as in force ("instructors sent under a defence
    pact", "despite the truce"), no act of its sentence? (Also read by resolve.dates: a
    sentence that names one tells no event of another kind.)"""
    return trigger.label_ == "agreement" and _agreement_in_force(trigger.root) is not None


def _done_under_an_agreement(verb: Token) -> Token | None:
    """The agreement noun of a framework preposition on the verb ("have handed in their
    weapons under the deal"), else None."""
    for prep in token_children(verb):
        if prep.dep_ == "prep" and prep.lower_ in _WORDS.framework_prepositions:
            for noun in token_children(prep):
                if noun.dep_ == "pobj" and noun.lower_ in _WORDS.agreement_head_nouns:
                    return noun
    return None


def _clause_has_a_time(verb: Token) -> bool:
    """Does the verb's clause name a date or a time of day (spaCy's DATE/TIME entities)?"""
    doc = verb.doc
    return any(doc[i].ent_type_ in ("DATE", "TIME")
               for i in range(verb.left_edge.i, verb.right_edge.i + 1))


def _time_of_its_own(verb: Token, subject: Token) -> bool:
    """Does the verb's own clause, outside its subject and the verbs coordinated with it,
    name a date or a time of day?"""
    doc = verb.doc
    return any(doc[i].ent_type_ in ("DATE", "TIME")
               for c in token_children(verb) if c.i != subject.i and c.dep_ != "conj"
               for i in range(c.left_edge.i, c.right_edge.i + 1))


def _doers_described_as_of_a_year(chain: list[Token], cues: StatusCues,
                                  published: dt.date) -> int | None:
    """The year of a clause that describes the subject of the trigger's verb, or of the
    verb that governs it, when that year is before publication and the verb names no
    time of its own ("Rwandan troops deployed in 2021 helped the army retake most
    towns", "the militia, formed in 2013, drove the rebels from the town"): the history
    of those doers since then, with no date. The year, else None. (Not a present tense:
    "militias formed in 2013 control the area" says how things stand.)"""
    verbs = [t for t in chain[:3] if t.pos_ in ("VERB", "AUX")][:2]
    for verb in verbs:
        if verb.tag_ in ("VBZ", "VBP"):
            continue
        for subject in token_children(verb):
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for clause in token_children(subject):
                if clause.dep_ not in ("acl", "relcl"):
                    continue
                for i, year, head in cues.years:
                    if clause.left_edge.i <= i <= clause.right_edge.i \
                            and head in _WORDS.year_prepositions and year < published.year \
                            and not _time_of_its_own(verb, subject):
                        return year
    return None


def _built_up_by_now(chain: list[Token]) -> Token | None:
    """The vague large quantity of what a group took on or sent, in the present perfect
    with no time of its own ("has recruited tens of thousands of volunteers", "has
    deployed thousands of its own troops in eastern Congo"): a build-up over time, up to
    now, no change of the day (forces sent from or to a place are moved: news). The
    quantity word, else None."""
    verb = next((t for t in chain[:3] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _has_perfect_aux(verb):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _WORDS.direction_prepositions and _names_a_place(c)
           for c in token_children(verb)):
        return None  # ("has dispatched hundreds of troops from the desert to the front"): a move
    for c in token_children(verb):
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        amount = c if c.lower_ in _WORDS.vague_quantity_words else next(
            (g for g in token_children(c) if g.lower_ in _WORDS.vague_quantity_words), None)
        if amount is not None and not _clause_has_a_time(verb):
            return amount
    return None


def _names_a_place(prep: Token) -> bool:
    """Does the direction phrase name where the forces went or came from ("from Badiyeh",
    "to the front", "into Kursk"), not only the area the story is about ("to the region",
    "to the area": where they stand, a build-up)?"""
    return any(o.dep_ == "pobj" and o.lower_ not in _WORDS.story_area_nouns
               for o in token_children(prep))


def _total_over_a_period(verb: Token) -> Token | None:
    """The period a count of many people runs back over from the telling ("had killed
    about 40 militants in operations over the previous fortnight", "more than 900 people
    were killed in the first three months of the year"): a total of that stretch of
    time, not one event. The period's noun, else None."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and _many_people(c)
               for c in token_children(verb)):
        return None
    return _period_phrase(verb, _WORDS.total_period_nouns, _WORDS.period_reach_adjectives,
                          _WORDS.total_period_prepositions)


def _in_unrest_since_it_began(verb: Token) -> Token | None:
    """A perfect casualty verb told "in" a war or unrest that a relative clause says
    began ("32 people have died in the unrest that began after the disputed election"):
    the toll of the whole period since it began, as "since the unrest began" is. In the
    simple past only for many people and unrest whose clause dates its start ("nine
    people were killed and 400 hurt during the protests, which began on May 2"): the
    whole stretch's toll, where four who "died in clashes that broke out at a rally" are
    the day's. The noun, else None."""
    perfect = _has_perfect_aux(verb)
    if not perfect and not any(c.dep_ in ("nsubj", "nsubjpass") and _many_people(c)
                               for c in token_children(verb)):
        return None
    # (the phrase after coordinated counts hangs on the last and is told of all)
    verbs = [verb, *(c for c in token_children(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
    for prep in (p for v in verbs for p in token_children(v)):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in token_children(prep):
            if noun.dep_ != "pobj" or noun.lower_ not in (
                    _WORDS.conflict_nouns | _WORDS.unrest_nouns if perfect
                    else _WORDS.unrest_nouns):
                continue
            for began in token_children(noun):
                if began.dep_ == "relcl" and began.lower_ in _WORDS.beginning_verbs \
                        and (perfect or _start_dated(began)):
                    return noun
    return None


def _start_dated(began: Token) -> bool:
    """Does the clause of a beginning name the day, month or year it began ("which
    began on Oct. 3", "that started in September", "since Friday")?"""
    return any(obj.dep_ == "pobj" and (_YEAR.match(obj.text) is not None
                                       or obj.lower_ in _WORDS.weekday_names
                                       or _names_a_month(obj))
               for prep in token_children(began) if prep.dep_ == "prep"
               for obj in token_children(prep))


def _names_a_month(word: Token) -> bool:
    """A month's name, whole or cut short ("October", "Oct.", "Sept.")."""
    stem = word.lower_.rstrip(".")
    return len(stem) >= 3 and any(m.startswith(stem) for m in _WORDS.month_names) \
        and (word.lower_ in _WORDS.month_names or word.text[0].isupper())


def _detentions_counted_in_hundreds(verb: Token) -> Token | None:
    """The people of a past-perfect detention count in the hundreds that names no
    place or time of its own ("the ministry said 420 people had been detained",
    "90 officers had been hurt and 250 people arrested"): an authority's tally over
    the unrest, not one day's arrests. The counted noun, else None."""
    perfect = verb if verb.dep_ != "conj" or _tally_perfect(verb) else verb.head
    if not _tally_perfect(perfect):
        return None
    if any(c.dep_ in ("prep", "npadvmod", "advmod", "advcl") for v in {verb, perfect}
           for c in token_children(v)):
        return None
    return next((c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and _counted_in_hundreds(c)), None)


def _toll_in_hundreds_with_nothing_of_its_own(verb: Token) -> Token | None:
    """The people of a present-perfect toll in the hundreds whose verb has no place,
    time, doer or cause of its own ("rights groups say more than 300 marchers have been
    killed"): the count of a movement or a country, not one event ("52 people have been
    killed in a gas attack on a town" names its event). The counted noun, else None."""
    if verb.lower_ not in _WORDS.toll_verb_forms or not _has_perfect_aux(verb):
        return None
    if any(c.dep_ in _OWN_PHRASE_DEPS for c in token_children(verb)):
        return None
    return next((c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass")
                 and _counted_in_hundreds(c)), None)


# The dependents by which a verb names a place, a time, a doer, a manner or more told.
_OWN_PHRASE_DEPS = frozenset({"prep", "agent", "npadvmod", "advmod", "advcl", "conj",
                              "dobj"})


def _tally_perfect(verb: Token) -> bool:
    """Is the verb a past perfect ("had been detained"), the tense of a tally told?"""
    return _has_auxiliary_of(verb, _WORDS.tally_auxiliaries)


# A count from which a detention total is read as an authority's tally, not one raid's.
_TALLY_LEAST_COUNT = 100


def _counted_in_hundreds(noun: Token) -> bool:
    """Does the noun count people in the hundreds or more ("516 people", "hundreds of
    protesters", "more than 1,200")?"""
    if noun.lower_ in _WORDS.hundreds_words:
        return True
    for num in (noun, *(c for c in token_children(noun) if c.dep_ == "nummod")):
        digits = num.text.replace(",", "")
        if digits.isdigit() and int(digits) >= _TALLY_LEAST_COUNT:
            return True
    return False


def _start_of_a_period(chain: list[Token]) -> Token | None:
    """The perfect verb whose period an event in its "since" phrase or clause starts
    ("have stepped up attacks on the city since launching a ground offensive this
    month", "has fought the army since the coup", "had fled since fighting broke out"):
    the event is told as before the story's, history (kept by the coding policy when its
    own sentence dates it to the day). The perfect verb, else None."""
    for n, tok in enumerate(chain):
        if n and tok.lower_ == "since" and tok.dep_ == "prep" \
                and chain[n - 1].dep_ in ("pobj", "pcomp"):
            return tok.head if _running_perfect(tok.head) else None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in token_children(tok)):
            return tok.head if _running_perfect(tok.head) else None
    return None


def _illustrating_a_state(chain: list[Token]) -> Token | None:
    """The gerund of a "with" clause that has a subject of its own, hung on a verb of
    being in the present or the present perfect ("The province has become one of the
    most violent in the country, with armed groups using drones against police posts",
    "the district is under a state of siege, with officers replacing civilian
    officials"): what shows a standing state, no event of a day (not a past, "the town
    remained tense on Monday, with gunmen firing on ..."). The gerund, else None."""
    for tok in chain:
        if tok.tag_ != "VBG":
            continue
        state = tok.head.head
        if tok.dep_ == "pcomp" and tok.head.lower_ == "with" \
                and any(c.dep_ == "nsubj" for c in token_children(tok)) \
                and state.lower_ in _WORDS.state_verbs and (
                    state.tag_ in ("VBZ", "VBP") or _has_perfect_aux(state)):
            return tok
        return None
    return None


def _judged_in_a_statement(copula: Token) -> bool:
    """Is the verb a copula, in what someone said, that judges its subject ("the
    governor said the attack on the market was a crime against humanity", "police said
    the bombing was the work of a splinter faction")?"""
    return copula.lemma_ == "be" and copula.dep_ == "ccomp" \
        and copula.head.lower_ in _WORDS.statement_verbs \
        and any(c.dep_ in ("attr", "acomp") for c in token_children(copula))


def _named_in_a_judgement(root: Token) -> Token | None:
    """The naming verb whose object is the definite event noun, judged by a second word
    ("calling the assaults abhorrent", "called the shooting a cowardly act"; the parser
    may hang the noun on that word: "called the killing inexcusable", "calling the raid
    harassment"). The verb, else None."""
    noun = root
    if root.dep_ in ("amod", "compound") and root.head.dep_ in ("oprd", "dobj"):
        noun = root.head
    if not (_definite(root) or noun is not root and _definite(noun)):
        return None
    verb = noun.head
    if noun.dep_ not in ("dobj", "oprd") or verb.lower_ not in _WORDS.naming_verbs:
        return None
    judged = noun is not root or any(c.dep_ == "oprd" for c in token_children(verb))
    return verb if judged else None


def _continuing_with_no_day(root: Token) -> Token | None:
    """The verb of continuing an event noun is the subject of, in the perfect and with
    no time of its own ("said military operations against its members had continued
    despite the truce", "clashes have persisted in the district"): a campaign going on,
    no event of a day. The verb, else None."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _WORDS.continuation_verbs \
            or not _running_perfect(verb) or _clause_has_a_time(verb):
        return None
    return verb


def _agreement_told_with_how_reached(root: Token, sent: Span) -> Token | None:
    """The verb of reaching a definite agreement noun that is its passive subject, after
    the text has told an agreement ("The open-ended ceasefire was agreed in talks hosted
    in Kabul", after the lead's ceasefire called off): the agreement told before, with its
    history. The verb, else None."""
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lower_ not in _WORDS.signing_participles \
            or not _definite(root) or not _trigger_told_before(sent, "agreement"):
        return None
    return verb


def _measure_told_after(trigger: Span, root: Token, sent: Span) -> Token | None:
    """The verb of forces sent somewhere, told in the perfect in what someone said, with
    no time of its own, after a trigger of another class ("A police spokeswoman said
    officers and soldiers had been deployed to the town", "the minister said
    reinforcements had been sent to the area"): the measure taken in answer to the
    story's event, no event of its own. The verb, else None."""
    if root.lower_ not in _WORDS.deployment_words:
        return None
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or not _running_perfect(verb):
        return None
    if _clause_has_a_time(verb):
        return None
    ends = _first_trigger_ends(sent.doc)
    if not any(label != trigger.label_ and end <= sent.start for label, end in ends.items()):
        return None
    return verb


def _fighting_an_ongoing_war(verb: Token) -> Token | None:
    """The war a verb in the progressive is waged against ("Nigeria's military is also
    fighting a 15-year Islamist insurgency in the northeast", "has been battling a
    rebellion"): an ongoing war, not an event of the day. The war noun, else None."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in _WORDS.ongoing_auxiliaries
                                     for c in token_children(verb)):
        return None
    return _war_object(verb)


def _wars_fought_before(verb: Token) -> Token | None:
    """The war a verb in the perfect has as object ("the two states have fought two wars
    over the region", "the country has fought four wars with its neighbour"): wars of the
    past, counted, not an event of the day. The war noun, else None."""
    if not _has_perfect_aux(verb):
        return None
    return _war_object(verb)


def _war_object(verb: Token) -> Token | None:
    """The war noun the verb takes as its object ("fighting an insurgency", "fought two
    wars"), else None."""
    return next((c for c in token_children(verb)
                 if c.dep_ == "dobj" and c.lower_ in _WORDS.war_nouns), None)


def _a_kind_of_target_in_the_perfect(verb: Token, cues: StatusCues) -> Token | None:
    """The bare plural object of a verb in the perfect whose subject is a pronoun for a
    group told before, in a sentence with no number and a clause with no time ("they
    have also attacked merchant ships", "where they have kidnapped foreigners for
    ransom"): a kind of target the group strikes, what it has done over time, not one
    event ("residents have burned houses in protest" reports one). The object, else
    None."""
    if cues.has_number or not _has_perfect_aux(verb) or _clause_has_a_time(verb) \
            or not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in token_children(verb)):
        return None
    for obj in token_children(verb):
        if obj.dep_ == "dobj" and obj.tag_ == "NNS" \
                and obj.lower_ not in _WORDS.vague_quantity_words and not any(
                c.dep_ in _COUNTING_DEPS for c in token_children(obj)):
            return obj
    return None


# What makes a plural object a set of things of one occasion: "the ships", "two ships",
# "its ships", "several ships" (and "dozens of ships": a vague quantity word)
_COUNTING_DEPS = frozenset({"det", "nummod", "poss", "quantmod", "amod"})


def _of_a_dated_war(root: Token, cues: StatusCues, published: dt.date | None) -> Token | None:
    """The war an event noun belongs to, when what is told of that war dates it to a
    year before publication ("saw some of the worst fighting of a civil war that killed
    400,000 people before a 2018 peace deal"): the war's fighting, a period, not an
    event of the day. The war noun, else None."""
    if root.pos_ != "NOUN" or published is None:
        return None
    for prep in token_children(root):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for war in token_children(prep):
            if war.dep_ == "pobj" and war.lower_ in _WORDS.war_nouns and any(
                    war.left_edge.i <= i <= war.right_edge.i and year < published.year
                    for i, year, _ in cues.years):
                return war
    return None


def _tells_how_a_war_began(root: Token) -> bool:
    """Is the trigger in the clause that tells how a war began ("The war began when
    gunmen attacked communities in the south, killing 1,200")? The story's history."""
    for tok in _chain(root, 8):
        head = tok.head
        if tok.dep_ == "advcl" and head.lower_ in _WORDS.beginning_verbs and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WORDS.war_nouns
                for c in head.children):
            return True
    return False


def _doer_told_of_the_event(root: Token) -> Token | None:
    """The verb that names who was behind a definite event noun, its passive subject,
    with its doer after "by" ("Kurti said the attack was organised by Belgrade",
    "police said the bombing was financed by a gang of smugglers"), or the "behind"
    of its doers ("those behind the bombing"), or tied to them with "to" ("the raid was
    linked to a smuggling ring"), or after the "in" of a share in it ("had a hand in the
    bombing"): the event told before, with someone's account of its doer, not a new
    one. That word, else None."""
    verb = root.head
    if root.pos_ != "NOUN" or not _definite(root):
        return None
    if root.dep_ == "pobj" and verb.lower_ in _WORDS.doer_prepositions:
        return verb  # ("those behind the attack must face justice")
    if root.dep_ == "pobj" and verb.lower_ == "in" and verb.i > 0 \
            and verb.doc[verb.i - 1].lower_ in _WORDS.doer_share_nouns:
        # ("had a hand in the bombing", "their role in the violence": the parser
        # hangs the "in" on the noun or on the verb before it)
        return verb.doc[verb.i - 1]
    if root.dep_ == "nsubjpass" and verb.lower_ in _WORDS.doer_link_verbs and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in token_children(verb)):
        return verb  # ("the raid was linked to a smuggling ring")
    if root.dep_ != "nsubjpass" or verb.lower_ not in _WORDS.doer_told_verbs:
        return None
    verbs = [verb, *(c for c in token_children(verb) if c.dep_ == "conj")]
    return verb if any(c.dep_ == "agent" for v in verbs for c in token_children(v)) else None


def _definite(noun: Token) -> bool:
    """Does the noun carry a definite determiner ("the clashes", "this attack")?"""
    return determined_by(noun, _WORDS.definite_determiners)


def _trigger_told_before(sent: Span, label: str | None = None) -> bool:
    """Does a trigger (of that class, if given) end before the sentence?"""
    ends = _first_trigger_ends(sent.doc)
    if label is None:
        return any(end <= sent.start for end in ends.values())
    first = ends.get(label)
    return first is not None and first <= sent.start


_FIRST_ENDS_KEY = "ec_first_trigger_ends"


def _first_trigger_ends(doc: Doc) -> dict[str, int]:
    """The end of each trigger class's earliest-ending trigger, found once per Doc
    (the matcher has written its triggers; reading the group builds a Span each)."""
    cached = doc.user_data.get(_FIRST_ENDS_KEY)
    if isinstance(cached, dict):
        return cached
    ends: dict[str, int] = {}
    for span in doc.spans.get("ec_triggers", ()):
        label = span.label_
        if label not in ends or span.end < ends[label]:
            ends[label] = span.end
    doc.user_data[_FIRST_ENDS_KEY] = ends
    return ends


def _how_told_fighting_began(trigger: Span, sent: Span) -> bool:
    """Is the trigger "the clashes" of "The clashes began after the separatists
    accused ...", the fighting an earlier sentence of the story told, now with
    its cause? (A definite subject of a beginning verb with an "after/when"
    clause, and a trigger of its class before the sentence.)"""
    root = trigger.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _WORDS.beginning_verbs or not _definite(root):
        return False
    # (or with when it began: "The protests began last week over a rise in fares";
    # or at what hour or where: "residents said the shooting started at dawn", "The
    # shooting broke out at a shipyard where crowds had gathered")
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WORDS.event_clause_marks
                                         for m in c.children) for c in verb.children) \
            and not any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in verb.children) \
            and not any(c.dep_ == "prep" and c.lower_ in _WORDS.onset_prepositions
                        for c in verb.children):
        return False
    return _trigger_told_before(sent, trigger.label_)


def _across_a_country(root: Token) -> bool:
    """Is the casualty word told over a whole country ("six people were killed
    in violence across Bangladesh", "dozens died throughout the country", "were
    treated for wounds across the country")? A
    round-up of many incidents, not one event's toll."""
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    if verb.dep_ == "prep" and root.dep_ == "pobj":
        verb = verb.head  # ("were treated for wounds across the country")
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if root is not verb:
        preps += [c for c in root.children if c.dep_ == "prep"]
    # ("killed in violence across Bangladesh": the phrase may hang on the noun)
    preps += [g for p in preps for o in p.children if o.dep_ == "pobj"
              for g in o.children if g.dep_ == "prep"]
    return any(p.lower_ in _WORDS.spread_prepositions and any(
        o.dep_ == "pobj" and (o.ent_type_ == "GPE" or o.lower_ in _WORDS.whole_area_nouns)
        for o in p.children) for p in preps)


def _clause_verbs(token: Token) -> list[Token]:
    """The verbs that govern ``token`` in its own clause and the clauses above."""
    return [t for t in _chain(token) if t.pos_ in ("VERB", "AUX")]


def _crowd_dispersed(trigger: Span, verb: Token) -> bool:
    """The trigger describes what the crowd that a dispersal verb acts on was
    doing ("fired teargas to disperse rioting youths", "to break up the
    stone-throwing crowd"): the rioting was there; only the dispersal is the
    purpose. (Not a mere "angry crowd" or "mob": a crowd being dispersed is
    the demonstration, not a mob at work.)"""
    if trigger.label_ != "protest_violence" or verb.lower_ not in _WORDS.dispersal_verbs:
        return False
    root = trigger.root
    return root.i != verb.i and any(
        c.dep_ == "dobj" and root.i in {t.i for t in c.subtree} for c in verb.children)


def _shared_subject_start(verb: Token) -> int:
    """Where the subject starts that a coordinated verb with none of its own shares
    with the verb before it ("fighting in 2020 killed thousands and ended in a
    truce": the truce is dated by the fighting's year too); the verb's own left edge
    otherwise."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.left_edge.i
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return min([verb.left_edge.i, *(s.left_edge.i for s in subjects)])


def _describes_a_participant(token: Token, verb: Token) -> bool:
    """'a car carrying members of the YBS, a group formed in 2014': the year sits in
    a clause that describes someone, under the event's verb, not on the verb."""
    for above in token.ancestors:
        if above.i == verb.i:
            return False
        # (a past participle or a relative clause: "a militia founded in 2014";
        # not "a car carrying fighters ... in 2014", which the parser may hang
        # on the participle of the event itself)
        if (above.dep_ == "relcl" or above.dep_ == "acl" and above.tag_ == "VBN") \
                and not any(t.i == verb.i for t in above.subtree):
            return True
    return False


def _described_by(verb: Token) -> list[Token]:
    """The nouns a relative clause describes, up through prepositions: in "a 2019
    attack on a hotel that killed 21", 'hotel' and 'attack'."""
    nouns: list[Token] = []
    if verb.dep_ == "relcl":
        noun = verb.head
        nouns.append(noun)
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(nouns) < 4:
            noun = noun.head.head
            nouns.append(noun)
    return nouns


def _year_naming(noun: Token, sent: Span, cues: StatusCues) -> int | None:
    """The year that modifies an event noun ('a 2019 attack', 'the 2013 Westgate
    siege'), else None."""
    for i, year, _ in cues.years:
        token = sent.doc[i]
        named = token.head if token.dep_ in _YEAR_MODIFIER_DEPS else None
        while named is not None and named.i != noun.i and named.dep_ == "compound":
            named = named.head
        if named is not None and named.i == noun.i:
            return year
    return None


def _in_a_trend(root: Token) -> str | None:
    """'a surge in kidnappings and roadside bombings': the trend noun over a plural
    event noun (or one coordinated with it), else None."""
    noun = root
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "of"):
        return None
    trend = noun.head.head
    return trend.text if trend.lower_ in _WORDS.trend_nouns else None


def _stepped_up(root: Token) -> str | None:
    """'the rebels have lately stepped up their raids': a plural event noun as the
    object of a verb of intensifying in the perfect, a trend of many incidents
    (the verb's text), else None."""
    noun = root
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.tag_ != "NNS" or noun.dep_ != "dobj" or verb.lower_ not in _WORDS.intensifying_verbs:
        return None
    return verb.text if _has_perfect_aux(verb) else None


def _depicted_damage(root: Token) -> bool:
    """'footage showed burning cars', 'images of damaged buildings': a damage
    word describing a thing that is shown or seen (also as the clause shown:
    'photos showed the aircraft burning')."""
    if root.dep_ in ("ccomp", "xcomp", "oprd") and root.head.lower_ in _WORDS.depiction_words:
        return True
    if root.dep_ != "amod":
        return False
    thing = root.head
    while thing.dep_ == "conj":  # "burning cars and damaged buildings"
        thing = thing.head
    governor = thing.head
    if thing.dep_ == "pobj" and governor.lower_ == "of":  # "images of damaged homes"
        governor = governor.head
    return governor.lower_ in _WORDS.depiction_words


def _names_the_speaker(root: Token) -> bool:
    """'The rebel alliance CSP-DPA said ...', 'an alliance of ethnic armies took the
    city': a group noun that is (part of) the active subject of a verb names who
    speaks or acts; nothing was formed (unless the verb tells it began: 'emerged')."""
    subject = root.head if root.dep_ in ("compound", "appos") else root
    return root.pos_ in ("NOUN", "PROPN") and subject.dep_ == "nsubj" \
        and subject.head.pos_ in ("VERB", "AUX") \
        and subject.head.lower_ not in _WORDS.formation_verbs


def _ongoing_fight_retold(verb: Token) -> bool:
    """'said it was fighting the dissidents': a fight verb in the past progressive,
    told by a speaker, with no date of its own."""
    return verb.tag_ == "VBG" and verb.lower_ in _WORDS.fight_verbs_ongoing \
        and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children) \
        and verb.dep_ == "ccomp" and verb.head.lower_ in _WORDS.hearsay_verbs \
        and not any(t.ent_type_ == "DATE" for t in verb.subtree)


def _same_target_told_again(verb: Token) -> bool:
    """'ambushed the same convoy': the verb's object is the one an event told
    before hit, and nothing makes it a second time (no 'again', no date of its own:
    'attacked the same village again on Tuesday' is a new attack)."""
    # (the object first: it is rare, and the subtree is the whole clause)
    if not any(c.dep_ == "dobj" and _definite(c) and any(
            a.dep_ == "amod" and a.lower_ in _WORDS.identity_adjectives for a in c.children)
            for c in verb.children):
        return False
    return not any(t.lower_ in _WORDS.repeat_adverbs or t.ent_type_ == "DATE"
                   for t in verb.subtree)


def _told_again(root: Token, sent: Span) -> str | None:
    """A verb trigger that tells the event told before once more, as the reason's
    words: a side's word on the fighting ("The ELN said it was fighting the
    dissidents, not civilians"), or another account of the same blow ("JNIM said
    its fighters had ambushed the same convoy")."""
    if root.pos_ != "VERB":
        return None
    if _ongoing_fight_retold(root) and _trigger_told_before(sent, "armed_clash"):
        return f"'{root.head.text} ... {root.text}' (a side's word)"
    if _same_target_told_again(root) and _trigger_told_before(sent):
        return f"'{root.text}' the same target"
    return None


def _witness_words(trigger: Span, sent: Span) -> bool:
    """A trigger inside the direct speech a sentence opens with ("'They were shooting
    straight at us,' a student said"), speech that names no number, no place and no
    one by name, after a sentence with a trigger: a witness's or an official's words
    on the event told before, not another event."""
    marks = quotation_around(doc_text(sent.doc), sent.start_char, sent.end_char,
                             trigger.start_char, trigger.end_char)
    if marks is None or marks[0] != sent.start_char:
        return False
    quoted = sent.doc.char_span(marks[0] + 1, marks[1], alignment_mode="contract")
    if quoted is None or any(
            t.like_num or t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "DATE", "TIME")
            for t in quoted):
        return False
    return _trigger_told_before(sent)


def _seen_or_heard_of(noun: Token) -> bool:
    """'word of the killings reached the town', 'videos showed rows of bodies': an
    event noun under what was heard or seen of it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lower_ in _WORDS.news_nouns:
        return _definite(noun)
    if noun.lower_ not in _WORDS.shown_dead_nouns:
        return False
    tok = noun
    for _ in range(3):  # "showed rows of bodies": up through "of" and its noun
        if tok.dep_ == "dobj" and tok.head.lower_ in _WORDS.depiction_words:
            return True
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        tok = tok.head.head
    return False


def _sound_heard(noun: Token) -> bool:
    """'gunfire rang out near the airport', 'Gunfire and explosions were heard': the
    sounds of violence witnesses heard (the subject of a hearing verb, or a noun
    coordinated with it), told after an event of the text: the sound of that event."""
    if noun.lower_ not in _WORDS.weapon_sound_nouns:
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lower_ in _WORDS.hearing_verbs


def _backed_by(verb: Token) -> bool:
    """'are financed', 'is backed': who is behind events, in the simple present
    passive, which describes rather than reports."""
    return verb.lower_ in _WORDS.backing_verbs and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _held_of_its_events(root: Token) -> Token | None:
    """The present statement verb over a simple present whose subject is a side's own
    events, plural ("Ukraine says its attacks target military infrastructure", "the
    army says its raids are aimed at hideouts"): what the side holds of its events in
    general, no event. The statement verb, else None. (Not the historic present of a
    note, "Raids continue near the border": no statement over it, no "its".)"""
    if root.tag_ != "NNS" or root.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "poss" and c.lower_ in _WORDS.own_determiners
            for c in token_children(root)):
        return None
    verb = root.head
    auxiliaries = [c for c in token_children(verb) if c.dep_ in ("aux", "auxpass")]
    simple = verb.tag_ in ("VBZ", "VBP") and not auxiliaries and verb.lemma_ != "be"
    passive = verb.tag_ == "VBN" and len(auxiliaries) == 1 \
        and auxiliaries[0].lower_ in _WORDS.present_state_auxiliaries
    say = verb.head
    if (simple or passive) and verb.dep_ == "ccomp" and say.tag_ in ("VBZ", "VBP") \
            and say.lower_ in _WORDS.statement_verbs:
        return say
    return None


def _after_a_sequence_preposition(noun: Token) -> bool:
    """Is the noun, or the first of the nouns it is coordinated with, the object of a
    preposition that places something else in time ("weeks after the attack", "after
    the Monday and the Friday bombings": the conjunct shares the preposition)?"""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in _WORDS.sequence_prepositions


def _the_victims_told_before(subject: Token) -> bool:
    """Is the subject the dead or wounded of a toll told before ("the dead", "most of
    the wounded")?"""
    if subject.lower_ in _WORDS.restated_casualty_nouns and _definite(subject):
        return True
    return any(p.dep_ == "prep" and p.lower_ in _WORDS.partitive_prepositions
               and any(g.dep_ == "pobj" and g.lower_ in _WORDS.restated_casualty_nouns
                       and _definite(g) for g in p.children)
               for p in subject.children)


def _of_a_toll(prep: Token) -> bool:
    """Does the preposition tell what a toll is of: hung on the toll noun ("the toll of
    the bombing") or on the verb whose object it is ("gave no toll for the assault",
    where the parser attaches 'for' to 'gave')?"""
    governor = prep.head
    return governor.lower_ in _WORDS.toll_nouns or any(
        c.dep_ == "dobj" and c.lower_ in _WORDS.toll_nouns for c in token_children(governor))


def _counted_among_the_hurt(root: Token) -> bool:
    """A casualty participle on the object of a partitive preposition that a copula
    governs, with no doer of its own ("X were among dozens injured", "among those
    wounded", "among five people hurt in the blast"): the copula's subject
    is counted among the victims, it did nothing."""
    group = root.head
    prep = group.head
    return root.dep_ == "acl" and group.dep_ == "pobj" \
        and prep.lower_ in _WORDS.partitive_prepositions and prep.head.lemma_ == "be" \
        and not any(c.dep_ == "agent" for c in token_children(root))


def _bodies_handled(root: Token) -> bool:
    """Is the trigger a word for the dead that is the object of a verb of handling them
    after the event ("teams were identifying bodies", "rescuers pulled bodies from the
    rubble", "officers recovered the bodies"), or of finding them when a definite noun
    points back at them ("found the bodies")?"""
    if root.pos_ != "NOUN" or root.lower_ not in _WORDS.body_nouns:
        return False
    if root.dep_ == "dobj" and root.head.lower_ in _WORDS.body_handling_verbs:
        return True
    # ("found the bodies in a ditch"; "found the bodies dumped", parsed as the subject of
    # the finding verb's clause; not "found the body of a trader": news of a killing)
    finder = root.head if root.dep_ == "dobj" else root.head.head \
        if root.dep_ == "nsubj" and root.head.dep_ in ("ccomp", "xcomp") else None
    return finder is not None and finder.lower_ in _WORDS.body_finding_verbs \
        and _definite(root) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(root))


def _found_dead_on_arrival(root: Token, sent: Span) -> bool:
    """A death with no doer tied to a verb of coming in the sentence ("Police arrived
    after he had died", "By the time officers reached the scene the man was dead",
    one clause hung on the other): the state those who came found."""
    clause = root.head if root.dep_ == "acomp" else root  # ("the man was dead")
    death = root.lower_ in _WORDS.death_state_words or any(
        c.dep_ == "acomp" and c.lower_ in _WORDS.death_state_words for c in token_children(root))
    if not death:
        return False
    return any(verb.pos_ == "VERB" and verb.lower_ in _WORDS.arrival_verbs
               and (_hung_on(clause, verb) or _hung_on(verb, clause)) for verb in sent)


def _hung_on(clause: Token, governor: Token) -> bool:
    """Does the clause hang on the governing verb, through no other verb on the way
    ("arrived after he had died"; "reached the scene [where] the man was dead"; "By
    the time police arrived, ... had died")?"""
    token = clause
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == governor.i:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _refers_back(root: Token, sent: Span) -> bool:
    """'The raid came weeks before ...', 'The attack was the deadliest this year',
    'troops pursued the attackers', 'follows violence in May', 'among the dead
    were ...': a definite event noun placed in time or in a series, the earlier
    event it follows, the pursued doers of an attack, or who the dead of a toll
    were, after an earlier trigger."""
    if root.lower_ in _WORDS.restated_casualty_nouns and _definite(root) \
            and (root.dep_ == "nsubj" or root.dep_ == "pobj"
                 and root.head.lower_ in _WORDS.partitive_prepositions):
        # ("Many of the dead were civilians", "Among the dead were three children",
        # "The dead included a commander"): who the dead of a toll told before were
        return _trigger_told_before(sent)
    if root.lower_ in _WORDS.restated_casualty_nouns and root.dep_ == "amod" \
            and root.head.dep_ in ("nsubj", "nsubjpass") and _definite(root.head):
        # ("the dead men were village volunteers", "the wounded officers were flown to
        # Kabul"): the casualty word says who is meant, the victims told before
        return _trigger_told_before(sent)
    if _counted_among_the_hurt(root):
        # ("Several police officers were among dozens injured", "Two soldiers were
        # among those wounded"): who the victims of the event told before were
        return _trigger_told_before(sent)
    if _sound_heard(root):
        # ("Gunfire rang out near the airport"; a sentence's first word may be tagged
        # a name): the sound of the event told before
        return _trigger_told_before(sent)
    if root.pos_ != "NOUN" or not _trigger_told_before(sent):
        return False
    if root.dep_ == "dobj" and any(_the_victims_told_before(c) for c in token_children(root.head)
                                   if c.dep_ == "nsubj"):
        # ("Several of the wounded had gunshot wounds", "The wounded suffered burns"): how
        # the victims told before were hurt
        return True
    definite = _definite(root)
    head = root.head
    if root.lower_ in _WORDS.doer_nouns:
        # ("Police were hunting the attackers", "a manhunt for the attackers"):
        # the doers of the event told before
        pursuer = head.head if root.dep_ == "pobj" else head
        if root.dep_ == "pobj" and pursuer.dep_ == "dobj":  # "combing the area for the attackers"
            pursuer = pursuer.head
        pursued = root.dep_ in ("dobj", "pobj") and pursuer.lower_ in _WORDS.pursuit_verbs
        got_away = root.dep_ == "nsubj" and head.lower_ in _WORDS.getaway_verbs
        return definite and (pursued or got_away)
    if _seen_or_heard_of(root):
        return True
    if definite and root.dep_ == "pobj" and head.head.lower_ in _WORDS.motive_nouns:
        return True  # ("no religious motive behind the killings"): why it happened
    if definite and root.dep_ == "pobj" and _of_a_toll(head):
        return True  # ("gave no toll for the final assault"): what it cost
    if definite and _after_a_sequence_preposition(root)\
            and not any(c.dep_ == "prep" for c in token_children(root)):
        # ("in the weeks before the attack", "days after the killings"): the time of
        # something else, told by the event told before (with no place or target
        # of its own: "after the attack on a bus in Mandera" may tell a new one)
        return True
    if root.dep_ == "pobj" and head.lower_ in _WORDS.sequence_prepositions and any(
            c.dep_ == "npadvmod" and c.lower_ in _WORDS.interval_nouns
            for c in token_children(head)):
        # ("The attack came a week after U.S. air strikes on the militia's bases"):
        # an event placed days or more away from the one told, told to date it
        return True
    if root.dep_ == "dobj" and head.lower_ in _WORDS.sequel_verbs:
        # ("The clashes follow violence in September"): what the event follows
        # happened before it
        return True
    if root.dep_ == "nsubjpass" and definite and _backed_by(head):
        # ("Vucic says the protests are financed from abroad"): what someone holds
        # about the events told, not another one
        return True
    if root.dep_ != "nsubj" or not definite:
        return False
    if head.lower_ in _WORDS.sequel_verbs or head.lower_ in _WORDS.consequence_verbs:
        return True
    if _judged_in_a_statement(head):
        return True  # ("the council said the attack on the town was an act of war")
    if any(c.dep_ == "prt" and f"{head.lower_} {c.lower_}" in _WORDS.consequence_verbs
           for c in token_children(head)):
        return True  # ("The violence set off reprisals")
    # ("was the deadliest attack since 2019", "is the latest in a string of raids")
    return head.lower_ in ("is", "was") and any(
        c.dep_ == "attr" and any(a.lower_ in _WORDS.sequel_ranks for a in c.subtree)
        for c in head.children)


def _headline_verb(root: Token, sent: Span) -> bool:
    """Is the trigger a verbless headline's verb that the parser read as a noun?

    "Victims of a pyramid scheme protest." and "Dock workers union protest plans
    to sell the port": in a sentence whose root is a noun, a bare event word right
    after a noun (the end of the subject) hangs on that subject ("victims of ... protest", read
    as a reference) or becomes a compound of its object ("protest plans", read as
    a plan). The root is the subject (a plural noun, or the noun right before), or
    the object that the event word is read as a compound of ("protest plans").
    """
    if root.tag_ != "NN" or root.lower_ not in _WORDS.headline_verbs or root.i == sent.start:
        return False
    head = sent.root
    if head.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("VERB", "AUX") and t.i < root.i for t in sent):
        return False
    before = sent.doc[root.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.i > root.i:  # the object: right after the event word, which it heads
        return head.i == root.i + 1 and root.dep_ == "compound" and root.head.i == head.i
    return head.tag_ in ("NNS", "NNPS") or head.i == before.i


def _answered_event(root: Token) -> Token | None:
    """The reply noun when the trigger is the event a reply answers ("in retaliation
    for the murder of two traders", "in response to recent attacks", also through an
    "of" phrase: "in revenge for the deaths of two herders"), else None."""
    noun = root
    while noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the nerve gas attack": the phrase's noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the deaths of two herders": the count's noun
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return None
    reply = prep.head
    return reply if reply.lower_ in _WORDS.response_nouns else None


def _told_as_past(verb: Token) -> bool:
    """Is the verb told in a past tense ("were likely dropped", "likely killed",
    "had likely fled")? An adverb of likelihood on it hedges what happened; only a
    present or future ("will likely attack", "is likely to rise") forecasts."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUXILIARIES
        for c in token_children(verb))


# Auxiliaries of a past passive or a perfect ("were dropped", "had fled", "has been").
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been"})


def _agreement_reached(trigger: Span, verb: Token) -> bool:
    """Is an agreement word told in the infinitive of a verb of agreeing ("the parties
    agreed to resume peace talks", "agreed to a ceasefire")? The parties reached an
    agreement, whose content the infinitive tells: no purpose or plan."""
    return trigger.label_ == "agreement" and verb.dep_ == "xcomp" \
        and verb.head.lower_ in _WORDS.agreeing_verbs


def _order_given(trigger: Span, verb: Token) -> bool:
    """Is a change to a group's activity what an order, given already, sets in force
    ("the president has ordered the army to step up patrols", "ordered a ban on
    rallies", "troops were ordered to deploy")? The order is the change: no plan.
    ("will order" is a plan still: only the past or present forms are read.)"""
    return trigger.label_ == "change_group" and verb.lower_ in _WORDS.ordering_verbs \
        and verb.tag_ in ("VBD", "VBN", "VBZ")


def _refused(verb: Token) -> bool:
    """'was denied a nomination certificate', 'were denied entry': a passive denial
    verb with an object of its own refuses someone a thing; it does not deny that
    an event took place."""
    children = token_children(verb)
    return any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "dobj" for c in children)


def retells_an_event(mention: EventMention) -> bool:
    """Does the mention tell the event told before once more ("days after the
    bombing")? Such a mention is no event of its own but evidence of that one: the
    merge lets it join the incident it matches and never start one."""
    return mention.status == "reference" and mention.status_kind == RETOLD


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

    # A forecast about a toll or an event: "the death toll was likely to rise".
    # ("Five people are feared dead" reports deaths not yet confirmed: no forecast.)
    presumed = trigger.label_ in _CASUALTY_LABELS and \
        root.head.lower_ in _WORDS.presumed_casualty_verbs and \
        root.dep_ not in ("nsubj", "nsubjpass")  # "the toll is feared to rise" forecasts
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

    # An event noun told as a possibility or a plan: "ahead of possible clashes",
    # "police banned a planned march".
    if root.pos_ == "NOUN":
        for c in token_children(root):
            if c.dep_ == "amod" and c.lower_ in _WORDS.possibility_adjectives:
                return "hypothetical", f"a possibility ('{c.text} {root.text}')"
            if c.dep_ in ("amod", "compound") and c.lower_ in _WORDS.planned_adjectives:
                return "plan", f"'{c.text} {root.text}'"
        if (ahead := _announced_ahead(root)) is not None:
            return "plan", f"'{root.head.text} for {ahead}'"
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
    for tok in own:
        for child in token_children(tok):
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _WORDS.modal_hypothetical:
                return "hypothetical", f"modal '{child.text}'"
            if child.dep_ == "mark" and child.lower_ in _WORDS.condition_marks:
                return "hypothetical", f"condition '{child.text}'"
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _WORDS.modal_future:
                return "plan", f"future '{child.text}'"
        if tok.lower_ == "going" and any(c.lower_ == "to" for c in token_children(tok)):
            return "plan", "'going to'"
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

    if (unit := _recurring_in_its_description(root)) is not None:
        return "habitual", f"'{root.text}' described as recurring ('{unit.head.text} ... " \
            f"{unit.text}')"
    if trigger.label_ == "change_group" and _the_new_body_named_again(root, sent):
        return TriggerStatus("reference", f"'the new {root.text}' {_TOLD_BEFORE}", RETOLD)
    if trigger.label_ == "agreement" and (frame := _agreement_in_force(root)) is not None:
        return "reference", f"'{frame.text} {root.text}': an agreement in force"
    if trigger.label_ == "agreement" \
            and (reached := _agreement_told_with_how_reached(root, sent)) is not None:
        return "background", f"'{root.text} ... {reached.text}': the agreement told before"
    if trigger.label_ == "agreement" and root.pos_ == "VERB" and _has_perfect_aux(root) \
            and (frame := _done_under_an_agreement(root)) is not None:
        # ("Thousands of its fighters have handed in their weapons under the deal"): done
        # over time under an agreement in force, up to now
        return "habitual", f"'{root.text} ... {frame.text}' up to now, under an agreement"
    if _headline_verb(root, sent):
        return "new", "a headline's verb read as a noun"
    # A plan/threat verb or noun governing the trigger: "vowed to attack",
    # "plans for an offensive", "threatened a strike".
    # (Demonstrators who "called for" or "demanded" something are there: a
    # protest word that is the subject of the demand is not a plan.)
    # (not "called a strike": "calling the assaults abhorrent" judges the event told before)
    if (doer := _doer_told_of_the_event(root)) is not None and _trigger_told_before(sent):
        return TriggerStatus("reference", f"'{doer.text} ... {root.text}': who did the event "
                             f"told before, by someone's account", RETOLD)
    if _trigger_told_before(sent) \
            and (signal := rival_account_signal(trigger, sent, _RIVAL_ACCOUNT_WORDS)) is not None:
        return TriggerStatus("reference", f"'{signal.text} ... {root.text}': another side's "
                             f"account of the fighting told before", RETOLD)
    if (naming := _named_in_a_judgement(root)) is not None and _trigger_told_before(sent):
        return TriggerStatus("reference", f"'{naming.text} {root.text} ...': a judgement "
                             f"that {_TOLD_BEFORE}", RETOLD)
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

    # An ongoing campaign described in a relative clause about an actor:
    # "al Shabaab, which is fighting to overthrow the government, ...", also
    # through a verb of attempt ("the group, which has been trying since February
    # to capture Marib, ...": a campaign, not a capture).
    ongoing = root.head if root.dep_ in ("xcomp", "advcl") \
        and root.head.lower_ in _WORDS.aspect_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children) else root
    # (a militia that, it says, is battling for a homeland, ...): its own
    # account of the campaign, told in the relative clause through a verb of saying
    said = ongoing.dep_ == "ccomp" and ongoing.head.dep_ == "relcl" \
        and ongoing.head.lower_ in _WORDS.statement_verbs
    if (ongoing.dep_ == "relcl" or said) and ongoing.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in _WORDS.ongoing_auxiliaries
        for c in ongoing.children
    ):
        return "habitual", "ongoing activity described in a relative clause"
    if root.pos_ == "NOUN" and (going := _continuing_with_no_day(root)) is not None:
        return "habitual", f"'{root.text} ... {going.text}' in the perfect, with no day"
    waging = next((t for t in chain[:3] if t.pos_ in ("VERB", "AUX")), root)
    if (war := _fighting_an_ongoing_war(waging)) is not None:
        return "habitual", f"'{waging.text} ... {war.text}': an ongoing war"
    if (war := _wars_fought_before(waging)) is not None:
        return "background", f"'{waging.text} ... {war.text}' in the perfect: wars of the past"
    if (kind := _a_kind_of_target_in_the_perfect(waging, cues)) is not None:
        return "habitual", f"'{waging.text} {kind.text}' in the perfect, no day: what a group does"
    if (does := _done_as_a_habit(root)) is not None:
        return "habitual", f"'{does.text}': what someone does, in a present relative clause"
    # A standing situation: the trigger lies under a present perfect held "for
    # years" ("Guanajuato has for years been the most violent state as two cartels
    # fight over fuel theft").
    for tok in _chain(root, 8)[1:]:
        if _held_for_long(tok):
            return "habitual", f"under '{tok.text}' held for a long time"

    # A participle that describes who someone is ("a civilian helping the army
    # fight the insurgents", "rebels fighting the government"): a role, not
    # an event the sentence reports.
    # (Not demonstrations: "residents demonstrating against X" are protesting.)
    # (The participle itself, or the bare verb it governs: "helping X fight".)
    roles = [root] + ([root.head] if root.tag_ == "VB" else [])
    for tok in roles if trigger.label_ != "protest" else ():
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and _names_actor(tok.head, cues):
            return "habitual", f"'{tok.text}' describes an actor"

    # An event noun said to be common: "revenge attacks are frequent here".
    if root.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in _WORDS.habitual_predicates
            for c in root.head.children):
        return "habitual", f"'{root.text}' said to be common"
    # Many acts told as one event noun: "have mounted repeated raids on the camps",
    # "the road has seen frequent ambushes".
    if root.pos_ == "NOUN" and (often := next((
            c for c in token_children(root) if c.dep_ == "amod"
            and c.lower_ in _WORDS.repetition_adjectives), None)) is not None:
        return "habitual", f"'{often.text} {root.text}': acts told as recurring"
    # Habitual: an adverb of frequency on the trigger's clause.
    for tok in chain[:3]:
        for child in token_children(tok):
            if child.lower_ in _WORDS.habitual_words:
                return "habitual", f"'{child.text}'"
    if any(abs(i - root.i) <= 4 for i in cues.habitual_at):
        return "habitual", "frequency adverb near trigger"
    if (unit := _recurring(chain[:3])) is not None:
        return "habitual", f"'every {unit.text}'"
    if (state := _illustrating_a_state(chain[:6])) is not None:
        return "habitual", f"'with ... {state.text}': how a standing state shows"
    if root.tag_ == "JJ" and any(c.dep_ == "advmod" and c.lower_ in _WORDS.degree_adverbs
                                 for c in token_children(root)):
        # ("one of the most violent regions in the country"): a place ranked, no act
        return "habitual", f"'{root.text}' in a comparison of degree"
    if (spread := _over_a_period(_up_to_the_verb(chain))) is not None:
        return "habitual", f"spread over '{spread.text}'"

    # A comparison with earlier events: the past event its "since" clause names,
    # and the compared event restated as a predicate.
    if root.i in cues.comparison_since:
        return "background", "a past event named in a comparison ('the first time since ...')"
    if (start := _start_of_a_period(chain[:4])) is not None:
        return "background", f"'since ... {root.text}' starts the period of '{start.text}'"
    if _superlative_restatement(root):
        return "background", "a comparison with earlier events ('the deadliest attack since')"

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
    subjects = [c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":  # a conjunct verb shares its head's subject
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
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
    left, right = verb.left_edge.i, verb.right_edge.i
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

    if root.pos_ == "NOUN" and (reply := _answered_event(root)) is not None:
        return "background", f"what the act answers ('{reply.text}')"
    # Movement with no violence: "troops advanced towards the city".
    if trigger.label_ == "territory_capture" and trigger.text.lower().startswith("advanc"):
        return "movement", "advance without reported violence"
    if trigger.label_ == "territory_capture" and (office := _office_taken_over(trigger)):
        return "negated", f"'{trigger.text} {office}': a post taken over, no place"
    return "new", "reported as having happened"


def _what_makes_up(verb: Token) -> Token | None:
    """The word that makes a "form" verb mean "make up": its object a part ("forms
    part of the ruling coalition"), or its subject places ("three provinces that
    formed a sultanate"; a relative clause's subject is the noun it hangs on)."""
    if verb.lower_ not in _WORDS.form_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _WORDS.made_up_parts:
            return child
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(c.tag_ == "WDT" for c in subjects):
        subjects = [verb.head]
    return next((t for t in subjects if t.lower_ in _WORDS.constituent_places), None)


def _office_taken_over(trigger: Span) -> str:
    """The words after a "take over" that make it a succession ("had taken over from
    the old leader as head of the council", "will take over from the outgoing
    envoy"): a post changes hands, no place is taken. (A side taken over from, "took
    over from the army", is no person: the tagger's PERSON names one.)"""
    if trigger.text.lower() not in _WORDS.takeover_verbs:
        return ""
    doc = trigger.doc
    after = doc[trigger.end] if trigger.end < len(doc) else None
    if after is None:
        return ""
    if after.lower_ in _WORDS.succession_words:
        return after.text
    if after.lower_ not in _WORDS.predecessor_prepositions or after.i + 1 >= len(doc):
        return ""
    if doc[after.i + 1].ent_type_ == "PERSON":
        return f"{after.text} {doc[after.i + 1].text}"
    # ("from Nazarbayev as head": the tagger may miss the name, "as" still tells the post)
    for tok in doc[after.i + 2: min(after.i + 6, len(doc))]:
        if tok.is_punct:
            break
        if tok.lower_ in _WORDS.succession_words:
            return f"{after.text} ... {tok.text}"
    return ""


def date_told_with_event(mention: EventMention) -> bool:
    """The mention's date was stated with the event itself, in its own sentence, not
    borrowed from the lead or another sentence."""
    date = mention.date_evidence
    if date is None:
        return False
    sentences = [e for e in mention.evidence if e.field == "sentence"]
    spans = [(e.start, e.end) for e in sentences] or [(mention.sent_start, mention.sent_end)]
    return any(start <= date.start and date.end <= end for start, end in spans)


def _last_day(mention: EventMention) -> dt.date | None:
    """The last day of the week or month a mention is dated to (a week is coded on one of
    its days, Monday to Sunday: resolve.dates._week_date)."""
    day = mention.event_date
    if day is None or mention.time_precision not in (2, 3):
        return None
    if mention.time_precision == 2:
        return day + dt.timedelta(days=6 - day.weekday())
    first_of_next = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return first_of_next - dt.timedelta(days=1)


def history_dated_before_the_story(mentions: list[EventMention]) -> None:
    """An event the text dates, in its own sentence, only to a week or a month that
    ends before the first day of the story's own day-dated events ("In March, a
    suicide car bomb struck the cantonment" in a report of a June attack; "last
    week" beside the day's clash) is the story's history: background, and the coding
    policy then keeps it only when its date is as exact as it asks (day by default).

    Why here: the dates are known only after ``resolve_mention_date``, and the story's
    day is the earliest day-dated new mention of the document; a report with no such
    mention (a monthly summary) changes nothing."""
    story_days = [m.event_date for m in mentions
                  if m.status == "new" and m.time_precision == 1 and m.event_date is not None]
    if not story_days:
        return
    first = min(story_days)
    for mention in mentions:
        last = _last_day(mention)
        if mention.status == "new" and last is not None and last < first \
                and date_told_with_event(mention):
            mention.status = "background"
            mention.type_reason += ("; status background: dated to an earlier week or "
                                    "month than the story's events")
