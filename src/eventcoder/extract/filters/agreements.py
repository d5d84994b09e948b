"""Agreements: deals reached, agreements in force, acts done under an agreement,
and measures told after one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.filters.clauses import (
    _clause_has_a_time,
    _definite,
    _first_trigger_ends,
    _has_perfect_aux,
    _running_perfect,
    _trigger_told_before,
)
from eventcoder.extract.filters.habits import (
    _recurring_in_its_description,
    _the_new_body_named_again,
)
from eventcoder.extract.filters.history import _headline_verb
from eventcoder.extract.filters.words import _TOLD_BEFORE, _WORDS, RETOLD, TriggerStatus, _Found
from eventcoder.text import sentence_tokens, token_children

__all__ = [
    "names_an_agreement_in_force",
]


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


def _agreement_reached(trigger: Span, verb: Token) -> bool:
    """Is an agreement word told in the infinitive of a verb of agreeing ("the parties
    agreed to resume peace talks", "agreed to a ceasefire")? The parties reached an
    agreement, whose content the infinitive tells: no purpose or plan."""
    return trigger.label_ == "agreement" and verb.dep_ == "xcomp" \
        and verb.head.lower_ in _WORDS.agreeing_verbs


def _described_or_agreed(trigger: Span, root: Token, sent: Span) -> _Found | None:
    """An event described as recurring, a new body named again, an agreement in
    force or told before, a headline's verb read as a noun."""
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
    return None
