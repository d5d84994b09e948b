"""Events an ACLED note says are coded as records of their own (issue #3).

A note that tells two acts often marks the one another record codes: "raiders stole
cattle, which led to a fight with the herders (coded separately)", "raids; the deaths
recorded separately as a battle". The act so marked is no event of this note; the
casualty stage reads the same remark after a toll ("2 killed (coded separately)")
with its own rules. The remark's words are data (filters.yaml
``coded_elsewhere_remarks``).

Two placings: a remark set off by a bracket, a dash or a comma closes the clause
before it (back to the clause's own opening mark or the sentence's start); a remark
followed by "as" or ending in "coded" ("separately coded") names the act after it
(up to the next mark)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

# Marks that set off a clause of a note ("... groups (coded separately)", "- recorded
# separately as ..."); a closing bracket ends the clause after a remark.
_OPENING_MARKS = frozenset({"(", "[", "-", "–", "—", ",", ";", ":"})
_CLOSING_MARKS = frozenset({")", "]", "-", "–", "—", ",", ";", ":"})


def coded_elsewhere(trigger: Span, clauses: Iterable[tuple[int, int, str]]) -> str | None:
    """The remark that marks the trigger as another record's event, or None, given
    the sentence's ``clauses_coded_elsewhere``."""
    for start, end, remark in clauses:
        if start <= trigger.start and trigger.end <= end:
            return remark
    return None


def clauses_coded_elsewhere(sent: Span, remarks: Iterable[tuple[str, ...]]
                            ) -> list[tuple[int, int, str]]:
    """The clauses of the sentence a remark marks as another record's (token start,
    end), each with its remark."""
    doc = sent.doc
    text = sent.text.lower()
    # (a cheap look at the words first: nearly no sentence has a remark)
    remarks = [p for p in remarks if all(w in text for w in p)]
    out: list[tuple[int, int, str]] = []
    for start, end in _remarks_in(doc, sent, remarks) if remarks else ():
        remark = doc[start:end].text
        if start > sent.start and doc[start - 1].text in _OPENING_MARKS:
            out.append((_clause_start(doc, sent, start - 1), start - 1, remark))
        if end < sent.end and (doc[end].lower_ == "as" or doc[end - 1].lower_ == "coded"):
            out.append((end, _clause_end(doc, sent, end), remark))
    return out


def _remarks_in(doc: Doc, sent: Span, remarks: Iterable[tuple[str, ...]]
                ) -> list[tuple[int, int]]:
    words = [t.lower_ for t in sent]
    found: list[tuple[int, int]] = []
    for phrase in remarks:
        n = len(phrase)
        found.extend((sent.start + i, sent.start + i + n) for i in range(len(words) - n + 1)
                     if tuple(words[i:i + n]) == phrase)
    return found


def _clause_start(doc: Doc, sent: Span, mark: int) -> int:
    """The first token of the clause that ends at the mark before a remark."""
    i = mark - 1
    while i >= sent.start and doc[i].text not in _OPENING_MARKS:
        i -= 1
    return i + 1


def _clause_end(doc: Doc, sent: Span, first: int) -> int:
    """The end of the clause that starts after a remark."""
    i = first
    while i < sent.end and doc[i].text not in _CLOSING_MARKS:
        i += 1
    return i
