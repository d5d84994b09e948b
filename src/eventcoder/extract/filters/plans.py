"""Plans and what did not happen: plans, orders, announcements and vows, refusals,
nobody or nothing as the act's participant, a crowd only dispersed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.filters.words import _WORDS, _Found
from eventcoder.text import token_children


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


def _told_as_possible(root: Token) -> _Found | None:
    """An event noun told as a possibility or a plan."""
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
    return None


def _modal_or_conditional(own: list[Token]) -> _Found | None:
    """A conditional, a modal or a future on the trigger's own verbs."""
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
    return None
