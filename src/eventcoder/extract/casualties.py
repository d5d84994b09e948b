"""Fatalities and injured, read from the mention's sentence.

``extract_casualties(mention, doc)`` sets ``mention.fatalities`` and
``mention.injured`` (None when the text gives no figure) and appends one
``Claim`` per figure, with the span that states it as evidence.

How a figure is read (words in ``data/casualties.yaml``):

- casualty words ("killed", "died", "dead", "death toll", "lost their lives",
  "wounded", "sustained injuries"...) are found in the sentence; the parse says
  where their victims are (object of an active "killed", subject of a passive
  one, subject of "died"...);
- the victims' count: a numeral or number word ("seven", "twenty-five", "1,200"),
  a vague amount by ACLED's convention ("several" 3, "dozens" 12, "hundreds"
  100), a singular victim ("a man", "the victim", "he") 1, "no one" 0; groups
  joined by "and" add up ("3 soldiers and 2 civilians" 5); a subset ("including
  12 who...") adds nothing; a range gives its lower bound;
- numbers that are not head counts are skipped: ages ("a 12-year-old"), units
  and distances ("10 km", "the 5th Division"), years, times, a day before its
  month ("01 Oct. 7 people killed" counts 7);
- more victims of the same word: "along with his driver", "together with his
  son", "..., as was one of the raiders"; verbs joined by "and" share the last
  one's object ("killing and robbing him"); a conjoined verb has its own count
  ("ten killed and over 70 wounded");
- a killing verb the tagger read as a noun ("a mob lynch a suspect") takes the
  noun phrase after it; a labelled count reads through its colon ("deaths: 4");
- running totals ("bringing the toll this year to 300", "since 2011") are not
  this incident's, nor are deaths of an earlier clause ("after raiders killed
  four, police shot one") or an earlier month, or what a victim is believed to
  have done ("lynched a man they believe killed a child");
- a suicide attacker counts among the dead (ACLED's rule), as does one who turns
  the gun on himself;
- when the sentence has no figure for a field, the next few sentences of
  the same paragraph may give it ("The blast killed 4. Another 11 were
  wounded."), unless they report another event; an event noun told again
  ("the fighting") or a sentence the parser split mid-clause takes the killings
  of the sentence before it;
- a person a mob sets alight (a listed person word) is killed;
- ACLED-style coding remarks after a figure: "(coded separately)" makes it
  another event's, "(coded as 5 here ...)" gives this event's share, "(coded
  across 6 events)" splits it; "8 of these" is part of a figure already given;
- several figures for one field: separate victim groups add up; disagreeing
  reports (a conflict cue such as "according to", or "while"/"but" before a
  report verb, between them) give the lowest figure, and each figure stays a
  claim. A "death toll" figure is the incident's total and wins over partial
  counts in the same sentence.

Claims are one per reported total: a sum of groups is one claim with the summed
value, so that the merge stage can take the lowest claim across sources.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventcoder.alternation import literal_alternation
from eventcoder.extract.filters import comparison_since, history_weeks_before_the_story
from eventcoder.resolve.numbers import is_ordinal, is_year, load_number_words, parse_number
from eventcoder.schema import Claim, EventMention, Evidence
from eventcoder.text import (
    doc_text,
    group_spans,
    lower_and_like_num,
    paragraph_break,
    sentence_bounds,
    sentence_tokens,
    span_text,
    token_children,
)

__all__ = ["Figure", "CasualtyLexicon", "extract_casualties", "figures_in_span", "load_lexicon"]

FATALITIES = "fatalities"
INJURED = "injured"
_TRIGGER_GROUP = "ec_triggers"


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    classes: dict[str, dict[str, str]]  # field -> word -> trigger class
    to_death: frozenset[str]
    non_count_units: frozenset[str]
    month_words: frozenset[str]
    class_label_words: frozenset[str]
    non_victim_nouns: frozenset[str]
    singular_pronouns: frozenset[str]
    singular_possessives: frozenset[str]
    subset_preps: frozenset[str]
    cumulative: re.Pattern[str]
    conflict: re.Pattern[str]
    suicide: re.Pattern[str]
    attacker_words: frozenset[str]
    follow_up_sentences: int
    own_sentence_only_types: frozenset[str]
    follow_up_stop: re.Pattern[str]
    cause_event_types: frozenset[str]
    cause_words: frozenset[str]
    allegation_words: frozenset[str]
    time_units: frozenset[str]
    cumulative_subjects: frozenset[str]
    motive_words: frozenset[str]
    hedge_words: frozenset[str]
    anaphoric_determiners: frozenset[str]
    window_skip_words: frozenset[str]
    new_incident_determiners: frozenset[str]
    state_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    accident_verbs: frozenset[str]
    singular_auxiliaries: frozenset[str]
    earlier_time: re.Pattern[str]
    mob_attack_words: frozenset[str]
    survival: re.Pattern[str]
    verbs_read_as_modifiers: frozenset[str]
    accompaniment_words: frozenset[str]
    belief_words: frozenset[str]
    earlier_clause_marks: frozenset[str]
    coding_remark_tokens: int
    inserted_clause_verbs: frozenset[str]
    result_verbs: frozenset[str]
    partitive_pronouns: frozenset[str]
    set_verbs: frozenset[str]
    set_alight_victims: frozenset[str]
    coded_separately: re.Pattern[str]
    coded_value_here: re.Pattern[str]
    coded_split: re.Pattern[str]
    shot_verbs: frozenset[str]
    shot_survival: re.Pattern[str]
    shot_non_victims: frozenset[str]
    outcome_words: frozenset[str]
    all_words: frozenset[str]
    claim_verbs: frozenset[str]
    found_body_verbs: frozenset[str]
    victim_groups: dict[str, str]  # victim noun -> side ("state", "armed", "civilian")
    member_words: frozenset[str]
    political_bodies: frozenset[str]
    armed_modifiers: frozenset[str]
    self_report_verbs: frozenset[str]
    self_report_pronouns: frozenset[str]
    care_verbs: frozenset[str]
    care_places: frozenset[str]
    care_reasons: frozenset[str]
    care_alone: frozenset[str]
    harm_preps: frozenset[str]
    injury_nouns: frozenset[str]
    harm_adjectives: frozenset[str]
    body_parts: frozenset[str]
    superseded_count_words: frozenset[str] = frozenset()


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    # a trie: the same matches as the longest-first alternation, fewer comparisons
    alternatives = literal_alternation(
        [p.lower() for p in sorted(phrases, key=len, reverse=True)], ignore_case=True)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@cache
def load_lexicon() -> CasualtyLexicon:
    """The casualty vocabulary from ``data/casualties.yaml`` (read once)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("eventcoder")
        .joinpath("data/casualties.yaml")
        .read_text(encoding="utf-8")
    )
    classes: dict[str, dict[str, str]] = {}
    for field_name, key in ((FATALITIES, "fatal"), (INJURED, "injured")):
        words: dict[str, str] = {}
        for trigger_class, forms in raw[key].items():
            for form in forms or []:
                words.setdefault(str(form).lower(), str(trigger_class))
        classes[field_name] = words
    all_words = frozenset(w for words in classes.values() for w in words)
    return CasualtyLexicon(
        classes=classes,
        to_death=frozenset(str(w).lower() for w in raw["to_death"]),
        non_count_units=frozenset(str(w).lower() for w in raw["non_count_units"]),
        month_words=frozenset(str(w).lower() for w in raw["month_words"]),
        class_label_words=frozenset(str(w).lower() for w in raw["class_label_words"]),
        non_victim_nouns=frozenset(str(w).lower() for w in raw["non_victim_nouns"]),
        singular_pronouns=frozenset(str(w).lower() for w in raw["singular_pronouns"]),
        singular_possessives=frozenset(str(w).lower() for w in raw["singular_possessives"]),
        subset_preps=frozenset(str(w).lower() for w in raw["subset_preps"]),
        cumulative=re.compile(
            _phrase_pattern(raw["cumulative_markers"]).pattern
            + "".join(f"|{p}" for p in raw["cumulative_marker_patterns"]),
            re.IGNORECASE,
        ),
        conflict=re.compile(
            _phrase_pattern(raw["conflict_cues"]).pattern
            + "".join(f"|{p}" for p in raw["conflict_cue_patterns"]),
            re.IGNORECASE,
        ),
        suicide=_phrase_pattern(raw["suicide_attack"]),
        attacker_words=frozenset(str(w).lower() for w in raw["attacker_words"]),
        follow_up_sentences=int(raw["follow_up_sentences"]),
        own_sentence_only_types=frozenset(str(t) for t in raw.get("own_sentence_only_types") or ()),
        follow_up_stop=re.compile("|".join(raw["follow_up_stop_patterns"]), re.IGNORECASE),
        cause_event_types=frozenset(str(t) for t in raw["cause_event_types"]),
        cause_words=frozenset(str(w).lower() for w in raw["cause_words"]),
        allegation_words=frozenset(str(w).lower() for w in raw["allegation_words"]),
        hedge_words=frozenset(str(w).lower() for w in raw["hedge_words"]),
        time_units=frozenset(str(w).lower() for w in raw["time_units"]),
        cumulative_subjects=frozenset(str(w).lower() for w in raw["cumulative_subjects"]),
        motive_words=frozenset(str(w).lower() for w in raw["motive_words"]),
        anaphoric_determiners=frozenset(str(w).lower() for w in raw["anaphoric_determiners"]),
        window_skip_words=frozenset(str(w).lower() for w in raw["window_skip_words"]),
        new_incident_determiners=frozenset(
            str(w).lower() for w in raw["new_incident_determiners"]
        ),
        state_verbs=frozenset(str(w).lower() for w in raw["state_verbs"]),
        attempt_verbs=frozenset(str(w).lower() for w in raw["attempt_verbs"]),
        accident_verbs=frozenset(str(w).lower() for w in raw["accident_verbs"]),
        singular_auxiliaries=frozenset(str(w).lower() for w in raw["singular_auxiliaries"]),
        earlier_time=_phrase_pattern(raw["earlier_time_phrases"]),
        mob_attack_words=frozenset(str(w).lower() for w in raw["mob_attack_words"]),
        survival=_phrase_pattern(raw["survival_cues"]),
        verbs_read_as_modifiers=frozenset(
            str(w).lower() for w in raw["verbs_read_as_modifiers"]
        ),
        accompaniment_words=frozenset(str(w).lower() for w in raw["accompaniment_words"]),
        belief_words=frozenset(str(w).lower() for w in raw["belief_words"]),
        earlier_clause_marks=frozenset(str(w).lower() for w in raw["earlier_clause_marks"]),
        coding_remark_tokens=int(raw["coding_remark_tokens"]),
        inserted_clause_verbs=frozenset(str(w).lower() for w in raw["inserted_clause_verbs"]),
        result_verbs=frozenset(str(w).lower() for w in raw["result_verbs"]),
        partitive_pronouns=frozenset(str(w).lower() for w in raw["partitive_pronouns"]),
        set_verbs=frozenset(str(w).lower() for w in raw["set_verbs"]),
        set_alight_victims=frozenset(str(w).lower() for w in raw["set_alight_victims"]),
        coded_separately=re.compile(raw["coding_remarks"]["separate"], re.IGNORECASE),
        coded_value_here=re.compile(raw["coding_remarks"]["value_here"], re.IGNORECASE),
        coded_split=re.compile(raw["coding_remarks"]["split"], re.IGNORECASE),
        shot_verbs=frozenset(str(w).lower() for w in raw["shot_verbs"]),
        shot_survival=re.compile("|".join(raw["shot_survival_cues"]), re.IGNORECASE),
        shot_non_victims=frozenset(str(w).lower() for w in raw["shot_non_victims"]),
        # every casualty word but "fire" and the like ("set alight"), which tell no outcome alone
        outcome_words=frozenset(
            w for words in classes.values() for w, c in words.items() if c != "set_alight"
        ),
        all_words=all_words | frozenset(str(w).lower() for w in raw["to_death"]),
        claim_verbs=frozenset(str(w).lower() for w in raw["claim_verbs"]),
        found_body_verbs=frozenset(str(w).lower() for w in raw["found_body_verbs"]),
        victim_groups={str(w).lower(): str(side)
                       for side, nouns in raw["victim_groups"].items() for w in nouns},
        member_words=frozenset(str(w).lower() for w in raw["member_words"]),
        political_bodies=frozenset(str(w).lower() for w in raw["political_bodies"]),
        armed_modifiers=frozenset(str(w).lower() for w in raw["armed_modifiers"]),
        self_report_verbs=frozenset(str(w).lower() for w in raw["self_report_verbs"]),
        self_report_pronouns=frozenset(str(w).lower() for w in raw["self_report_pronouns"]),
        care_verbs=frozenset(str(w).lower() for w in raw["care_verbs"]),
        care_places=frozenset(str(w).lower() for w in raw["care_places"]),
        care_reasons=frozenset(str(w).lower() for w in raw["care_reasons"]),
        care_alone=frozenset(str(w).lower() for w in raw["care_alone"]),
        harm_preps=frozenset(str(w).lower() for w in raw["harm_preps"]),
        injury_nouns=frozenset(str(w).lower() for w in raw["injured"]["injuries"]),
        harm_adjectives=frozenset(str(w).lower() for w in raw["harm_adjectives"]),
        body_parts=frozenset(str(w).lower() for w in raw["body_parts"]),
        superseded_count_words=frozenset(
            str(w).lower() for w in raw.get("superseded_count_words") or ()),
    )


