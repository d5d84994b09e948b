"""Per-document text facts every stage reads: the text, sentence bounds, token arrays.

A leaf module (it imports nothing from eventcoder) so that the extract and resolve
stages share one cached copy of each fact without importing one another. Each
helper computes its fact once per Doc and keeps it in ``doc.user_data``: spaCy
rebuilds ``doc.text``, ``Span.text`` and ``Token.sent`` on every call, and the
stages ask for them per mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from numpy import arange, int64
from spacy.attrs import DEP, HEAD, LIKE_NUM, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, SpanGroup, Token

__all__ = [
    "dateline_end",
    "dateline_match",
    "decode_hashes",
    "determined_by",
    "doc_cache",
    "doc_text",
    "expanded_span",
    "group_spans",
    "lower_and_like_num",
    "paragraph_break",
    "quotation_around",
    "ParseTable",
    "parse_table",
    "semicolon_tokens",
    "sentence_bounds",
    "sentence_tokens",
    "span_text",
    "token_children",
    "token_texts",
]

# "BEIRUT (AFP) -", "MOGADISHU, Somalia —", "KISUMU, Kenya, July 13 -",
# "BEIRUT, May 22 (Reuters) -": a place in capitals, up to three comma-separated
# parts (a country, a date), an agency in brackets, then a dash or colon.
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z'\.\-]*[ \t]*){1,4}"
    r"(?:,[ \t]*[A-Z][A-Za-z'\.\-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'\.\-]*){0,3}[ \t]*){0,3}"
    r"(?:\((?P<credit>[^)\n]{1,40})\)[ \t]*)?(?:--?|—|–|:)\s"
)
# An agency's name: capitalised words ("AFP", "Anadolu Agency"), not an aside.
_AGENCY_NAME = re.compile(r"[A-Z][\w.&'\-]*(?: [A-Z][\w.&'\-]*){0,3}")


def dateline_match(text: str) -> re.Match[str] | None:
    """The wire dateline that opens ``text`` ("BEIRUT (AFP) - "), else None; its
    ``credit`` group is the bracketed agency when there is one."""
    head = text[:120]
    m = _DATELINE.match(head)
    if not m:
        return None
    first_word = head.strip().split()[0].strip(",")
    # A dateline's place is in capitals ("BEIRUT"); a sentence start is not. AFP
    # writes its place in title case ("Bamako (AFP) -"): the bracketed agency then
    # tells it is a dateline.
    if first_word.isupper() and len(first_word) > 1:
        return m
    credit = m.group("credit")
    return m if credit and _AGENCY_NAME.fullmatch(credit.strip()) else None


def dateline_end(text: str) -> int:
    """End offset of a wire dateline ("BEIRUT (AFP) - ", "MOGADISHU, Somalia —"), else 0."""
    m = dateline_match(text)
    return m.end() if m else 0


_TEXT_KEY = "ec_text"
_SENTENCES_KEY = "ec_sentence_bounds"
_SENTENCE_STARTS_KEY = "ec_sentence_starts"
_TOKEN_FACTS_KEY = "ec_lower_like_num"
_SEMICOLONS_KEY = "ec_semicolons"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds it from the tokens each call)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if isinstance(cached, str):
        return cached
    words, spaces = token_texts(doc)
    # (what doc.text joins, a word and its space each, without a Token per word)
    text = "".join([word + " " if space else word
                    for word, space in zip(words, spaces, strict=True)])
    doc.user_data[_TEXT_KEY] = text
    return text


def token_texts(doc: Doc) -> tuple[list[str], list[int]]:
    """``[t.text for t in doc]`` and ``[1 if t.whitespace_ else 0 for t in doc]``,
    read from one array: a Token object per word costs more than the word."""
    if not len(doc):
        return [], []
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    return decode_hashes(orths, doc.vocab.strings), spaces


# Per-document caches (span groups, children, and the actor stages' candidates,
# spans and noun chunks) live beside the Doc, not in doc.user_data, so that a coded
# Doc still serialises. Documents are coded one after another, so one slot is enough.
_LAST_DOC: list[tuple[Doc, dict[str, Any]]] = []


def doc_cache(doc: Doc) -> dict[str, Any]:
    """The cache dict of ``doc``: emptied when another Doc comes along."""
    if not _LAST_DOC or _LAST_DOC[0][0] is not doc:
        _LAST_DOC[:] = [(doc, {})]
    return _LAST_DOC[0][1]


_GROUP_SPANS_KEY = "text.group_spans"  # key -> (the SpanGroup, its length, spans)
_CHILDREN_KEY = "text.token_children"  # token index -> the children, in order


def group_spans(doc: Doc, key: str) -> tuple[Span, ...]:
    """The spans of ``doc.spans[key]`` in the group's order (none when there is no such
    group), read once per Doc: iterating or indexing a SpanGroup builds a new Span for
    each span on every read, and stages read the cue and actor groups per sentence or
    per mention. Callers share the Span objects and only read them. A group assigned
    anew or grown since is read again."""
    group = doc.spans.get(key)
    if group is None:
        return ()
    groups: dict[str, tuple[SpanGroup, int, tuple[Span, ...]]] = \
        doc_cache(doc).setdefault(_GROUP_SPANS_KEY, {})
    cached = groups.get(key)
    if cached is not None and cached[0] is group and cached[1] == len(group):
        return cached[2]
    spans = tuple(group)
    groups[key] = (group, len(spans), spans)
    return spans


def token_children(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, read once per token of the Doc: spaCy walks the
    parse and builds a new Token for each child on every read, and the status rules
    read the children of the trigger and its governors a dozen times per trigger.
    The parse never changes after annotation; callers only read the Tokens."""
    known: dict[int, tuple[Token, ...]] = doc_cache(token.doc).setdefault(_CHILDREN_KEY, {})
    children = known.get(token.i)
    if children is None:
        children = known[token.i] = tuple(token.children)
    return children


