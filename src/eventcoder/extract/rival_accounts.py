"""A second side's version of an event the text has told (issue #3).

Wire reports of a clash or a shooting often give each side's account in turn: after
the first side's telling, "the police gave a different account: a spokesman said the
crowd had tried to storm the station", "the ministry denied starting the fighting. It
said the other side's troops had opened fire on its posts", "the guards said it was
the other army that had fired first". The second account names the other side as the
doer of the same fighting; it is no new event, and the filter reads it as the event
told before (reference, retold: the merge joins it to the event it matches, or drops
it). An accusation that tells an event nobody else tells ("residents accused soldiers
of killing two men on Sunday") has none of these signals and stays new.

The signals (words in data/filters.yaml): a noun of a differing account before the
clause ("a different account", "their own version"), in its sentence or the one
before; a denial of having started the fighting in the sentence before; or a cleft
naming who fired first ("it was X who opened fire first"). The trigger must sit in
what someone said."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from eventcoder.text import sentence_tokens


class RivalAccountWords(NamedTuple):
    """The word lists the signals read (data/filters.yaml)."""

    statement_verbs: frozenset[str]  # said, told, ...
    account_nouns: frozenset[str]  # account, version
    differing_adjectives: frozenset[str]  # different, conflicting, ...
    denial_verbs: frozenset[str]  # denied, rejected, ...
    starting_verbs: frozenset[str]  # starting, provoking, ...
    first_words: frozenset[str]  # first


def _saying_verb(root: Token, words: RivalAccountWords) -> Token | None:
    """The verb of saying whose clause holds the trigger ("a spokesman said ... had
    stormed", "saying gunmen had attacked"), a few heads up, else None."""
    for tok in list(root.ancestors)[:8]:
        if tok.lower_ in words.statement_verbs or tok.lemma_ == "say":
            return tok
    return None


def _sentences_before(sent: Span, said: Token) -> list[Span]:
    """The sentence before; also the one before it where a pronoun says this one ("It
    said its units had also suffered casualties"): the speaker goes on with its account."""
    before: list[Span] = []
    start = sent.start
    reach = 2 if any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in said.children) else 1
    while start > 0 and len(before) < reach:
        before.append(Span(sent.doc, *sentence_tokens(sent.doc, start - 1)))
        start = before[-1].start
    return before


def _differing_account(tokens: Span, words: RivalAccountWords) -> Token | None:
    """"gave a different account", "offered a conflicting version"."""
    for tok in tokens:
        if tok.lower_ in words.account_nouns and any(
                a.dep_ == "amod" and a.lower_ in words.differing_adjectives
                for a in tok.children):
            return tok
    return None


def _denied_starting(tokens: Span, words: RivalAccountWords) -> Token | None:
    """"denied starting the fighting", "rejected having provoked the clash"."""
    for tok in tokens:
        if tok.lower_ in words.denial_verbs and any(
                c.lower_ in words.starting_verbs for c in tok.children):
            return tok
    return None


def _cleft_of_who_fired_first(root: Token, said: Token, words: RivalAccountWords
                              ) -> Token | None:
    """"said it was the Kyrgyz forces who had opened fire first": "it was" with a
    relative clause on its focus that says who began it ("first"), above the trigger
    (in that clause, or hung on the "was" beside it), below the verb of saying."""
    for tok in [root, *root.ancestors]:
        if tok.i == said.i:
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children):
            continue
        for focus in (c for c in tok.children if c.dep_ == "attr"):
            if any(r.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ in words.first_words
                                             for a in r.children)
                   for r in focus.children):
                return tok
    return None


def rival_account_signal(trigger: Span, sent: Span, words: RivalAccountWords
                         ) -> Token | None:
    """The word that marks the trigger's clause as a second side's account of the
    fighting told before, else None (see the module's text)."""
    root = trigger.root
    said = _saying_verb(root, words)
    if said is None:
        return None
    if (cue := _differing_account(sent, words)) is not None and cue.i < root.i:
        return cue
    for before in _sentences_before(sent, said):
        if (cue := _differing_account(before, words)) is not None \
                or (cue := _denied_starting(before, words)) is not None:
            return cue
    return _cleft_of_who_fired_first(root, said, words)