@dataclass(slots=True)
class Figure:
    """One stated count of victims: which field, how many, and where."""

    field: str
    value: int
    start: int  # character offsets in the document
    end: int
    trigger_i: int
    count_tokens: frozenset[int] = dataclass_field(default_factory=frozenset)
    is_toll: bool = False
    # the side(s) the victims belong to, "+"-joined ("armed+state"); None: not told
    group: str | None = None


# ---------------------------------------------------------------------------
# counting a noun phrase


def _is_number_token(tok: Token) -> bool:
    words = load_number_words()
    low = tok.lower_
    if low in words.vague and _asked(tok):
        return False
    if low in words.vague or (tok.like_num and not is_ordinal(tok.text)):
        return True
    return tok.pos_ == "NUM" and parse_number(tok.text) is not None


def _asked(tok: Token) -> bool:
    """Is the vague amount asked after ("how many people were killed"), not stated?"""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in load_number_words().question_words


def _date_day(doc: Doc, i: int) -> bool:
    """Is doc[i] the day of a date ("Nov 4", "March 9")? A dateline with no agency tag
    ends its day with a dash ("WAJIR, Kenya, March 9 - Twelve people were killed"):
    the day and the count after the dash are no range."""
    if i < 1:
        return False
    month = doc[i - 1]
    return month.text[:1].isupper() and month.lower_ in load_lexicon().month_words


def _number_run(tok: Token) -> tuple[int, int]:
    """Token indices [start, end) of the number words around ``tok`` ("twenty - five")."""
    doc = tok.doc
    start = tok.i
    while start > 0:
        prev = doc[start - 1]
        if prev.like_num and not is_ordinal(prev.text) or (
            prev.text == "-" and start > 1 and doc[start - 2].like_num
            and not _date_day(doc, start - 2)
        ):
            start -= 1
        else:
            break
    end = tok.i + 1
    while end < len(doc):
        nxt = doc[end]
        if nxt.like_num and not is_ordinal(nxt.text) or (
            nxt.text == "-" and end + 1 < len(doc) and doc[end + 1].like_num
            and not _date_day(doc, end - 1)
        ):
            end += 1
        else:
            break
    return start, end


def _not_a_head_count(start: int, end: int, doc: Doc) -> bool:
    """Ages, units, distances, times, years and ranks are not head counts."""
    lex = load_lexicon()
    text = doc[start:end].text
    if is_ordinal(text):
        return True
    # "a Form Four student": the number names the class, the student is one
    if start > 0 and doc[start - 1].lower_ in lex.class_label_words:
        return True
    if end < len(doc):
        after = doc[end].lower_
        if after in lex.non_count_units:
            return True
        if after == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in lex.non_count_units:
            return True
        if (
            after in (":", ".")
            and end + 1 < len(doc)
            and doc[end + 1].like_num
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
        ):
            return True  # a time, 10:30 (not "shooting dead 9. One officer ...")
    if is_year(text):
        return True
    return False


def _number_value(tok: Token) -> tuple[int, frozenset[int]] | None:
    """The count a number token states (with ranges and vague amounts)."""
    doc = tok.doc
    start, end = _number_run(tok)
    if _not_a_head_count(start, end, doc):
        return None
    value = parse_number(doc[start:end].text)
    if value is None:
        return None
    used = set(range(start, end))
    # "between 100 and 200" (100 -conj-> 200), "10 to 15" (15 <-quantmod- 10)
    for child in token_children(tok):
        if child.dep_ in ("conj", "quantmod") and child.like_num and child.i not in used:
            other = parse_number(child.text)
            if other is not None and not _not_a_head_count(child.i, child.i + 1, doc):
                value = min(value, other)
                used.add(child.i)
    # "no one", "none"
    if any(c.lower_ in ("no", "not") for c in token_children(tok)) or tok.lower_ == "none":
        value = 0
    return value, frozenset(used)


def _vague_phrase_value(head: Token) -> int | None:
    """'a number of people' (head 'number'), 'scores of', 'a handful of'."""
    words = load_number_words()
    low = head.lower_
    if low in words.vague and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token_children(head)
    ):
        return words.vague[low]
    det = [c.lower_ for c in token_children(head) if c.dep_ == "det"]
    if det and f"{det[0]} {low}" in words.vague:
        return words.vague[f"{det[0]} {low}"]
    return None


def _np_count(
    head: Token, other_triggers: set[int], is_trigger: bool = False
) -> tuple[int, frozenset[int]] | None:
    """How many victims the noun phrase headed by ``head`` names (None: not stated)."""
    lex = load_lexicon()
    words = load_number_words()
    total: int | None = None
    used: set[int] = set()
    for member in _conjuncts(head, other_triggers):
        counted = _single_np_count(member, lex, words, singular=not is_trigger)
        if counted is None:
            continue
        value, tokens = counted
        total = value if total is None else total + value
        used |= tokens
    if total is None:
        return None
    return total, frozenset(used)


def _conjuncts(head: Token, other_triggers: set[int]) -> list[Token]:
    """``head`` and the nouns joined to it by "and" (not those of other casualty words)."""
    out = [head]
    # "a cleric and government critic was shot": a singular verb, one person twice named
    if head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in load_lexicon().singular_auxiliaries
        for c in token_children(head.head)
    ):
        return out
    stack = [c for c in token_children(head) if c.dep_ == "conj"] + _names_after_an_apposition(head)
    while stack:
        c = stack.pop(0)
        if c.pos_ in ("VERB", "AUX"):
            continue  # "killing an officer and abducting two others"
        if _continues_a_relative_object(head, c):
            continue  # "10 militants who attacked a police post and a camp"
        if c.lower_ in load_lexicon().non_victim_nouns and not any(
            g.dep_ == "nummod" for g in token_children(c)
        ):
            continue  # "the death of a farmer and many huts burnt"; "five police" are people
        # "4 killed and 11 wounded": the conjunct carries another casualty word
        if any(g.i in other_triggers for g in token_children(c)) or c.head.i in other_triggers:
            continue
        out.append(c)
        stack.extend(g for g in token_children(c) if g.dep_ == "conj")
    return out


def _names_after_an_apposition(head: Token) -> list[Token]:
    """Named people joined by "and" after the victim's apposition, which the parser
    hangs on the apposition ("Juma Ali, the chief's driver, and Musa Hassan were
    killed": Hassan is a second victim, not a second word for the driver).

    Only a proper name: "a lawyer and rights activist" are two words for one man.
    """
    if head.pos_ != "PROPN":
        return []  # "two local leaders, A and B": the apposition names the two counted
    return [
        c for appos in token_children(head) if appos.dep_ == "appos"
        for c in token_children(appos) if c.dep_ == "conj" and c.pos_ == "PROPN"
    ]


def _continues_a_relative_object(head: Token, conjunct: Token) -> bool:
    """Is a conjunct the parser hung on the victims really one more object of a
    relative clause on them?

    In "shot dead 10 militants who attacked a police post and a camp", "and a camp"
    goes on with what the militants attacked: after a relative clause whose verb
    has an object, an "and" continues that object, not the victims, which the
    relative clause already closed.
    """
    for clause in token_children(head):
        if clause.dep_ != "relcl" or not head.i < clause.i < conjunct.i:
            continue
        if any(o.dep_ == "dobj" and o.i < conjunct.i for o in token_children(clause)):
            return True
    return False


