"""Marking actor words in a Doc, and what every actor rule shares.

``ActorMatcher`` (spaCy factory ``eventcoder_actors``) marks each word of the actor dictionary
(named groups and forces, role words, generic words, ethnic and clan names, demonyms) in
``doc.spans["ec_actors"]``. Beside it: the country a document is about (``document_country``),
the era that dates an undated text, and small tests on a dictionary actor (armed? state?).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from eventcoder.extract.triggers import CUE_GROUP, as_read, read_text
from eventcoder.resolve.actors import (
    ActorDictionary,
    default_actor_dictionary,
    is_case_sensitive,
    load_actor_words,
)
from eventcoder.schema import Actor
from eventcoder.text import doc_cache, doc_text

ACTOR_MATCHER = "eventcoder_actors"
SPAN_KEY = "ec_actors"
MARKER_KEY = "ec_actor_markers"  # words for things only one country has ("matatu")
COUNTRY_ENV_VAR = "EVENTCODER_COUNTRY"

# Cue labels that name people, not a group, when inside a group's name.
_NAME_PART_CUES = frozenset({"crowd_cue", "civilians", "protesters_cue"})
# Kinds that only qualify the actor word that follows them ("Kenyan" troops).
MODIFIER_KINDS = frozenset({"demonym", "ethnic", "clan"})
# The English words read around actor words (data/actor_words.yaml), loaded once.
WORDS = load_actor_words()


@Language.factory(ACTOR_MATCHER, default_config={"extra_paths": []})
def _make(nlp: Language, name: str, extra_paths: list[str]) -> ActorMatcher:
    return ActorMatcher(nlp.vocab, extra_paths=extra_paths)


class ActorMatcher:
    """Marks dictionary actor words in the Doc (``doc.spans["ec_actors"]``)."""

    def __init__(self, vocab: Vocab, *, extra_paths: Sequence[str] = ()) -> None:
        self.extra_paths = list(extra_paths)
        self.dictionary = default_actor_dictionary(self.extra_paths)
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        from spacy.lang.en import English

        tokenizer = English(vocab=vocab).tokenizer
        by_kind: dict[tuple[str, bool], set[str]] = {}
        for alias, kind in self.dictionary.phrases():
            case = is_case_sensitive(alias)
            for variant in _variants(alias):
                by_kind.setdefault((kind, case), set()).add(variant if case else variant.lower())
        for (kind, case), phrases in by_kind.items():
            docs = [tokenizer(p) for p in sorted(phrases)]
            (self._exact if case else self._lower).add(kind, docs)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        # (matched on the words as the trigger stage read them: "polie" is "police")
        read = as_read(doc)
        spans = [Span(doc, s, e, label=strings[k]) for k, s, e in self._lower(read)]
        spans += [Span(doc, s, e, label=strings[k]) for k, s, e in self._exact(read)]
        # words for local things only scope the text: kept apart, so that a longer
        # actor phrase holding one ("matatu operators") keeps both readings
        # ("non-Somali passengers", "non-Muslim workers": the head noun tells who they are)
        spans = [s for s in spans if not (after_non_prefix(doc[s.start])
                                          and s.root.head.i >= s.end)]
        doc.spans[MARKER_KEY] = [s for s in spans if s.label_ == "marker"]
        doc.spans[SPAN_KEY] = filter_spans([s for s in spans if s.label_ != "marker"])
        self._drop_cues_inside_names(doc)
        return doc

    def _drop_cues_inside_names(self, doc: Doc) -> None:
        """Crowd and civilian cue words inside an armed group's name are part of the
        name ("Kurdistan Workers' Party", "People's Defence Force"): no crowd or
        civilians are told (the trigger stage, which runs first, marked them)."""
        cues = doc.spans.get(CUE_GROUP)
        if not cues:
            return
        names = [(s.start, s.end) for s in doc.spans[SPAN_KEY] if s.label_ == "named"
                 and len(s) > 1 and is_armed(self.dictionary.resolve(s.text, None))]
        if not names:
            return
        # (not the head word at the name's end: "ODM supporters" are a crowd)
        doc.spans[CUE_GROUP] = [
            c for c in cues if c.label_ not in _NAME_PART_CUES
            or not any(a <= c.start and c.end < b for a, b in names)]

    # to_disk/from_disk: the component holds only its settings; the dictionary
    # is reloaded from the package data and the user's files.
    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> ActorMatcher:
        return self


def after_non_prefix(token: Token) -> bool:
    """Is the word the second half of a "non-" compound ("non-Somali", "non-locals",
    "non-Muslims")? The compound names the people the word does not name: no list
    entry (a demonym, a community, a religion) read inside it says who they are."""
    i = token.i
    if i < 2:
        return False
    doc = token.doc
    dash, non = doc[i - 1], doc[i - 2]
    return dash.text == "-" and non.lower_ == "non" and not dash.whitespace_\
        and not non.whitespace_


def _variants(alias: str) -> set[str]:
    """Spellings of one alias that the tokenizer splits differently."""
    alias = alias.replace("\u2019", "'")
    out = {alias}
    if "'" in alias:
        out.add(alias.replace("'", "\u2019"))
    if "-" in alias:
        out.add(alias.replace("-", " "))
        out.add(alias.replace("-", ""))
    if " " in alias and "al " in alias.lower():
        out.add(alias.replace("al ", "al-").replace("Al ", "Al-"))
    return out


@dataclass(slots=True)
class ActorCandidate:
    span: Span
    kind: str  # "named", "role", "generic", "assoc", "unknown", "pronoun", "holder"
    actor: Actor | None  # resolved (armed reading)
    role: str | None = None  # "a1", "a2"
    via: str = ""  # the preposition between it and the trigger ("by", "between")
    coord_of: ActorCandidate | None = None  # the first conjunct it is coordinated with


def _matcher_for(doc: Doc) -> ActorMatcher:
    global _FALLBACK
    if _FALLBACK is None or _FALLBACK[0] is not doc.vocab:
        _FALLBACK = (doc.vocab, ActorMatcher(doc.vocab))
    return _FALLBACK[1]


_FALLBACK: tuple[Vocab, ActorMatcher] | None = None


# Actor's fields, for a copy without ``dataclasses.replace``'s per-call checks.
_ACTOR_FIELDS = tuple(f.name for f in fields(Actor) if f.init)


def copy_actor(actor: Actor) -> Actor:
    """``dataclasses.replace(actor)``: a fresh Actor with the same values."""
    return Actor(**{name: getattr(actor, name) for name in _ACTOR_FIELDS})


def actor_dictionary() -> ActorDictionary:
    return default_actor_dictionary()


def actor_spans(doc: Doc) -> list[Span]:
    cached: list[Span] | None = doc_cache(doc).get(_SPANS_KEY)
    if cached is not None:
        return cached
    if SPAN_KEY not in doc.spans:
        _matcher_for(doc)(doc)
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: s.start)
    doc_cache(doc)[_SPANS_KEY] = spans
    return spans


def document_country(doc: Doc, dictionary: ActorDictionary | None = None) -> str | None:
    """The country the document talks about most, for mentions the places stage
    could not scope: country names and demonyms, ethnic and clan names, the names
    of a country's public figures ("Raila Odinga"), words for things only it has
    ("matatu") and country-scoped named actors
    ("KDF", "Mungiki") count; then the configured
    default country (``$EVENTCODER_COUNTRY``), if any.

    Words that only say where armed men came from ("Ethiopian raiders", "militia
    from Uganda", "Ugandan police") count last: raiders cross borders, so they tell
    the attackers' origin, not the place of the attack. They decide only when
    nothing else names a country and no default country is configured. A country
    file's common words ("paramilitary forces", "opposition forces") and names
    written in lower case count after them: they decide only in a text that names
    no country at all (a text printed without capitals), never against a name."""
    if _COUNTRY_KEY in doc_cache(doc):
        cached: str | None = doc_cache(doc)[_COUNTRY_KEY]
        return cached
    dictionary = dictionary or actor_dictionary()
    counts: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    # a country file's common words ("paramilitary forces"), last of all: they may be
    # used of any country's sides, so they decide only when nothing names a country
    common: Counter[str] = Counter()
    origin_tokens: set[int] = set()
    counted: set[int] = set()  # words already counted (an entity over them is no 2nd vote)
    spans = actor_spans(doc)
    armed_at = _armed_span_tokens(spans, dictionary)
    for index, span in enumerate(spans):
        country: str | None = None
        origin = False
        if span.label_ == "demonym":
            country = dictionary.country_of_word(span.text)
            following = spans[index + 1] if index + 1 < len(spans) else None
            origin = following is not None and following.start == span.end\
                and following.start in armed_at or _comes_from(span, armed_at)
        elif span.label_ in ("ethnic", "clan"):
            homes = dictionary.community_countries(span.text)
            country = homes[0] if len(homes) == 1 else None
        elif span.label_ == "figure":
            country = dictionary.country_of_figure(span.text)
        elif span.label_ == "named":
            country = dictionary.home_country(span.text)
            named = dictionary.resolve(span.text, country) if country else None
            origin = named is not None and named.inter == 1  # state forces cross borders
            if country is None:
                _count_common_word(span, dictionary, common)
        if country:
            (origins if origin else counts)[country] += 1
            if origin:
                origin_tokens.update(range(span.start, span.end))
            counted.update(range(span.start, span.end))
    for span in doc.spans[MARKER_KEY] if MARKER_KEY in doc.spans else ():
        country = dictionary.country_of_marker(span.text)
        if country:
            counts[country] += 1
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP") and counted.isdisjoint(range(ent.start, ent.end)):
            # a capital is named as a place of its country or for its government
            country = dictionary.country_of_word(ent.text) \
                or dictionary.country_of_capital(ent.text)
            if country:
                counts[country] += 1
    configured = default_country()
    if configured and counts:
        # a national feed's country counts as named once more: a story from the feed
        # that names its own country once and a foreign one once ("a protest against
        # British interference in Kenyan affairs") stays in the feed's country
        counts[configured] += 1
    if configured and counts and counts[configured] == max(counts.values()):
        counts = Counter({configured: 1})  # a tie: the feed's own country
    found = _most_named(counts, common) if counts else configured or (
        origins.most_common(1)[0][0] if origins else None) or (
        common.most_common(1)[0][0] if common else None)
    doc_cache(doc)[_COUNTRY_KEY] = found
    return found


def _most_named(counts: Counter[str], common: Counter[str]) -> str:
    """The country named most; between countries named equally often, the one a
    country file's common words tie the text to more (they weigh less than any name,
    but more than the order the names came in)."""
    top = max(counts.values())
    tied = [country for country, n in counts.items() if n == top]
    return max(tied, key=lambda country: common[country])


def _count_common_word(span: Span, dictionary: ActorDictionary, common: Counter[str]) -> None:
    """Count the country whose file alone lists the words of ``span`` as a common
    word (or a name written in lower case), the weakest clue of a text's country."""
    country = dictionary.common_word_country(span.text)
    if country:
        common[country] += 1


