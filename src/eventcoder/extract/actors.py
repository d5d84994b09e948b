"""Actors: who did what to whom.

Two parts:

- ``ActorMatcher`` (spaCy factory ``eventcoder_actors``) marks every actor word of
  the dictionary (``resolve/actors.py``) in the Doc: named groups and forces,
  role words ("the army", "police"), generic words ("gunmen", "villagers"),
  ethnic and clan names and demonyms. It writes ``doc.spans["ec_actors"]``,
  each span labelled with its kind ("named", "role", "generic", "assoc",
  "ethnic", "clan", "demonym").
- ``assign_actors(mention, doc, article)`` picks actor1 (the initiator), actor2
  (the target; the victims for violence against civilians) and associated
  actors of one event mention from the dependency parse around its trigger
  (subjects, objects, "by X" agents, "X's forces" possessives, appositions,
  coordination), refers "the group", "they" back to the last named actor, and
  applies ACLED's rules by event type (protests are coded "Protesters
  (<country>)", riots "Rioters (<country>)", victims of violence against
  civilians "Civilians (<country>)", an unknown perpetrator "Unidentified Armed
  Group (<country>)"). Names are scoped by ``mention.country``.

A named group that is not in the dictionary is kept as written with
``Actor.normalised = False``; it is never dropped nor forced onto a wrong name.

Configuration:

- user dictionary files: ``$EVENTCODER_ACTORS`` (YAML files or folders, separated
  by ``os.pathsep``) or the component's ``extra_paths`` setting, e.g.
  ``nlp.add_pipe("eventcoder_actors", config={"extra_paths": ["my_actors.yaml"]})``;
  see ``eventcoder.resolve.actors`` for the file format;
- ``$EVENTCODER_COUNTRY``: the country to scope actors by when a document names
  none (no resolvable place, demonym or local actor), e.g. ``Kenya`` for a
  national monitoring feed; without it such actors are scoped "(International)".

The event's date (``mention.event_date``, else ``article.published``) picks the
period name of state actors ("Police Forces of Kenya (2002-2013)"), so dates
should be resolved before actors; with no date, words of the text that date it
(the country file's ``eras``: "county governor" in Kenya is after 2013) pick the
period, else the latest period is used.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from eventcoder.extract.sources import load_lexicon as load_source_lexicon
from eventcoder.extract.triggers import CUE_GROUP, TRIGGER_GROUP
from eventcoder.resolve.actors import (
    ActorDictionary,
    default_actor_dictionary,
    is_case_sensitive,
    load_actor_words,
)
from eventcoder.schema import Actor, Article, EventMention, Evidence
from eventcoder.text import doc_text, lower_and_like_num, sentence_tokens, span_text

__all__ = [
    "ACTOR_MATCHER",
    "COUNTRY_ENV_VAR",
    "ActorMatcher",
    "assign_actors",
    "default_country",
    "document_country",
]

ACTOR_MATCHER = "eventcoder_actors"
SPAN_KEY = "ec_actors"
MARKER_KEY = "ec_actor_markers"  # words for things only one country has ("matatu")
COUNTRY_ENV_VAR = "EVENTCODER_COUNTRY"

# Cue labels that name people, not a group, when inside a group's name.
_NAME_PART_CUES = frozenset({"crowd_cue", "civilians", "protesters_cue"})
# Kinds that only qualify the actor word that follows them ("Kenyan" troops).
_MODIFIER_KINDS = frozenset({"demonym", "ethnic", "clan"})
# The English words read around actor words (data/actor_words.yaml), loaded once.
_WORDS = load_actor_words()


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
        spans = [Span(doc, s, e, label=strings[k]) for k, s, e in self._lower(doc)]
        spans += [Span(doc, s, e, label=strings[k]) for k, s, e in self._exact(doc)]
        # words for local things only scope the text: kept apart, so that a longer
        # actor phrase holding one ("matatu operators") keeps both readings
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
                 and len(s) > 1 and _is_armed(self.dictionary.resolve(s.text, None))]
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


# --------------------------------------------------------------------------
# argument extraction


@dataclass(slots=True)
class _Candidate:
    span: Span
    kind: str  # "named", "role", "generic", "assoc", "unknown", "pronoun", "holder"
    actor: Actor | None  # resolved (armed reading)
    role: str | None = None  # "a1", "a2"
    via: str = ""  # the preposition between it and the trigger ("by", "between")
    coord_of: _Candidate | None = None  # the first conjunct it is coordinated with


def _matcher_for(doc: Doc) -> ActorMatcher:
    global _FALLBACK
    if _FALLBACK is None or _FALLBACK[0] is not doc.vocab:
        _FALLBACK = (doc.vocab, ActorMatcher(doc.vocab))
    return _FALLBACK[1]


_FALLBACK: tuple[Vocab, ActorMatcher] | None = None


# Per-document caches (sentences' candidates, spans, noun chunks) live beside the
# Doc, not in doc.user_data, so that a coded Doc still serialises. Documents are
# coded one after another, so one slot is enough.
_LAST_DOC: list[tuple[Doc, dict[str, Any]]] = []


def _doc_cache(doc: Doc) -> dict[str, Any]:
    if not _LAST_DOC or _LAST_DOC[0][0] is not doc:
        _LAST_DOC[:] = [(doc, {})]
    return _LAST_DOC[0][1]


# Actor's fields, for a copy without ``dataclasses.replace``'s per-call checks.
_ACTOR_FIELDS = tuple(f.name for f in fields(Actor) if f.init)


def _copy_actor(actor: Actor) -> Actor:
    """``dataclasses.replace(actor)``: a fresh Actor with the same values."""
    return Actor(**{name: getattr(actor, name) for name in _ACTOR_FIELDS})


def _dictionary() -> ActorDictionary:
    return default_actor_dictionary()


def _actor_spans(doc: Doc) -> list[Span]:
    cached: list[Span] | None = _doc_cache(doc).get(_SPANS_KEY)
    if cached is not None:
        return cached
    if SPAN_KEY not in doc.spans:
        _matcher_for(doc)(doc)
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: s.start)
    _doc_cache(doc)[_SPANS_KEY] = spans
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
    nothing else names a country and no default country is configured."""
    if _COUNTRY_KEY in _doc_cache(doc):
        cached: str | None = _doc_cache(doc)[_COUNTRY_KEY]
        return cached
    dictionary = dictionary or _dictionary()
    counts: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    origin_tokens: set[int] = set()
    counted: set[int] = set()  # words already counted (an entity over them is no 2nd vote)
    spans = _actor_spans(doc)
    armed_at = _armed_span_tokens(spans, dictionary)
    for index, span in enumerate(spans):
        country: str | None = None
        origin = False
        if span.label_ == "demonym":
            country = dictionary.country_of_word(span.text)
            following = spans[index + 1] if index + 1 < len(spans) else None
            origin = following is not None and following.start == span.end \
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
            country = dictionary.country_of_word(ent.text)
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
    found = counts.most_common(1)[0][0] if counts else configured or (
        origins.most_common(1)[0][0] if origins else None)
    _doc_cache(doc)[_COUNTRY_KEY] = found
    return found


def _armed_span_tokens(spans: list[Span], dictionary: ActorDictionary) -> set[int]:
    """Token indices of the actor words that name armed men ("raiders", "police")."""
    out: set[int] = set()
    for span in spans:
        if span.label_ == "generic" and _is_armed(dictionary.resolve(span.text, None)) \
                or span.label_ == "role" and dictionary.role_of(span.text) in _ARMED_ROLES:
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


def _names_a_country(doc: Doc, dictionary: ActorDictionary) -> bool:
    """Whether the text names any country or nationality ("Somalia", "Ethiopian")."""
    cache = _doc_cache(doc)
    if _NAMES_COUNTRY_KEY not in cache:
        cache[_NAMES_COUNTRY_KEY] = any(
            span.label_ == "demonym" for span in _actor_spans(doc)) or any(
            ent.label_ in ("GPE", "NORP") and dictionary.country_of_word(ent.text)
            for ent in doc.ents)
    return bool(cache[_NAMES_COUNTRY_KEY])


def _era_day(doc: Doc, text: str, dictionary: ActorDictionary, country: str | None
             ) -> dt.date | None:
    """For an undated text: a day its words date it to (the country file's eras:
    "county governor" in Kenya is after 2013), to name state actors by period."""
    cache: dict[str | None, dt.date | None] = _doc_cache(doc).setdefault(_ERA_KEY, {})
    if country not in cache:
        cache[country] = dictionary.era_day(text or doc_text(doc), country)
    return cache[country]


def default_country() -> str | None:
    """The country to scope actors by when a document gives no clue
    (``$EVENTCODER_COUNTRY``, e.g. "Kenya" for a national monitoring feed)."""
    value = os.environ.get(COUNTRY_ENV_VAR, "").strip()
    return value or None


def _merge_modifiers(spans: list[Span], dictionary: ActorDictionary
                     ) -> list[tuple[Span, str, str]]:
    """Join a demonym/ethnic/clan span with the actor word right after it
    ("Somali" + "troops"); a lone demonym is not an actor, a lone country name
    may be (kind "country": "Turkey shelled..."). Each comes with the words to
    resolve it by (the span's, but for "X-linked insurgents": "X insurgents")."""
    out: list[tuple[Span, str, str]] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        kind = span.label_
        if kind in _MODIFIER_KINDS:
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt is not None and nxt.label_ not in _MODIFIER_KINDS and (
                    nxt.start == span.end or kind == "demonym" and _possessive_gap(span, nxt)):
                merged = span.doc[span.start:nxt.end]
                out.append((merged, "community" if kind != "demonym" else nxt.label_,
                            merged.text))
                i += 2
                continue
            if kind in ("ethnic", "clan"):
                out.append((span, "community", span.text))
            elif kind == "demonym":
                out.append((span, "country", span.text))
        elif kind == "named" and _named_members(span, spans[i + 1] if i + 1 < len(spans)
                                                else None, dictionary):
            # "Islamic State insurgents", "JNIM jihadists", "IS-linked insurgents": the
            # group's members, one side, not the group and an unidentified armed group
            out.append((span.doc[span.start:spans[i + 1].end], kind,
                        f"{span.text} {spans[i + 1].text}"))
            i += 2
            continue
        elif kind != "figure":  # a public figure only tells the country
            out.append((span, kind, span.text))
        i += 1
    return out


def _named_members(name: Span, word: Span | None, dictionary: ActorDictionary) -> bool:
    """Is ``word`` a generic word for armed men right after a non-state armed group's
    name ("Islamic State insurgents", "ISWAP jihadists"), or after "X-linked" ("Islamic
    State-linked insurgents")? The name tells whose they are; the resolver reads
    "<name> <member word>" as the group."""
    # (a lower-case word a country file also lists, "insurgents" of Syria's rebels,
    # is labelled "named")
    if word is None or word.label_ not in ("generic", "named") or len(word) != 1 \
            or word.root.lower_ not in _WORDS.member_words:
        return False
    doc = name.doc
    if word.start != name.end and not (
            word.start == name.end + 2 and doc[name.end].text == "-"
            and doc[name.end + 1].lower_ in _WORDS.linking_participles):
        return False
    group = dictionary.resolve(name.text, None)
    return group is not None and group.inter in (2, 3, 4) \
        and _is_armed(dictionary.resolve(word.text, None))


def _owns_force_site(word: Token) -> bool:
    """A country's word before a military site that is the object of the act
    ("shelled Russian positions", "fired rockets at Israeli posts"): its forces."""
    site = word.head
    if word.dep_ not in ("amod", "compound") or site.lower_ not in _WORDS.force_site_nouns:
        return False
    # (the object only: "Russian positions came under fire" makes the subject the target)
    return site.dep_ == "dobj" or (
        site.dep_ == "pobj" and site.head.lower_ in _WORDS.target_preps)


def _possessive_gap(owner: Span, owned: Span) -> bool:
    """Is only a possessive between a country and an actor word ("Ethiopia's
    government", "Somalia's army")? The country scopes the actor as a demonym does."""
    between = owner.doc[owner.end:owned.start]
    return len(between) == 1 and between[0].tag_ == "POS"


def _community_of_origin(span: Span, dictionary: ActorDictionary, country: str | None
                         ) -> Actor | None:
    """"raiders from West Pokot", "bandits suspected to be Turkana": the community
    the attackers come from makes them that community's militia; "raiders from
    Ethiopia": the country they come from scopes them (Ethiopia's ethnic militia)."""
    for child in span.root.children:
        if child.dep_ in ("prep", "acl") and child.lower_ in _WORDS.origin_words:
            for token in child.subtree:
                if dictionary.community_countries(token.text):
                    return dictionary.resolve_community(token.text, country, armed=True,
                                                        text=span.text)
            for token in child.subtree:
                home = dictionary.country_named(token.text)
                if home and home != country:
                    return dictionary.resolve(span.text, home)
    return None


def _names_a_place(token: Token) -> bool:
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if token.i > 0 and token.doc[token.i - 1].lower_ in _WORDS.compass_words:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in _WORDS.place_preps:
        return True
    return token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in _WORDS.place_nouns


def _plural_community(token: Token, dictionary: ActorDictionary) -> bool:
    """A community name in the plural ("Maasais", "Turkanas") names people, never a
    place, whatever the tagger says."""
    text = token.text
    return len(text) > 3 and text.endswith("s") and bool(
        dictionary.community_countries(text[:-1]))