def _single_np_count(
    tok: Token, lex: CasualtyLexicon, words: Any, singular: bool = True
) -> tuple[int, frozenset[int]] | None:
    if tok.pos_ == "ADP" and tok.lower_ == "between":
        # "Between five and eight people were killed": the parser may make the range's
        # word the subject, its people the object; the range is read on them
        people = next((c for c in token_children(tok) if c.dep_ == "pobj"), None)
        if people is None:
            return None
        tok = people
    low = tok.lower_
    if low in ("nobody", "none") or any(
        c.lower_ == "no" and c.dep_ in ("det", "neg", "advmod") for c in token_children(tok)
    ):
        return 0, frozenset({tok.i})  # "no one was killed", "no fatalities"
    vague = _vague_phrase_value(tok)
    if vague is not None:
        return vague, frozenset({tok.i})
    if _is_number_token(tok):
        return _number_value(tok)
    for child in token_children(tok):
        if child.dep_ in ("nummod", "quantmod") and _is_number_token(child):
            counted = _number_value(child)
            if counted is not None:
                return counted
    # "Seven Kenyan fishermen": a numeral the parser hung on another modifier
    for left in tok.doc[tok.left_edge.i : tok.i]:
        if left.dep_ in ("compound", "nummod", "amod", "quantmod") and _is_number_token(left):
            counted = _number_value(left)
            if counted is not None:
                return counted
    if low in lex.non_victim_nouns:
        return None  # "several houses", "the attack"
    for child in token_children(tok):
        if child.dep_ in ("amod", "det", "advmod", "nmod") and child.lower_ in words.vague\
                and not _asked(child):
            return words.vague[child.lower_], frozenset({child.i})
    if not singular:
        return None  # "the recent killing": a casualty noun alone names no count
    if low in lex.singular_pronouns or low in lex.singular_possessives:
        return 1, frozenset({tok.i})  # "he was killed", "his body was found"
    if low in lex.non_victim_nouns:
        return None
    # "a Kenya Police Reservist was killed": a proper noun with "a" is one person
    one_det = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token_children(tok))
    # "an unidentified gunmen is killed": "a" makes a plural-tagged noun one person
    if tok.tag_ == "NN" or (tok.tag_ == "NNP" and (tok.ent_type_ in ("", "PERSON") or one_det)) or (
        tok.tag_ == "NNS" and one_det
    ):
        if any(c.dep_ in ("det", "poss") and c.lower_ in ("no",) for c in token_children(tok)):
            return 0, frozenset({tok.i})
        return 1, frozenset({tok.i})
    # "kills civilian", "killed a 21-year-old": a victim noun the tagger read as an
    # adjective, in a victim's place
    if tok.tag_ == "JJ" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and not any(
        c.dep_ == "amod" for c in token_children(tok)
    ):
        return 1, frozenset({tok.i})
    # "two soldiers and a Somali": a nationality noun read as an adjective, joined to
    # the victims with its own "a", is one more victim
    if tok.tag_ == "JJ" and tok.dep_ == "conj" and one_det:
        return 1, frozenset({tok.i})
    # headline "A civilian shot dead by ...": the noun read as an adjective after "a"
    if tok.tag_ == "JJ" and tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in (
        "a", "an"
    ):
        return 1, frozenset({tok.i})
    return None


# ---------------------------------------------------------------------------
# where the victims are, per casualty word


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("dobj", "obj") for c in token_children(tok)):
        return False  # "hacked to death a chief": an object means active voice
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in token_children(tok)):
        return True
    # "was kidnapped, murdered and buried": a bare conjunct shares its head's voice
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "dobj", "obj") for c in token_children(tok)
    ):
        return _is_passive(tok.head)
    # "three people killed in the attack": a participle modifying its victims
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "relcl"):
        return True
    # "Man found killed", "two soldiers reported killed"
    if (
        tok.tag_ == "VBN"
        and tok.dep_ in ("ccomp", "xcomp", "oprd")
        and tok.head.lower_ in load_lexicon().state_verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(tok))
    ):
        return True
    # headline style "Trader killed at his shop": a main verb with a subject, no
    # object and no auxiliary reads as a passive (also where the parser hangs it on
    # a later clause: "Man killed in a row; motive not known")
    return (
        tok.dep_ in ("ROOT", "ccomp")
        and tok.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "prt") for c in token_children(tok))
        and any(c.dep_ == "nsubj" for c in token_children(tok))
    )


def _subject(tok: Token) -> Token | None:
    for c in token_children(tok):
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    # "a man believed to be a rebel was shot dead": the parser made the victim the
    # subject of the inserted "believed"
    if any(c.dep_ == "auxpass" for c in token_children(tok)):
        inserted_verbs = load_lexicon().inserted_clause_verbs
        for c in token_children(tok):
            if c.dep_ == "ccomp" and c.i < tok.i and c.lower_ in inserted_verbs:
                inserted = next(
                    (g for g in token_children(c) if g.dep_ in ("nsubj", "nsubjpass")), None
                )
                if inserted is not None:
                    return inserted
    # "were shot and killed", "was attacked and injured": the first verb's subject
    if tok.dep_ in ("conj", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
        return _subject(tok.head)
    # "a thief was on Sunday evening lynched by a mob": the parser, split by the
    # time phrase, hangs the participle on the auxiliary, which holds the subject
    if tok.dep_ == "advcl" and tok.head.pos_ == "AUX" and tok.head.i < tok.i:
        return _subject(tok.head)
    # "Man found killed in a farm": the state verb's subject is the victim
    if tok.dep_ == "ccomp" and tok.head.lower_ in load_lexicon().state_verbs:
        return _subject(tok.head)
    return None


def _object(tok: Token) -> Token | None:
    for c in token_children(tok):
        if c.dep_ in ("dobj", "obj") and c.lower_ not in ("himself", "herself", "themselves"):
            return c
    return None


def _victims(tok: Token, trigger_class: str) -> Token | None:
    """The token heading the victims of one casualty word, by its class."""
    if trigger_class == "transitive":
        if tok.dep_ == "compound" and tok.lower_ in load_lexicon().verbs_read_as_modifiers:
            head = tok.head  # headline "Residents lynch thief", the verb tagged a noun
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head  # "Mob lynches murder suspect": the whole noun phrase
            return head
        if tok.pos_ == "NOUN" and tok.lower_ in load_lexicon().verbs_read_as_modifiers:
            return _right_np_head(tok)  # "A mob lynch a murder suspect", tagged a noun
        if tok.dep_ == "conj" and not _counted_object(tok):
            # (a conjunct with a counted object of its own counts that: "killing 32
            # people and wounding 110 others" wounded 110, not the 32 before "and")
            own = _numeral_before_conjunct(tok)
            if own is not None:
                return own  # "ten were killed and over 70 wounded": the conjunct's own count
        if _is_passive(tok):
            if (
                tok.dep_ in ("acl", "amod")
                and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                # "Nairobi: Ten people were killed": a participle with its own subject
                and not any(c.dep_ == "nsubjpass" for c in token_children(tok))
            ):
                head = tok.head
                lex = load_lexicon()
                # "two gunmen and an officer killed in ...", but not "nine officers
                # injured and one officer killed"
                while (
                    head.dep_ == "conj"
                    and head.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                    and not any(
                        c.dep_ in ("acl", "amod") and c.lower_ in lex.all_words
                        for c in token_children(head.head)
                    )
                ):
                    head = head.head
                return head
            return _subject(tok)
        obj = _object(tok) or _shared_object(tok)
        if obj is not None:
            return obj
        subj = _subject(tok)
        # headline style "4 killed in raid": an active-looking verb with a numeral subject
        # of its own (a conjunct's subject borrowed from the verb before "and" is the doer:
        # "two bombers struck the town and killed ...")
        borrowed = tok.dep_ == "conj" and subj is not None and subj.head.i != tok.i
        if subj is not None and not borrowed and (_is_number_token(subj) or any(
            c.dep_ == "nummod" for c in token_children(subj)
        )):
            return subj
        return None
    if trigger_class == "intransitive":
        return _subject(tok)
    if trigger_class == "adjective":
        partitive = _partitive_count(tok)  # "25 of the dead"
        if partitive is not None and not any(c.dep_ == "nummod" for c in token_children(tok)):
            return partitive
        numbered = any(c.dep_ == "nummod" for c in token_children(tok))
        if numbered or tok.dep_ in ("nsubj", "dobj", "pobj"):
            return tok
        subj = next((c for c in token_children(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        head = tok.head
        lex = load_lexicon()
        if (
            tok.dep_ == "amod"
            and head.pos_ in ("NOUN", "PROPN", "NUM")
            and head.lower_ not in lex.non_victim_nouns
        ):
            return head
        # "shot dead a man", "left five people dead", "were found dead", "are dead"
        found = _object(head) or _subject(head)
        if found is not None:
            return found
        # "a trader shot dead by gunmen": the participle modifies the victims
        if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return head.head
        for ancestor in tok.ancestors:  # "a raid left the son of a trader shot dead"
            if ancestor.lower_ in lex.result_verbs:
                left_object = _object(ancestor)
                if left_object is not None:
                    return left_object
        for ancestor in tok.ancestors:  # a misparsed "were ... shot dead"
            subject = _subject(ancestor)
            if subject is not None:
                return subject
        # "8 suspected rebels shot dead by police" with "shot" tagged a noun: the
        # nearest noun before it names the victims
        if head.lower_ in lex.non_victim_nouns and head.i < tok.i:
            before = [
                c for c in token_children(head)
                if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "nsubj", "nummod")
                and (c.pos_ in ("NOUN", "PROPN", "ADJ") or _is_number_token(c))
            ]
            numbers = [c for c in before if _is_number_token(c)]
            if numbers or before:
                return (numbers or before)[-1]
        return None
    if trigger_class in ("noun", "injuries"):
        if trigger_class == "injuries" and tok.dep_ in ("dobj", "obj"):
            return _subject(tok.head)  # "three others sustained injuries"
        words = load_number_words()
        if any(
            c.dep_ == "nummod" or c.lower_ == "no" or (c.dep_ == "amod" and c.lower_ in words.vague)
            for c in token_children(tok)
        ):
            return tok  # "30 deaths", "several deaths", "no fatalities"
        lex = load_lexicon()
        for c in token_children(tok):  # "leading to her death"
            if c.dep_ == "poss" and c.lower_ in lex.singular_possessives:
                return c
        for prep in token_children(tok):  # "the bodies of three men"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in token_children(prep):
                    if pobj.dep_ == "pobj":
                        return pobj
        return None
    if trigger_class == "set_alight":
        return _set_alight_victim(tok)
    if trigger_class == "found_body":
        return _found_body_victim(tok)
    if trigger_class == "lives":
        verb = tok.head
        if any(c.dep_ == "nummod" for c in token_children(tok)):
            return tok  # "claimed 12 lives"
        for prep in token_children(tok):  # "claimed the lives of 12 people"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in token_children(prep):
                    if pobj.dep_ == "pobj":
                        return pobj
        if verb.lower_ in ("lost", "lose", "loses", "losing"):
            return _subject(verb)
        return None
    return None


def _partitive_count(tok: Token) -> Token | None:
    """The number "the dead" are counted out of: "buried 43 of the dead", "nine
    of the dead were children". Those counted are among the dead, so the number
    is a toll of at least that many. (Bodies are left out: a body that
    protesters carry to a rally is an earlier incident's dead.)"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    count = prep.head
    return count if _is_number_token(count) else None


def _found_body_victim(tok: Token) -> Token | None:
    """Whose body was found: "his body" (his), "the body of a trader" (trader), "the
    body was found" (the body, one person); None unless a finding verb governs it
    ("her body and the body of her son were found": the first body's verb)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    if first.dep_ not in ("nsubjpass", "dobj", "nsubj") or (
            verb.lower_ not in load_lexicon().found_body_verbs):
        # "his body was found floating": the participle beside the verb
        if not any(c.lower_ in load_lexicon().found_body_verbs for c in token_children(verb)
                   if c.dep_ in ("xcomp", "advcl", "acomp")) or first.dep_ != "nsubjpass":
            return None
    lex = load_lexicon()
    for c in token_children(tok):
        if c.dep_ == "poss" and c.lower_ in lex.singular_possessives:
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in token_children(c) if p.dep_ == "pobj"), tok)
    return tok


def _set_alight_victim(tok: Token) -> Token | None:
    """The person "set alight", "set ablaze" or "set on fire" (None: not a person)."""
    lex = load_lexicon()
    verb = tok.head.head if tok.lower_ == "fire" and tok.head.lower_ == "on" else tok.head
    if verb.lower_ not in lex.set_verbs or (
        verb.dep_ == "xcomp" and verb.head.lower_ in lex.attempt_verbs
    ):
        return None  # "opened fire", "tried to set him alight"
    if any(c.dep_ == "auxpass" for c in token_children(verb)):
        victim = _subject(verb)
    else:
        victim = _object(verb)
        if victim is not None and victim.i == tok.i:
            # "set a suspected thief alight", the parser taking "alight" for the object
            nouns = [
                c for c in token_children(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i
            ]
            victim = nouns[-1] if nouns else None
    if victim is None or victim.lower_ not in lex.set_alight_victims:
        return None  # "set a matatu on fire", "set the thicket ablaze"
    return victim


def _counted_object(tok: Token) -> bool:
    """Has the verb an object that is, or is counted by, a numeral ("110 others") or a
    vague amount ("several others")?"""
    obj = _object(tok)
    return obj is not None and (_is_number_token(obj) or any(
        c.dep_ in ("nummod", "amod") and _is_number_token(c) for c in token_children(obj)))


def _numeral_before_conjunct(tok: Token) -> Token | None:
    """A numeral between a conjoined verb and the verb it is joined to ("and 11 wounded")."""
    skippable = load_lexicon().window_skip_words
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.head.i, tok.i - 4), -1):
        t = doc[j]
        if _is_number_token(t):
            return t if _number_value(t) is not None else None
        if t.lower_ not in skippable:
            return None
    return None