def _armed_span_tokens(spans: list[Span], dictionary: ActorDictionary) -> set[int]:
    """Token indices of the actor words that name armed men ("raiders", "police")."""
    out: set[int] = set()
    for span in spans:
        if span.label_ == "generic" and is_armed(dictionary.resolve(read_text(span), None))\
                or span.label_ == "role" and dictionary.role_of(read_text(span)) in _ARMED_ROLES:
            out.update(range(span.start, span.end))
    return out


_ARMED_ROLES = frozenset({"military", "police"})  # role names of generic.yaml


def _comes_from(span: Span, armed_at: set[int]) -> bool:
    """A country named as where armed men came from ("raiders from Uganda", "militia
    from neighbouring Ethiopia"): read from the words, as headlines parse badly."""
    doc = span.doc
    for before in (span.start - 1, span.start - 2):  # one modifier may come between
        if before >= 1 and doc[before].lower_ == "from":
            return before - 1 in armed_at
    return False


def names_a_country(doc: Doc, dictionary: ActorDictionary) -> bool:
    """Whether the text names any country or nationality ("Somalia", "Ethiopian")."""
    cache = doc_cache(doc)
    if _NAMES_COUNTRY_KEY not in cache:
        cache[_NAMES_COUNTRY_KEY] = any(
            span.label_ == "demonym" for span in actor_spans(doc)) or any(
            ent.label_ in ("GPE", "NORP") and dictionary.country_of_word(ent.text)
            for ent in doc.ents)
    return bool(cache[_NAMES_COUNTRY_KEY])


