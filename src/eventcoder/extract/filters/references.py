"""References: an event told before named again, reported speech, judgements,
accusations, witnesses and what was seen or heard, the handling of the dead.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventcoder.extract.filters.clauses import _definite, _trigger_told_before
from eventcoder.extract.filters.habits import _office_taken_over
from eventcoder.extract.filters.words import (
    _CASUALTY_LABELS,
    _RIVAL_ACCOUNT_WORDS,
    _TOLD_BEFORE,
    _WORDS,
    RETOLD,
    TriggerStatus,
    _Found,
)
from eventcoder.extract.rival_accounts import rival_account_signal
from eventcoder.schema import EventMention
from eventcoder.text import doc_text, quotation_around, token_children

__all__ = [
    "active_accusation",
    "retells_an_event",
]


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


def retells_an_event(mention: EventMention) -> bool:
    """Does the mention tell the event told before once more ("days after the
    bombing")? Such a mention is no event of its own but evidence of that one: the
    merge lets it join the incident it matches and never start one."""
    return mention.status == "reference" and mention.status_kind == RETOLD


def _told_before_by_an_account(trigger: Span, root: Token, sent: Span) -> _Found | None:
    """The event told before, now by someone's account or judgement."""
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
    return None


def _answer_movement_or_post(trigger: Span, root: Token) -> _Found | None:
    """What an act answers, a movement with no violence, a post taken over."""
    if root.pos_ == "NOUN" and (reply := _answered_event(root)) is not None:
        return "background", f"what the act answers ('{reply.text}')"
    # Movement with no violence: "troops advanced towards the city".
    if trigger.label_ == "territory_capture" and trigger.text.lower().startswith("advanc"):
        return "movement", "advance without reported violence"
    if trigger.label_ == "territory_capture" and (office := _office_taken_over(trigger)):
        return "negated", f"'{trigger.text} {office}': a post taken over, no place"
    return None