def _shared_object(tok: Token) -> Token | None:
    """'killing and robbing him': verbs joined by "and" share the last one's object."""
    lex = load_lexicon()
    for c in token_children(tok):
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.lower_ not in lex.all_words:
            return _object(c)
    return None


def _right_np_head(tok: Token) -> Token | None:
    """The head of the noun phrase right after a verb the tagger read as a noun.

    "A mob lynch a murder suspect", "lynches and burns a suspected thief": determiners,
    adjectives, numerals, a joined verb and noun modifiers are stepped over.
    """
    doc = tok.doc
    for j in range(tok.i + 1, min(sentence_tokens(doc, tok.i)[1], tok.i + 8)):
        t = doc[j]
        if t.pos_ in ("DET", "ADJ", "CCONJ", "NUM"):
            continue
        if t.pos_ == "VERB" and t.dep_ in ("conj", "amod"):
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            if t.dep_ in ("compound", "nmod") and t.head.i > t.i:
                continue
            return t
        break
    return None


def _companions(tok: Token, other_triggers: set[int]) -> tuple[int, frozenset[int]] | None:
    """More victims of the same casualty word: 'shot and killed, along with his
    companion', 'two guards were killed, as was one of the raiders'."""
    lex = load_lexicon()
    # "shot dead together with his passenger": the verb of "dead" holds the "with"
    holders = [tok] + ([tok.head] if tok.dep_ in ("conj", "oprd") else [])
    for holder in holders:
        for c in token_children(holder):
            # "two guards were killed, as was one of the raiders"
            if c.dep_ == "advcl" and c.lower_ in ("was", "were") and any(
                g.dep_ == "mark" and g.lower_ == "as" for g in token_children(c)
            ):
                subject = next((g for g in token_children(c) if g.dep_ == "nsubj"), None)
                if subject is not None:
                    return _np_count(subject, other_triggers)
            # "along with X" (along -> with -> X) or "together with X" (with -> together, X)
            if c.lower_ in lex.accompaniment_words:
                withs = [w for w in token_children(c) if w.lower_ == "with"]
            elif c.lower_ == "with" and (
                any(g.lower_ in lex.accompaniment_words for g in token_children(c))
                # "was killed together with his driver", the parser hanging both words
                # on the verb
                or (c.i > 0 and c.doc[c.i - 1].lower_ in lex.accompaniment_words)
            ):
                withs = [c]
            else:
                continue
            for with_ in withs:
                for pobj in token_children(with_):
                    if pobj.dep_ == "pobj":
                        return _np_count(pobj, other_triggers)
    return None


def _toll_count(tok: Token) -> Token | None:
    """'the death toll rose to 15', 'a toll of 15', 'put the toll at 8'."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    named = any(c.lower_ in ("death", "casualty", "fatality") for c in token_children(tok)) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("death", "casualty")
    )
    if not named and not (verb is not None and verb.lower_ in ("put", "puts", "placed")):
        return None
    for prep in token_children(tok):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in token_children(prep):
                if _is_number_token(pobj):
                    return pobj
    if verb is None:
        return None
    for c in token_children(verb):
        if c.dep_ == "prep" and c.lower_ in ("to", "at"):
            for pobj in token_children(c):
                if pobj.dep_ == "pobj" and _is_number_token(pobj):
                    return pobj
        if c.dep_ in ("dobj", "attr") and _is_number_token(c):
            return c
    return None


def _window_count(tok: Token, sent: Span, used: set[int], prefer_right: bool) -> Token | None:
    """A numeral right beside the casualty word ("4 killed", "killing 5")."""
    skippable = load_lexicon().window_skip_words
    left = []
    i = tok.i - 1
    while i >= sent.start and tok.i - i <= 4:
        t = tok.doc[i]
        if _is_number_token(t):
            left.append(t)
            break
        if t.lower_ not in skippable:
            break
        i -= 1
    right = []
    i = tok.i + 1
    while i < sent.end and i - tok.i <= 4:
        t = tok.doc[i]
        if _is_number_token(t):
            right.append(t)
            break
        if t.lower_ not in skippable:
            break
        i += 1
    for side in ((right, left) if prefer_right else (left, right)):
        for t in side:
            if t.i not in used:
                return t
    return None


def _only_a_comparison(span: Span, lex: CasualtyLexicon) -> bool:
    """Is the span's running-total marker only the "since" of a comparison ("killed 12,
    the worst attack since the war began")? That past event measures the news; the
    count is the day's, not a total since then."""
    compared = comparison_since(span) | _ranked_noun_scope(span)
    if not compared:
        return False
    text = "".join(" " * len(t.text_with_ws) if t.i in compared else t.text_with_ws
                   for t in span)
    return not lex.cumulative.search(text)


def _ranked_noun_scope(span: Span) -> frozenset[int]:
    """The words after a superlative or an ordinal on a noun, within that noun's phrase
    ("in what officials said was the first use of drones as weapons in the conflict",
    "the deadliest attack in the war this year"): the period they name ranks the news
    against the conflict, it is not the period of a running toll."""
    out: set[int] = set()
    for tok in span:
        if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") \
                and (tok.tag_ == "JJS" or is_ordinal(tok.text)):
            out.update(t.i for t in tok.head.subtree if t.i > tok.i)
    return frozenset(out)


def _is_cumulative(trigger: Token, count_tokens: frozenset[int], doc: Doc) -> bool:
    """A running total: a marker among the modifiers of the casualty word or its count."""
    lex = load_lexicon()
    # "the war ... has killed more than 320,000 people": a conflict's running toll
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in token_children(trigger)):
        subject = _subject(trigger)
        if subject is not None and subject.lower_ in lex.cumulative_subjects:
            return True
    holders = [trigger] + [doc[i] for i in count_tokens]
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        holders.append(trigger.head)
    for holder in holders:
        for child in token_children(holder):
            if child.dep_ in ("prep", "npadvmod", "advmod", "advcl", "pcomp", "acl", "conj"):
                span = doc[child.left_edge.i : child.right_edge.i + 1]
                if child.lower_ in ("bringing", "brings", "brought") and not any(
                        span.start <= i < span.end for i in count_tokens):
                    # ("killed 12 on Monday, bringing the toll since January to 80"):
                    # the clause holds the total's count and period, not this count's
                    continue
                if lex.cumulative.search(span.text) and not _only_a_comparison(span, lex):
                    return True
        if holder.lower_ in ("bringing", "brings", "brought"):
            return True
    # "bringing the total ... to 300": the count hangs under a 'bringing' clause
    for i in count_tokens:
        for ancestor in doc[i].ancestors:
            if ancestor.lower_ in ("bringing", "brings", "brought", "total", "tally"):
                return True
            if ancestor.i == trigger.i:
                break
    return False


@cache
def _casualty_word_ids() -> frozenset[int]:
    """LOWER ids of the casualty words (``all_words``, "to death" words included)."""
    lex = load_lexicon()
    return frozenset(get_string_id(w) for w in lex.all_words | lex.care_verbs | lex.body_parts)