def determined_by(noun: Token, determiners: frozenset[str] | set[str]) -> bool:
    """Does the noun carry one of these determiners ("the clashes", "this attack")? The
    stages that ask whether a noun points back give their own word lists."""
    return any(c.dep_ == "det" and c.lower_ in determiners for c in token_children(noun))


@dataclass(frozen=True, slots=True)
class ParseTable:
    """The parse of a Doc as plain lists indexed by token position: ``heads[i]`` is
    ``doc[i].head.i``, ``deps[i]`` ``doc[i].dep_``, ``pos[i]`` ``doc[i].pos_``,
    ``lowers[i]`` ``doc[i].lower_`` and ``children[i]`` the positions of
    ``doc[i].children``, in order.

    Why: spaCy builds a new Token object for every ``doc[i]``, ``.head`` and child,
    and decodes each string attribute anew on every read (a few hundred ns each);
    the rules that walk the parse per trigger and per sentence read these lists
    instead (tens of ns)."""

    heads: list[int]
    deps: list[str]
    pos: list[str]
    lowers: list[str]
    children: list[tuple[int, ...]]


_PARSE_TABLE_KEY = "text.parse_table"
# hash -> string, shared by every Doc (a hash names the same string in any vocab);
# emptied when it grows past this many entries, so that a long stream stays bounded
_STRING_OF: dict[int, str] = {}
_STRING_CACHE_LIMIT = 500_000
# the coarse part-of-speech names by their id, as Token.pos_ gives them
_POS_NAME = [POS_NAMES.get(i, "") for i in range(max(POS_NAMES) + 1)]


def decode_hashes(hashes: list[int], strings: StringStore) -> list[str]:
    """``[strings[h] for h in hashes]``, through the string cache the parse tables share
    (also for other per-Doc tables read from ``Doc.to_array``)."""
    known = _STRING_OF
    try:
        return list(map(known.__getitem__, hashes))
    except KeyError:
        pass
    if len(known) > _STRING_CACHE_LIMIT:
        known.clear()
    for h in hashes:
        if h not in known:
            known[h] = strings[h]
    return list(map(known.__getitem__, hashes))


