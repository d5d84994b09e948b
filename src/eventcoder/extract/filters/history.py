"""Background: events told as history, dated before the story or framed by an
earlier, dated clause (months, weeks before, years, headlines in the past).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.filters.clauses import (
    StatusCues,
    _chain,
    _definite,
    _period_phrase,
    _time_of_its_own,
    _trigger_told_before,
)
from eventcoder.extract.filters.words import _WORDS
from eventcoder.schema import EventMention
from eventcoder.text import token_children

__all__ = [
    "date_told_with_event",
    "history_dated_before_the_story",
    "history_weeks_before_the_story",
]


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


_YEAR_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "npadvmod"})


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