def _infinitive_of_purpose(tok: Token) -> bool:
    """A casualty verb in the bare infinitive of purpose of another verb
    ("gathered outside the station to lynch two suspects", "stormed the village to
    kill its chief") says what the doers meant to do, not what happened: its
    figure is no toll. A passive ("only to be killed", tagged VBN) is an outcome
    and stays."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(tok))
    )


def _verb_before_to_death(to: Token) -> Token:
    """The verb a "to death" phrase tells: its head, or, when the parser hung the phrase
    on the last of the verb's objects ("beat two men and their driver to death"), the
    verb those objects depend on."""
    head = to.head
    for _ in range(3):
        if head.pos_ == "VERB" or head.dep_ not in ("dobj", "obj", "conj") or head.head is head:
            break
        head = head.head
    return head


def _trigger_tokens(sent: Span) -> list[tuple[Token, str, str]]:
    """(token, field, trigger class) for the casualty words of a sentence."""
    lex = load_lexicon()
    out: list[tuple[Token, str, str]] = []
    doc, facts, word_ids = sent.doc, lower_and_like_num(sent.doc), _casualty_word_ids()
    for i in range(sent.start, sent.end):
        if facts[i][0] not in word_ids:
            continue  # no casualty word: skipped without building its Token
        tok = doc[i]
        low = tok.lower_
        if low in lex.to_death and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to":
            verb = _verb_before_to_death(tok.head)  # "beaten to death", "burnt to death"
            if (
                verb.pos_ == "VERB"
                and verb.lower_ not in lex.classes[FATALITIES]
                and not _infinitive_of_purpose(verb)
            ):
                out.append((verb, FATALITIES, "transitive"))
            continue
        if low in lex.care_verbs:
            if _cared_for_as_wounded(tok, lex):
                out.append((tok, INJURED, _CARE))
            continue
        if _harm_with_a_verb(tok, lex):
            out.append((tok, INJURED, _WITH_HARM))
            continue
        if low not in lex.all_words:
            continue
        if any(
            c.dep_ == "neg" or (c.lower_ in lex.hedge_words and c.dep_ in ("advmod", "amod"))
            for c in token_children(tok)
        ):
            continue  # "were not killed", "nearly lynched"
        if tok.dep_ in ("xcomp", "acl") and tok.head.lower_ in lex.attempt_verbs:
            continue  # "tried to lynch a man", "threatened to kill"
        if _infinitive_of_purpose(tok):
            continue  # "villagers gathered to lynch two suspects": a plan, no one died
        if accident_casualty(tok):
            continue  # "the roof collapsed, killing eight": an accident's dead
        for field_name in (FATALITIES, INJURED):
            trigger_class = lex.classes[field_name].get(low)
            if trigger_class is None:
                continue
            if (trigger_class == "transitive" and low in lex.injury_nouns
                    and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj")):
                # "two officers suffered light wounds": the noun of a harm someone
                # sustains (its subject the victims), not the verb "wounds"
                trigger_class = "injuries"
            if trigger_class == "noun" and tok.pos_ == "VERB":
                continue
            if (
                trigger_class == "transitive"
                and tok.pos_ == "NOUN"
                and not any(c.dep_ in ("dobj", "obj") for c in token_children(tok))
                and low not in lex.verbs_read_as_modifiers
            ):
                trigger_class = "noun"  # "the killing of ten fishermen"
            if trigger_class == "noun" and tok.dep_ == "compound":
                continue  # "death toll", "death squad"
            if low in ("injured", "wounded", "dead") and trigger_class == "noun":
                if tok.pos_ not in ("NOUN",):
                    continue
            if trigger_class == "injuries" and tok.dep_ not in ("dobj", "obj"):
                trigger_class = "noun"
            if low == "dead" and trigger_class == "adjective" and tok.pos_ == "NOUN":
                trigger_class = "adjective"
            out.append((tok, field_name, trigger_class))
            break
    return out


# The class of a harm someone is left, found or escaping with ("escaped with injuries",
# "leaving him with a broken jaw"): its victims are the verb's object, else its subject.
_WITH_HARM = "with_harm"


def accident_casualty(tok: Token) -> bool:
    """Is the casualty word a participle of a structure or craft failing ("the canopy
    collapsed, killing 15", "a wall caved in, killing two")?"""
    return tok.dep_ in ("advcl", "xcomp") and tok.head.lower_ in load_lexicon().accident_verbs


def _harm_with_a_verb(tok: Token, lex: CasualtyLexicon) -> bool:
    """Is the token an injury ("injuries", "stab wounds") or a harmed body part ("a
    broken jaw") told as what someone is left, found or escapes with, on a verb that is
    no verb of care ("admitted with injuries" counts by its care) nor of finding (a body
    "found with stab wounds" is a death)?"""
    if tok.dep_ != "pobj" or tok.head.lower_ not in lex.harm_preps:
        return False
    low = tok.lower_
    if low not in lex.injury_nouns and not (
        low in lex.body_parts
        and any(c.dep_ == "amod" and c.lower_ in lex.harm_adjectives for c in token_children(tok))
    ):
        return False
    verb = tok.head.head
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lower_ not in lex.care_verbs
        and verb.lower_ not in lex.found_body_verbs
    )


def _harm_bearer(tok: Token) -> Token | None:
    """Who bears a harm told with "with": the verb's object ("leaving a guard with ..."),
    else its subject ("two others escaped with injuries", "was found with wounds")."""
    verb = tok.head.head
    return _object(verb) or _subject(verb)


# The class of a verb of care ("66 people were being treated in hospital"): its
# victims are read like a transitive verb's, and only a stated count of them counts.
_CARE = "care"


def _cared_for_as_wounded(tok: Token, lex: CasualtyLexicon) -> bool:
    """Is the verb of care told of the wounded: people treated, admitted or taken to a
    hospital or for wounds ("were being treated in hospital", "were admitted to clinics
    with gunshot wounds"), as a passive? Being in hospital after an incident is being
    hurt in it; "doctors treated ..." or "treated fairly" tell nothing of harm."""
    if not any(c.dep_ == "auxpass" for c in token_children(tok)):
        return False
    if tok.lower_ in lex.care_alone:
        return True  # "were hospitalised"
    for prep in token_children(tok):
        if prep.dep_ != "prep":
            continue
        for obj in token_children(prep):
            if obj.dep_ == "pobj" and (obj.lower_ in lex.care_places
                                       or obj.lower_ in lex.care_reasons):
                return True
    return False


def _only_care_left(figures: list[Figure], doc: Doc) -> list[Figure]:
    """A count of the cared for is the wounded only when the sentence counts no
    wounded otherwise ("wounding 12, ten of whom were taken to hospital")."""
    lex = load_lexicon()
    cared = [f for f in figures if doc[f.trigger_i].lower_ in lex.care_verbs]
    if not cared or not any(f.field == INJURED and f not in cared for f in figures):
        return figures
    return [f for f in figures if f not in cared]


_FIGURES_KEY = "ec_casualty_figures"


