"""Statistics: running totals, tallies, tolls of a period or of a whole country,
counts in hundreds, comparisons and trends.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.tokens import Token

from eventcoder.extract.filters.clauses import (
    StatusCues,
    _chain,
    _comparing,
    _has_perfect_aux,
    _many_people,
    _own_day,
    _period_phrase,
    _running_perfect,
    _tally_perfect,
)
from eventcoder.extract.filters.words import _WORDS, _YEAR, _Found
from eventcoder.text import token_children


@lru_cache(maxsize=256)
def _period_phrases(sent_lower: str) -> tuple[bool, bool]:
    """Does the sentence hold a statistic's period phrase, a background phrase?
    (asked once per sentence: its triggers share the answer)"""
    return (any(p in sent_lower for p in _WORDS.statistic_context),
            any(p in sent_lower for p in _WORDS.background_phrases))


def _superlative_restatement(root: Token) -> bool:
    """An event noun told as the predicate of a comparison ("It was the
    deadliest attack since 2021", "the worst violence in years"): the sentence
    measures an event told elsewhere, it reports none of its own."""
    # (also in apposition: "stormed a prison in Hasaka, its largest attack in years")
    return root.pos_ == "NOUN" and (
        root.dep_ == "attr" and root.head.pos_ == "AUX" or root.dep_ == "appos") and any(
        c.dep_ == "amod" and _comparing(c) for c in root.children)


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


def _toll_of_a_period_above(chain: list[Token]) -> Token | None:
    """The period of _toll_of_a_period for the trigger or a word a few steps above it
    ("with 1,600 people killed in militant violence": the trigger 'violence')."""
    for tok in chain[:4]:
        if (period := _toll_of_a_period(tok)) is not None:
            return period
    return None


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


def _compared_with_earlier(root: Token, chain: list[Token], cues: StatusCues) -> _Found | None:
    """A comparison with earlier events."""
    # A comparison with earlier events: the past event its "since" clause names,
    # and the compared event restated as a predicate.
    if root.i in cues.comparison_since:
        return "background", "a past event named in a comparison ('the first time since ...')"
    if (start := _start_of_a_period(chain[:4])) is not None:
        return "background", f"'since ... {root.text}' starts the period of '{start.text}'"
    if _superlative_restatement(root):
        return "background", "a comparison with earlier events ('the deadliest attack since')"
    return None
