"""The sentence's cues (StatusCues) and the walks over its parse that many rules
share: governing chains, auxiliaries, a clause's own time, the trigger told before.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.coded_elsewhere import clauses_coded_elsewhere
from eventcoder.extract.filters.words import (
    _CODED_ELSEWHERE,
    _FORMER_NAME,
    _HABITUAL_IDS,
    _RECENT_PERIOD,
    _WORDS,
    _YEAR,
)
from eventcoder.text import (
    determined_by,
    doc_cache,
    doc_text,
    lower_and_like_num,
    parse_table,
    semicolon_tokens,
    span_text,
    token_children,
)

__all__ = [
    "StatusCues",
    "clauses_of_other_records",
    "comparison_since",
]

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


def _across_semicolon(token: Token, head: Token) -> bool:
    """A semicolon lies between a token and its head ("a riot broke out;
    supporters demand a recount" parsed with the riot under "demand")."""
    lo, hi = sorted((token.i, head.i))
    # (the Doc's semicolons found once: the first after ``lo``, if before ``hi``)
    semicolons = semicolon_tokens(token.doc)
    after = bisect.bisect_right(semicolons, lo)
    return after < len(semicolons) and semicolons[after] < hi


def _many_people(subject: Token) -> bool:
    """A plural or counted subject ("hundreds of people", "more than 40 protesters")."""
    return subject.tag_ in ("NNS", "NNPS") or subject.like_num or any(
        c.dep_ == "nummod" or c.like_num for c in subject.children)


def _has_auxiliary_of(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """Has the verb an auxiliary among ``auxiliaries`` (the tenses below)?"""
    return any(c.lower_ in auxiliaries and c.dep_ in ("aux", "auxpass")
               for c in token_children(verb))


def _has_perfect_aux(verb: Token) -> bool:
    """Is the verb in the present perfect ("has killed", "have been wounded")?"""
    return _has_auxiliary_of(verb, _WORDS.perfect_auxiliaries)


def _own_day(verb: Token) -> bool:
    """Does the verb name a day or a time of a day of its own ("detained on Sunday",
    "arrested overnight")?"""
    return any(g.lower_ in _WORDS.recent_periods for p in token_children(verb)
               if p.dep_ in ("prep", "npadvmod") for g in (p, *token_children(p)))


def _running_perfect(verb: Token) -> bool:
    """Is the verb a perfect, present or past ("have been killed", "had been held")?"""
    return _has_auxiliary_of(verb, _WORDS.running_total_auxiliaries)


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


def _tally_perfect(verb: Token) -> bool:
    """Is the verb a past perfect ("had been detained"), the tense of a tally told?"""
    return _has_auxiliary_of(verb, _WORDS.tally_auxiliaries)


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


def _clause_verbs(token: Token) -> list[Token]:
    """The verbs that govern ``token`` in its own clause and the clauses above."""
    return [t for t in _chain(token) if t.pos_ in ("VERB", "AUX")]


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