def _sentence_figures(sent: Span) -> list[Figure]:
    """``figures_in_span`` once per sentence: the mentions of a document share
    sentences (their own and follow-ups), so the figures are kept on the Doc."""
    cache = sent.doc.user_data.setdefault(_FIGURES_KEY, {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = figures_in_span(sent)
    found: list[Figure] = cache[key]
    return found


def figures_in_span(sent: Span) -> list[Figure]:
    """Every casualty figure stated in one sentence."""
    doc = sent.doc
    triggers = _trigger_tokens(sent)
    trigger_ids = {t.i for t, _, _ in triggers}
    figures: list[Figure] = []
    used: dict[str, set[int]] = {FATALITIES: set(), INJURED: set()}
    pending: list[tuple[Token, str, str]] = []
    for tok, field_name, trigger_class in triggers:
        is_toll = trigger_class == "toll"
        counted: tuple[int, frozenset[int]] | None = None
        group: str | None = None
        if is_toll:
            number = _toll_count(tok)
            counted = _number_value(number) if number is not None else None
        else:
            victims = (
                _harm_bearer(tok) if trigger_class == _WITH_HARM
                else _victims(tok, "transitive" if trigger_class == _CARE else trigger_class)
            )
            if trigger_class == _CARE and victims is not None \
                    and victims.lower_ in load_lexicon().classes[FATALITIES]:
                victims = None  # "the bodies were taken to hospital": the dead
            if victims is not None and (
                victims.i not in trigger_ids - {tok.i} or trigger_class == "adjective"
            ):
                # a found body alone is one person ("the body was found")
                counted = _np_count(victims, trigger_ids - {tok.i},
                                    is_trigger=victims.i == tok.i
                                    and trigger_class != "found_body")
                group = _victim_group(victims, trigger_ids - {tok.i})
            if counted is not None and trigger_class in ("transitive", "intransitive", "adjective"):
                more = _companions(tok, trigger_ids - {tok.i})
                if more is not None:
                    counted = (counted[0] + more[0], counted[1] | more[1])
        if counted is None:
            if trigger_class != _CARE:  # the cared for only by their own count
                pending.append((tok, field_name, trigger_class))
            continue
        _add_figure(figures, used, tok, field_name, counted, is_toll, doc, group)
    for tok, field_name, trigger_class in pending:
        if trigger_class in ("toll", "lives", "injuries", "set_alight", _WITH_HARM):
            continue
        all_used = used[FATALITIES] | used[INJURED]
        number = _window_count(
            tok, sent, all_used, prefer_right=trigger_class == "transitive" and not _is_passive(tok)
        )
        if number is None:
            continue
        counted = _number_value(number)
        if counted is None:
            continue
        _add_figure(figures, used, tok, field_name, counted, False, doc, _member_side(number))
    figures = [f for f in figures if not _superseded(f, doc)]
    return _apply_coding_remarks(_only_care_left(figures, doc), sent)


def _superseded(figure: Figure, doc: Doc) -> bool:
    """Is the figure's count the earlier one a new count replaces ("113 bodies, up from
    the 16 deaths the army reported")? It sits in a "from" phrase right after one of
    superseded_count_words."""
    words = load_lexicon().superseded_count_words
    for i in figure.count_tokens:
        for node in (doc[i], *doc[i].ancestors):
            if node.dep_ == "pobj" and node.head.lower_ == "from":
                prep = node.head
                return prep.i > 0 and doc[prep.i - 1].lower_ in words
            if node.pos_ in ("VERB", "AUX"):
                break
    return False


def _victim_group(head: Token, other_triggers: set[int]) -> str | None:
    """The sides of the victims a noun phrase counts ("3 soldiers and 2 civilians":
    "civilian+state"); None when a member names no side ("people", "a man")."""
    sides: set[str] = set()
    for member in _conjuncts(head, other_triggers):
        side = _member_side(member)
        if side is None:
            return None
        sides.add(side)
    return "+".join(sorted(sides)) or None


def _member_side(tok: Token) -> str | None:
    """The side of one counted noun ("soldiers"), of a count's noun ("20 attackers",
    "20 of the attackers"), by data/casualties.yaml's victim_groups."""
    groups = load_lexicon().victim_groups
    noun = tok
    if _is_number_token(tok):
        of = next((c for c in token_children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in token_children(of) if c.dep_ == "pobj"), None) if of else None
        if whole is not None:
            noun = whole
        elif tok.dep_ == "nummod":
            noun = tok.head
        else:
            return None
    return groups.get(noun.lower_) or _side_of_members(noun)


def _side_of_members(noun: Token) -> str | None:
    """"a member of the party's youth wing": a political body's member is of its crowd,
    "a member of its armed wing" of the armed side; None for other members."""
    lex = load_lexicon()
    if noun.lower_ not in lex.member_words:
        return None
    of = next((c for c in token_children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in token_children(of) if c.dep_ == "pobj"), None) if of else None
    if body is None or body.lower_ not in lex.political_bodies:
        return None
    if any(c.lower_ in lex.armed_modifiers for c in token_children(body)):
        return "armed"
    return "crowd"


def _apply_coding_remarks(figures: list[Figure], sent: Span) -> list[Figure]:
    """What a note says about how a toll was coded: "2 killed (coded separately)"
    is another event's, "7 killed (coded as 5 here ...)" is 5 here, "6 deaths
    (coded across 6 events)" is 1 per event."""
    lex = load_lexicon()
    doc = sent.doc
    text = doc_text(doc)
    sent_end = sent.end_char
    out: list[Figure] = []
    for figure in figures:
        after = _remark_after(figure, sent)
        if after is not None and lex.coded_separately.match(after):
            continue
        here = lex.coded_value_here.match(after) if after is not None else None
        value = parse_number(here.group(1)) if here is not None else None
        if value is not None:
            figure.value = value
        elif figure.field == FATALITIES:
            split = lex.coded_split.search(text, figure.end, sent_end)
            parts = parse_number(split.group(1)) if split is not None else None
            if parts is not None and 1 < parts <= figure.value:
                figure.value //= parts
        out.append(figure)
    return out


def _remark_after(figure: Figure, sent: Span) -> str | None:
    """The text from the first of the few tokens after a figure, when no number
    stands between (the remark of "3 killed (and 2 police - coded separately)"
    is the 2's, not the 3's)."""
    doc = sent.doc
    start: int | None = None
    for tok in doc[figure.trigger_i : sent.end]:
        if tok.idx < figure.end:
            continue
        if start is None:
            start = tok.i
        if tok.i - start >= load_lexicon().coding_remark_tokens:
            return None
        if tok.lower_ == "coded":
            # set off from the figure ("2 killed (coded separately)"); "one fatality
            # coded elsewhere" is a figure about the coding, not a remark on one
            if tok.i == start or doc[tok.i - 1].text not in ("(", "-", "–", ",", ";", "["):
                return None
            return doc_text(doc)[tok.idx : sent.end_char]
        if tok.like_num:
            return None
    return None


def _add_figure(
    figures: list[Figure],
    used: dict[str, set[int]],
    trigger: Token,
    field_name: str,
    counted: tuple[int, frozenset[int]],
    is_toll: bool,
    doc: Doc,
    group: str | None = None,
) -> None:
    value, tokens = counted
    if tokens & used[field_name]:
        return  # the same count read twice ("were shot and killed")
    if _is_cumulative(trigger, tokens, doc):
        return
    positions = [doc[i] for i in tokens] + [trigger]
    start = min(t.idx for t in positions)
    end = max(t.idx + len(t.text) for t in positions)
    used[field_name] |= set(tokens)
    figures.append(
        Figure(
            field=field_name,
            value=value,
            start=start,
            end=end,
            trigger_i=trigger.i,
            count_tokens=tokens,
            is_toll=is_toll,
            group=group,
        )
    )


# ---------------------------------------------------------------------------
# combining figures into the mention's values and claims


def _combine(figures: list[Figure], doc: Doc) -> list[tuple[int, int, int, str | None]]:
    """Reported totals for one field: (value, start, end, victims' sides), one per
    report.

    Separate victim groups add up into one total; figures separated by a
    conflict cue are separate reports, unless they count another side ("killing
    ten soldiers, while the army said it killed 20 attackers": ACLED sums both
    sides). A death toll is the whole incident's.
    """
    lex = load_lexicon()
    ordered = sorted(figures, key=lambda f: f.start)
    reports: list[list[Figure]] = []
    for f in ordered:
        if reports and (
            not lex.conflict.search(doc_text(doc)[reports[-1][-1].end : f.start])
            or _other_side(f, reports[-1])
        ):
            reports[-1].append(f)
        else:
            reports.append([f])
    out: list[tuple[int, int, int, str | None]] = []
    for group in reports:
        # "19 were killed, 8 of these in arson attacks": a part of a figure given before
        # it; "killed 12 of them ..., adding that two soldiers died" counts a side the
        # pronoun named earlier (the attackers), before any figure, so it adds up
        whole = [f for f in group if not _part_of_an_earlier_figure(f, group, doc)] or group
        # "killed a trader and dumped his body": a pronoun names a victim already counted
        named = [f for f in whole if not _is_anaphoric(f, doc)]
        counted = named or whole
        tolls = [f.value for f in counted if f.is_toll]
        # "she was strangled ... her body was found": pronouns alone tell one person again
        value = min(tolls) if tolls else sum(f.value for f in counted) if named else max(
            f.value for f in counted)
        sides = None if tolls or not named else _sides_of(counted)
        if not tolls and all(_one_of_a_persons_circle(f, doc) for f in counted):
            sides = PART_OF_TOLL
        out.append((value, group[0].start, group[-1].end, sides))
    return out


def _sides_of(figures: list[Figure]) -> str | None:
    """The victims' sides of figures added up; None when one names no side."""
    sides: set[str] = set()
    for figure in figures:
        if figure.group is None:
            return None
        sides.update(figure.group.split("+"))
    return "+".join(sorted(sides))


def _other_side(figure: Figure, report: list[Figure]) -> bool:
    """Does the figure count victims of a side the report has not counted yet?"""
    told = _sides_of(report)
    return (figure.group is not None and told is not None
            and set(figure.group.split("+")).isdisjoint(told.split("+")))


def _part_of_an_earlier_figure(figure: Figure, group: list[Figure], doc: Doc) -> bool:
    """Is the figure a partitive count ("8 of these") after a figure it can be part of?"""
    return _is_partitive(figure, doc) and any(
        other.start < figure.start and not _is_partitive(other, doc) for other in group)


def _is_partitive(figure: Figure, doc: Doc) -> bool:
    """Is the figure's count "N of these/them" or "N of the dead": a part of
    victims counted already?"""
    lex = load_lexicon()
    pronouns, dead_words = lex.partitive_pronouns, lex.all_words
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            p.dep_ == "pobj" and (p.lower_ in pronouns or p.lower_ in dead_words)
            for p in token_children(prep)
        )
        for i in figure.count_tokens
        for prep in token_children(doc[i])
    )


# The claim group of a figure that singles out one person of someone's circle ("one of
# his lieutenants was killed"): a death among the incident's toll, not a rival total of
# it; the merge sets it aside when another report gives a figure (merge.figures._resolve_figures).
PART_OF_TOLL = "part"


def _one_of_a_persons_circle(figure: Figure, doc: Doc) -> bool:
    """Is the figure's count "one of his/her X", "one of <Name>'s X": one person told
    by whose they were (a lieutenant, a son, a guard of one man)? (Not "their": a side
    telling its own dead gives that side's toll.)"""
    lex = load_lexicon()
    for i in figure.count_tokens:
        tok = doc[i]
        if tok.lower_ not in ("one", "1"):
            continue
        for prep in token_children(tok):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for whole in token_children(prep):
                if whole.dep_ == "pobj" and any(
                        c.dep_ == "poss" and (c.lower_ in lex.singular_possessives
                                              or c.pos_ == "PROPN")
                        for c in token_children(whole)):
                    return True
    return False


def _is_anaphoric(figure: Figure, doc: Doc) -> bool:
    """Is the figure's count a pronoun ("he", "his body"): someone named before?"""
    lex = load_lexicon()
    return bool(figure.count_tokens) and all(
        doc[i].lower_ in lex.singular_pronouns or doc[i].lower_ in lex.singular_possessives
        for i in figure.count_tokens
    )


def _suicide_bonus(sent: Span, figures: list[Figure]) -> int:
    """ACLED counts the suicide attackers: add them unless the count already names them."""
    lex = load_lexicon()
    if not lex.suicide.search(span_text(sent)):
        return 0
    for f in figures:
        if f.field != FATALITIES:
            continue
        trig = sent.doc[f.trigger_i]
        window = sent.doc[trig.i : min(sent.end, trig.i + 12)].text.lower()
        if any(w in window.split() for w in lex.attacker_words) and (
            "including" in window or "among" in window
        ):
            return 0
        if any(sent.doc[i].lower_ in lex.attacker_words for i in f.count_tokens):
            return 0
    return _suicide_attackers(sent)


def _counts_attackers(figure: Figure, doc: Doc) -> bool:
    """Does the figure count the attackers themselves ("The bomber also died")?"""
    attacker_words = load_lexicon().attacker_words
    return any(doc[i].lower_ in attacker_words for i in figure.count_tokens)


def _suicide_attackers(sent: Span) -> int:
    """How many suicide attackers the sentence names: a numeral on "suicide bombers"
    ("two suicide bombers blew themselves up"), else one."""
    attacker_words = load_lexicon().attacker_words
    for tok in sent:
        if tok.lower_ not in attacker_words or not any(
                c.lower_ == "suicide" for c in token_children(tok)):
            continue
        for child in token_children(tok):
            if child.dep_ == "nummod" and (value := _number_value(child)) is not None:
                return value[0] if 0 < value[0] <= 10 else 1
    return 1


def _other_event_in(sent: Span, mention: EventMention) -> bool:
    """Does a follow-up sentence report some other event (a non-casualty trigger)?"""
    if _TRIGGER_GROUP not in sent.doc.spans:
        return False
    lex = load_lexicon()
    doc = sent.doc
    for span in _triggers_within(doc, sent.start, sent.end):
        if span.start >= sent.start and span.end <= sent.end:
            # a casualty word ("killed") is no other event; "an exchange of fire" is one,
            # though "fire" is also a casualty word ("set on fire")
            # "A man was shot dead in Za'tara": a death told at another known place is
            # another incident's (ACLED codes one event per place)
            if _dies_at_another_place(span.root, mention):
                return True
            if span.root.lower_ in lex.all_words:
                continue
            if _acts_on_another_place(span.root, mention):
                return True
            # "in the attack", "during the ensuing clashes": the same incident again;
            # "Police fired at them": a response within it. Only an event the
            # sentence introduces as new ("an explosion hit ...") is another one.
            before = doc[max(sent.start, span.start - 2) : span.start]
            if any(t.lower_ in lex.anaphoric_determiners for t in before):
                continue
            if any(t.lower_ in lex.new_incident_determiners for t in before):
                return True
    return False


_TRIGGER_BOUNDS_KEY = "ec_casualty_trigger_bounds"


