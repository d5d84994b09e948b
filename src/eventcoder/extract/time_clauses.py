"""Acts named in a time clause ("..., a day after soldiers fired on a crowd").

The clause tells an earlier event to date the sentence's own act by. When that
earlier event is told elsewhere in the text (its own sentence, or background), its
words belong to that telling: read with the main act, they would type it (police
detaining party workers a day after soldiers shot at demonstrators is an arrest, not
force used on the demonstrators).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventcoder.extract.typing_base import GENERIC_CLASSES, WORDS, Trig
from eventcoder.text import token_children


def _earlier_act_clauses(sent: Span) -> list[Token]:
    """The verbs of the sentence's "after/following ..." clauses with a subject of
    their own, hung on a verb outside them and dated before it by a span of time ("a
    day after", "hours after", "two weeks after"). (A bare "after" may tell the act
    the main one answers, "arrested 40 after a mob lynched a man", with its toll.)"""
    out = []
    for verb in sent:
        if verb.dep_ != "advcl" or verb.pos_ != "VERB":
            continue
        children = token_children(verb)
        mark = next((c for c in children if c.dep_ == "mark"
                     and c.lower_ in WORDS.earlier_act_marks), None)
        # (the span before the mark: "last week" after the subject dates the act itself)
        if mark is not None and any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i < mark.i
                                    for c in children)\
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            out.append(verb)
    return out


def retold_earlier_acts(trigs: Sequence[Trig], sent: Span,
                        elsewhere: Sequence[Span]) -> list[Trig]:
    """The triggers inside a time clause of an earlier act whose own word is told in
    another sentence too (``elsewhere``: the text's triggers outside this sentence),
    when the sentence's main act has a typed new trigger outside the clause that no
    other sentence tells: the lead is then the only telling of the main act, and the
    earlier act has its own. (Where the main act is told again and the earlier act's
    toll only here, "settlers burnt homes hours after a gunman shot dead two men", the
    clause keeps its words.)"""
    told_classes = {s.label_ for s in elsewhere}
    out: list[Trig] = []
    for verb in _earlier_act_clauses(sent):
        inside = range(verb.left_edge.i, verb.right_edge.i + 1)
        main = [t for t in trigs if t.span.start not in inside and t.status == "new"
                and t.cls.name not in GENERIC_CLASSES]
        head = next((t for t in trigs if t.span.root.i == verb.i), None)
        if main and head is not None and head.cls.name in told_classes\
                and not any(t.cls.name in told_classes for t in main):
            out += [t for t in trigs if t.span.start in inside and t not in out]
    return out
