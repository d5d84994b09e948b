"""The status filter's word lists (data/filters.yaml) and the module-level data
the rules share: the statuses, the loaded words, patterns and label sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml
from spacy.strings import get_string_id

from eventcoder.extract.rival_accounts import RivalAccountWords

__all__ = [
    "RETOLD",
    "STATUSES",
    "FilterWords",
    "TriggerStatus",
    "load_filter_words",
]

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

_TOLD_BEFORE = "refers to an event told earlier"  # (its reason's words, for a reader)


class TriggerStatus(NamedTuple):
    """A trigger's status (one of STATUSES), a short reason for a reviewer to read
    (it may be reworded), and the status's kind where later stages tell kinds of one
    status apart (RETOLD; "" for none): code tests the status and the kind, never the
    reason's words."""

    status: str
    reason: str
    kind: str = ""


# What a check finds: a status and its reason, or a TriggerStatus where the status has a kind.
_Found = tuple[str, str] | TriggerStatus


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

# Trigger classes whose count over a whole country is a round-up of many incidents: the
# casualty words ("six people were killed in violence across Bangladesh") and abductions
# ("more than 4,700 people were kidnapped across Nigeria in the year to June"). (Not
# arrests: "police arrested 875 people across the country overnight" is one night's
# sweep of a riot.)
_COUNTRY_TOLL_LABELS = _CASUALTY_LABELS | {"abduction"}

_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