def _triggers_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The triggers inside tokens [start, end), in the group's order (the group's
    bounds read once per Doc: reading the group builds a Span for every trigger)."""
    bounds = doc.user_data.get(_TRIGGER_BOUNDS_KEY)
    if not isinstance(bounds, list):
        bounds = [[s.start, s.end] for s in doc.spans[_TRIGGER_GROUP]]
        doc.user_data[_TRIGGER_BOUNDS_KEY] = bounds
    triggers = group_spans(doc, _TRIGGER_GROUP)
    return [triggers[k] for k, (first, last) in enumerate(bounds)
            if first >= start and last <= end]


_PLACE_GROUP = "ec_places"


def _dies_at_another_place(trigger: Token, mention: EventMention) -> bool:
    """A passive casualty verb ("was shot dead in X") whose own prepositional phrase names
    a known place that is not the mention's."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in token_children(trigger)):
        return False
    preps = [c for c in token_children(trigger) if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    return any(_names_another_place(p.left_edge.i, p.right_edge.i, trigger.doc, mention)
               for p in preps)


def _names_another_place(left: int, right: int, doc: Doc, mention: EventMention) -> bool:
    """Does the token range [left, right] name a known place other than the mention's?"""
    if mention.place is None or _PLACE_GROUP not in doc.spans:
        return False
    own = {mention.place.name.lower(), (mention.place.admin1 or "").lower(),
           (mention.place.admin2 or "").lower(), mention.place.country.lower()}
    if mention.place_mention is not None:
        own.add(mention.place_mention.text.lower())
    for place in group_spans(doc, _PLACE_GROUP):
        flags = set(place.label_.split("|")[1:])
        if not left <= place.start <= right or "gaz" not in place.label_ or flags & {
                "dateline", "org", "people"}:
            continue  # not a known place, or a dateline, an organisation's, a people
        if place.text.lower() not in own:
            return True
    return False


def _acts_on_another_place(trigger: Token, mention: EventMention) -> bool:
    """"Rebels shelled the town of X in Hama province, wounding four": a doer's event
    verb whose phrase names a place other than the mention's is another incident, with
    its own figures (ACLED codes one event per place). A pronoun told of the same
    people ("Police fired at them") keeps it within the mention's incident."""
    if trigger.pos_ != "VERB" or mention.place is None or _PLACE_GROUP not in trigger.doc.spans:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in token_children(trigger)):
        return False
    if any(t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj") for t in trigger.subtree):
        return False
    return _names_another_place(trigger.left_edge.i, trigger.right_edge.i, trigger.doc, mention)


def _mention_sentences(mention: EventMention, doc: Doc) -> tuple[Span | None, list[Span]]:
    """The mention's sentence and the follow-up sentences of its paragraph."""
    lex = load_lexicon()
    main: Span | None = None
    follow: list[Span] = []
    bounds = sentence_bounds(doc)
    # the sentence holding the mention's start, found without building every Span
    index = bisect.bisect_right([b[0] for b in bounds], mention.sent_start) - 1
    for start_char, end_char, first_token, end_token in bounds[max(index, 0) :]:
        if main is None:
            if start_char <= mention.sent_start < end_char:
                main = doc[first_token:end_token]
            continue
        sent = doc[first_token:end_token]
        if len(follow) >= lex.follow_up_sentences:
            break
        previous = follow[-1] if follow else main
        if paragraph_break(doc_text(doc), previous.start_char + len(span_text(previous).rstrip()),
                           sent.start_char):
            break
        follow.append(sent)
    if main is None:
        span = doc.char_span(mention.sent_start, mention.sent_end, alignment_mode="expand")
        main = span
    return main, follow


def _refers_back(mention: EventMention, doc: Doc) -> bool:
    """Is the mention's trigger an event noun told again ("the fighting", "the attack")?"""
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    determiners = load_lexicon().anaphoric_determiners
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in determiners for c in token_children(head)
    )


def _ends_a_sentence(sent: Span) -> bool:
    """Does the text of ``sent`` end as a sentence does (a stop, a closing quote)?"""
    text = span_text(sent).rstrip()
    return not text or text[-1] in ".!?\"'”’)]:;"


def _previous_sentence(main: Span, doc: Doc) -> Span | None:
    """The sentence before ``main`` in the same paragraph."""
    bounds = sentence_bounds(doc)
    index = bisect.bisect_right([b[0] for b in bounds], main.start_char) - 1
    if index <= 0:
        return None
    start_char, end_char, first_token, end_token = bounds[index - 1]
    if paragraph_break(doc_text(doc), end_char, main.start_char):
        return None
    return doc[first_token:end_token]


def _has_numeral(figure: Figure, doc: Doc) -> bool:
    """Is the figure a stated number ("killing 2"), not one person named again?

    After "protesting the death of a colleague", a later "the driver died" is
    that same death told again; "Police intervened, killing 2" are new victims.
    """
    return any(_is_number_token(doc[i]) for i in figure.count_tokens)


def _is_earlier_event(figure: Figure, doc: Doc, mention_start: int | None = None) -> bool:
    """'two days after the militia executed 20 others': an earlier incident. Not for
    the mention whose own trigger is in that clause ("settlers torched houses, hours
    after a gunman shot dead two brothers": the shooting's mention has its two dead)."""
    lex = load_lexicon()
    trigger = doc[figure.trigger_i]
    for node in [trigger, *trigger.ancestors]:
        if node.lower_ in ("after", "before", "since") and any(
            c.dep_ == "npadvmod" or c.lower_ in lex.time_units for c in token_children(node)
        ):
            return not _holds_trigger(node, mention_start)
        marks = {c.lower_ for c in token_children(node) if c.dep_ == "mark"}
        if marks & {"after", "before", "since"} and any(
            c.dep_ == "npadvmod" and c.lower_ in lex.time_units for c in token_children(node)
        ):
            # "two days after the militia executed 20"
            return not _holds_trigger(node, mention_start)
        if node.dep_ in ("nsubj", "nsubjpass"):
            # "5 thieves gunned down by police two days after the governor's visit", the
            # parser making the victims the subject of the later clause: that
            # clause's time dates what it tells, not its subject's own modifiers
            break
    return False


def _holds_trigger(clause: Token, mention_start: int | None) -> bool:
    """Is the mention's trigger inside the clause (past its time phrase and marker)?"""
    if mention_start is None:
        return False
    if clause.idx <= mention_start < clause.idx + len(clause.text):
        return True
    return any(_covers(c, mention_start) for c in token_children(clause)
               if c.dep_ not in ("npadvmod", "mark"))


def _is_alleged_past_crime(figure: Figure, doc: Doc, own: bool = False) -> bool:
    """'officers shot two youths accused of killing an elder': the elder is not
    among this event's dead.

    The mention's own trigger (``own``) is the event itself, reported with or
    without hedging ("arrested an officer who shot dead two colleagues" coded as
    the shooting, "members allegedly killed a civilian"): never a past crime.
    """
    if own:
        return False
    lex = load_lexicon()
    trigger = doc[figure.trigger_i]
    # "2 gang suspects killed by police": a participle on its victims; what is said
    # of the victims ("suspects", "believed to be raiders") is no allegation of a killing
    on_victims = trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in (
        "NOUN", "PROPN", "NUM", "PRON"
    )
    # "Mob lynches murder suspect": a verb read as a modifier has its victims above it
    if (
        not on_victims
        and trigger.dep_ != "compound"
        and any(a.lower_ in lex.allegation_words for a in trigger.ancestors)
    ):
        return True
    # "lynched a man they believe killed a child", the parser joining both verbs
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if before is not None and before.pos_ == "VERB" and before.lower_ in lex.belief_words:
        return True
    # "a man who allegedly killed his neighbour", "a man they believe killed a child";
    # a clause under the casualty word is not a word on it ("were killed when
    # protesters tried to storm the airport": "tried" is an attempt, no trial)
    on_the_killing = [c for c in token_children(trigger) if c.dep_ not in _CLAUSE_DEPS]
    return trigger.dep_ in ("relcl", "ccomp") and any(
        c.lower_ in lex.allegation_words for c in [*on_the_killing, trigger.head]
    )


# dependency labels of a clause under a word (its own event, not a modifier of it)
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj", "parataxis", "relcl", "acl"})


def _covers(token: Token, char: int) -> bool:
    """Does the phrase headed by ``token`` contain the character offset ``char``?"""
    right = token.right_edge
    return token.left_edge.idx <= char < right.idx + len(right.text)


def _in_earlier_clause(trigger: Token, mention: EventMention, own: bool = False) -> bool:
    """Is the casualty word in a clause marked as earlier ("after ...") that does not
    hold the mention's trigger (or, for the mention's own word, that hangs on a main
    clause: "torched houses after the body was found")?"""
    lex = load_lexicon()
    clause = next((t for t in [trigger, *trigger.ancestors] if t.pos_ == "VERB"), None)
    if clause is None or not any(
            c.dep_ == "mark" and c.lower_ in lex.earlier_clause_marks
            for c in token_children(clause)):
        return False
    if own:
        return clause.dep_ == "advcl" and clause.head.i != clause.i
    return not _covers(clause, mention.trigger_start)


def _dated_earlier(trigger: Token, doc: Doc, lex: CasualtyLexicon) -> bool:
    """A time phrase of another, earlier day right after the casualty word or on it
    ("shot the day before", "died in the previous month")."""
    right = doc[trigger.i + 1 : min(trigger.i + 5, sentence_tokens(doc, trigger.i)[1])].text
    return lex.earlier_time.match(right) is not None or any(
        # a short time phrase, not a long one holding another clause's day ("in
        # retaliation for a killing the previous day")
        (c.dep_ in ("npadvmod", "advmod") or (
            c.dep_ == "prep" and c.right_edge.i - c.left_edge.i <= 4
        ))
        and lex.earlier_time.search(doc[c.left_edge.i : c.right_edge.i + 1].text)
        for c in token_children(trigger)
    )