def doc_era_day(doc: Doc, text: str, dictionary: ActorDictionary, country: str | None
             ) -> dt.date | None:
    """For an undated text: a day its words date it to (the country file's eras:
    "county governor" in Kenya is after 2013), to name state actors by period."""
    cache: dict[str | None, dt.date | None] = doc_cache(doc).setdefault(_ERA_KEY, {})
    if country not in cache:
        cache[country] = dictionary.era_day(text or doc_text(doc), country)
    return cache[country]


def default_country() -> str | None:
    """The country to scope actors by when a document gives no clue
    (``$EVENTCODER_COUNTRY``, e.g. "Kenya" for a national monitoring feed)."""
    value = os.environ.get(COUNTRY_ENV_VAR, "").strip()
    return value or None


_SPANS_KEY = "eventcoder_actor_spans"
_COUNTRY_KEY = "eventcoder_doc_country"


_ERA_KEY = "eventcoder_era_day"
_NAMES_COUNTRY_KEY = "eventcoder_names_a_country"


def is_armed(actor: Actor | None) -> bool:
    return actor is not None and actor.inter in (1, 2, 3, 4, 8)


def is_state(actor: Actor | None) -> bool:
    return actor is not None and (actor.name.startswith("Police Forces")
                                  or actor.name.startswith("Military Forces"))


def with_span(actor: Actor, cand: ActorCandidate | None) -> Actor:
    if cand is not None:
        actor.start = cand.span.start_char
        actor.end = cand.span.end_char
        actor.text = cand.span.text
    return actor