def _paired_community(token: Token) -> bool:
    """A community name set against another, which names people even when it is also
    a place's name: "clashes between Pokot and Turkana", "Turkana and Samburu
    militias", "fighting involving the Degodia and Garre clans"."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in _WORDS.pairing_preps:
        return True
    if first.dep_ in ("compound", "nmod", "amod", "conj") and \
            first.head.lower_ in _WORDS.community_heads:
        head = first.head
        return head.dep_ == "pobj" and head.head.lower_ in _WORDS.pairing_preps or any(
            t.dep_ == "conj" for t in (token, first)) or any(
            c.dep_ == "conj" for c in first.children)
    return False


def _first_at_or_after(spans: list[Span], start: int) -> int:
    """Index of the first span (in document order) that starts at or after ``start``."""
    return bisect.bisect_left(spans, start, key=lambda span: span.start)


def _unknown_groups(sent: Span, taken: set[int]) -> list[Span]:
    """Proper-noun phrases headed by a group word that the dictionary does not know
    ("the Kabasiran militia", "Jibril clan") or ORG entities in argument slots."""
    out: list[Span] = []
    doc = sent.doc
    chunks: list[tuple[int, int, int, int]] | None = _doc_cache(doc).get(_CHUNKS_KEY)
    if chunks is None:
        # once per Doc (noun_chunks walks the whole Doc): only the chunks headed by a
        # group word with a proper noun before the head, as (start, end, name start,
        # head index)
        chunks = []
        for i in _group_head_indices(doc):
            head = doc[i]
            if head.pos_ not in ("NOUN", "PROPN"):
                continue
            # the phrase the head ends: its determiners and modifiers on the left
            start = min((t.left_edge.i for t in head.lefts if t.dep_ in _CHUNK_MODIFIERS),
                        default=i)
            propn = [j for j in range(start, i) if doc[j].pos_ == "PROPN"]
            if propn:
                chunks.append((start, i + 1, propn[0], i))
        _doc_cache(doc)[_CHUNKS_KEY] = chunks
    # Chunks and entities are in document order: visit only this sentence's.
    for c_start, c_end, name_start, head_i in chunks[
            bisect.bisect_left(chunks, sent.start, key=lambda c: c[0]):]:
        if c_start >= sent.end:
            break
        if c_end > sent.end or not taken.isdisjoint(range(c_start, c_end)):
            continue
        if head_i + 1 < sent.end and head_i + 1 in taken and doc[head_i + 1].pos_ == "PROPN":
            # "the Somalia-based group al-Shabaab": words before the group's name describe
            # it (taken: "militants of the Somalia-based group al-Shabaab" are its own)
            taken.update(range(c_start, c_end))
            continue
        out.append(doc[name_start:head_i + 1])
    ents: list[Span] | None = _doc_cache(sent.doc).get(_ENTS_KEY)
    if ents is None:
        ents = list(sent.doc.ents)
        _doc_cache(sent.doc)[_ENTS_KEY] = ents
    for ent in ents[_first_at_or_after(ents, sent.start):]:
        if ent.start >= sent.end:
            break
        if ent.end > sent.end:
            continue
        if ent.label_ == "ORG" and not any(t.i in taken for t in ent) \
                and not _names_an_event(ent.root):  # "Raids", "Improvised Explosive Device"
            if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
                ent.start <= s.start < ent.end for s in out
            ):
                if ent.root.dep_ == "pobj" and ent.root.head.lower_ not in _WORDS.party_preps \
                        and not _members_of(ent.root):
                    continue
                if ent.root.lower_ in _WORDS.facility_heads:
                    continue  # "stormed the Hayat Hotel": the place attacked
                if _ends_of_a_way(ent.root):
                    continue  # "on the road between Elele and Takaba": places
                if _in_tellers_title(ent.root):
                    continue  # "the police commander of Samburu North said": his beat
                out.append(ent)
    return out


def _ends_of_a_way(token: Token) -> bool:
    """A name after "between" that hangs on a place noun ("the road between Elele and
    Takaba", "the border between X and Y") names the places the way joins, not two
    sides: the tagger often reads a little-known town as an organisation. So does one
    paired with a place the places stage found, after a blast's word ("a bomb went off
    between Handaro and Sangailu"; never after one of fighting: "clashes between")."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "between":
        return False
    if prep.head.lower_ in _WORDS.place_nouns:
        return True
    if prep.head.lower_ not in _WORDS.blast_nouns:
        return False
    doc = token.doc
    places = {i for span in doc.spans.get(_PLACES_KEY, ()) for i in range(span.start, span.end)}
    return any(t.i in places for t in (first, *first.conjuncts) if t.i != token.i)


# The places stage's spans (extract/places.py, which imports this module, names the key).
_PLACES_KEY = "ec_places"


def _members_of(token: Token) -> bool:
    """The object of "of" or "from" after a member word ("a commander of the X",
    "gunmen from the X"): the people hit or acting belong to the group, which is
    their side."""
    prep = token.head
    return prep.lower_ in ("of", "from") and prep.head.lower_ in _WORDS.membership_heads


_GROUP_HEAD_HASHES: dict[int, frozenset[int]] = {}  # id(vocab) -> hashes of group heads
_CHUNK_MODIFIERS = frozenset({"det", "compound", "amod", "nmod", "poss", "nummod", "quantmod"})


_PRONOUN_IDS = frozenset(get_string_id(w) for w in _WORDS.pronouns)


def _group_head_indices(doc: Doc) -> list[int]:
    """Indices of the tokens that are group words ("militia", "front"), from one
    array of the Doc's lower-case forms rather than a loop over Token objects."""
    wanted = _GROUP_HEAD_HASHES.get(id(doc.vocab))
    if wanted is None:
        wanted = frozenset(doc.vocab.strings.add(w) for w in _WORDS.group_heads)
        _GROUP_HEAD_HASHES[id(doc.vocab)] = wanted
    return [i for i, (lower, _) in enumerate(lower_and_like_num(doc)) if lower in wanted]


def _trigger_tokens(doc: Doc, mention: EventMention) -> tuple[Token, set[int]]:
    """The trigger's head token and its event chain: the trigger and the heads
    above it up to the first verb ("two days of clashes", "launched an attack")."""
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        token = doc[0]
        for t in doc:
            if t.idx >= mention.trigger_start:
                token = t
                break
        span = doc[token.i:token.i + 1]
    trigger = span.root
    chain = {trigger.i}
    node = trigger
    if trigger.pos_ not in ("VERB", "AUX"):
        for _ in range(4):
            if node.head is node or node.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos"):
                break
            node = node.head
            if node.pos_ == "ADP":
                continue
            chain.add(node.i)
            if node.pos_ in ("VERB", "AUX"):
                if trigger.head.i == node.i and trigger.dep_ == "dobj" and node.dep_ == "advcl" \
                        and node.tag_ == "VBG" and not _has_subject(node) \
                        and node.head.pos_ == "VERB":
                    # "X attacked Y, setting off fighting", "..., sparking clashes": the
                    # consequence's fighting is between the main clause's sides
                    chain.add(node.head.i)
                break
    chain |= _shared_verbs(doc, chain)
    return trigger, chain


def _shared_verbs(doc: Doc, chain: set[int]) -> set[int]:
    """Verbs coordinated with the chain's verb that share its doer: "a mob beat and
    stoned two officers" (the officers are hit by both), "police fired teargas and
    shot two protesters" (the police shot them), and the verb a subjectless trigger
    completes ("a crowd began stoning ...": the crowd stoned). A conjunct with a
    subject of its own is another clause ("police arrived and the gang fled")."""
    out: set[int] = set()
    for i in chain:
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
                and not _has_subject(verb):
            out.add(verb.head.i)  # "... and killed", "kept kicking", "tried to kill"
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ == "VERB" and not _has_subject(child):
                out.add(child.i)
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _role_by_parse(head: Token, trigger: Token, chain: set[int]) -> tuple[str | None, str]:
    """(a1 / a2 / None, the preposition passed) from the path between an actor's
    head token and the trigger's event chain."""
    child = head
    node = head.head
    steps = 0
    doer_clause = False  # passed "planted by X" / "blamed on X" on the way up
    while steps < 6:
        if child.dep_ in ("conj", "appos") and child is head:
            return None, ""  # decided from its first conjunct / the head
        if doer_clause and child.dep_ in ("acl", "relcl") and node.pos_ in ("NOUN", "PROPN"):
            # "an IED planted by Al Shabaab", "a grenade attack blamed on X", "a bus hit a
            # bomb planted by X": a clause describing the weapon or the act names its doer
            return "a1", "by"
        if node.i in chain:
            dep = child.dep_
            if dep in ("prep", "agent"):
                word = child.lower_
                if word in _WORDS.initiator_preps or dep == "agent":
                    return "a1", word
                if word == "between":
                    return "a1", word
                if word in _WORDS.target_preps:
                    return "a2", word
                return None, word
            if node.pos_ not in ("VERB", "AUX"):
                if dep in ("poss", "compound", "amod", "nmod", "nsubj"):
                    return "a1", ""
                return None, ""
            if dep in ("nsubj", "csubj"):
                if node.lower_ in _WORDS.victim_subject_verbs:
                    return "a2", ""
                return "a1", ""
            if dep == "nsubjpass" and any(
                    c.dep_ == "xcomp" and c.i in chain
                    and not any(a.dep_ == "auxpass" for a in c.children)
                    for c in node.children):
                # "gunmen were seen attacking", "X was reported to have killed": the
                # passive's subject does what its active complement says ("to have
                # been killed" keeps it the victim)
                return "a1", ""
            if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
                return "a2", ""
            return None, ""
        if child.dep_ == "agent" or child.dep_ == "prep" and node.lower_ in _WORDS.blame_verbs \
                and child.lower_ in _WORDS.blame_preps:
            doer_clause = True
        if node.head is node:
            return None, ""
        child, node = node, node.head
        steps += 1
    return None, ""


# Sub-event types of a change of who holds a place ("retook X from Y": Y held it).
_TERRITORY_TYPES = frozenset({"Government regains territory",
                              "Non-state actor overtakes territory"})
_CACHE_KEY = "eventcoder_actor_candidates"
_CHUNKS_KEY = "eventcoder_noun_chunks"
_SPANS_KEY = "eventcoder_actor_spans"
_COUNTRY_KEY = "eventcoder_doc_country"
_ENTS_KEY = "eventcoder_ents"
_ERA_KEY = "eventcoder_era_day"
_NAMES_COUNTRY_KEY = "eventcoder_names_a_country"
_EVENT_TOKENS_KEY = "eventcoder_event_tokens"
_TRANSFER = "Non-violent transfer of territory"
_PROPERTY = "Looting/property destruction"
_AIR_STRIKE = "Air/drone strike"
# Strikes from the air or from afar, which the force that confirms them has mostly made.
_OWN_STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_HISTORY_SENTENCES = 5  # how far back "they" / "the group" may refer
_FOLLOWING_SENTENCES = 3  # how far on intervening forces are looked for


def _reports(span: Span) -> bool:
    """Is the name the subject of a reporting verb ("..., the health ministry said"), or
    of a verb whose object is a report ("the White House released figures on ...")?
    Who tells of the event is no side of it, nor the force in a teller's title ("the
    police commander of Tiaty said", "according to the county police commander")."""
    # (a phrase the parse hangs by its article, "the police" of "the police
    # commander", is read by its noun)
    root = _titled_teller(span[-1] if span.root.dep_ == "det" else span.root)
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "witnesses and officials said"
    if root.dep_ == "pobj" and root.head.lower_ == "to" \
            and root.head.head.lower_ in _WORDS.attribution_preps:
        return True
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    return verb.lower_ in _WORDS.reporting_verbs or any(
        child.dep_ == "dobj" and child.lower_ in _WORDS.report_nouns for child in verb.children)


def _in_claim_apart(cand: _Candidate, trigger: Token) -> bool:
    """Is the candidate inside what someone says ("said most of the dead were X"), a
    clause of a reporting verb that does not hold the trigger?"""
    node = cand.span.root
    for _ in range(8):
        if node.dep_ == "ccomp" and node.head.lower_ in _WORDS.reporting_verbs:
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        if node.head is node:
            return False
        node = node.head
    return False


def _names_a_source(text: str) -> bool:
    """Is this phrase the name of a news agency, outlet, monitor or state medium
    (data/sources.yaml)? Those report events; they are never actors."""
    lexicon = load_source_lexicon()
    bare = text[4:] if text.lower().startswith("the ") else text
    return bool(lexicon.exact.fullmatch(bare) or lexicon.folded.fullmatch(bare))


def _candidates(doc: Doc, sent: Span, dictionary: ActorDictionary, country: str | None,
                day: dt.date | None) -> list[_Candidate]:
    """The actor candidates of a span, computed once per document, country and day
    (several mentions share sentences); each call gets fresh copies to mutate."""
    cache: dict[tuple[int, int, str | None, dt.date | None], list[_Candidate]] = \
        _doc_cache(doc).setdefault(_CACHE_KEY, {})
    out: list[_Candidate] = []
    start = sent.start
    while start < sent.end:  # sentence by sentence, each computed once
        piece_start, piece_end = sentence_tokens(doc, start)
        key = (piece_start, piece_end, country, day)
        if key not in cache:
            cache[key] = _compute_candidates(doc, doc[piece_start:piece_end], dictionary,
                                             country, day)
        out += [_Candidate(c.span, c.kind, _copy_actor(c.actor) if c.actor else None)
                for c in cache[key] if sent.start <= c.span.start < sent.end]
        start = piece_end
    return out


def _compute_candidates(doc: Doc, sent: Span, dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> list[_Candidate]:
    spans = [s for s in _actor_spans(doc) if s.start >= sent.start and s.end <= sent.end]
    out: list[_Candidate] = []
    taken: set[int] = set()
    named_starts = {s.start for s in spans if s.label_ == "named"}
    for span, kind, words in _merge_modifiers(sorted(spans, key=lambda s: s.start), dictionary):
        if kind == "country":
            # a state named as the doer or target of an act is its armed forces
            named = dictionary.country_named(span.text)
            root = span.root
            in_slot = _country_in_party_slot(root)
            if named is None and _owns_force_site(root):
                # "shelled Russian positions": the demonym's country holds them
                named, in_slot = dictionary.country_of_word(span.text), True
            if named is None and _people_of_a_nation(span):
                # "Somalis protested", "hundreds of Nigerians marched": the people of
                # that nation, not its state
                home = dictionary.country_of_word(span.text)
                if home is not None:
                    taken.update(range(span.start, span.end))
                    out.append(_Candidate(span, "generic", dictionary.template_actor(
                        "Civilians ({country})", home)))
                continue
            if named is None or not in_slot:
                continue
            actor = dictionary.role_actor("military", named, day, span.text)
            if actor is not None and country and named != country and actor.inter == 1:
                actor.inter = 8
            if actor is not None:
                taken.update(range(span.start, span.end))
                out.append(_Candidate(span, "named", actor))
            continue
        if _describes_next_group(span, named_starts):
            taken.update(range(span.start, span.end))
            continue  # "the al Qaeda-linked JNIM": the group named after is the actor
        holder = _holds_a_place(span) or _names_a_landmark(span)
        actor = dictionary.resolve(words, country, day)
        if actor is None and kind == "assoc":
            actor = dictionary.assoc_group(span.text, country)
        if actor is None and kind == "community":
            actor = dictionary.resolve_community(span.text, country, armed=True, text=span.text)
            if actor is None and len(span) > 1:
                # "Turkana villagers": the community's people, civilians unless they
                # fight (a battle's side: see _community_fighters)
                actor = dictionary.resolve(span[-1].text, country, day)
                if actor is not None and actor.inter != 7:
                    actor = None
        if actor is None or (kind == "community" and len(span) == 1
                             and _names_a_place(span[0]) and not _paired_community(span[0])
                             and not _plural_community(span[0], dictionary)):
            continue
        if kind == "community" and _in_tellers_title(span.root):
            continue  # "said the commander of Samburu North": a place of office
        if kind == "generic" and span.root.lower_ in _WORDS.group_heads \
                and span.start > sent.start and doc[span.start - 1].pos_ == "PROPN" \
                and doc[span.start - 1].i not in taken \
                and doc[span.start - 1].lower_ not in _WORDS.community_heads:
            # ("Clan fighters" opening a sentence: a common word, capitalised)
            continue  # "the Kaptalamwa Defence Militia": a named group, found below
        if kind == "role" and _site_of_named_forces(span):
            continue  # "the military base of Somaliland's army": the army's
        if kind == "role" and _body_of_another(span):
            continue  # "the military council of the group's armed wing": the group's
        if kind == "role" and _qualifies_another_noun(span) \
                and dictionary.role_of(span.text) == "government":
            if not _owns_force_site(span.root):
                continue  # "a government official said", "pro-government militia": not a side
            # "attacked government positions": the government's sites are its army's
            actor = dictionary.role_actor("military", country, day, span.text) or actor
        office = _office_after(span, sent) if kind == "named" and actor.inter == 3 else None
        if office is not None:
            # "a Jubilee MP", "an ODM civic candidate": one of the party's office
            # holders, a civilian when attacked, not the party
            span, kind = doc[span.start:office + 1], "generic"
            actor = dictionary.template_actor("Civilians ({country})", country)
        taken.update(range(span.start, span.end))
        if kind == "generic" and actor.inter == 2 and actor.country \
                and actor.name.endswith(f"({actor.country})"):
            # "the Islamic State group": a category's words that name one organisation's
            # branch in the country are its name (no "the group" referring back; a
            # claimant). ("Al Qaeda" mostly describes another group: "al Qaeda-linked".)
            kind = "named"
        if kind == "generic" and _is_armed(actor):
            actor = _community_of_origin(span, dictionary, country) or actor
        out.append(_Candidate(span, "holder" if holder else kind, actor))
    unknown = _unknown_groups(sent, taken)
    # a monitor or news agency the dictionary does not know as a party reports the
    # event ("the Boston Globe", an outlet named by a media word); it is no side of
    # it, nor is its description ("a Britain-based group")
    source_tokens = {i for span in unknown if _names_a_source(span.text)
                     or any(t.lower_ in _WORDS.media_words for t in span)
                     or _reports(span)
                     for i in range(span.start, span.end)}
    for span in unknown:
        taken.update(range(span.start, span.end))
        if span.start in source_tokens or (span.root.dep_ == "appos"
                                           and span.root.head.i in source_tokens):
            continue
        text = span.text
        if text.lower().startswith("the "):
            text = text[4:]
        out.append(_Candidate(span, "unknown", Actor(name=text, inter=3, text=span.text,
                                                      country=country, normalised=False)))
    out.sort(key=lambda c: c.span.start)
    out = _named_by_belonging(out, taken)
    out = _named_in_own_clause(out)
    out = [c for c in out if not _tells_in_relative_clause(c.span)
           and not _describes_named_group(c, out)]
    facts = lower_and_like_num(doc)
    for i in range(sent.start, sent.end):  # pronouns found without a Token per word
        if facts[i][0] not in _PRONOUN_IDS:
            continue
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass") and token.i not in taken:
            out.append(_Candidate(doc[token.i:token.i + 1], "pronoun", None))
    out.sort(key=lambda c: c.span.start)
    return out


def _body_of_another(span: Span) -> bool:
    """Is a role word only the modifier of a body that belongs to someone else ("the
    military council of the group's armed wing", "the military wing of Hamas")? It
    names no force of the country. Titles, members and sites keep their force ("the
    police commander of Tiaty" is a teller's title, read elsewhere)."""
    last = span[-1]
    if last.dep_ in ("compound", "amod"):
        body = last.head
    elif span.root.dep_ == "det":
        body = span.root.head
    else:
        return False
    if body.i < span.end or body.pos_ != "NOUN" or body.lower_ in _WORDS.spokesperson_nouns \
            or body.lower_ in _WORDS.member_words \
            or body.lower_ in _WORDS.force_site_nouns or body.lower_ in _WORDS.landmark_nouns:
        return False
    return any(child.dep_ == "prep" and child.lower_ == "of" and any(
        grand.dep_ == "pobj" and (grand.pos_ == "PROPN" or any(
            t.dep_ == "poss" for t in grand.children)) for grand in child.children)
        for child in body.children)


def _country_in_party_slot(root: Token) -> bool:
    """Is a country's name in a slot of a party to the act (subject, object, "by X",
    "against X")? A conjunct takes its first conjunct's slot: "struck positions in Iraq
    and Syria" names places, "clashes between Ethiopia and Eritrea" two sides."""
    first = root
    for _ in range(6):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    if first.i != root.i and first.dep_ == "pobj" \
            and first.head.lower_ in _WORDS.pairing_preps:
        return True
    return first.dep_ in ("nsubj", "dobj", "nsubjpass") or (
        first.dep_ == "pobj" and first.head.lower_ in _WORDS.country_party_preps)


def _named_by_belonging(cands: list[_Candidate], taken: set[int]) -> list[_Candidate]:
    """"The attackers, believed to belong to the al Qaeda-linked JNIM": unnamed armed
    men followed by a phrase of belonging and a named group are that group. The
    generic words keep their place in the sentence (the parse's doer) and take the
    group's name; the group's own words are no second party."""
    absorbed: set[int] = set()
    for index, cand in enumerate(cands[:-1]):
        group = cands[index + 1]
        if cand.kind != "generic" or not _is_armed(cand.actor) \
                or group.kind not in ("named", "community", "unknown") \
                or group.actor is None or group.actor.inter not in (2, 3, 4):
            continue
        # words left out before ("al Qaeda" of "the al Qaeda-linked JNIM") are taken
        between = [t.lower_ for t in cand.span.doc[cand.span.end:group.span.start]
                   if not t.is_punct and t.i not in taken
                   and t.lower_ not in _WORDS.linking_participles]
        # "fighters of the National Liberation Army": members of the group named after
        # ("gunmen from the Black Lions Brigade": of a group the dictionary lacks too)
        of_group = (between in (["of"], ["of", "the"], ["from"], ["from", "the"])
                    or _of_described_group(cand.span.doc[cand.span.end:group.span.start])) \
            and cand.span.root.lower_ in _WORDS.member_words
        # "a gang of Kikuyu youths", "a band of Pokot raiders": a band made of a group
        of_group = of_group or between == ["of"] \
            and cand.span.root.lower_ in _WORDS.band_words
        if group.kind in ("community", "unknown") and not of_group:
            continue  # a community or unknown name is absorbed only as the band's members
        if not of_group and (not any(w in _WORDS.origin_words for w in between) or not all(
                w in _WORDS.origin_words or w in _WORDS.belonging_words for w in between)):
            continue
        cand.actor = _copy_actor(group.actor)
        cand.kind = "named"
        absorbed.add(index + 1)
    return [c for i, c in enumerate(cands) if i not in absorbed] if absorbed else cands


def _of_described_group(words: Span) -> bool:
    """Are the words between members and their group "of the" and a word or two that
    describe the group ("fighters of the separatist Baloch Liberation Army", "gunmen
    from the outlawed ...")? Adjectives and common nouns only, no other name or clause."""
    tokens = [t for t in words if not t.is_punct]
    if not tokens or tokens[0].lower_ not in ("of", "from"):
        return False
    rest = tokens[2:] if len(tokens) > 1 and tokens[1].lower_ == "the" else tokens[1:]
    return 0 < len(rest) <= 2 and all(t.tag_ in ("JJ", "NN") and t.is_lower for t in rest)


def _naming_clause(token: Token) -> Token | None:
    """The relative clause on ``token`` whose verb tells who it is ("the gunmen, whom
    officials identified as ...", "the movement, which calls itself ..."), if any."""
    # ("acl": a clause without its relative pronoun, "gunmen police described as ...",
    # only with a teller of its own: "a gang named X" is the gang's own name)
    return next((child for child in token.children
                 if child.lower_ in _WORDS.naming_verbs and (child.dep_ == "relcl" or (
                     child.dep_ == "acl" and any(t.dep_ == "nsubj" for t in child.children)))),
                None)


def _named_as(token: Token, verb: Token) -> bool:
    """Is ``token`` the name a naming verb gives: its predicate ("calls itself X") or
    the object of its "as" ("identified as (members of) X")?"""
    # (tokens compared by index: spaCy makes a new Token object at each access)
    if token.dep_ == "oprd" and token.head.i == verb.i:
        return True
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.i == verb.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.i == verb.i:
            return True
        node = node.head
    return False


def _named_in_own_clause(cands: list[_Candidate]) -> list[_Candidate]:
    """Unnamed armed men or an unknown name whose own relative clause names their group
    ("The assailants, whom officials identified as members of CODECO, stormed ...") are
    that group, where the parse puts them (the doer); the clause's words (its teller, the
    group's name) are no second party."""
    dropped: set[int] = set()
    for cand in cands:
        if cand.kind not in ("generic", "unknown") or cand.actor is None \
                or (cand.kind == "generic" and not _is_armed(cand.actor)):
            continue
        verb = _naming_clause(cand.span.root)
        if verb is None:
            continue
        inside = [c for c in cands if c is not cand
                  and verb.left_edge.i <= c.span.root.i <= verb.right_edge.i]
        group = next((c for c in inside if c.actor is not None and c.actor.normalised
                      and c.actor.inter in (2, 3, 4) and _named_as(c.span.root, verb)), None)
        if group is None or group.actor is None:
            continue
        cand.actor, cand.kind = _copy_actor(group.actor), "named"
        dropped.update(id(c) for c in inside)
    return [c for c in cands if id(c) not in dropped] if dropped else cands


def _tells_in_relative_clause(span: Span) -> bool:
    """Is the phrase the subject of a naming verb in a relative clause ("Tareq X, who
    Israel said directed attacks", "a man whom police described as a gang leader")? It
    tells who someone is, no side of the event; unless it speaks of itself ("the town,
    which the army said it had retaken")."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lower_ not in _WORDS.naming_verbs:
        return False
    return not any(t.lower_ in _WORDS.self_report_pronouns and t.dep_ in ("nsubj", "nsubjpass")
                   for t in verb.subtree if t.i != root.i)


def _describes_named_group(cand: _Candidate, cands: list[_Candidate]) -> bool:
    """Is the phrase in an apposition on a named group ("The Arakan Army, an ethnic armed
    group in western Myanmar, said ...", "members of CODECO, a loose association of
    ethnic Lendu militias")? It says what the group is: not a second party (the loser
    of its capture, the target of its attack, whom "the attackers" refers to)."""
    node = cand.span.root
    for _ in range(4):  # up through "of", never past a verb
        if node.dep_ == "appos" or node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "appos":
        return False
    head = node.head.i
    return any(other is not cand and other.kind == "named"
               and other.span.start <= head < other.span.end for other in cands)


def _describes_next_group(span: Span, named_starts: set[int]) -> bool:
    """Is the span the first part of "X-linked", "X-backed" before a named group
    ("the al Qaeda-linked JNIM", "Iran-backed Houthis")? Before a generic word it is
    the group itself ("Al Shabaab-linked gunmen" are Al Shabaab's)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" \
        and doc[span.end + 1].lower_ in _WORDS.linking_participles \
        and span.end + 2 in named_starts \
        and doc[span.end + 2].lower_ not in _WORDS.member_words  # "IS-linked insurgents"


def _people_of_a_nation(span: Span) -> bool:
    """Is a lone plural demonym a party of the clause ("Somalis protested", "police
    beat Nigerians", "hundreds of Sudanese refugees ...")?"""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS"):
        return False
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.dep_ in ("nsubj", "nsubjpass", "dobj")


def _hit_group(cand: _Candidate) -> bool:
    """Is the candidate a named non-state armed group that a verb of the sentence
    hits ("Mungiki members were shot dead", "killed three Al Shabaab fighters")?"""
    actor = cand.actor
    if cand.kind != "named" or actor is None or actor.inter not in (2, 3) \
            or not actor.normalised:
        return False
    root = cand.span.root
    if _is_patient(root):
        return True
    # headline style, "Mungiki members killed during raid": a past participle that
    # describes it, or whose subject it is with no object and no auxiliary
    head = root.head
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ not in _WORDS.leading_participles
               and c.lower_ not in _WORDS.linking_participles
               for c in root.children) or (
        root.dep_ == "nsubj" and head.tag_ == "VBN"
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children))


def _after_by(cand: _Candidate) -> bool:
    """Is the candidate the object of "by" ("an attack by X"), wherever the parse
    hangs the phrase?"""
    root = cand.span.root
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def _holds_a_place(span: Span) -> bool:
    """Is the span the first part of "X-held", "X-controlled" ("the regime-held town
    of ...", "rebel-controlled areas")? It says who holds a place, not who acted."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" \
        and doc[span.end + 1].lower_ in _WORDS.holding_participles


def _names_a_landmark(span: Span) -> bool:
    """Is the force's word only the owner of a site that places the event ("abducted
    near the police station", "a blast outside the army camp")? Like "regime-held", it
    says whose the landmark is, not who acted: only a battle there is fought with it."""
    root = span[-1] if span.root.dep_ == "det" else span.root
    site = root.head
    if root.dep_ not in ("compound", "amod", "poss") or site.i < span.end \
            or site.lower_ not in _WORDS.landmark_nouns or site.dep_ != "pobj":
        return False
    prep = site.head
    return prep.lower_ in _WORDS.landmark_preps or (
        prep.lower_ == "to" and prep.head.lower_ in _WORDS.landmark_preps)


def _site_of_named_forces(span: Span) -> bool:
    """A role word on a military site whose owner is told after it ("the main military
    base of Somaliland's army"): the owner is the side, the role word no second one."""
    root = span.root
    site = root.head
    return root.dep_ in ("amod", "compound") and site.lower_ in _WORDS.force_site_nouns \
        and any(child.dep_ == "prep" and child.lower_ == "of" for child in site.children)


def _qualifies_another_noun(span: Span) -> bool:
    """Whether the words only qualify a noun after them ("government officials",
    "county government vehicles") or follow "pro-"/"anti-" ("pro-government")."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end:
        return True
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-" \
        and doc[span.start - 2].lower_ in ("pro", "anti")


def _office_after(span: Span, sent: Span) -> int | None:
    """The index of an office noun right after a party's name, or after one word
    more ("a Jubilee MP", "an ODM civic candidate"), if any."""
    doc = span.doc
    for i in (span.end, span.end + 1):
        if i >= sent.end:
            return None
        if doc[i].lower_ in _WORDS.office_nouns:
            return i
        if doc[i].pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
    return None


def _assign_roles(cands: list[_Candidate], trigger: Token, chain: set[int]) -> None:
    by_head = {c.span.root.i: c for c in cands}
    for cand in cands:
        cand.role, cand.via = _role_by_parse(cand.span.root, trigger, chain)
    _speaker_as_doer(cands, trigger, chain)
    # "clashes between X and Y (militias)": the first side is actor1, the others actor2
    between = [c for c in cands if c.via == "between" and _is_armed(c.actor)]
    for cand in between[1:]:
        cand.role = "a2"
    # coordination and apposition take their role from the first conjunct / the head
    for cand in cands:
        head = cand.span.root
        if head.dep_ in ("conj", "appos"):
            first = head.head
            while first.dep_ == "conj" and first.head is not first:
                first = first.head
            other = by_head.get(first.i)
            if other is None:
                for c in cands:
                    if c.span.start <= first.i < c.span.end:
                        other = c
                        break
            if other is not None:
                if head.dep_ == "appos":
                    cand.role = other.role
                elif other.via == "between":
                    cand.role = "a2"  # "clashes between X and Y"
                else:
                    cand.role = other.role
                    cand.coord_of = other
    for cand in cands:
        leader = _leader_of(cand, by_head)
        if leader is not None and leader.actor is not None:
            # "Syrian rebels led by Hayat Tahrir al-Sham attacked": the named leader is
            # the side; the led words keep their place in the sentence (its doer)
            cand.actor, cand.kind = _copy_actor(leader.actor), "named"
            leader.role, leader.coord_of = cand.role, cand
            continue
        backed = _backed_side(cand, by_head)
        if backed is not None:
            # "soldiers backed by volunteer fighters pushed them back": who backs a side
            # fights on it, an ally coordinated with it, never its enemy
            cand.role, cand.via, cand.coord_of = backed.role, backed.via, backed


def _leader_of(cand: _Candidate, by_head: dict[int, _Candidate]) -> _Candidate | None:
    """The named armed group that leads an unnamed or generic side ("rebels led by
    HTS", "fighters commanded by X"): the agent of a leading participle describing
    ``cand``."""
    if cand.kind not in ("generic", "named") or not _is_armed(cand.actor):
        return None
    for participle in cand.span.root.children:
        if participle.dep_ != "acl" or participle.lower_ not in _WORDS.leading_participles:
            continue
        for agent in participle.children:
            if agent.dep_ in ("agent", "prep") and agent.lower_ == "by":
                obj = next((t for t in agent.children if t.dep_ == "pobj"), None)
                leader = by_head.get(obj.i) if obj is not None else None
                if leader is not None and leader.kind in ("named", "unknown") \
                        and _is_armed(leader.actor) and leader.actor is not None \
                        and leader.actor.inter in (2, 3, 4):
                    return leader
    return None


def _in_tellers_title(token: Token) -> bool:
    """Is the word (or the phrase it heads) the "of" complement of a teller's title
    ("said Alex Rotich, the police commander of Samburu North", "the governor of the
    Irkutsk region said")? It names where or what the teller is in charge of."""
    node = token
    while node.dep_ in ("compound", "amod") and node.head is not node:
        node = node.head  # "Samburu" of "Samburu North"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in \
            _WORDS.spokesperson_nouns:
        return False
    title = prep.head
    if title.dep_ == "appos":
        title = title.head  # "said Alex Rotich, the police commander of ..."
    return _reports(title.doc[title.i:title.i + 1])


def _titled_teller(token: Token) -> Token:
    """The person a force's word titles ("police" in "the police commander", "Tiaty
    police commander John Kamau", "the army's spokesman"), else the word itself."""
    node = token
    titled = False
    for _ in range(4):
        if node.dep_ not in ("compound", "poss", "nmod") or node.head is node \
                or node.head.pos_ not in ("NOUN", "PROPN"):
            break
        node = node.head
        titled = titled or node.lower_ in _WORDS.spokesperson_nouns
    if titled and node.dep_ == "appos" and node.head.pos_ == "PROPN":
        node = node.head  # "said John Kamau, the police commander of Tiaty": the person
    return node if titled else token


def _tells_the_event(cand: _Candidate, trigger: Token) -> bool:
    """Is the candidate the subject of a verb whose object is the trigger's event noun
    ("police confirmed the attack", "the army's spokesman reported the raid"), or the
    force whose spokesperson that subject is? It tells the event, it did not do it."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or trigger.pos_ not in ("NOUN", "PROPN") \
            or verb.lower_ not in _WORDS.report_object_verbs:
        return False
    root = cand.span.root
    if root.dep_ in ("poss", "compound") and root.head.lower_ in _WORDS.spokesperson_nouns:
        root = root.head  # "the army's spokesman", "police officials"
    return root.dep_ == "nsubj" and root.head.i == verb.i


def _backed_side(cand: _Candidate, by_head: dict[int, _Candidate]) -> _Candidate | None:
    """The side ``cand`` backs, when it is the agent of a backing participle that
    describes that side ("X backed by <cand>", "X supported by <cand>")."""
    prep = cand.span.root.head
    if cand.span.root.dep_ != "pobj" or prep.lower_ != "by":
        return None
    participle = prep.head
    if participle.dep_ != "acl" or participle.lower_ not in _WORDS.linking_participles:
        return None
    side = by_head.get(participle.head.i)
    return side if side is not None and side is not cand else None


def _speaker_as_doer(cands: list[_Candidate], trigger: Token, chain: set[int]) -> None:
    """"The army said it had retaken the town", "the group said they carried out the
    attack": a pronoun subject of the trigger's verb in what a speaker says is the
    speaker, who is then the doer (not only the one reporting)."""
    doc = trigger.doc
    for i in chain:
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        speaking = _speaking_verb(verb)
        if speaking is None:
            continue
        # (an owned doer, "its fighters", only for the doer's own act: not "its troops
        # repelled an RSF assault", where the trigger is the other side's)
        own_act = trigger.i == verb.i or (trigger.head.i == verb.i and trigger.dep_ == "dobj"
                                          and not any(c.dep_ in ("compound", "poss")
                                                      for c in trigger.children))
        if not any(c.dep_ == "nsubj" and _names_the_speaker(c, own_act)
                   for c in verb.children):
            continue
        speaker = next((c for c in speaking.children if c.dep_ == "nsubj"), None)
        for cand in cands:
            if speaker is not None and cand.span.root.i == speaker.i and cand.role is None:
                cand.role = "a1"
                return


def _speaking_verb(verb: Token) -> Token | None:
    """The verb of saying whose content ``verb`` is: "said (that) X did", or "said in
    a statement that X did" (the content hangs on the statement noun)."""
    if verb.dep_ == "ccomp" and verb.head.lower_ in _WORDS.self_report_verbs:
        return verb.head
    if verb.dep_ == "acl" and verb.head.lower_ in _WORDS.statement_nouns:
        up = verb.head.head.head if verb.head.head.dep_ == "prep" else verb.head.head
        if up.lower_ in _WORDS.self_report_verbs:
            return up
    return None


def _names_the_speaker(subject: Token, owned: bool) -> bool:
    """A reported doer that is the speaker itself: "it", "they", or (``owned``) a
    noun owned by the speaker ("the group said one of its fighters detonated a vest")."""
    return subject.lower_ in _WORDS.self_report_pronouns or owned and any(
        t.dep_ == "poss" and t.lower_ in _WORDS.self_report_possessives
        for t in subject.subtree)


def _is_armed(actor: Actor | None) -> bool:
    return actor is not None and actor.inter in (1, 2, 3, 4, 8)


def _is_state(actor: Actor | None) -> bool:
    return actor is not None and (actor.name.startswith("Police Forces")
                                  or actor.name.startswith("Military Forces"))


def _with_span(actor: Actor, cand: _Candidate | None) -> Actor:
    if cand is not None:
        actor.start = cand.span.start_char
        actor.end = cand.span.end_char
        actor.text = cand.span.text
    return actor


def _antecedent(history: list[_Candidate], before: int, *, non_state: bool = False
                ) -> _Candidate | None:
    """The last named armed actor before a character offset (with ``non_state``, the
    last that is no state force)."""
    for cand in reversed(history):
        if cand.span.start_char < before and cand.kind in ("named", "unknown", "community") \
                and _is_armed(cand.actor) and not _names_a_people(cand) \
                and not (non_state and cand.actor is not None and cand.actor.inter in (1, 8)) \
                and not (cand.kind == "unknown" and _is_patient(cand.span.root)):
            # (a name the dictionary lacks that an act hits is mostly a place: "militants
            # attacked Yumbis ... The militants burnt the station")
            return cand
    return None


def _names_a_people(cand: _Candidate) -> bool:
    """Is a community's name said of its people ("from the Hema community")? They are
    no armed group for "the attackers" to refer back to."""
    root = cand.span.root
    return cand.kind == "community" and (
        len(cand.span) > 1 and root.lower_ in _WORDS.people_heads  # "the Hema community"
        or root.dep_ == "compound" and root.head.lower_ in _WORDS.people_heads)


def _resolve_references(cands: list[_Candidate], history: list[_Candidate]) -> None:
    """"they", "the group", "the jihadists" -> the last named armed actor."""
    for cand in cands:
        # ("its fighters", "their men": owned by one named before, as "the fighters")
        definite = cand.span.start > 0 and cand.span.doc[cand.span.start - 1].lower_ in \
            _DEFINITE_WORDS
        head = cand.span.root.lower_
        refers = cand.kind == "pronoun" or (
            cand.kind == "generic" and (definite or cand.span.text.lower().startswith("the "))
            and head in _WORDS.anaphoric_heads
        )
        if not refers:
            continue
        # "the militants", "the rebels": words for a non-state group never refer
        # back to state forces ("Government troops fought the militants"), nor to
        # foreign ones ("peacekeepers reached the camp after the attackers had fled")
        ante = _antecedent(history, cand.span.start_char, non_state=cand.kind == "generic")
        if ante is not None and ante.actor is not None:
            actor = ante.actor
            cand.actor = Actor(name=actor.name, inter=actor.inter, text=cand.span.text,
                               country=actor.country, normalised=actor.normalised)
            cand.kind = "named"


_DEFINITE_WORDS = frozenset({"the", *_WORDS.self_report_possessives})


def _first(cands: Iterable[_Candidate], role: str | None = None, *, armed: bool | None = None,
           exclude: Actor | None = None) -> _Candidate | None:
    for cand in cands:
        if cand.actor is None or _is_speaker(cand):
            continue
        if role is not None and cand.role != role:
            continue
        if armed is True and not _is_armed(cand.actor):
            continue
        if armed is False and _is_armed(cand.actor):
            continue
        if exclude is not None and cand.actor.name == exclude.name:
            continue
        return cand
    return None


def _is_speaker(cand: _Candidate) -> bool:
    """A role word that is the subject of "said"/"told" and not tied to the trigger by
    the parse ("the officer said ..."), or a named actor that tells what it says after
    saying it ("Rebels fired a missile at a ship, the US military said"): the one
    reporting the event, not a side of it."""
    if cand.role is not None or not _reports(cand.span):
        return False
    if cand.kind == "role" or _in_title_of_teller(cand):
        return True
    verb = cand.span.root.head
    return cand.kind == "named" and any(c.dep_ == "ccomp" and c.i < cand.span.start
                                        for c in verb.children)


def _in_title_of_teller(cand: _Candidate) -> bool:
    """Is a state or international body only in the title of the person who tells
    ("The United Nations' humanitarian coordinator said at least 110 civilians had been
    killed")? The official speaks of an event the body took no side in. (A rebel
    group's commander or spokesman mostly claims the group's own acts: "according to an
    Al Shabaab commander, the group destroyed ...".)"""
    if cand.actor is None or cand.actor.inter in (2, 3, 4):
        return False
    root = cand.span[-1] if cand.span.root.dep_ == "det" else cand.span.root
    return _titled_teller(root).i != root.i


def _nearest(cands: list[_Candidate], offset: int, *, before: bool, armed: bool | None = None,
             exclude: Actor | None = None) -> _Candidate | None:
    side = [c for c in cands
            if (c.span.end_char <= offset if before else c.span.start_char >= offset)]
    if before:
        side.reverse()
    return _first(side, armed=armed, exclude=exclude)


@dataclass(slots=True)
class _Pick:
    a1: Actor | None = None
    a2: Actor | None = None
    c1: _Candidate | None = None
    c2: _Candidate | None = None
    assoc1: list[Actor] | None = None
    assoc2: list[Actor] | None = None


def _herders(cand: _Candidate) -> bool:
    """Is the candidate a plural word for herders ("herders", "a group of pastoralists")
    that the dictionary reads as civilians?"""
    actor = cand.actor
    root = cand.span.root
    return actor is not None and actor.inter == 7 and root.lower_ in _WORDS.herding_words \
        and root.tag_ in ("NNS", "NNPS")


def _civilians(dictionary: ActorDictionary, country: str | None, cand: _Candidate | None) -> Actor:
    """Civilians of the event's country, or of the victims' nationality when named."""
    if cand is not None and cand.actor is not None and cand.actor.inter == 7 \
            and cand.actor.name.startswith("Civilians"):
        return _with_span(Actor(name=cand.actor.name, inter=7, country=cand.actor.country), cand)
    return _with_span(dictionary.template_actor("Civilians ({country})", country), cand)


def _crowd_country(crowd: _Candidate | None, country: str | None,
                   dictionary: ActorDictionary) -> str | None:
    """The nationality of a crowd named by one ("Somali residents protested", "Sudanese
    refugees rioted"): ACLED scopes foreign protesters and rioters by their own
    country, not the one they gathered in. A crowd whose words also name the event's
    country ("Kenyan and Somali youths", "Sudanese living in Kenya and Kenyans") stays
    the event country's."""
    actor = crowd.actor if crowd is not None else None
    if crowd is None or actor is None or actor.inter not in (5, 6, 7) \
            or not actor.country or actor.country == country:
        return country
    root = crowd.span.root
    words = [*root.subtree, *(t for c in root.conjuncts for t in c.subtree)]
    if any(dictionary.country_of_word(t.text) == country for t in words
           if t.pos_ in ("PROPN", "ADJ", "NOUN")):
        return country
    return actor.country


def _template(dictionary: ActorDictionary, name: str, country: str | None,
              cand: _Candidate | None = None) -> Actor:
    return _with_span(dictionary.template_actor(name, country), cand)


def _pick(mention: EventMention, cands: list[_Candidate], later: list[_Candidate],
          sent_text: str, dictionary: ActorDictionary, country: str | None,
          day: dt.date | None, earlier: Sequence[_Candidate] = (),
          trigger: Token | None = None) -> _Pick:
    etype, sub = mention.event_type, mention.sub_event_type
    trig = mention.trigger_start
    if sub in _TERRITORY_TYPES:
        # "retook the town from the rebels": who held it before is the other side, not
        # an initiator as in "fire from the rebels"
        for cand in cands:
            if cand.via == "from" and cand.role == "a1":
                cand.role = "a2"
    if sub == _TRANSFER and trigger is not None and trigger.lower_ in _WORDS.handover_verbs:
        # "French troops handed over the base to the Chadian army": who takes control
        # is the first side, the giver the second
        taker = next((c for c in cands if _is_armed(c.actor) and c.role != "a1"
                      and c.span.root.dep_ == "pobj" and c.span.root.head.lower_ == "to"),
                     None)
        if taker is not None:
            for cand in cands:
                if cand.role == "a1":
                    cand.role = "a2"
            taker.role = "a1"
            cands = [taker, *(c for c in cands if c is not taker)]
    if etype != "Battles":
        # "the regime-held town": only a battle there is fought with who holds it; the
        # people a strike, a bombing or a raid on it hit are its residents
        cands = [c for c in cands if c.kind != "holder"]
    a1c = _first(cands, "a1")
    a2c = _first(cands, "a2", exclude=a1c.actor if a1c and a1c.actor else None)
    pick = _Pick()

    def assoc_of(side: str, main: Actor | None) -> list[Actor]:
        out: list[Actor] = []
        for cand in cands:
            if cand.actor is None or cand.role != side:
                continue
            if main is not None and cand.actor.name == main.name:
                continue
            if any(a.name == cand.actor.name for a in out):
                continue
            out.append(_with_span(Actor(name=cand.actor.name, inter=cand.actor.inter,
                                        country=cand.actor.country,
                                        normalised=cand.actor.normalised), cand))
        return out

    if etype in ("Protests", "Riots"):
        main_name = "Protesters ({country})" if etype == "Protests" else "Rioters ({country})"
        crowd = a1c if a1c is not None and not _is_state(a1c.actor) else None
        # the crowd is renamed Rioters/Protesters, so the people it hit may share its
        # word's category ("students stoned their teachers": civilians both)
        a2c = _first(cands, "a2")
        pick.a1 = _template(dictionary, main_name, _crowd_country(crowd, country, dictionary),
                            crowd)
        pick.c1 = crowd
        assoc: list[Actor] = []
        for cand in cands:
            if cand.role != "a1" or cand.actor is None or _is_state(cand.actor):
                continue
            group = dictionary.assoc_group(cand.span.text, country)
            if group is None and cand.kind == "community":
                group = dictionary.resolve_community(cand.span.text, country, armed=False)
            if group is None and cand.kind in ("named", "unknown") \
                    and cand.actor.inter in (2, 3, 4):
                group = cand.actor
            if group is not None and not any(a.name == group.name for a in assoc):
                assoc.append(_with_span(group, cand))
        pick.assoc1 = assoc
        # the forces that intervened: in the sentence, else in the next ones, else
        # in the ones before ("Police used teargas to disperse youths. The youths had
        # blocked the highway ...")
        state = next((c for c in [*cands, *later, *reversed(earlier)]
                      if _is_state(c.actor) and not _named_as_grievance(c.span.root)), None)
        if sub == "Peaceful protest":
            return pick
        if sub in ("Protest with intervention", "Excessive force against protesters"):
            if state is not None and state.actor is not None:
                pick.a2, pick.c2 = _with_span(state.actor, state), state
            else:
                pick.a2 = dictionary.role_actor("police", country, day)
            return pick
        mutual = dictionary.has_cue(f"{mention.trigger_text} {sent_text}",
                                    dictionary.mutual_violence_cues)
        if sub == "Mob violence":
            victim = a2c if a2c is not None and a2c is not crowd else None
            if mutual and (victim is None or victim.actor is None or victim.actor.inter == 7):
                # "supporters of two candidates clashed": rioters on both sides
                pick.a2 = _template(dictionary, main_name, country)
                return pick
            # lynched "suspected thieves" are civilians; police and named groups stay, and
            # demonstrators a mob attacks stay protesters (ACLED's codebook)
            if victim is not None and victim.actor is not None and victim.actor.inter != 7 \
                    and (victim.actor.inter in (1, 8) or victim.kind in ("named", "community")
                         or victim.actor.inter == 6
                         and victim.span.root.lower_ in _WORDS.demonstrator_words):
                pick.a2, pick.c2 = _with_span(victim.actor, victim), victim
            else:
                pick.a2, pick.c2 = _civilians(dictionary, country, victim), victim
            return pick
        # Violent demonstration: the forces they fought, else the people they attacked
        if state is not None and state.actor is not None:
            pick.a2, pick.c2 = _with_span(state.actor, state), state
        elif a2c is not None and a2c.actor is not None and a2c.actor.inter == 7 \
                and a2c.kind in ("generic", "assoc"):
            pick.a2, pick.c2 = _civilians(dictionary, country, a2c), a2c
        elif mutual:
            # no forces named and the crowd fought another ("clashes between rival
            # groups of supporters"): rioters on both sides
            pick.a2 = _template(dictionary, main_name, country)
        return pick

    if etype == "Violence against civilians":
        perp = a1c if a1c is not None and _is_armed(a1c.actor) else None
        if perp is None and a1c is not None and _herders(a1c):
            # "herders assaulted a farmer", "killed by Somali herders": herders who do
            # violence are a communal militia (ACLED's name for armed pastoralists)
            pick.a1, pick.c1 = _template(dictionary, "Unidentified Communal Militia ({country})",
                                         _crowd_country(a1c, country, dictionary), a1c), a1c
            victim = a2c if a2c is not None and not _is_armed(a2c.actor) else None
            if victim is None:
                victim = _first([c for c in cands if c is not a1c], armed=False)
            pick.a2, pick.c2 = _civilians(dictionary, country, victim), victim
            return pick
        if perp is None:
            # never one the parse names as hit ("an ODM official was shot dead": the
            # party is the victim's, not the gunmen's)
            unhit = [c for c in cands if c.role != "a2"]
            perp = _nearest(unhit, trig, before=True, armed=True) or _first(
                # (not forces a statement apart names: "... confirmed the raid and said
                # troops had been sent")
                [c for c in unhit if trigger is None or not _in_claim_apart(c, trigger)],
                armed=True)
        pick.a1 = _with_span(perp.actor, perp) if perp and perp.actor else _template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = perp
        victim = a2c if a2c is not None and not _is_armed(a2c.actor) else None
        if victim is None:
            # (never who tells of it: "..., witnesses and officials said")
            victim = _first([c for c in cands if c is not perp and not _reports(c.span)],
                            armed=False)
        pick.a2, pick.c2 = _civilians(dictionary, country, victim), victim
        return pick

    if etype == "Battles":
        _community_fighters(cands, dictionary, country)
        firsts = [c for c in cands if c.role == "a1" and _is_armed(c.actor)]
        seconds = [c for c in cands if c.role == "a2" and _is_armed(c.actor)]
        side1 = firsts[0] if firsts else None
        side2 = next((c for c in seconds if side1 is None or c.actor is None
                      or side1.actor is None or c.actor.name != side1.actor.name), None)
        if side2 is None and len(firsts) > 1:
            others = [c for c in firsts[1:] if c.actor and side1 and side1.actor
                      and c.actor.name != side1.actor.name]
            # coordinated subjects are two sides ("police and Al Shabaab engaged in a
            # gun battle"), but an unnamed one coordinated with the first side is its
            # ally when a named group is also there: in "its troops and allied fighters
            # repelled an RSF assault" the RSF is the enemy
            side2 = next((c for c in others if c.coord_of is not side1
                           and c.kind == "named" and others[0].coord_of is side1
                           and others[0].kind != "named"),
                          others[0] if others else None)
        if side1 is None:
            # "soldiers were killed when Al Shabaab militants stormed a camp": the other
            # side is often named after the trigger, in a clause the parse hangs apart
            side1 = _nearest(cands, trig, before=True, armed=True,
                             exclude=side2.actor if side2 else None) or _nearest(
                cands, trig, before=False, armed=True,
                exclude=side2.actor if side2 else None)
        if side2 is None:
            side2 = _nearest(cands, trig, before=False, armed=True,
                             exclude=side1.actor if side1 else None) or _first(
                [c for c in cands if c is not side1], armed=True,
                exclude=side1.actor if side1 else None)
        if side1 is None and side2 is not None:
            side1, side2 = side2, None
        pick.a1 = _with_span(side1.actor, side1) if side1 and side1.actor else _template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = side1
        if side2 is not None and side2.actor is not None:
            pick.a2, pick.c2 = _with_span(side2.actor, side2), side2
        elif side1 is not None and _hit_group(side1):
            # "seven Mungiki members were killed during a raid": an unnamed side that
            # kills a named armed group's men in a battle is the state's forces
            pick.a2 = dictionary.role_actor("police", country, day)
        else:
            pick.a2 = _template(dictionary, "Unidentified Armed Group ({country})", country)
        return pick

    if etype == "Explosions/Remote violence":
        perp = a1c if a1c is not None and _is_armed(a1c.actor) else None
        # those a verb of the sentence hits ("nine soldiers were killed when a bomb
        # went off") are victims, even when the parse ties them to another verb
        hit = [c for c in cands if c is not a1c and _of_the_hit(c.span.root)]
        if perp is None:
            # never the target itself ("a bomb killed Somali soldiers": the soldiers'
            # army is not the bomber, even when a dateline names the country before)
            unhit = [c for c in cands if all(c is not h for h in hit)]
            perp = _nearest(unhit, trig, before=True, armed=True,
                            exclude=a2c.actor if a2c is not None else None) or next(
                # an armed doer the parse or a "by" names after the blast ("a bus struck
                # a bomb planted by X", "injured in a grenade attack by X")
                (c for c in unhit if _is_armed(c.actor) and (c.role == "a1" or _after_by(c))),
                None)
        target = a2c if a2c is not None and a2c is not perp else None
        if target is None:
            # never the unarmed one who threw or planted it ("a man threw a grenade
            # into a crowd": the doer is no target), nor a group only someone's claim
            # names ("... but said most of the dead were militants": the claimant's
            # version of who the victims were, not the event's target)
            target = _first([c for c in hit if c is not perp],
                            exclude=perp.actor if perp else None) or _first(
                [c for c in cands if c is not perp
                 and (c.role != "a1" or _is_armed(c.actor))
                 and (trigger is None or not _in_claim_apart(c, trigger))],
                exclude=perp.actor if perp else None)
        pick.a1 = _with_span(perp.actor, perp) if perp and perp.actor else _template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = perp
        # a crowd a strike or blast hits ("an air strike on a crowd") is civilians:
        # rioters are rioters only in their own riot
        if target is not None and target.actor is not None \
                and target.actor.inter not in (5, 7):
            pick.a2, pick.c2 = _with_span(target.actor, target), target
        else:
            # a blast whose target the text does not name as armed hit civilians
            # ("a grenade attack wounded four at a market")
            pick.a2, pick.c2 = _civilians(dictionary, country, target), target
        return pick

    # Strategic developments
    if sub == "Disrupted weapons use":
        # the weapon's owner is actor1, the forces that seized or defused it actor2,
        # unless those forces are the doer of the disrupting act (below)
        owner = next((c for c in cands if _is_armed(c.actor) and not _is_state(c.actor)), None)
        pick.a1 = _with_span(owner.actor, owner) if owner and owner.actor else _template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = owner
        state = next((c for c in [*cands, *later] if _is_state(c.actor)), None)
        if a1c is not None and a1c is state and a1c.via == "" and state.actor is not None:
            # "a police bomb squad defused a device", "soldiers seized a cache": forces
            # that are the subject of the disrupting act are actor1 (ACLED names the
            # disrupting side first), the weapon's owner, known or not, actor2. A
            # weapon told as the subject ("a bomb was found by police") keeps its
            # owner first.
            pick.a2, pick.c2 = pick.a1, pick.c1
            pick.a1, pick.c1 = _with_span(state.actor, state), state
            return pick
        if state is not None and state.actor is not None:
            pick.a2, pick.c2 = _with_span(state.actor, state), state
        return pick
    if sub == "Arrests":
        agent = a1c if a1c is not None and _is_state(a1c.actor) else next(
            (c for c in cands if _is_state(c.actor)), None)
        pick.a1 = _with_span(agent.actor, agent) if agent and agent.actor else \
            dictionary.role_actor("police", country, day)
        pick.c1 = agent
        arrested = a2c if a2c is not None and a2c is not agent else None
        if arrested is not None and arrested.actor is not None and arrested.actor.inter != 7 \
                and arrested.kind in ("named", "unknown", "community"):
            pick.a2, pick.c2 = _with_span(arrested.actor, arrested), arrested
        else:
            pick.a2, pick.c2 = _civilians(dictionary, country, arrested), arrested
        return pick
    first = a1c or _nearest(cands, trig, before=True, armed=True) or _first(cands, armed=True)
    if first is not None and first.actor is not None:
        pick.a1, pick.c1 = _with_span(first.actor, first), first
    elif sub == "Looting/property destruction":
        # someone burned or looted: an unnamed doer is an unidentified armed group
        pick.a1 = _template(dictionary, "Unidentified Armed Group ({country})", country)
    if a2c is not None and a2c is not first and a2c.actor is not None:
        pick.a2, pick.c2 = _with_span(a2c.actor, a2c), a2c
    return pick


def assign_actors(mention: EventMention, doc: Doc, article: Article) -> None:
    """Set actor1, actor2 and associated actors of ``mention`` (see module docstring)."""
    dictionary = _dictionary()
    # The event's country is where it happened: its place's. Without a place, the country
    # the story is about beats a guess the places stage made from a demonym, which is
    # often the attacker's ("Russian warplanes struck ...": the victims are Syrians).
    if mention.place is not None and mention.place.country:
        country: str | None = mention.place.country
        configured = default_country()
        if configured and country != configured and not _names_a_country(doc, dictionary):
            # a national feed: a place whose country the text never names (no country
            # or demonym anywhere) is far likelier a local place than a namesake abroad
            country = configured
    else:
        country = document_country(doc, dictionary) or mention.country
    day = mention.event_date or article.published or _era_day(doc, article.text, dictionary,
                                                              country)
    sent = doc.char_span(mention.sent_start, mention.sent_end, alignment_mode="expand")
    if sent is None or len(sent) == 0:
        return
    trigger, chain = _trigger_tokens(doc, mention)
    cands = _candidates(doc, sent, dictionary, country, day)
    _assign_roles(cands, trigger, chain)
    if mention.sub_event_type not in _OWN_STRIKE_TYPES:
        for cand in cands:
            if cand.role == "a1" and _tells_the_event(cand, trigger):
                # "the army's spokesman confirmed the raid": the teller is no side (but
                # "the army confirmed the air strike": a force tells of its own strike)
                cand.role, cand.actor = None, None
    # earlier sentences, for "they" / "the group"
    later: list[_Candidate] = []
    if sent.end < len(doc):
        end = sent.end
        for _ in range(_FOLLOWING_SENTENCES):
            if end >= len(doc):
                break
            end = sentence_tokens(doc, end)[1]
        later = _candidates(doc, doc[sent.end:end], dictionary, country, day)
    history: list[_Candidate] = []
    earlier: list[_Candidate] = []
    refers = any(c.kind in ("pronoun", "generic") for c in cands)
    # a crowd event whose intervening forces are not named in or after its sentence
    # may name them before it
    unopposed = mention.event_type in ("Protests", "Riots") \
        and mention.sub_event_type != "Peaceful protest" \
        and not any(_is_state(c.actor) for c in (*cands, *later))
    if refers or unopposed:
        # the last few sentences are enough to find what "they" refers to
        first = sent.start
        for _ in range(_HISTORY_SENTENCES):
            if first == 0:
                break
            first = sentence_tokens(doc, first - 1)[0]
        if first < sent.start:
            earlier = _candidates(doc, doc[first:sent.start], dictionary, country, day)
        if refers:
            history = [*earlier,
                       *(c for c in cands if c.span.start_char < mention.trigger_start)]
            _resolve_references(cands, history)
    sent_text = span_text(sent)
    pick = _pick(mention, cands, later, sent_text, dictionary, country, day, earlier, trigger)
    _apply_attribution(pick, [*history, *cands, *later], dictionary)
    if mention.event_type == "Battles":
        _named_by_their_fallen(pick, cands)
    if mention.event_type == "Battles" and _second_side_untold(pick):
        if not earlier and sent.start > 0:
            first = sentence_tokens(doc, sent.start - 1)[0]
            earlier = _candidates(doc, doc[first:sent.start], dictionary, country, day)
        _side_told_apart(pick, earlier, later)
    if mention.sub_event_type == _OVERTAKEN and _second_side_untold(pick):
        _loser_holding_out(pick, later)
    _apply_context(pick, _context_text(sent), dictionary, country)
    if _untold_side(pick) and mention.event_type in ("Battles", "Violence against civilians"):
        if not earlier and sent.start > 0:
            earlier = _earlier_candidates(doc, sent, dictionary, country, day)
        feud = _feuding_communities([*earlier, *cands, *later])
        if feud is not None:
            _sides_of_a_feud(pick, feud, mention.event_type, dictionary, country)
    if mention.sub_event_type in _OWN_STRIKE_TYPES:
        _claimant_strikes(pick, cands, dictionary, country)
    if mention.sub_event_type == _AIR_STRIKE and pick.c1 is None and pick.a1 is not None \
            and pick.a1.name.startswith("Unidentified Armed Group"):
        pick.a1 = _own_air_force(doc, dictionary, country, day) or pick.a1
    _distinct_sides(pick, mention.event_type, dictionary, country)
    if mention.event_type not in ("Protests", "Riots"):
        # a pronoun that refers to no named actor ("they stormed the camp" with no
        # group named before) is still the words behind the unnamed side
        _ground_by_parse(pick, trigger, chain, {i for c in cands if c.actor is not None
                                                for i in range(c.span.start, c.span.end)})
    if mention.sub_event_type == _PROPERTY and (pick.a2 is None or _names_owners(pick.c2)):
        owners = _property_owners(trigger, chain, dictionary, country)
        if owners is not None:
            pick.a2, pick.c2 = owners, None
    if mention.sub_event_type == "Agreement":
        _head_of_state_signs(pick, sent, dictionary, country, day)
    _victims_nationality(pick, doc, dictionary, country)
    if mention.event_type in ("Battles", "Explosions/Remote violence"):
        _army_against_rebels(pick, [*cands, *later], dictionary, country, day)
    if mention.sub_event_type == "Armed clash":
        # (a capture names who took the place first: ACLED's territory sub-types)
        _state_forces_first(pick)
    mention.actor1, mention.actor2 = pick.a1, pick.a2
    mains = [a for a in (pick.a1, pick.a2) if a is not None]
    mention.assoc_actor_1 = _assoc_without(pick.assoc1, mains) if pick.assoc1 is not None else \
        _assoc_without(_coordinated(cands, pick.c1, pick.a1), mains)
    mention.assoc_actor_2 = _assoc_without(pick.assoc2, mains) if pick.assoc2 is not None else \
        _assoc_without(_coordinated(cands, pick.c2, pick.a2), mains)
    if mention.sub_event_type == "Agreement" and mention.actor2 is None \
            and mention.assoc_actor_1:
        # ("the government and the TPLF agreed to a ceasefire"): the parties to an
        # agreement are its two sides, not allies on one
        mention.actor2 = mention.assoc_actor_1[0]
        mention.assoc_actor_1 = mention.assoc_actor_1[1:]
    for field_name, actor in (("actor1", mention.actor1), ("actor2", mention.actor2)):
        if actor is not None and actor.start is not None and actor.end is not None:
            mention.evidence.append(Evidence(doc_id=article.doc_id, start=actor.start,
                                             end=actor.end,
                                             text=article.text[actor.start:actor.end],
                                             field=field_name))


def _community_fighters(cands: list[_Candidate], dictionary: ActorDictionary,
                        country: str | None) -> None:
    """A community's people who are a side of a battle ("Turkana villagers clashed with
    Karamojong raiders") are that community's militia, as ACLED names them; told as
    victims elsewhere they stay civilians."""
    for cand in cands:
        if cand.kind != "community" or cand.role is None or cand.actor is None \
                or cand.actor.inter != 7 or len(cand.span) < 2:
            continue
        militia = dictionary.resolve_community(cand.span[:-1].text, country, armed=True,
                                               text=cand.span.text)
        if militia is not None:
            cand.actor = militia


def _head_of_state_signs(pick: _Pick, sent: Span, dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> None:
    """A head of state or government who makes an agreement ("Syria's interim President
    Ahmed al-Sharaa and Mazloum Abdi, commander of the SDF, signed an agreement") makes
    it for the government of the country the title names (else the event's country):
    that government is a party, in the order the sentence names them."""
    if pick.a1 is not None and pick.a2 is not None:
        return
    doc = sent.doc
    for token in sent:
        before = doc[token.i - 1].lower_ if token.i > sent.start else ""
        if token.lower_ not in _WORDS.head_of_state_titles \
                and f"{before} {token.lower_}" not in _WORDS.head_of_state_titles:
            continue
        # the person: the title itself, or the name it stands before ("President X")
        person = token
        if token.dep_ == "poss":
            continue  # "the president's office": not the person
        if token.dep_ in ("amod", "compound") and token.head.i > token.i:
            if token.head.pos_ != "PROPN":
                continue  # "the president palace": not the person
            person = token.head
        named = [dictionary.country_of_word(t.text) for t in person.subtree
                 if t.i < token.i and t.pos_ in ("PROPN", "ADJ")]
        home = next((c for c in named if c), None) or country
        government = dictionary.role_actor("government", home, day, token.text) \
            if home else None
        if government is None or any(a is not None and a.name == government.name
                                     for a in (pick.a1, pick.a2)):
            return
        government.start, government.end = token.idx, token.idx + len(token.text)
        if pick.a1 is None:
            pick.a1 = government
        elif pick.c1 is not None and token.i < pick.c1.span.start:
            pick.a1, pick.a2, pick.c1, pick.c2 = government, pick.a1, None, pick.c1
        else:
            pick.a2, pick.c2 = government, None
        return


def _named_by_their_fallen(pick: _Pick, cands: list[_Candidate]) -> None:
    """Unnamed fighters of a battle whose fallen member the sentence names as one of a
    group ("fought militants ..., killing X, a commander of the Lashkar-e-Taiba group";
    "... killed a commander of the X") are that group, when it is no side already."""
    for side, cand_side in (("a1", "c1"), ("a2", "c2")):
        actor: Actor | None = getattr(pick, side)
        own: _Candidate | None = getattr(pick, cand_side)
        if actor is None or own is None or own.kind != "generic" \
                or not actor.name.startswith("Unidentified Armed Group"):
            continue
        for cand in cands:
            if cand.kind != "named" or cand.actor is None or cand.actor.inter not in (2, 3) \
                    or any(a is not None and a.name == cand.actor.name
                           for a in (pick.a1, pick.a2)):
                continue
            node = cand.span.root
            if node.dep_ in ("nmod", "compound") and node.head.lower_ in _WORDS.group_heads:
                node = node.head  # "the Lashkar-e-Taiba group"
            if node.dep_ == "pobj" and _members_of(node) \
                    and (node.head.head.dep_ == "appos" or _is_patient(node.head.head)):
                setattr(pick, side, _with_span(_copy_actor(cand.actor), own))
                return


def _earlier_candidates(doc: Doc, sent: Span, dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> list[_Candidate]:
    """The actor words of the few sentences before ``sent``."""
    first = sent.start
    for _ in range(_HISTORY_SENTENCES):
        if first == 0:
            break
        first = sentence_tokens(doc, first - 1)[0]
    return _candidates(doc, doc[first:sent.start], dictionary, country, day)


def _unnamed_side(actor: Actor | None, cand: _Candidate | None) -> bool:
    """A side that is an unidentified armed category no name stands behind."""
    return actor is not None and actor.name.startswith(_UNNAMED_ARMED) \
        and (cand is None or cand.kind == "generic")


def _untold_side(pick: _Pick) -> bool:
    return _unnamed_side(pick.a1, pick.c1) or _unnamed_side(pick.a2, pick.c2)


def _feuding_communities(window: list[_Candidate]) -> tuple[_Candidate, _Candidate] | None:
    """Two communities the text sets against each other ("after renewed violence
    between Kalenjins and Maasais", "tensions between the Pokot and Turkana groups"):
    the two peoples of a feud, whose men are its armed sides."""
    for i, cand in enumerate(window):
        if cand.kind != "community" or not _is_armed(cand.actor) \
                or _a_place_of(cand.span.root):
            continue  # ("the border between West Pokot and Turkana": places)
        for other in window[i + 1:]:
            if other.kind == "community" and _is_armed(other.actor) \
                    and 0 <= other.span.start - cand.span.end <= _PAIR_GAP \
                    and other.actor is not None and cand.actor is not None \
                    and other.actor.name != cand.actor.name \
                    and not _a_place_of(other.span.root) and _set_against(cand, other):
                return cand, other
    return None


def _set_against(first: _Candidate, second: _Candidate) -> bool:
    """Are two community names one pair after "between" ("between the Pokot and Turkana
    communities", "between Borana and Somali herders (Auliyan)")? Read from the words
    ("between [the] X and Y") or, where the parse joins more words, from it."""
    doc = first.span.doc
    before = first.span.start - 1
    while before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before >= 0 and doc[before].lower_ in _WORDS.pairing_preps \
            and [t.lower_ for t in doc[first.span.end:second.span.start]] in (["and"],
                                                                             ["and", "the"]):
        return True
    return _paired_community(first.span.root) \
        and second.span.root in _pairing_phrase(first.span.root).subtree


def _a_place_of(token: Token) -> bool:
    """A community name that is a place's here ("West Pokot", "Pokot county"): the
    pairing word "between" alone does not tell people from places (nor does the
    tagger, which often takes a people's name for a place's)."""
    if token.i > 0 and token.doc[token.i - 1].lower_ in _WORDS.compass_words:
        return True
    return token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in _WORDS.place_nouns


def _pairing_phrase(token: Token) -> Token:
    """The head of the phrase a community name pairs in: the name itself ("between
    Kalenjins and Maasais"), or the group noun it qualifies ("between Borana and Somali
    herders")."""
    while token.dep_ in ("compound", "nmod", "amod") and token.head is not token \
            and token.head.lower_ in _WORDS.community_heads:
        token = token.head
    return token


def _sides_of_a_feud(pick: _Pick, feud: tuple[_Candidate, _Candidate], event_type: str,
                     dictionary: ActorDictionary, country: str | None) -> None:
    """Unnamed sides of violence told within a feud between two communities: a battle
    no sides are named for is fought by the two communities' militias (in the order
    the text names them; one side named, the other community is its enemy); unnamed
    attackers of civilians are an ethnic militia (which of the two is not told)."""
    first, second = feud
    if event_type == "Violence against civilians":
        # (attackers the text calls unidentified, "unknown gunmen", stay so; and a
        # reading of the event's own words, "cattle rustling", comes first)
        if pick.c1 is None and pick.a1 is not None \
                and pick.a1.name.startswith("Unidentified Armed Group"):
            pick.a1 = dictionary.template_actor("Unidentified Ethnic Militia ({country})",
                                                country)
        return
    names = {c.actor.name: c for c in feud if c.actor is not None}
    one, two = _unnamed_side(pick.a1, pick.c1), _unnamed_side(pick.a2, pick.c2)
    if one and two:
        sides = (first, second)
    elif two and pick.a1 is not None and pick.a1.name in names:
        sides = (names[pick.a1.name], second if names[pick.a1.name] is first else first)
    else:
        return
    for side, cand in zip(("a1", "a2"), sides, strict=True):
        if cand.actor is not None and _unnamed_side(getattr(pick, side),
                                                    getattr(pick, "c" + side[1])):
            setattr(pick, side, _with_span(_copy_actor(cand.actor), cand))
            setattr(pick, "c" + side[1], cand)


_UNNAMED_ARMED = ("Unidentified Armed Group", "Unidentified Ethnic Militia",
                  "Unidentified Communal Militia")
_PAIR_GAP = 4  # words between two community names of one pair at most


def _second_side_untold(pick: _Pick) -> bool:
    """A battle whose second side is an unidentified armed group no words stand for."""
    return pick.a2 is not None and pick.c2 is None and pick.a2.start is None \
        and pick.a2.name.startswith("Unidentified Armed Group")


def _side_told_apart(pick: _Pick, earlier: list[_Candidate], later: list[_Candidate]
                     ) -> None:
    """The other side of a battle told in the sentences around it: a side that answers
    the attack in the next sentence ("Pokot raiders attacked a village. Marakwet herders
    fought back"); for a side that answers, the last armed side of the sentence before
    ("Pokot raiders attacked a village. The herders fought back": the raiders)."""
    own = pick.a1.name if pick.a1 is not None else None
    answering = next((c for c in later[:_SIDE_WINDOW] if _is_armed(c.actor)
                      and c.actor is not None and c.actor.name != own
                      and _answers(c.span.root)), None)
    answers = pick.c1 is not None and _answers(pick.c1.span.root)
    before = next((c for c in reversed(earlier) if _is_armed(c.actor) and c.kind != "holder"
                   and c.actor is not None and c.actor.name != own), None) if answers else None
    side = answering or before
    if side is not None and side.actor is not None:
        pick.a2, pick.c2 = _with_span(side.actor, side), side


_SIDE_WINDOW = 6  # actor words of the next sentences looked at for the answering side
_OVERTAKEN = "Non-state actor overtakes territory"


def _loser_holding_out(pick: _Pick, later: list[_Candidate]) -> None:
    """A place a group took from no side the sentence names was the state's: its forces
    told in the next sentences ("M23 rebels took control of Goma. ... some Congolese
    soldiers were still holding out") are who lost it."""
    if _is_state(pick.a1):
        return
    state = next((c for c in later[:_SIDE_WINDOW] if _is_state(c.actor)
                  and c.actor is not None and c.actor.inter == 1), None)
    if state is not None and state.actor is not None:
        pick.a2, pick.c2 = _with_span(state.actor, state), state


def _answers(token: Token) -> bool:
    """Is the token the subject of a verb that answers an attack ("fought back",
    "retaliated", "returned fire")?"""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    return verb.lower_ in _WORDS.response_phrases \
        or f"{verb.lower_} {following}" in _WORDS.response_phrases


def _claimant_strikes(pick: _Pick, cands: list[_Candidate], dictionary: ActorDictionary,
                      country: str | None) -> None:
    """A state force that tells of a strike its own country's weapons flew ("Ukrainian
    drones struck two air bases ..., Ukraine's SBU security service said") claims it:
    it is the striker, never the target."""
    striker = pick.a1
    if striker is None or not _is_state(striker):
        return
    teller = next((c for c in cands if c.actor is not None and _is_state(c.actor)
                   and c.actor.country == striker.country and c.actor.name != striker.name
                   and _reports(c.span)), None)
    if teller is None or teller.actor is None:
        return
    if pick.a2 is not None and pick.a2.name == teller.actor.name:
        pick.a2, pick.c2 = _civilians(dictionary, country, None), None
    pick.a1, pick.c1 = _with_span(teller.actor, teller), teller


def _own_air_force(doc: Doc, dictionary: ActorDictionary, country: str | None,
                   day: dt.date | None) -> Actor | None:
    """Who flew an air or drone strike whose author the text does not name: the
    country's own military, when the story tells of that military and of no other
    state's forces ("A drone strike killed 26 ... only the military flies armed drones
    in the region"). Aircraft are a state's arm; a story that also names a foreign
    state's forces ("after a Russian missile strike, a drone struck ...") leaves the
    strike unattributed, since the foreign side may have flown it."""
    military = dictionary.role_actor("military", country, day) if country else None
    if military is None:
        return None
    own = False
    foreign: dict[str, Actor] = {}  # another state's forces named: country -> its military
    for span in _actor_spans(doc):
        if span.label_ not in ("role", "named") \
                or span.label_ == "role" and _body_of_another(span):
            continue  # (no force: "the military wing of Hamas")
        actor = dictionary.resolve(span.text, country, day)
        if actor is None or actor.inter not in (1, 8):
            continue
        if actor.country is not None and actor.country != country:
            if not actor.name.startswith("Military Forces"):
                return None  # another state's police or agency: it may have flown it
            foreign[actor.country] = actor
            continue
        own = own or actor.name == military.name
    if own:
        return None if foreign else military
    # a story that names one state's military only, a foreign one, and no force of the
    # country ("Israeli warplanes struck homes across the Gaza Strip ... In Gaza City, jets
    # hit two buildings"): its aircraft flew the strikes it leaves unattributed
    if len(foreign) != 1:
        return None
    flier = next(iter(foreign.values()))
    return Actor(name=flier.name, inter=flier.inter, country=flier.country,
                 normalised=flier.normalised)


def _names_owners(cand: _Candidate | None) -> bool:
    """A community's name that only qualifies the property hit ("burned Pokot huts"):
    the owners, who are civilians, not the community's militia."""
    return cand is not None and cand.kind == "community" \
        and cand.span.root.dep_ in ("amod", "compound") \
        and cand.span.root.head.lower_ in _WORDS.property_nouns


def _property_owners(trigger: Token, chain: set[int], dictionary: ActorDictionary,
                     country: str | None) -> Actor | None:
    """Whose property a looting or an arson hit, when the text names them by their
    people: a people's word on the property ("torched Rohingya homes") or on the place
    it stands in ("set fire to houses and cars in the Palestinian town of Huwara").
    ACLED codes them as the civilians of that country; property with no owner told
    ("burned down homes in the village") leaves actor2 empty, as the Kenyan coders do."""
    doc = trigger.doc
    peoples = {i: span for span in _actor_spans(doc) if span.label_ in _MODIFIER_KINDS
               for i in range(span.start, span.end)}
    if not peoples:
        return None
    objects: list[Token] = []
    for i in sorted(chain):
        for child in doc[i].children:
            if child.dep_ == "dobj":
                objects.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("to", "on"):
                objects += [t for t in child.children if t.dep_ == "pobj"]
    for obj in objects:
        for token in obj.subtree:
            if token.lower_ not in _WORDS.property_nouns:
                continue
            holders = [token, *(t for t in token.subtree if t.dep_ == "pobj"
                                and t.lower_ in _WORDS.place_nouns)]
            for holder in holders:
                for word in holder.children:
                    people = peoples.get(word.i) if word.dep_ in ("amod", "compound") else None
                    if people is None:
                        continue
                    owner = _civilians(dictionary, country, None)
                    # the property's phrase, with the people's word (evidence)
                    span = doc[min(token.left_edge.i, people.start):
                               max(token.right_edge.i + 1, people.end)]
                    owner.start, owner.end, owner.text = span.start_char, span.end_char, span.text
                    return owner
    return None


def _victims_nationality(pick: _Pick, doc: Doc, dictionary: ActorDictionary,
                         country: str | None) -> None:
    """Civilians whose words name another nation ("attacked Somali MPs", "kidnapped two
    Chinese engineers", "Ethiopians were killed") are that nation's civilians: ACLED
    names civilians by their nationality, not by where they were hit."""
    actor = pick.a2
    if actor is None or actor.start is None or actor.end is None or actor.inter != 7 \
            or not actor.name.startswith("Civilians ("):
        return
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return
    nations = {dictionary.country_of_word(t.text) for t in span
               if t.pos_ in ("ADJ", "PROPN", "NOUN")} - {None}
    if len(nations) != 1 or country in nations:
        return  # none, or mixed ("Kenyan and Somali traders"): the event's country
    nation = nations.pop()
    if nation is None or nation not in dictionary.countries:
        return
    pick.a2 = _with_span(Actor(name=f"Civilians ({nation})", inter=7, country=nation),
                         pick.c2)
    if pick.c2 is None:
        pick.a2.start, pick.a2.end, pick.a2.text = span.start_char, span.end_char, span.text


def _ground_by_parse(pick: _Pick, trigger: Token, chain: set[int], taken: set[int]) -> None:
    """A side named by a category with no words behind it ("Unidentified Armed Group",
    "Civilians") is tied to the words the parse gives that slot, when no dictionary
    actor holds it: the doer ("he opened fire", "killed by a man") and the one hit
    ("shot the senator"). The name stays the category; the span becomes evidence."""
    doer: Token | None = None
    patient: Token | None = None
    doc = trigger.doc
    # the trigger's own words first ("they stormed the camp and killed two guards": the
    # guards), then the rest of its chain
    for i in sorted(chain, key=lambda i: (i != trigger.i, i)):
        node = doc[i]
        for child in node.children:
            if child.dep_ == "agent":
                child = next((t for t in child.children if t.dep_ == "pobj"), child)
                doer = doer or (child if child.dep_ == "pobj" else None)
            elif child.dep_ == "nsubj" and node.pos_ in ("VERB", "AUX"):
                if node.lower_ in _WORDS.victim_subject_verbs:
                    patient = patient or child
                else:
                    doer = doer or child
            elif child.dep_ in ("dobj", "nsubjpass") and node.pos_ in ("VERB", "AUX"):
                patient = patient or child
            elif child.dep_ == "prep" and child.lower_ in _AIMED_PREPS:
                # "airstrikes on two hospitals", "an attack against the convoy"
                patient = patient or next((t for t in child.children if t.dep_ == "pobj"), None)
    for side, token in (("a1", doer), ("a2", patient)):
        actor: Actor | None = getattr(pick, side)
        if actor is None or actor.start is not None or token is None or token.i in taken:
            continue
        if any(t.i in taken for t in token.subtree):
            continue  # "a group of fishermen": the phrase names an actor of its own
        if token.i in chain or _names_an_event(token) or token.lower_ in _WORDS.media_words:
            continue  # "small skirmishes can trigger big wars": events, not their sides;
            # "the Lakeside Times published ...": an outlet reports
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.lower_ in _WORDS.not_arguments \
                or token.ent_type_ in _TIME_ENTITIES:
            continue  # "clashed on Saturday": when, not whom
        first = min((t.i for t in token.lefts
                     if t.dep_ in ("compound", "amod", "nummod", "poss", "det")), default=token.i)
        span = doc[first:token.i + 1]
        actor.start, actor.end, actor.text = span.start_char, span.end_char, span.text


_TIME_ENTITIES = frozenset({"DATE", "TIME"})

# The target prepositions that aim an act at what follows them ("with" and "at" also
# say whom one fought beside or where it happened).
_AIMED_PREPS = _WORDS.target_preps - {"with", "at"}


def _names_an_event(token: Token) -> bool:
    """Whether the token is an event word the trigger matcher marked ("war", "raid")."""
    doc = token.doc
    cache = _doc_cache(doc)
    if _EVENT_TOKENS_KEY not in cache:
        spans = doc.spans[TRIGGER_GROUP] if TRIGGER_GROUP in doc.spans else ()
        cache[_EVENT_TOKENS_KEY] = {i for span in spans for i in range(span.start, span.end)}
    return token.i in cache[_EVENT_TOKENS_KEY]


def _is_patient(token: Token) -> bool:
    """The one a verb acts on: its object, the subject of its passive, or the subject
    of a verb of dying or suffering ("three soldiers died")."""
    if token.head.pos_ not in ("VERB", "AUX"):
        return False
    return token.dep_ in ("dobj", "nsubjpass") or (
        token.dep_ == "nsubj" and token.head.lower_ in _WORDS.victim_subject_verbs)


def _of_the_hit(token: Token) -> bool:
    """Is the name the one hit, or a part of its words: the force the victims belong to
    ("soldiers from the Kenya Defence Forces were killed"), the owner of what was hit
    ("a KDF convoy was targeted")?"""
    node = token
    for _ in range(_OWNER_STEPS):
        if _is_patient(node):
            return True
        if node.dep_ in ("compound", "poss", "nmod", "amod"):
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in _WORDS.member_preps \
                and node.head.dep_ == "prep":
            node = node.head.head
        else:
            return False
    return _is_patient(node)


_OWNER_STEPS = 3  # words between a victim's force or owner and the victim's word at most


def _named_as_grievance(token: Token) -> bool:
    """State forces named only as what a crowd protests about, not as a side of its
    protest: "police harassment", "killed by police two weeks before" (a clause that
    describes someone), "disappointment with the police", "demanded that police
    release ...". Confrontation nouns ("clashes with police") and a clause of its own
    joined to the crowd's ("... and police fired teargas") keep them a side."""
    if token.dep_ in ("compound", "amod", "nmod", "poss") \
            and token.head.lower_ in _WORDS.grievance_nouns:
        return True
    prep = token.head
    if token.dep_ == "pobj" and prep.pos_ == "ADP":
        if prep.lower_ in _WORDS.pairing_preps:
            return False  # "violence between police and rioters": a side
        governor = prep.head
        if governor.pos_ in ("NOUN", "PROPN") and governor.lower_ not in _WORDS.confrontation_nouns:
            return True  # "the killing of a student by police"
        if prep.dep_ == "agent" and governor.dep_ == "acl":
            return True  # "a man beaten to death by police"
    child, node = token, token.head
    for _ in range(8):
        if node is child:
            return False
        if child.dep_ in ("conj", "advcl", "parataxis") and child.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own
        if node.lower_ in _WORDS.confrontation_nouns:
            return False  # "protesting ... engage in running battles with police"
        if node.lower_ in _WORDS.grievance_verbs:
            return True
        child, node = node, node.head
    return False


def _army_against_rebels(pick: _Pick, near: list[_Candidate], dictionary: ActorDictionary,
                         country: str | None, day: dt.date | None) -> None:
    """"Security forces" that fight a rebel group are the army: the words name the
    military in general English (generic.yaml) and a country file may read them as its
    police (Kenya's news calls police units so), but a counter-insurgency is the
    army's ("a gunbattle between security forces and Al Shabaab"), unless the text
    around says police ("... security forces; two police officers died")."""
    if any(c.actor is not None and c.actor.name.startswith("Police")
           and _role_words(c, dictionary) != "military" for c in near):
        return  # police named as such
    for side, cand, other in (("a1", pick.c1, pick.a2), ("a2", pick.c2, pick.a1)):
        actor: Actor | None = getattr(pick, side)
        if cand is None or actor is None or cand.kind != "role" or other is None \
                or other.inter != 2 or not actor.name.startswith("Police") \
                or _role_words(cand, dictionary) != "military":
            continue
        army = dictionary.role_actor("military", actor.country or country, day, cand.span.text)
        if army is not None:
            army.inter = actor.inter  # external forces stay external
            setattr(pick, side, _with_span(army, cand))


def _role_words(cand: _Candidate, dictionary: ActorDictionary) -> str | None:
    """The general role of a role word ("military" for "security forces"), also after
    a demonym ("Kenyan security forces")."""
    role = dictionary.role_of(cand.span.text)
    if role is None and len(cand.span) > 1:
        role = dictionary.role_of(cand.span[1:].text)
    return role


def _state_forces_first(pick: _Pick) -> None:
    """In a battle between the country's own state forces and anyone else, the state
    forces are actor1. ACLED gives the order of a battle's sides no meaning (only
    violence against civilians fixes it: the victims are actor2), and its coders list
    the state side first; who opened fire stays in the notes and evidence."""
    if pick.a2 is None or pick.a2.inter != 1 or (pick.a1 is not None and pick.a1.inter == 1):
        return
    if pick.c2 is None and pick.a2.start is None:
        return  # forces the text implies, not names ("Mungiki members killed in a raid")
    pick.a1, pick.a2 = pick.a2, pick.a1
    pick.c1, pick.c2 = pick.c2, pick.c1
    pick.assoc1, pick.assoc2 = pick.assoc2, pick.assoc1


def _distinct_sides(pick: _Pick, event_type: str, dictionary: ActorDictionary,
                    country: str | None) -> None:
    """An actor is never on both sides of its own event. When the parse gave one
    actor both roles, the side the parse put it in keeps it (the object: it was hit;
    otherwise the doer); the other side falls back to what the event type implies."""
    if pick.a1 is None or pick.a2 is None or pick.a1.name != pick.a2.name:
        return
    if event_type in ("Battles", "Riots") and dictionary.is_template_name(pick.a1.name):
        # two unnamed sides of one kind ("two groups of gunmen clashed", rival crowds
        # that fought each other): ACLED names both sides the same
        return
    object_role = pick.c2 is not None and pick.c2.role == "a2" and not (
        pick.c1 is not None and pick.c1.role == "a1")
    if object_role and event_type in ("Battles", "Explosions/Remote violence"):
        pick.a1 = _template(dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = None
        return
    pick.c2 = None
    fallback: Actor | None = None
    if event_type == "Battles":
        fallback = _template(dictionary, "Unidentified Armed Group ({country})", country)
    elif event_type == "Violence against civilians":
        fallback = _civilians(dictionary, country, None)
    pick.a2 = fallback


def _apply_attribution(pick: _Pick, window: list[_Candidate], dictionary: ActorDictionary
                       ) -> None:
    """An unnamed perpetrator ("gunmen", or none at all) becomes the named armed group
    the text blames nearby ("... Al Shabaab was suspected"), or the community's
    militia it blames ("officials blamed armed Pokot herders")."""
    side = "a1"
    if pick.a1 is not None and pick.a1.inter == 1 and pick.a2 is not None \
            and pick.a2.name.startswith("Unidentified Armed Group"):
        # state forces against unnamed attackers that a group claims or is blamed for
        # ("soldiers pushed them back ... JNIM claimed the assault"): the attackers
        side = "a2"
    actor: Actor | None = getattr(pick, side)
    own: _Candidate | None = pick.c1 if side == "a1" else pick.c2
    other: _Candidate | None = pick.c2 if side == "a1" else pick.c1
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return
    if own is not None and own.kind != "generic":
        return
    for cand in window:
        if cand.actor is None or not _blamable(cand) or cand.kind == "community" and any(
                c is not cand and c.kind == "community" and c.span.sent == cand.span.sent
                for c in window):
            # (two communities in one sentence are the sides of a feud, not the one
            # blamed: "thought to stem from a feud between two clans")
            continue
        if other is not None and cand.span.start == other.span.start:
            continue
        cues = dictionary.attribution_cues if cand.kind == "named" \
            else dictionary.community_blame_cues
        if dictionary.has_cue(span_text(cand.span.sent), cues):
            setattr(pick, side, _with_span(_copy_actor(cand.actor), cand))
            if side == "a1":
                pick.c1 = cand
            else:
                pick.c2 = cand
            return


def _blamable(cand: _Candidate) -> bool:
    """Can a text blame an attack on this candidate: a named rebel group or political
    militia, or a community's armed men ("armed Fulani herders", "Turkana raiders")?"""
    if cand.actor is None:
        return False
    if cand.kind == "named":
        return cand.actor.inter in (2, 3)
    return cand.kind == "community" and cand.actor.inter == 4


def _context_text(sent: Span) -> str:
    """The sentence's words outside the names of forces and groups: a cue word in a
    name ("Anti-Stock Theft Unit") tells nothing about the violence."""
    names = [s for s in sent.doc.spans.get(SPAN_KEY, ())
             if s.label_ in ("named", "role") and sent.start <= s.start and s.end <= sent.end]
    if not names:
        return span_text(sent)
    text, at = doc_text(sent.doc), sent.start_char
    parts = []
    for name in names:
        parts.append(text[at:name.start_char])
        at = name.end_char
    parts.append(text[at:sent.end_char])
    return " , ".join(parts)


def _apply_context(pick: _Pick, sent_text: str, dictionary: ActorDictionary,
                   country: str | None) -> None:
    """An unidentified armed side in an event told as "tribal" or "communal" violence
    (or as a raid on livestock) is an unidentified ethnic or communal militia."""
    if not any(actor is not None and actor.name.startswith("Unidentified Armed Group")
               for actor in (pick.a1, pick.a2)):
        return  # no side to change: skip reading the sentence's words
    template = dictionary.context_template(sent_text)
    if template is None:
        return
    for side in ("a1", "a2"):
        actor: Actor | None = getattr(pick, side)
        cand: _Candidate | None = getattr(pick, "c1" if side == "a1" else "c2")
        if actor is None or not actor.name.startswith("Unidentified Armed Group"):
            continue
        if cand is not None and cand.kind not in ("generic",):
            continue
        setattr(pick, side, _with_span(dictionary.template_actor(template, country), cand))


def _assoc_without(actors: list[Actor], mains: list[Actor]) -> list[Actor]:
    names = {a.name for a in mains}
    return [a for a in actors if a.name not in names]


def _coordinated(cands: list[_Candidate], main: _Candidate | None, actor: Actor | None
                 ) -> list[Actor]:
    """Actors coordinated with the main one ("rebels and Kurdish fighters")."""
    if main is None or actor is None:
        return []
    out: list[Actor] = []
    for cand in cands:
        if cand.coord_of is main and cand.actor is not None and cand.actor.name != actor.name:
            if not any(a.name == cand.actor.name for a in out):
                out.append(_with_span(Actor(name=cand.actor.name, inter=cand.actor.inter,
                                            country=cand.actor.country,
                                            normalised=cand.actor.normalised), cand))
    return out