def _is_background_cause(figure: Figure, mention: EventMention, doc: Doc) -> bool:
    """A death that a protest, riot or other development reacts to, not one it caused.

    "protested the killing of a student", "rioted after a man was shot dead",
    "demanding justice for a boy killed by police": the casualty word sits under a
    cause word whose phrase does not contain the mention's own trigger.
    """
    lex = load_lexicon()
    trigger = doc[figure.trigger_i]
    # the mention's own trigger is the event ("arrested an officer who shot dead two
    # colleagues", coded as the shooting): its victims are not an alleged past crime
    # so is the doer named as the trigger ("a mob beat two men to death": the mob's)
    own = _is_token_at(trigger, mention.trigger_start) or _doer_of(
        trigger, mention.trigger_start)
    if _is_alleged_past_crime(figure, doc, own) or _is_earlier_event(
            figure, doc, mention.trigger_start):
        return True
    if not own:
        # ("comes three weeks after the fall of the city in fighting that killed 3,000"):
        # the toll of the history the story is measured from
        if history_weeks_before_the_story(trigger) is not None:
            return True
        # "the remains of a trader shot the day before": another day's death (but "A
        # day earlier, a roadside bomb killed two soldiers": a time phrase of the
        # clause that holds the event's own trigger dates this event, not another)
        if not _covers(trigger, mention.trigger_start) and _dated_earlier(trigger, doc, lex):
            return True
        # "after raiders killed four, one bandit was shot": an earlier clause's toll
        if _in_earlier_clause(trigger, mention):
            return True
    elif lex.classes[FATALITIES].get(trigger.lower_) == "found_body" and _in_earlier_clause(
            trigger, mention, own=True):
        return True  # "houses were torched after the body of a woman was found"
    if mention.event_type not in lex.cause_event_types:
        # "in revenge for the murder of their chief": a death named as a motive
        if trigger.pos_ != "NOUN":
            return False
        return any(a.lower_ in lex.motive_words for a in trigger.ancestors)
    # "riots over the beheading of the wife of a jailed leader": a mention trigger
    # inside the death's own phrase does not make the death the mention's
    trigger_inside_death = _covers(trigger, mention.trigger_start) and not _is_token_at(
        trigger, mention.trigger_start
    ) and not _doer_of(trigger, mention.trigger_start)
    for ancestor in [trigger, *trigger.ancestors]:
        # "after a rider was killed": the cause word marks the clause itself
        marked = any(
            c.dep_ == "mark" and c.lower_ in lex.cause_words for c in token_children(ancestor)
        )
        named = ancestor.i != trigger.i and ancestor.lower_ in lex.cause_words
        if not (named or marked or ancestor.dep_ == "relcl"):
            continue
        if not _covers(ancestor, mention.trigger_start) or trigger_inside_death:
            return True
        # "students protesting the death of a colleague": the mention's own trigger
        # is the cause word and the death is what it is about
        if named and _is_token_at(ancestor, mention.trigger_start):
            return True
    return False


def _doer_of(killing: Token, char: int) -> bool:
    """Is the word at ``char`` the subject of the killing verb ("a mob beat two men to
    death": the mob did it, its riot's own toll, not a death it reacts to)?"""
    return killing.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and _is_token_at(c, char) for c in token_children(killing))


def _story_cause_fields(main: Span, mention: EventMention, doc: Doc) -> set[str]:
    """The fields of deaths (or injuries) that the sentences before the mention's, in
    its paragraph, give as the cause of a protest or riot.

    "Students blocked a road, protesting the killing of a classmate. They fought the
    police for hours. The classmate's body was found on Sunday": the death told
    after the protest's own sentence is its cause told again, not a new one, as it
    is when the cause is in the mention's own sentence.
    """
    if mention.event_type not in load_lexicon().cause_event_types:
        return set()
    fields: set[str] = set()
    sent = _previous_sentence(main, doc)
    while sent is not None:
        fields |= {f.field for f in _sentence_figures(sent)
                   if _is_background_cause(f, mention, doc)}
        sent = _previous_sentence(sent, doc)
    return fields


_OUTCOME_KEY = "ec_casualty_outcome_told"


def _tells_an_outcome(doc: Doc) -> bool:
    """Does any word of the document tell a death or an injury? (once per Doc)"""
    told = doc.user_data.get(_OUTCOME_KEY)
    if told is None:
        words = load_lexicon().outcome_words
        told = any(tok.lower_ in words for tok in doc)
        doc.user_data[_OUTCOME_KEY] = told
    return bool(told)


def _shot_figures(told: list[Span], mention: EventMention, doc: Doc) -> list[Figure]:
    """Victims of a bare "shot" ("Police shoot demonstrator", "an officer was shot
    twice"), for a mention whose sentences state no death and no injury: ACLED's
    summaries tell a fatal shooting so. None when the text says the victim lived
    or what was shot is no person ("shot arrows at the police")."""
    lex = load_lexicon()
    # a death or injury told anywhere in the text ("protests over the killing of a
    # rider ... the driver had been shot") is the shooting's outcome, told elsewhere
    if _tells_an_outcome(doc):
        return []
    if any(lex.shot_survival.search(span_text(sent)) for sent in told):
        return []
    figures: list[Figure] = []
    used: dict[str, set[int]] = {FATALITIES: set(), INJURED: set()}
    for sent in told:
        for tok in sent:
            if tok.lower_ not in lex.shot_verbs or tok.pos_ != "VERB":
                continue
            if any(c.dep_ == "neg" or c.lower_ in lex.hedge_words for c in token_children(tok)):
                continue
            if tok.dep_ in ("xcomp", "acl") and tok.head.lower_ in lex.attempt_verbs:
                continue  # "threatened to shoot"
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if after is not None and after.lower_ in ("at", "into"):
                continue  # "was shot at", "shot into the crowd": no one hit
            if any(c.dep_ == "prt" for c in token_children(tok)):
                continue  # "shot down a drone": no person
            victims = _victims(tok, "transitive")
            if victims is None or victims.lower_ in lex.shot_non_victims:
                continue
            counted = _np_count(victims, set())
            if counted is None or counted[0] == 0:
                continue
            _add_figure(figures, used, tok, FATALITIES, counted, False, doc)
    return [f for f in figures if not _is_background_cause(f, mention, doc)]


def _claimant(doc: Doc, start: int, end: int) -> str | None:
    """Who claims the figure stated at [start, end) ("Al Shabaab ..., claiming to have
    killed seven soldiers": Al Shabaab), when a claim verb governs its casualty word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lex = load_lexicon()
    for tok in span:
        if tok.lower_ not in lex.all_words:
            continue
        node = tok
        while node.dep_ in ("xcomp", "ccomp", "advcl") and node.head.i != node.i:
            clause, node = node, node.head
            if node.lower_ not in lex.claim_verbs and not (
                    # "JNIM said in a claim that it killed 70 soldiers": a speaker
                    # telling its own killing claims it
                    node.lower_ in lex.self_report_verbs and any(
                        c.dep_ == "nsubj" and c.lower_ in lex.self_report_pronouns
                        for c in token_children(clause))):
                continue
            # "claimed ..., claiming to have killed": the subject of the verb it hangs on
            holder = node.head if node.dep_ in ("advcl", "xcomp") else node
            subject = next((c for c in (*token_children(node), *token_children(holder))
                            if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            return doc[subject.left_edge.i:subject.i + 1].text
    return None


def _is_token_at(token: Token, char: int) -> bool:
    """Does ``token`` itself span the character offset ``char``?"""
    return token.idx <= char < token.idx + len(token.text)


def extract_casualties(mention: EventMention, doc: Doc) -> None:
    """Set the mention's fatalities and injured and add a claim per reported figure."""
    main, follow_ups = _mention_sentences(mention, doc)
    if main is None:
        return
    lex = load_lexicon()
    # an arrest's toll is only what its own sentence tells (casualties.yaml)
    own_only = mention.sub_event_type in lex.own_sentence_only_types
    if own_only:
        follow_ups = []
    by_field: dict[str, list[Figure]] = {FATALITIES: [], INJURED: []}
    main_figures: list[Figure] = []
    cause_fields: set[str] = set()
    for f in _sentence_figures(main):
        if _is_background_cause(f, mention, doc):
            cause_fields.add(f.field)
        else:
            main_figures.append(f)
    for f in main_figures:
        by_field[f.field].append(f)
    cause_fields |= _story_cause_fields(main, mention, doc)
    bonus = _suicide_bonus(main, main_figures)
    told = [main]  # the sentences that tell this incident
    for sent in follow_ups:
        if _other_event_in(sent, mention) or lex.follow_up_stop.search(span_text(sent)):
            break
        told.append(sent)
        later = [
            f for f in _sentence_figures(sent)
            if not _is_background_cause(f, mention, doc)
            and not (f.field in cause_fields and not _has_numeral(f, doc))
        ]
        for field_name in (FATALITIES, INJURED):
            of_field = [f for f in later if f.field == field_name]
            if not by_field[field_name]:
                by_field[field_name] = of_field
            else:  # "Three civilians were also killed": more victims of the same incident
                by_field[field_name] += [
                    f for f in of_field
                    if any(c.lower_ == "also" for c in token_children(doc[f.trigger_i]))
                    # ("The bomber also died": the suicide attacker, counted already)
                    and not (bonus and field_name == FATALITIES
                             and _counts_attackers(f, doc))
                    # "Police put the toll at nine": another account of the whole toll,
                    # kept as a claim (the lowest figure is coded)
                    or (f.is_toll and lex.conflict.search(span_text(sent)) is not None)
                ]
    # "Four herders were killed in clashes ... The fighting took place at dawn": an
    # event noun told again with "the" has the previous sentence's figures.
    # The same for a sentence the parser split inside a clause ("died in the Monday
    # | [3 May] evening raid"): the fragment before it has no final stop.
    if (not by_field[FATALITIES] or not by_field[INJURED]) and not own_only:
        previous = _previous_sentence(main, doc)
        if previous is not None and (
            _refers_back(mention, doc) or not _ends_a_sentence(previous)
        ):
            stated = {name: bool(figures) for name, figures in by_field.items()}
            for f in _sentence_figures(previous):
                # a killing told by a verb ("were killed", "shot dead"), not a noun that
                # names a cause or a claim ("the killing of", "claims 15 fatalities")
                if not stated[f.field] and doc[f.trigger_i].pos_ != "NOUN" and not (
                    _is_background_cause(f, mention, doc)
                ):
                    by_field[f.field].append(f)
    if not by_field[FATALITIES] and not by_field[INJURED] and not cause_fields and not bonus:
        by_field[FATALITIES] = _shot_figures(told, mention, doc)
    # "a thief was lynched ... police rescued him": a mob beating the victim survived
    told = [main, *follow_ups]
    if any(doc[f.trigger_i].lower_ in lex.mob_attack_words for f in by_field[FATALITIES]) and any(
        lex.survival.search(span_text(sent)) for sent in told
    ):
        by_field[FATALITIES] = [
            f for f in by_field[FATALITIES]
            if doc[f.trigger_i].lower_ not in lex.mob_attack_words
        ]
    for field_name in (FATALITIES, INJURED):
        reports = _combine(by_field[field_name], doc)
        if field_name == FATALITIES and bonus:
            if reports:
                reports = [(v + bonus, s, e, None) for v, s, e, _ in reports]
            else:
                m = load_lexicon().suicide.search(main.text)
                assert m is not None
                s = main.start_char + m.start()
                reports = [(bonus, s, main.start_char + m.end(), None)]
        for value, start, end, sides in reports:
            evidence = Evidence(
                doc_id=mention.doc_id,
                start=start,
                end=end,
                text=doc_text(doc)[start:end],
                field=field_name,
            )
            mention.claims.append(Claim(field=field_name, value=value,
                                        source=_claimant(doc, start, end), evidence=evidence,
                                        group=sides))
            mention.evidence.append(evidence)
        if reports:
            value = min(v for v, _, _, _ in reports)
            if field_name == FATALITIES:
                mention.fatalities = value
            else:
                mention.injured = value
