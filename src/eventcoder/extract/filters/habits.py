"""Habits and standing states: what is done routinely or goes on (ongoing wars,
forces in place, build-ups), and clauses that say who or what someone is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.filters.clauses import (
    StatusCues,
    _chain,
    _clause_has_a_time,
    _definite,
    _has_perfect_aux,
    _names_actor,
    _running_perfect,
    _trigger_told_before,
)
from eventcoder.extract.filters.statistics import _held_for_long, _over_a_period, _up_to_the_verb
from eventcoder.extract.filters.words import _WORDS, _Found
from eventcoder.text import token_children


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


def _recurring(tokens: list[Token]) -> Token | None:
    """A time told as recurring on one of the verbs ("hit by air strikes almost every
    day", "shelled the town each night"): the unit, else None."""
    for tok in tokens:
        for child in token_children(tok):
            if child.dep_ == "npadvmod" and child.lower_ in _WORDS.recurring_units and any(
                    d.lower_ in _WORDS.recurrence_determiners for d in child.children):
                return child
    return None


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


def _habitual(trigger: Span, root: Token, chain: list[Token], cues: StatusCues) -> _Found | None:
    """An ongoing campaign, a role, a standing state, or acts told as recurring."""
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
    return None