def parse_table(doc: Doc) -> ParseTable:
    """The ``ParseTable`` of ``doc``, built once per Doc from one array (the parse
    never changes after annotation)."""
    cache = doc_cache(doc)
    table: ParseTable | None = cache.get(_PARSE_TABLE_KEY)
    if table is not None:
        return table
    columns = doc.to_array([HEAD, DEP, POS, LOWER]).T
    # HEAD is the offset of the head, stored unsigned: read back as signed
    heads: list[int] = (columns[0].astype(int64) + arange(len(doc))).tolist()
    kids: list[list[int]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:
            kids[head].append(i)
    strings = doc.vocab.strings
    table = ParseTable(
        heads=heads,
        deps=decode_hashes(columns[1].tolist(), strings),
        pos=list(map(_POS_NAME.__getitem__, columns[2].tolist())),
        lowers=decode_hashes(columns[3].tolist(), strings),
        children=list(map(tuple, kids)),
    )
    cache[_PARSE_TABLE_KEY] = table
    return table


_EXPANDED_SPANS_KEY = "text.expanded_span"  # (start_char, end_char) -> the Span or None


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, built once per Doc and
    offsets: the resolve stages ask for the span of each place and trigger mention
    several times per event mention (each call builds the Span and walks its tokens).
    Callers share the Span and only read it."""
    known: dict[tuple[int, int], Span | None] = \
        doc_cache(doc).setdefault(_EXPANDED_SPANS_KEY, {})
    key = (start, end)
    if key in known:
        return known[key]
    span = known[key] = doc.char_span(start, end, alignment_mode="expand")
    return span


def span_text(span: Span) -> str:
    """``span.text`` sliced from the cached document text (``Span.text`` joins its
    tokens each call, which adds up when every stage reads the event's sentence)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(start_char, end_char, start_token, end_token) of each sentence, computed once
    per Doc (iterating ``doc.sents`` walks every token, so stages share this)."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if isinstance(cached, list):
        return cached
    if len(doc) == 0:
        bounds: list[tuple[int, int, int, int]] = []
    elif doc.has_annotation("SENT_START"):
        # read sentence starts from the array: no Token object per word
        flags = doc.to_array([SENT_START])
        starts = [0] + [int(i) for i in (flags == 1).nonzero()[0] if i > 0]
        ends = starts[1:] + [len(doc)]
        bounds = []
        for first, end in zip(starts, ends, strict=True):
            last = doc[end - 1]
            bounds.append((doc[first].idx, last.idx + len(last.text), first, end))
    else:
        bounds = [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]
    doc.user_data[_SENTENCES_KEY] = bounds
    return bounds


def sentence_tokens(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) tokens of the sentence holding token ``i``: what ``doc[i].sent``
    gives, found in the sentence bounds (``Token.sent`` and ``Span.sent`` check the
    whole Doc's annotation and walk its tokens each call)."""
    bounds = sentence_bounds(doc)
    starts = doc.user_data.get(_SENTENCE_STARTS_KEY)
    if not isinstance(starts, list):
        starts = [first for _, _, first, _ in bounds]
        doc.user_data[_SENTENCE_STARTS_KEY] = starts
    _, _, first, end = bounds[bisect.bisect_right(starts, i) - 1]
    return first, end


def lower_and_like_num(doc: Doc) -> list[list[int]]:
    """[LOWER id, LIKE_NUM] of every token, read once per Doc from one array
    (a loop over Token objects costs a Python object per word)."""
    cached = doc.user_data.get(_TOKEN_FACTS_KEY)
    if isinstance(cached, list):
        return cached
    rows: list[list[int]] = doc.to_array([LOWER, LIKE_NUM]).tolist()
    doc.user_data[_TOKEN_FACTS_KEY] = rows
    return rows


def semicolon_tokens(doc: Doc) -> list[int]:
    """Indices of the ";" tokens, in order, found once per Doc (the clause rules ask
    whether one lies between two tokens for every step up a parse)."""
    cached = doc.user_data.get(_SEMICOLONS_KEY)
    if isinstance(cached, list):
        return cached
    found = [t.i for t in doc if t.text == ";"] if ";" in doc_text(doc) else []
    doc.user_data[_SEMICOLONS_KEY] = found
    return found


def paragraph_break(text: str, start: int, end: int) -> bool:
    """Does a blank line (a paragraph break) lie between ``start`` and ``end``?"""
    return "\n\n" in text[start:end] or "\n \n" in text[start:end]


_QUOTE_MARKS = frozenset('"\u201c\u201d')


def quotation_around(text: str, sent_start: int, sent_end: int, start: int, end: int
                     ) -> tuple[int, int] | None:
    """The direct quotation of its sentence that the stretch ``start:end`` stands in: the
    offsets of its opening and closing marks, both inside ``sent_start:sent_end``; None
    when the stretch is the teller's own words or the quotation runs past the sentence.
    Marks are paired in order (an odd count before the stretch opens one), so straight
    and curly marks count alike."""
    opening = [i for i in range(sent_start, start) if text[i] in _QUOTE_MARKS]
    if len(opening) % 2 == 0:
        return None
    closing = next((i for i in range(end, sent_end) if text[i] in _QUOTE_MARKS), None)
    return None if closing is None else (opening[-1], closing)
