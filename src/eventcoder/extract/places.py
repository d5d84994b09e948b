"""Toponym recognition (a spaCy component) and resolution with document context.

``PLACE_MATCHER`` ("eventcoder_places") writes ``doc.spans["ec_places"]``: every
candidate toponym, found two ways:

- gazetteer names: capitalised word sequences of up to ``max_tokens`` tokens
  looked up in the gazetteer index (one batched SQL query per document, so the
  matcher has no build step over the ~600,000 names; see ``resolve.gazetteer``);
- NER GPE/LOC entities (and FAC entities the gazetteer knows).

The small English model often labels Arabic place names PERSON, ORG or NORP,
so gazetteer matches are kept against those labels when the context says
"place" (a preposition such as "in"/"near", "X province", "the village of X")
or the name is a well-known place. Common capitalised words that are also
place names somewhere ("Police", "March", "Mobile") are refused unless the
context is explicit.

Span labels: how the span was found ("gaz", "ner", "gaz+ner"), plus flags
"|dateline" (the reporter's dateline, "BEIRUT (AFP) -") and "|org" (inside an
organisation's name, "Kenya Defence Forces", or an office's territory, "the
governor of Kilifi"): such places are context for the event's place, not
candidates for it. "|inst" marks a town named in a local facility's name
("Malindi prison", "Laurel County High School"): a toponym and a usable place.

``find_place_mentions(doc, article)`` resolves each span to a gazetteer entry
using the document: country focus, admin1 coherence, "X, Y" qualifiers,
administrative cue words, feature type and population.
"""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventcoder.extract.actors import COUNTRY_ENV_VAR
from eventcoder.geo import haversine_km
from eventcoder.resolve.gazetteer import Candidate, get_gazetteer, load_place_data, name_key
from eventcoder.schema import Article, Place, PlaceMention
from eventcoder.text import dateline_end, decode_hashes, doc_text, sentence_tokens, token_texts

__all__ = [
    "PLACE_MATCHER",
    "PlaceMatcher",
    "RegionPrior",
    "ResolvedPlace",
    "SourceRegions",
    "dateline_end",
    "default_country_prior",
    "base_name_key",
    "find_place_mentions",
    "place_flags",
    "resolve_place_spans",
    "source_country_prior",
]

_K = TypeVar("_K")

PLACE_MATCHER = "eventcoder_places"
# How much the rest of the document's places count against a name's own prior
# (population, kind): full agreement with the document's country adds this much.
COUNTRY_WEIGHT = 8.0
ADMIN1_WEIGHT = 6.0
# Added to a town's prior when a first-level unit of the same name contains it.
UNIT_TOWN_BONUS = 1.5
# Below this population, a loosely matched town needs support from the document.
WEAK_MATCH_POPULATION = 5_000
# An alternate-name namesake abroad this close to the dateline's town may still be
# the place the reporter means (Luhansk from Moscow is about 800 km).
DATELINE_NAMESAKE_KM = 1_500.0
# A country focus this small comes only from the stray candidates of ambiguous names
# ("North-West" is also a US "Northwest"), no place of the document; a place named
# once, even beside namesakes, weighs several tenths (LGL's "London District", 0.94).
STRAY_FOCUS = 0.1
# A town this small abroad, supported only by stray readings, is a local place the
# gazetteer lacks rather than that town.
SMALL_TOWN_POPULATION = 20_000
# A small town this close to the middle of the unit the document is about is no
# stray namesake, even across the unit's edge (Gatumba, 12 km from Bujumbura).
NEAR_UNIT_KM = 25.0
SPAN_KEY = "ec_places"
# The label of a street's span: a toponym without coordinates.
STREET_LABEL = "street"
# The label of a water body's span ("the Red Sea"): a toponym without coordinates too.
WATER_LABEL = "water"
_UNPLACED_LABELS = (STREET_LABEL, WATER_LABEL)

_NER_PLACE_LABELS = {"GPE", "LOC"}


@dataclass(frozen=True, slots=True)
class Cues:
    connectors: frozenset[str]
    admin_after: frozenset[str]
    admin1_after: frozenset[str]
    town_before: frozenset[str]
    facility_before: frozenset[str]
    facility_prepositions: frozenset[str]
    town_after: frozenset[str]
    prepositions: frozenset[str]
    near_words: frozenset[str]
    common_words: frozenset[str]
    title_words: frozenset[str]
    institution_words: frozenset[str]
    street_words: frozenset[str]
    numbered_road_words: frozenset[str]
    people_after: frozenset[str]
    speech_verbs: frozenset[str]
    government_verbs: frozenset[str]
    person_titles: frozenset[str]
    route_words: frozenset[str]
    compound_suffixes: frozenset[str]
    home_suffixes: frozenset[str]
    plural_admin: dict[str, str]
    part_of_words: frozenset[str]
    title_companions: frozenset[str]
    dwellers_after: frozenset[str]
    compass_words: frozenset[str]
    unit_parts: frozenset[str]
    feature_before: frozenset[str]
    feature_after: frozenset[str]
    direction_words: frozenset[str]
    destination_sites: frozenset[str]
    care_prepositions: frozenset[str]
    vague_town_after: frozenset[str]
    event_names_after: frozenset[str]
    apposition_place_nouns: frozenset[str]
    water_words: frozenset[str]
    shore_words: frozenset[str]
    post_titles: frozenset[str]
    grievance_preps: frozenset[str]
    protest_words: frozenset[str]
    gathering_site_preps: frozenset[str]
    # sub-event types that happen where the reporter files from (ACLED names, as written)
    dateline_event_types: frozenset[str] = frozenset()
    # a list of towns after these is several places hit, one event each (event types
    # as ACLED names them)
    places_hit_prepositions: frozenset[str] = frozenset()
    places_hit_event_types: frozenset[str] = frozenset()


@cache
def cues() -> Cues:
    data = load_place_data("cues")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return Cues(
        connectors=words("name_connectors"),
        admin_after=words("admin_after"),
        admin1_after=words("admin1_after"),
        town_before=words("town_before"),
        facility_before=words("facility_before"),
        facility_prepositions=words("facility_prepositions"),
        town_after=words("town_after"),
        prepositions=words("place_prepositions"),
        near_words=words("near_words"),
        common_words=words("common_words"),
        title_words=words("title_words"),
        institution_words=words("institution_words"),
        street_words=words("street_words"),
        numbered_road_words=words("numbered_road_words"),
        people_after=words("people_after"),
        speech_verbs=words("speech_verbs"),
        government_verbs=words("government_verbs"),
        person_titles=words("person_titles"),
        route_words=words("route_words"),
        compound_suffixes=words("compound_suffixes"),
        home_suffixes=words("home_suffixes"),
        plural_admin={str(k).lower(): str(v).lower() for k, v in data["plural_admin"].items()},
        part_of_words=words("part_of_words"),
        title_companions=words("title_companions"),
        dwellers_after=words("dwellers_after"),
        compass_words=words("compass_words"),
        unit_parts=words("unit_parts"),
        feature_before=words("feature_before"),
        feature_after=words("feature_after"),
        direction_words=words("direction_words"),
        destination_sites=words("destination_sites"),
        care_prepositions=words("care_prepositions"),
        vague_town_after=words("vague_town_after"),
        apposition_place_nouns=words("apposition_place_nouns"),
        event_names_after=words("event_names_after"),
        water_words=words("water_words"),
        shore_words=words("shore_words"),
        post_titles=words("post_titles"),
        grievance_preps=words("grievance_prepositions"),
        protest_words=words("protest_words"),
        gathering_site_preps=words("gathering_site_prepositions"),
        dateline_event_types=frozenset(str(t) for t in data.get("dateline_event_types") or ()),
        places_hit_prepositions=words("places_hit_prepositions"),
        places_hit_event_types=frozenset(str(t) for t in data["places_hit_event_types"]),
    )


@cache
def _us_abbreviations() -> dict[str, str]:
    """"ill" -> "IL" for AP-style state abbreviations after a town name."""
    data = load_place_data("aliases").get("us_state_abbreviations", {})
    return {name_key(a): code for code, abbrs in data.items() for a in abbrs}


@cache
def _demonyms() -> dict[str, str]:
    """"sudanese" -> "SD": words for a country's people."""
    data = load_place_data("aliases").get("demonyms", {})
    return {name_key(w): cc for cc, words in data.items() for w in words}


# ---------------------------------------------------------------- the component


@Language.factory(PLACE_MATCHER, default_config={"max_tokens": 6, "use_ner": True})
def make_place_matcher(nlp: Language, name: str, max_tokens: int, use_ner: bool
                       ) -> PlaceMatcher:
    return PlaceMatcher(max_tokens=max_tokens, use_ner=use_ner)


class PlaceMatcher:
    """Finds candidate toponyms; see the module docstring."""

    def __init__(self, *, max_tokens: int = 6, use_ner: bool = True) -> None:
        self.max_tokens = max_tokens
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.find_spans(doc)
        return doc

    def find_spans(self, doc: Doc) -> list[Span]:
        c = cues()
        table = _TokenTable.of(doc)
        grams = self._ngrams(table, c)
        # "Oconee counties", "Becker County": units indexed with their unit word.
        unit_keys = self._unit_keys(table, grams, c)
        known = get_gazetteer().lookup(
            [key for _, _, key in grams] + list(unit_keys.values())) if grams else {}
        for (s, e), unit_key in unit_keys.items():
            key = name_key(doc[s:e].text)
            if key not in known and unit_key in known:
                known[key] = known[unit_key]
        hits = _without_leading_preposition(
            [(s, e, key) for s, e, key in grams if key in known], known, table, c)
        demonyms = _demonyms()
        abbreviations = _us_abbreviations()
        extra_spans: list[Span] = []
        for s, e, key in grams:
            if key in demonyms and (e - s == 1 or key.count(" ") == e - s - 1):
                extra_spans.append(Span(doc, s, e, label="demonym"))
            elif e - s == 1 and key in abbreviations and s > 0 and doc[s - 1].text == "," and (
                doc[s].text.endswith(".") or (e < len(doc) and doc[e].text == ".")
            ):
                extra_spans.append(Span(doc, s, e, label="gaz|state_abbr"))
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken = [False] * len(doc)
        ent_of = _entity_index(doc)
        dl_end = dateline_end(doc_text(doc))
        spans: list[Span] = []
        person_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent
                        if len(ent) > 1}
        # Streets first: "Washington Avenue" is a street, not the town or state in it.
        for s, e in _street_spans(doc, table, c):
            if not any(taken[s:e]):
                for i in range(s, e):
                    taken[i] = True
                spans.append(Span(doc, s, e, label=STREET_LABEL))
        # "the Red Sea", "the Gulf of Aden": water, not the land unit of the same name.
        for s, e in _water_spans(doc, [(s, e) for s, e, _ in hits], c):
            if not any(taken[s:e]):
                for i in range(s, e):
                    taken[i] = True
                spans.append(Span(doc, s, e, label=WATER_LABEL))
        for extra in sorted(extra_spans, key=lambda sp: -len(sp)):
            if any(hs <= extra.start and he >= extra.end and he - hs > len(extra)
                   for hs, he, _ in hits):
                continue  # "British Columbia", "Somali Region": the longer name
            if not any(taken[extra.start:extra.end]):
                for i in range(extra.start, extra.end):
                    taken[i] = True
                spans.append(extra)
        gaz_starts = {start for start, _, _ in hits}
        place_tokens = {i for start, end, key in hits for i in range(start, end)
                        if key not in c.common_words}  # "University" is no place
        # the countries where each place token's name is a town's own name (not another
        # spelling): a list's names share one
        place_countries = {i: {cand.cc for cand in known[key] if not cand.alt}
                           for start, end, key in hits
                           for i in range(start, end) if key not in c.common_words}
        for start, end, key in hits:
            if any(taken[start:end]):
                continue
            span = doc[start:end]
            verdict = self._accept(span, key, known[key], ent_of, c,
                                   in_dateline=span.end_char <= dl_end,
                                   person_words=person_words, place_tokens=place_tokens,
                                   place_countries=place_countries)
            if verdict is None:
                continue
            if verdict in ("gaz", "gaz+ner") and _compass_follows(table, end, c) and \
                    not taken[end]:
                # "Baringo North": a part of the unit (a sub-county), resolved as such.
                end += 1
                span = doc[start:end]
            for i in range(start, end):
                taken[i] = True
            spans.append(Span(doc, start, end, label=_label(verdict, span, dl_end)))
        if self.use_ner:
            for ent in doc.ents:
                if ent.label_ not in _NER_PLACE_LABELS:
                    continue
                start = ent.start + (1 if ent[0].lower_ == "the" else 0)
                if start >= ent.end or any(taken[start:ent.end]):
                    continue
                if ent.end - start == 1 and ent[-1].lower_ in c.common_words:
                    continue
                if not any(t.text[:1].isupper() for t in doc[start:ent.end]):
                    continue  # "the west bank of the lake": no name in lower case
                if _is_title(doc[start:ent.end], c):
                    continue
                if _thing_named_like_a_town(doc[start:ent.end], known, c):
                    continue  # "Pantsir air defence systems"
                if all(t.lower_ in person_words for t in doc[start:ent.end]
                       if not t.is_punct) and start not in gaz_starts:
                    continue  # "Saakashvili": a person named in full elsewhere
                for i in range(start, ent.end):
                    taken[i] = True
                spans.append(Span(doc, start, ent.end, label=_label("ner", doc[start:ent.end],
                                                                     dl_end)))
        spans.sort(key=lambda s: s.start)
        return spans

    @staticmethod
    def _unit_keys(table: _TokenTable, grams: list[tuple[int, int, str]], c: Cues
                   ) -> dict[tuple[int, int], str]:
        """(start, end) -> "name county" for names followed by a unit word, directly
        or at the end of a list ("Clarke and Oconee counties")."""
        out = {}
        n = len(table.texts)
        for s, e, key in grams:
            j = e
            while j < n and j - e < 8 and (table.texts[j] in {",", "and", "or"}
                                            or table.starts_name[j]):
                j += 1
            if j >= n:
                continue
            word = table.lowers[j]
            unit = c.plural_admin.get(word) or (word if j == e and word in c.admin_after
                                               else None)
            if unit:
                out[s, e] = f"{key} {unit}"
        return out

    def _ngrams(self, table: _TokenTable, c: Cues) -> list[tuple[int, int, str]]:
        """(start, end, key) for capitalised word sequences that could be names."""
        out = []
        texts, starts_name = table.texts, table.starts_name
        n = len(texts)
        for i in range(n):
            if not starts_name[i]:
                continue
            j = i
            while j < n and j - i < self.max_tokens:
                text = texts[j]
                if j > i:
                    if table.sent_starts[j]:
                        break
                    hyphen_part = _hyphen_part(table, j)
                    if not (starts_name[j] or table.lowers[j] in c.connectors
                            or text in "-'’" or hyphen_part):
                        break
                    if table.spaces[j] == "" and text in "-'’" and j + 1 >= n:
                        break
                    if hyphen_part:
                        # "Mukurwe-ini": a lower-case part joined by a hyphen ends the name.
                        key = name_key(table.span_text(i, j + 1))
                        if key:
                            out.append((i, j + 1, key))
                        break
                if starts_name[j] or text.isupper():
                    key = name_key(table.span_text(i, j + 1))
                    if key:
                        out.append((i, j + 1, key))
                j += 1
        return out

    def _accept(self, span: Span, key: str, cands: list[Candidate], ent_of: dict[int, Span],
                c: Cues, *, in_dateline: bool = False,
                person_words: frozenset[str] | set[str] = frozenset(),
                place_tokens: frozenset[int] | set[int] = frozenset(),
                place_countries: dict[int, set[str]] | None = None) -> str | None:
        """How the span was found ("gaz", "gaz+ner", "gaz|org"), or None to refuse it."""
        first = span[0]
        ents = {ent_of[t.i] for t in span if t.i in ent_of}
        ner_place = any(e.label_ in _NER_PLACE_LABELS or e.label_ == "FAC" for e in ents)
        cue = _has_place_cue(span, c)
        # "of" before a name is a weak cue: "the beheading of Virginia Nyaiko".
        strong_cue = cue and not (
            span.start > 0 and span.doc[span.start - 1].lower_ == "of"
            and not (span.start > 1 and span.doc[span.start - 2].lower_ in c.town_before)
            and not _has_unit_word_after(span, c))
        nxt_tok = span.doc[span.end] if span.end < len(span.doc) else None
        if span[0].is_upper and len(span[0].text) > 3 and nxt_tok is not None and \
                nxt_tok.text in {",", ":", "(", "—", "–", "-", "--"}:
            cue = True  # a dateline in capitals mid-text: "BEIRUT: ...", "COLUMBUS, Ohio (AP)"
        single = len(span) == 1
        top = cands[0]
        well_known = (
            top.is_country or top.is_admin1 or top.population >= 100_000 or top.id < 0
        )
        if in_dateline:
            # The dateline's place, not its date ("BEIRUT, May 22 -").
            return None if key in c.common_words else "gaz"
        if not top.is_country and _is_title(span, c):
            return None  # "County Commissioner", "Cabinet Secretary": a title
        if _landmark_of_common_words(span, c) and not any(
                cand.is_country or cand.is_admin1 or cand.id < 0 for cand in cands):
            # "near the White House": a building, not the Tennessee town (nor Casablanca,
            # whose name it translates); "the West Bank" is a unit and stays
            return None
        doc = span.doc
        if all(cand.alt for cand in cands) and top.population < 500_000 and not (
                ner_place or strong_cue):
            return None  # only an obscure alternate name ("Human" for Uman)
        if all(cand.alt for cand in cands) and top.population < 500_000 and not strong_cue \
                and _names_a_thing(span):
            # "Pantsir air defence systems", "Shahed drones": a weapon's or product's
            # name that is only some town's name in another language.
            return None
        if all(cand.alt for cand in cands) and top.population < 500_000 and not ner_place \
                and _inside_unknown_name(span):
            # "Mercy Njeri area": part of a longer name, not Nyeri spelt otherwise.
            return None
        # Part of a hyphenated compound ("Wal-Mart"): not a name of its own, unless
        # the compound names a road between towns ("the Eldoret-Kitale road").
        road = any(t.lower_ in c.route_words for t in doc[span.end:span.end + 4]) or (
            span.end + 1 < len(doc) and doc[span.end + 1].lower_ in c.compound_suffixes)
        joined_after = span.end + 1 < len(doc) and doc[span.end].text == "-" and \
            not span[-1].whitespace_ and not doc[span.end].whitespace_
        joined_before = span.start >= 2 and doc[span.start - 1].text == "-" and \
            not doc[span.start - 2].whitespace_ and not doc[span.start - 1].whitespace_
        if (joined_after or joined_before) and not road:
            return None
        # "the Garissa-Mwingi road": the model's entity spans both ends; the other end
        # is another place, not the rest of this one's name.
        route_end = road and (joined_after or joined_before)
        if single:
            if key in c.common_words or first.lower_ in c.common_words:
                return None
            if len(first.text) <= 2 and not (top.is_country and first.is_upper):
                return None
            if first.is_upper and first.is_alpha and len(first.text) <= 4 and not (
                    ner_place or top.is_country or top.is_admin1):
                return None  # acronyms: "HIV", "GSU"
            if not (ner_place or cue):
                prev = doc[span.start - 1] if span.start > 0 else None
                nxt = doc[span.end] if span.end < len(doc) else None
                if first.lower_ in person_words:
                    return None  # a surname of someone named in full elsewhere
                if _ends_a_persons_name(span):
                    return None  # "leader Aung San Suu Kyi": the model's PERSON stops short
                if prev is not None and name_key(prev.text) in c.person_titles:
                    return None
                if nxt is not None and nxt.lower_ in c.speech_verbs and not (
                        top.fcode == "PPLC" or top.is_country):
                    return None  # a person; but "Tbilisi says": the government
            nxt_text = doc[span.end].text if span.end < len(doc) else ""
            if first.is_upper and "." not in first.text and len(first.text) > 3 and not (
                    ner_place or cue or nxt_text in {",", "(", "—", "–", "-", "--"}):
                # ALL-CAPS words are headlines/acronyms more often than places.
                return None
            if first.pos_ not in ("PROPN", "") and not (ner_place or cue or
                                                         _institution_follows(span, c)):
                return None  # but "the Msambweni polling station" (tagged ADJ)
            if first.is_sent_start and not (ner_place or cue or well_known) and not (
                    nxt_tok is not None and nxt_tok.lower_ in c.institution_words):
                return None  # a capitalised first word; but "Maseno University ..."
        for ent in ents:
            if ent.label_ in _NER_PLACE_LABELS or ent.label_ == "FAC":
                if route_end:
                    continue
                extra = [t for t in ent if t.i < span.start or t.i >= span.end]
                if any(t.lower_ in c.institution_words for t in extra if t.i >= span.end):
                    return "gaz|inst"  # "Laurel County High School", "Malindi prison"
                if any(_starts_name(t) and t.lower_ not in c.admin_after
                       and t.lower_ not in c.town_after and t.lower_ not in c.compass_words
                       for t in extra):
                    return None  # part of a longer place name the gazetteer lacks
                continue
            # "Mombasa neighborhood" tagged ORG is still the place; "Embu University" is not.
            # Other known places in the entity ("Nyali (Mombasa" tagged ORG) don't count.
            inside_longer = any(
                _starts_name(t) and t.lower_ not in c.admin_after and t.lower_ not in c.town_after
                and t.lower_ not in c.compass_words and t.i not in place_tokens
                for t in ent if t.i < span.start or t.i >= span.end)
            if ent.label_ == "PERSON":
                if inside_longer and (not strong_cue or all(cand.alt for cand in cands)):
                    # "John Kerry": a person, not the Irish county; "Mercy Njeri area":
                    # a surname that is only another spelling of a town ("Nyeri").
                    return None
                if not (cue or well_known or _listed_after_place(
                        span, cands, place_countries or {})):
                    return None
            elif ent.label_ in ("ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"):
                if inside_longer:
                    return "gaz|org"
                # The small model calls many towns ORG: a sizeable town is kept.
                if not (cue or well_known or top.population >= 10_000):
                    return None
            elif ent.label_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                                "ORDINAL"):
                # "in Moyale Monday" is tagged DATE as a whole: the cue decides; so
                # it does for a name the model calls a number ("at Malindi prison").
                if not (cue and (inside_longer or all(
                        t.is_alpha and not t.like_num for t in span))):
                    return None
        return "gaz+ner" if ner_place else "gaz"


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# Parts of speech that end a street's name when walking back from its street word.
_NOT_NAME_POS = frozenset({"DET", "ADP", "PRON", "AUX", "VERB", "CCONJ", "SCONJ", "PART",
                           "PUNCT"})


def _without_leading_preposition(hits: list[tuple[int, int, str]],
                                 known: dict[str, list[Candidate]], table: _TokenTable,
                                 c: Cues) -> list[tuple[int, int, str]]:
    """Drop "In Rafah" (a sentence's capitalised "In" before a name) when the name
    alone is known and the whole is only some place's alternate name: the preposition
    is no part of it ("In Salah", a town's own name, stays)."""
    spans = {(s, e) for s, e, _ in hits}
    return [(s, e, key) for s, e, key in hits
            if not (e - s >= 2 and table.lowers[s] in c.prepositions
                    and (s + 1, e) in spans and all(cand.alt for cand in known[key]))]


def _street_spans(doc: Doc, table: _TokenTable, c: Cues) -> list[tuple[int, int]]:
    """(start, end) of street names: capitalised words (or an ordinal) before a
    capitalised street word ("North Cooper Street", "33rd Avenue", "Main St."), and
    numbered roads ("Highway 19", "County Road 42")."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i in range(1, n):
        if not table.texts[i][:1].isupper():
            continue
        word = table.lowers[i].rstrip(".")
        if word not in c.street_words and word not in c.numbered_road_words:
            continue
        start = i
        if word in c.street_words and not (
                i + 1 < n and _starts_name(doc[i + 1]) and not doc[i + 1].is_sent_start):
            # "St. Louis", "Mount St. Helens": a name follows, so not a street word.
            while start > 0 and i - start < 4 and not doc[start].is_sent_start:
                prev = doc[start - 1]
                if prev.pos_ in _NOT_NAME_POS and not _ORDINAL.match(prev.text):
                    break
                if not (_starts_name(prev) or _ORDINAL.match(prev.text)) or \
                        prev.lower_.rstrip(".") in c.street_words:
                    break
                start -= 1
            if start < i:
                numbered = word in c.numbered_road_words and i + 1 < n and doc[i + 1].like_num
                out.append((start, i + 2 if numbered else i + 1))
                continue
        if word in c.numbered_road_words and i + 1 < n and doc[i + 1].like_num:
            # "County Road 42", "State Highway 9": one capitalised word may lead.
            if i > 0 and _starts_name(doc[i - 1]) and not doc[i].is_sent_start and \
                    doc[i - 1].pos_ not in _NOT_NAME_POS:
                start = i - 1
            out.append((start, i + 2))
    return out


def _water_spans(doc: Doc, hits: list[tuple[int, int]], c: Cues) -> list[tuple[int, int]]:
    """Gazetteer names told as a water body: "the" before them or a word for its shore
    after them ("Yemen's Red Sea coast"), a water word at their end ("the Red Sea", "the
    Black Sea") and no unit word after them ("the Red Sea state" is Sudan's state, "Red
    Sea" alone is left to the resolver)."""
    out = []
    for s, e in hits:
        start = s - 1 if doc[s].lower_ != "the" else s
        shore = e < len(doc) and doc[e].lower_ in c.shore_words
        if (start < 0 or doc[start].lower_ != "the") and not shore:
            continue
        last = doc[e - 1].lower_
        if last in c.water_words and not (e < len(doc) and doc[e].lower_ in c.admin_after):
            out.append((s, e))
    return out


def _is_title(span: Span, c: Cues) -> bool:
    """A phrase of title and common words only, with at least one title word
    ("Cabinet Secretary", "Police Commander", "Member of Parliament")."""
    words = [t.lower_ for t in span if not t.is_punct]
    return bool(words) and any(w in c.title_words for w in words) and all(
        w in c.title_words or w in c.common_words for w in words)


def _landmark_of_common_words(span: Span, c: Cues) -> bool:
    """Is the span two or more common words after "the" ("the White House", "the Green
    Line")? News names a building, a line or a body so; a small town of that name
    would go without the article."""
    words = [t.lower_ for t in span if not t.is_punct]
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return len(words) >= 2 and before == "the" and all(w in c.common_words for w in words)


@dataclass(frozen=True, slots=True)
class _TokenTable:
    """The token attributes the matcher reads again and again, read once per Doc
    (each ``doc[i]`` builds a Token object)."""

    texts: list[str]
    lowers: list[str]
    spaces: list[str]
    sent_starts: list[bool]
    starts_name: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _TokenTable:
        # (read from arrays, not from a Token object per word)
        texts, spaces = token_texts(doc)
        lowers, starts = doc.to_array([LOWER, SENT_START]).T.tolist() if len(doc) else ([], [])
        return cls(
            texts=texts,
            lowers=decode_hashes(lowers, doc.vocab.strings),
            spaces=[" " if space else "" for space in spaces],
            # (Token.is_sent_start is True only where the flag is 1: -1 and 0 are not)
            sent_starts=[start == 1 for start in starts],
            starts_name=[_name_like(x) for x in texts],
        )

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        parts = [self.texts[k] + self.spaces[k] for k in range(start, end - 1)]
        parts.append(self.texts[end - 1])
        return "".join(parts)


def _listed_after_place(span: Span, cands: list[Candidate],
                        place_countries: dict[int, set[str]]) -> bool:
    """"the towns of X, Y and Z": a name the model calls a person, listed right after
    a known place name that no entity calls a person, is the list's next place when both
    are towns' own names (not other spellings) in one country."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in ("and", ","):
        return False
    before = doc[i - 1]
    return before.ent_type_ != "PERSON" and bool(
        place_countries.get(before.i, set()) & {cand.cc for cand in cands if not cand.alt})


def _listed_before_people_word(span: Span) -> bool:
    """The name is one of a list that ends in a word for people ("the Kikuyu and
    Maasai communities", "Turkana, Pokot and Samburu herders")."""
    doc = span.doc
    people = cues().people_after
    j = span.end
    seen_joiner = False
    while j < len(doc) and j - span.end < 8 and not doc[j].is_sent_start:
        tok = doc[j]
        if tok.text in {",", "and", "or", "&"}:
            seen_joiner = True
        elif not _starts_name(tok):
            return seen_joiner and tok.lower_ in people
        j += 1
    return False


def _institution_follows(span: Span, c: Cues) -> bool:
    """A facility's word right after the name, or after one lower-case word ("X school",
    "X polling station", "X primary school")."""
    doc = span.doc
    after = [t for t in doc[span.end:span.end + 2]]
    if after and after[0].lower_ in c.institution_words:
        return True
    return len(after) == 2 and after[0].is_lower and after[0].is_alpha and \
        after[1].lower_ in c.institution_words


def _thing_named_like_a_town(span: Span, known: dict[str, list[Candidate]], c: Cues
                             ) -> bool:
    """A name the gazetteer knows only as a minor town's other name, modifying a common
    noun with no place cue ("Pantsir air defence systems"): the model's place entity is
    a thing's name."""
    cands = known.get(name_key(span.text)) or []
    return bool(cands) and all(cand.alt for cand in cands) and \
        cands[0].population < 500_000 and not _has_place_cue(span, c) and _names_a_thing(span)


def _names_a_thing(span: Span) -> bool:
    """Does the name modify the common noun right after it ("Pantsir air defence
    systems", "Shahed drones")?"""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    root = span.root
    return nxt.is_lower and nxt.pos_ == "NOUN" and root.dep_ == "compound" and \
        root.head.i >= span.end


def _ends_a_persons_name(span: Span) -> bool:
    """Do capitalised words run back from the name, with no break, into a PERSON
    entity ("Aung San [PERSON] Suu Kyi")? The model's entity often stops short of a
    long name, and its last word is then no place."""
    doc = span.doc
    i = span.start - 1
    while i >= max(0, span.start - 3):
        tok = doc[i]
        if tok.ent_type_ == "PERSON":
            return True
        if not (_starts_name(tok) and tok.is_alpha and tok.whitespace_):
            return False
        i -= 1
    return False


def _inside_unknown_name(span: Span) -> bool:
    """A capitalised word right before or after the span, within its sentence: the
    span may be part of a longer name the gazetteer lacks ("Mercy Njeri area")."""
    doc = span.doc
    if span.start > 0 and not span[0].is_sent_start:
        prev = doc[span.start - 1]
        if _starts_name(prev) and prev.is_alpha:
            return True
    if span.end < len(doc) and not doc[span.end].is_sent_start:
        nxt = doc[span.end]
        if _starts_name(nxt) and nxt.is_alpha:
            return True
    return False


def _hyphen_part(table: _TokenTable, j: int) -> bool:
    """A lower-case word joined to a name by a hyphen, no spaces ("Mukurwe-ini")."""
    return j >= 2 and table.texts[j - 1] == "-" and table.spaces[j - 1] == "" and \
        table.spaces[j - 2] == "" and table.texts[j].isalpha() and table.texts[j].islower() \
        and table.starts_name[j - 2]


def _compass_follows(table: _TokenTable, end: int, c: Cues) -> bool:
    """A capitalised compass word right after a name, ending the name ("Baringo North",
    "Kisii Central"): the usual names of sub-counties."""
    n = len(table.texts)
    if end >= n or table.sent_starts[end] or not table.starts_name[end] or \
            table.lowers[end] not in c.compass_words:
        return False
    after = end + 1
    return after >= n or not table.starts_name[after] or table.sent_starts[after] or \
        table.lowers[after] in c.admin_after or table.lowers[after] in c.unit_parts


def _name_like(text: str) -> bool:
    """Capitalised and with a letter: a word that may start or continue a name."""
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def _starts_name(tok: Token) -> bool:
    return _name_like(tok.text)


def _label(found: str, span: Span, dateline_end_char: int) -> str:
    if dateline_end_char and span.end_char <= dateline_end_char:
        return found + "|dateline"
    if "|org" not in found and (_qualifies_title(span) or _home_of(span)):
        return found + "|org"
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in cues().people_after:
        return found + "|people"  # "Turkana raiders", "Pokot herders": a community
    if _listed_before_people_word(span):
        return found + "|people"  # "the Kikuyu and Maasai communities"
    if _counted_people(span):
        return found + "|people"  # "two Kikuyu were burned": members of a people
    if _route_endpoint(span):
        return found + "|route"
    if _government_metonym(span):
        return found + "|gov"  # "Kyiv did not comment": the government, not the city
    return found


def _home_of(span: Span) -> bool:
    """"the Oslo-based group", "a Nairobi-born activist": the place joined by a hyphen
    to a word of home says where someone is from, not where the event was."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in "-–" and \
        not span[-1].whitespace_ and not doc[span.end].whitespace_ and \
        doc[span.end + 1].lower_ in cues().home_suffixes


def _government_metonym(span: Span) -> bool:
    """"since Washington began its campaign", "Kyiv did not comment", "a charge Kigali
    rejected": a place that is the subject of what governments do or say stands for the
    government seated there (news writes capitals so), not for a place of the story's
    events."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < span.end or \
            verb.lower_ not in cues().government_verbs:
        return False
    # Only auxiliaries, "not" and adverbs between ("Kyiv did not comment", "Moscow has
    # long denied"): a parse that reaches further is seldom right.
    return all(t.pos_ in ("AUX", "ADV") or t.lower_ in ("not", "n't")
               for t in span.doc[span.end:verb.i])


def _counted_people(span: Span) -> bool:
    """A one-word name counted like people and standing as a noun ("two Kikuyu were
    burned", "a gang of 1,000 Kikuyu attacked"): the members of a community named like
    a town. Not a year ("in 2008 Kisumu ..."), nor a name before its noun ("six Nairobi
    estates")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    count = doc[span.start - 1]
    if not count.like_num or (count.text.isdigit() and len(count.text) == 4):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.text in "-–" or nxt.lower_ in cues().compound_suffixes):
        return False  # "50 Kisumu based journalists", "two Mombasa-bound buses"
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _route_endpoint(span: Span) -> bool:
    """"the Eldoret-Kitale road": a town named as one end of a road, not where the
    road was blocked or the ambush happened."""
    doc = span.doc
    joined_after = span.end + 1 < len(doc) and doc[span.end].text in "-–" and \
        not span[-1].whitespace_ and not doc[span.end].whitespace_
    joined_before = span.start >= 2 and doc[span.start - 1].text in "-–" and \
        not doc[span.start - 2].whitespace_ and not doc[span.start - 1].whitespace_
    if not (joined_after or joined_before):
        return False
    if joined_after and doc[span.end + 1].lower_ == "bound":
        return True  # "a Mombasa-bound bus": where it was going
    return any(t.lower_ in cues().route_words for t in doc[span.end:span.end + 5])


def _qualifies_title(span: Span) -> bool:
    """"the governor of Kilifi", "a senator from Kakamega", "Kilifi deputy governor":
    the office's territory, not where something happened."""
    doc = span.doc
    c = cues()
    titles = c.title_words
    if span.start >= 2 and doc[span.start - 1].lower_ in {"of", "for", "from"} and \
            doc[span.start - 2].lower_ in titles:
        return True
    if _title_posted_in(span, c):
        return True
    # The words right after the name that belong to a title ("MP", "deputy governor",
    # "County Assembly"); "a nephew of Ainabkoi MP was stabbed" ends the title at "was".
    follower = []
    for tok in doc[span.end:span.end + 3]:
        if tok.lower_ not in titles and tok.lower_ not in c.title_companions:
            break
        follower.append(tok)
    return any(t.lower_ in titles for t in follower)


def _title_posted_in(span: Span, c: Cues) -> bool:
    """"a police commander in Chabahar", "the governor in the port of Chabahar": an
    office holder's post, where the person serves, not where the story's events were."""
    doc = span.doc
    i = span.start - 1
    # "in the port of X", "in the city of X": the kind of place before the name
    if i >= 3 and doc[i].lower_ == "of" and doc[i - 1].lower_ in c.apposition_place_nouns \
            and doc[i - 2].lower_ in {"the", "a"}:
        i -= 3
    return i >= 1 and doc[i].lower_ == "in" and doc[i - 1].lower_ in c.post_titles


def _entity_index(doc: Doc) -> dict[int, Span]:
    out = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            out[i] = ent
    return out


def _preposition_around_aside(span: Span, c: Cues) -> bool:
    """A short bracketed aside right before the name, with a preposition in it or just
    before it: "in (or near) Mandera", "at (or outside) Garissa"."""
    doc = span.doc
    start = max(span.sent.start, span.start - 5)
    for i in range(span.start - 2, start - 1, -1):
        if doc[i].text == "(":
            words = [t.lower_ for t in doc[max(span.sent.start, i - 1):span.start - 1]]
            return any(w in c.prepositions for w in words)
    return False


def _has_place_cue(span: Span, c: Cues) -> bool:
    doc = span.doc
    sent_start, sent_end = sentence_tokens(doc, span.start)  # span.sent
    before = [t.lower_ for t in doc[max(sent_start, span.start - 3):span.start]]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before and before[-1] in c.prepositions:
        return True
    if before and before[-1] == ")" and _preposition_around_aside(span, c):
        return True  # "in (or near) Mandera"
    if before[-2:-1] and before[-1] == "of" and before[-2] in c.town_before:
        return True
    if after in c.admin_after or after in c.town_after or after in c.dwellers_after:
        return True
    if after == "," and _apposition_says_place(doc, span.end + 1, sent_end, c):
        return True  # "Wad Madani, the capital of Al Jazirah state"
    # "Kakuma refugee camp", "Mokowe police camp": one common word before the town word.
    if span.end + 1 < len(doc) and doc[span.end + 1].lower_ in c.town_after and \
            doc[span.end].is_lower and doc[span.end].is_alpha:
        return True
    # A list ending in a plural unit word: "Becker, Clay and Otter Tail counties".
    for tok in doc[span.end:min(len(doc), span.end + 10, sent_end)]:
        if tok.lower_ in c.plural_admin:
            return True
        if not (tok.text in {",", "and", "or"} or _starts_name(tok)):
            break
    return bool(before) and before[-1] == "the" and after in c.admin_after


def _apposition_says_place(doc: Doc, start: int, sent_end: int, c: Cues) -> bool:
    """Does an apposition starting at ``start`` say the name before it is a place
    ("the capital of X", "a town in X", "the provincial capital", "a strategic
    port")? An article, up to two lower-case words, then a place noun."""
    if start >= sent_end or doc[start].lower_ not in {"the", "a", "an"}:
        return False
    for tok in doc[start + 1:min(start + 4, sent_end)]:
        if tok.lower_ in c.apposition_place_nouns:
            return True
        if not (tok.is_lower and tok.is_alpha):
            return False
    return False


def _has_unit_word_after(span: Span, c: Cues) -> bool:
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return after in c.admin_after or after in c.town_after


# The last Doc's flags, with its span group and that group's size: every mention
# of a document asks for the same table.
_LAST_FLAGS: list[tuple[Doc, object, int, dict[tuple[int, int], str]]] = []


def place_flags(doc: Doc) -> dict[tuple[int, int], str]:
    """(start_char, end_char) -> span label, for the spans the matcher wrote
    (built once per Doc; callers only read it)."""
    group = doc.spans.get(SPAN_KEY)
    size = len(group) if group is not None else 0
    if _LAST_FLAGS:
        last_doc, last_group, last_size, flags = _LAST_FLAGS[0]
        if last_doc is doc and last_group is group and last_size == size:
            return flags
    flags = {(s.start_char, s.end_char): s.label_ for s in group or []}
    _LAST_FLAGS[:] = [(doc, group, size, flags)]
    return flags


# ---------------------------------------------------------------- resolution


class Weights(defaultdict[_K, float]):
    """Evidence weights per country or admin1 (a float-valued counter)."""

    def __init__(self) -> None:
        super().__init__(float)

    def add(self, other: Weights[_K]) -> None:
        for key, value in other.items():
            self[key] += value

    def minus(self, other: Weights[_K]) -> Weights[_K]:
        out: Weights[_K] = Weights()
        for key, value in self.items():
            left = value - other.get(key, 0.0)
            if left > 1e-9:
                out[key] = left
        return out

    def most_common(self, n: int) -> list[tuple[_K, float]]:
        return sorted(self.items(), key=lambda kv: -kv[1])[:n]


@dataclass(slots=True)
class ResolvedPlace:
    """A toponym span with its candidates and the chosen one."""

    span: Span
    key: str
    label: str
    candidates: list[Candidate]
    admin_cue: str | None = None  # "admin1" / "admin" when followed by "province" etc.
    admin_word: str | None = None  # the unit word itself ("county")
    town_cue: bool = False
    vague_town_cue: bool = False  # "X area": a town more likely, a unit still possible
    qualifier: list[Candidate] = field(default_factory=list)  # "X, Y": Y's candidates
    qualifier_in: bool = False  # the qualifier came as "X in Y" (a plain statement)
    us_state: str | None = None  # "X, Ill."
    chosen: Candidate | None = None
    score: float = 0.0
    margin: float = 0.0
    # Candidates are those of a name inside the span ("Turkana East" -> Turkana).
    derived: bool = False


@dataclass(slots=True)
class RegionPrior:
    """Where a document probably is before reading it (its newspaper's home region):
    shares of country and admin1 that count like ``votes`` more mentions."""

    countries: dict[str, float]
    admin1s: dict[tuple[str, str], float]
    votes: float = 4.0


class SourceRegions:
    """Learns each news source's home region from the places resolved in its other
    articles (a local paper names its own state again and again)."""

    def __init__(self, *, min_mentions: int = 6, max_documents: int = 1000) -> None:
        self.min_mentions = min_mentions
        # A feed runs for weeks: each source's region is learnt from its latest
        # ``max_documents`` articles only, so memory stays bounded.
        self.max_documents = max_documents
        self._admin1: dict[str, dict[str, Weights[tuple[str, str]]]] = defaultdict(dict)

    def observe(self, source: str | None, doc_id: str, items: list[ResolvedPlace]) -> None:
        if not source:
            return
        counts: Weights[tuple[str, str]] = Weights()
        for item in items:
            cand = item.chosen
            if cand is None or cand.is_country or not cand.admin1 or "dateline" in item.label:
                continue
            if item.margin >= 1.0:
                counts[cand.cc, cand.admin1] += 1.0
        seen = self._admin1[source]
        seen.pop(doc_id, None)  # a re-sent article counts as the latest
        seen[doc_id] = counts
        while len(seen) > self.max_documents:
            del seen[next(iter(seen))]  # the oldest (dicts keep insertion order)

    def prior(self, source: str | None, *, exclude: str | None = None) -> RegionPrior | None:
        """The source's region from its other articles (``exclude``: this one's id)."""
        if not source or source not in self._admin1:
            return None
        total: Weights[tuple[str, str]] = Weights()
        for doc_id, counts in self._admin1[source].items():
            if doc_id != exclude:
                total.add(counts)
        mass = sum(total.values())
        if mass < self.min_mentions:
            return None
        admin1s = {key: value / mass for key, value in total.items() if value / mass >= 0.1}
        countries: dict[str, float] = defaultdict(float)
        for (cc, _), share in admin1s.items():
            countries[cc] += share
        return RegionPrior(countries=dict(countries), admin1s=admin1s)


def resolve_place_spans(doc: Doc, prior: RegionPrior | None = None) -> list[ResolvedPlace]:
    """Resolve the matcher's spans with document context (and the source's region)."""
    spans = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else PlaceMatcher().find_spans(doc)
    gaz = get_gazetteer()
    c = cues()
    keys = {s.start: name_key(s.text) for s in spans}
    known = gaz.lookup(keys.values())
    items: list[ResolvedPlace] = []
    demonyms = _demonyms()
    abbreviations = _us_abbreviations()
    for s in spans:
        key = keys[s.start]
        cands = list(known.get(key, []))
        if s.label_ == "demonym":
            country = gaz.country(demonyms.get(key, ""))
            cands = [country] if country else []
        elif s.label_ in _UNPLACED_LABELS:
            cands = []
        elif s.label_.endswith("state_abbr"):
            state = gaz.admin1("US", abbreviations.get(key))
            cands = [state] if state else []
        items.append(ResolvedPlace(span=s, key=key, label=s.label_, candidates=cands))
    _attach_context(doc, items, c)
    _add_named_units(items)
    _derive_candidates(items, c)
    # "Becker County" is indexed with its unit word: look "becker county" up too.
    with_word = {item.key + " " + item.admin_word: item for item in items if item.admin_word}
    if with_word:
        extra = gaz.lookup(with_word)
        for key, item in with_word.items():
            known_ids = {cand.id for cand in item.candidates}
            item.candidates.extend(cand for cand in extra.get(key, [])
                                   if cand.id not in known_ids)
    # Each distinct name votes once (a name repeated ten times must not outvote
    # the rest of the document), and never for itself.
    evidence: dict[tuple[str, str], tuple[Weights[str], Weights[tuple[str, str]]]] = {}
    for item in items:
        vote_key = (item.key, item.us_state or "")
        if vote_key not in evidence:
            # A name read inside an unknown one does not vote: it may lie anywhere.
            evidence[vote_key] = (Weights(), Weights()) if item.derived else _evidence(item)
    focus: Weights[str] = Weights()
    admin1_focus: Weights[tuple[str, str]] = Weights()
    for countries, admins in evidence.values():
        focus.add(countries)
        admin1_focus.add(admins)
    # Countries the document's named places (not demonyms: "Russian jets" says who
    # attacked, not where) point to: the evidence that a minor place lies abroad.
    place_focus: Weights[str] = Weights()
    for item in items:
        if item.label != "demonym":
            place_focus.add(evidence[item.key, item.us_state or ""][0])
    if prior is not None:
        for cc, share in prior.countries.items():
            focus[cc] += prior.votes * share
            place_focus[cc] += prior.votes * share
        for a1, share in prior.admin1s.items():
            admin1_focus[a1] += prior.votes * share
    dateline: Candidate | None = None
    for item in items:
        countries, admins = evidence[item.key, item.us_state or ""]
        if item.derived:
            # Only where the rest of the document already is: "Lake Victoria" is
            # not the Seychelles' capital. With nothing else to go by, a first- or
            # second-level unit and a compass word ("Lamu West", "Baringo South")
            # is that unit's part wherever the unit is.
            lone_unit = not any(focus.values()) and not _names_feature(item.key, c)
            item.candidates = [cand for cand in item.candidates if focus[cand.cc] > 0 or (
                lone_unit and (cand.is_admin1 or cand.is_admin2) and not cand.alt)]
        _choose(item, focus.minus(countries), admin1_focus.minus(admins),
                elsewhere=_elsewhere(place_focus.minus(countries)), dateline=dateline)
        if dateline is None and "dateline" in item.label and item.chosen is not None \
                and not item.chosen.is_country:
            dateline = item.chosen
    # "Kotile area of Ijara sub-county, Garissa county": a unit named outright in
    # the sentence places its other names (second pass, once the units are chosen).
    units_by_sentence: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for item in items:
        cand = item.chosen
        if item.admin_cue and cand is not None and not cand.is_country and cand.admin1:
            units_by_sentence[sentence_tokens(doc, item.span.start)[0]].add((cand.cc,
                                                                            cand.admin1))
    if units_by_sentence:
        for item in items:
            if item.admin_cue or item.qualifier or item.us_state or not item.candidates \
                    or "dateline" in item.label or item.label == "demonym":
                continue
            units = units_by_sentence.get(sentence_tokens(doc, item.span.start)[0])
            if units:
                countries, admins = evidence[item.key, item.us_state or ""]
                _choose(item, focus.minus(countries), admin1_focus.minus(admins), units,
                        elsewhere=_elsewhere(place_focus.minus(countries)),
                        dateline=dateline)
    _same_name_unknown(items)
    _place_counties(items)
    return items


def base_name_key(key: str, c: Cues) -> str | None:
    """The name inside a longer toponym made of it and generic words: "turkana east",
    "laikipia west sub county", "lake naivasha", "lamu island" -> the town or unit's
    name; None when nothing generic is around it."""
    words = key.split()
    while len(words) > 1 and (words[-1] in c.admin_after or words[-1] in c.unit_parts):
        words.pop()
    if len(words) > 1 and words[-1] in c.compass_words:
        words.pop()
    elif len(words) > 1 and words[0] in c.compass_words:
        words.pop(0)
    elif len(words) > 1 and (words[0] in c.feature_before or words[-1] in c.feature_after):
        words = words[1:] if words[0] in c.feature_before else words[:-1]
    base = " ".join(words)
    return base if base != key and len(base) >= 3 else None


def _names_feature(key: str, c: Cues) -> bool:
    """"lake naivasha", "lamu island": a natural feature named after a place."""
    words = key.split()
    return len(words) > 1 and (words[0] in c.feature_before or words[-1] in c.feature_after)


def _derive_candidates(items: list[ResolvedPlace], c: Cues) -> None:
    """A toponym the gazetteer lacks that is a known name with generic words
    ("Turkana East", "Laikipia West Sub-County", "Lake Naivasha") takes the known
    name's readings as a town or unit; a feature ("Lake Victoria") only its main
    names, never an alternate one."""
    wanted = {}
    for item in items:
        if item.candidates or item.label in ("demonym", *_UNPLACED_LABELS) or "|" in item.label:
            continue
        base = base_name_key(item.key, c)
        if base:
            wanted[id(item)] = base
    if not wanted:
        return
    found = get_gazetteer().lookup(set(wanted.values()))
    for item in items:
        base = wanted.get(id(item))
        if base is None:
            continue
        feature = _names_feature(item.key, c)
        cands = [cand for cand in found.get(base, [])
                 if not (cand.alt and feature) and not cand.is_country
                 and (cand.is_admin1 or cand.is_admin2 or cand.is_town)]
        if cands:
            item.candidates = cands
            item.derived = True


def _add_named_units(items: list[ResolvedPlace]) -> None:
    """"The state of X", "X province": a first-level unit is named outright, so the
    units of that name are readings too, also one the index leaves to a same-named
    town (a state that shares its name with a village elsewhere)."""
    gaz = get_gazetteer()
    for item in items:
        if item.admin_cue != "admin1" or any(cand.is_admin1 for cand in item.candidates):
            continue
        item.candidates = [*gaz.admin1_named(item.key), *item.candidates]


def _attach_context(doc: Doc, items: list[ResolvedPlace], c: Cues) -> None:
    by_start = {item.span.start: item for item in items}
    taken_by = {item.span.start: item.span.end for item in items}
    abbreviations = _us_abbreviations()
    for item in items:
        span = item.span
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1] if span.start > 0 else None
        if nxt is not None and nxt.lower_ in c.admin_after:
            item.admin_cue = "admin1" if nxt.lower_ in c.admin1_after else "admin"
            item.admin_word = nxt.lower_
        elif nxt is not None and nxt.lower_ in c.plural_admin:
            item.admin_cue = "admin"  # the last of a list: "Clarke and Oconee counties"
            item.admin_word = c.plural_admin[nxt.lower_]
        else:
            # "Becker, Clay and Grant counties": a list that ends in a plural unit word.
            j = span.end
            while j < len(doc) and (doc[j].text in {",", "and", "or"} or j in taken_by):
                j = taken_by.get(j, j + 1) if j in taken_by else j + 1
            if j > span.end and j < len(doc) and doc[j].lower_ in c.plural_admin:
                item.admin_cue = "admin"
                item.admin_word = c.plural_admin[doc[j].lower_]
        if nxt is not None and nxt.lower_ in c.vague_town_after:
            item.vague_town_cue = True
        elif nxt is not None and nxt.lower_ in c.town_after:
            item.town_cue = True
        if prev is not None and prev.lower_ == "of" and span.start >= 2 and \
                doc[span.start - 2].lower_ in c.town_before:
            item.town_cue = True
        elif prev is not None and prev.lower_ in c.facility_prepositions and \
                span.start >= 2 and doc[span.start - 2].lower_ in c.facility_before:
            item.town_cue = True  # "the airport at Merowe": a town with an airport
        elif prev is not None and prev.lower_ == "of" and span.start >= 2 and \
                item.admin_cue is None and doc[span.start - 2].lower_ in c.admin_after:
            # "the central state of Guanajuato", "the province of Idlib": the unit
            word = doc[span.start - 2].lower_
            item.admin_cue = "admin1" if word in c.admin1_after else "admin"
            item.admin_word = word
        # "X, Y" where Y names a larger unit; "X, Ill." for US states.
        if nxt is not None and nxt.text == "," and span.end + 1 < len(doc):
            after_comma = doc[span.end + 1]
            abbr = name_key(after_comma.text)
            follower = by_start.get(span.end + 1)
            if abbr in abbreviations and after_comma.text[0].isupper() and (
                after_comma.text.endswith(".") or (span.end + 2 < len(doc)
                                                   and doc[span.end + 2].text == ".")
            ):
                item.us_state = abbreviations[abbr]
            elif follower is not None:
                item.qualifier = [
                    q for q in follower.candidates if q.is_country or q.is_admin1 or q.is_admin2
                ]
            elif (around := _apposition_place_in(doc, span.end + 1, by_start, c)) is not None:
                # "El Aguaje, a village in the municipality of Aguililla": where it lies,
                # said as plainly as "X in Y"
                item.qualifier = _units_holding(around)
                item.qualifier_in = bool(item.qualifier)
        elif nxt is not None and nxt.lower_ == "in":
            # "the town of Boni in central Mali": the country or region it lies in
            follower = _place_after_in(doc, span.end + 1, by_start)
            if follower is not None:
                item.qualifier = [q for q in follower.candidates
                                  if q.is_country or q.is_admin1 or q.is_admin2]
                item.qualifier_in = bool(item.qualifier)


def _apposition_place_in(doc: Doc, start: int, by_start: dict[int, ResolvedPlace],
                         c: Cues) -> ResolvedPlace | None:
    """The place an apposition says the name before it lies in ("a village in the
    municipality of Aguililla", "the capital of Al Jazirah state"): an article, up to
    two lower-case words, a place noun, then "in"/"of" and a place."""
    sent_end = sentence_tokens(doc, start)[1] if start < len(doc) else start
    if start >= sent_end or doc[start].lower_ not in {"the", "a", "an"}:
        return None
    for j in range(start + 1, min(start + 4, sent_end - 1)):
        tok = doc[j]
        if tok.lower_ in c.apposition_place_nouns:
            if doc[j + 1].lower_ not in {"in", "of"}:
                return None
            return _place_after_in(doc, j + 2, by_start)
        if not (tok.is_lower and tok.is_alpha):
            return None
    return None


def _units_holding(place: ResolvedPlace) -> list[Candidate]:
    """The units a place named as holding another stands for: its units, and the
    first-level units of its towns (a municipality known by its seat's name)."""
    gaz = get_gazetteer()
    units = [q for q in place.candidates if q.is_country or q.is_admin1 or q.is_admin2]
    seen = {(q.cc, q.admin1) for q in units if q.is_admin1}
    for cand in place.candidates:
        if cand.is_town and cand.admin1 and (cand.cc, cand.admin1) not in seen:
            seen.add((cand.cc, cand.admin1))
            unit = gaz.admin1(cand.cc, cand.admin1)
            if unit is not None:
                units.append(unit)
    return units


def _place_after_in(doc: Doc, start: int, by_start: dict[int, ResolvedPlace]
                    ) -> ResolvedPlace | None:
    """The place named after "in" ("in Mali", "in central Mali", "in war-torn Mali",
    "in the Mopti region"), up to three lower-case words between; not a people's
    adjective, nor a name that owns something other than a place ("in Russia's war")."""
    j = start
    while j < len(doc) and ((j - start < 3 and doc[j].is_lower and doc[j].is_alpha)
                            or doc[j].text == "-"):
        j += 1
    follower = by_start.get(j)
    if follower is None or follower.label == "demonym":
        return None  # "Alexandria in the southern Sudanese capital": says nothing of it
    after = follower.span.end
    if after + 1 < len(doc) and doc[after].text in {"'s", "’s"} \
            and doc[after + 1].is_lower:
        return None
    return follower


def _evidence(item: ResolvedPlace) -> tuple[Weights[str], Weights[tuple[str, str]]]:
    """How much a mention says about the document's country and admin1: a name with
    candidates in k countries gives 1/k to each; countries and regions named outright
    count more."""
    countries: Weights[str] = Weights()
    admins: Weights[tuple[str, str]] = Weights()
    cands = [cand for cand in item.candidates if not (item.us_state and cand.cc != "US")]
    if item.us_state:
        countries["US"] += 1.0
        admins["US", item.us_state] += 2.0
    if not cands:
        return countries, admins
    if item.label == "demonym":
        # "Somali militia": the people's nationality, weak evidence of where.
        countries[cands[0].cc] += 0.5
        return countries, admins
    # Organisations, communities and road ends say less about where the text is.
    weight = 0.5 if any(flag in item.label for flag in ("|org", "|people", "|route")) else 1.0
    if item.admin_cue and not any(cand.is_admin1 or cand.is_admin2 or cand.fcode == "ADM3"
                                  for cand in cands):
        # "Suba subcounty" with only towns of the name abroad: a unit the gazetteer
        # lacks, so its readings say next to nothing about where the text is.
        weight *= 0.25
    elif item.admin_cue or item.qualifier:
        weight *= 2.0  # "Kitui county", "Kisumu, Kenya": said outright
    # A name's vote is shared among its readings by how likely each is before
    # context: "Virginia" votes mostly for the US state, little for small towns.
    plausibility = {cand.id: math.exp(min(_prior(cand), 9.0)) for cand in cands}
    by_cc: dict[str, list[Candidate]] = defaultdict(list)
    for cand in cands:
        by_cc[cand.cc].append(cand)
    cc_mass = {cc: max(plausibility[c.id] for c in group) for cc, group in by_cc.items()}
    cc_total = sum(cc_mass.values())
    for cc, group in by_cc.items():
        strong = any(cand.is_country for cand in group) and len(by_cc) == 1
        countries[cc] += weight * (3.0 if strong else 1.0) * cc_mass[cc] / cc_total
    by_admin: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for cand in cands:
        if cand.admin1 and not cand.is_country:
            by_admin[cand.cc, cand.admin1].append(cand)
    if by_admin:
        a1_mass = {key: max(plausibility[c.id] for c in group) for key, group in by_admin.items()}
        a1_total = sum(a1_mass.values())
        for key, group in by_admin.items():
            strong = any(cand.is_admin1 for cand in group)
            admins[key] += weight * (2.0 if strong else 1.0) * a1_mass[key] / a1_total
    return countries, admins


def _prior(cand: Candidate) -> float:
    """How likely a name means this entry before context (population, kind)."""
    if cand.is_country:
        score = 9.0
    elif cand.is_admin1:
        score = 5.5
    elif cand.is_admin2:
        score = 4.5
    elif cand.fcode == "ADM3":
        score = 3.5  # a ward: a local unit, weaker than any town of the name
    elif cand.id < 0:
        score = 6.0  # project supplement: places news names
    else:
        score = math.log10(cand.population + 10)
        if cand.fcode == "PPLC":
            score += 1.5
    if cand.alt:
        score -= 1.0
    return score


def _near_unit(town: Candidate, unit: tuple[str, str]) -> bool:
    """Is the town within NEAR_UNIT_KM of the middle of that first-level unit (the
    mean point of its towns)?"""
    entry = get_gazetteer().admin1(*unit)
    if entry is None or None in (entry.lat, entry.lon, town.lat, town.lon):
        return False
    assert entry.lat is not None and entry.lon is not None
    assert town.lat is not None and town.lon is not None
    return town.cc == unit[0] and \
        haversine_km(town.lat, town.lon, entry.lat, entry.lon) <= NEAR_UNIT_KM


def _elsewhere(place_focus: Weights[str]) -> float:
    """How much the document's other named places point to some country."""
    return sum(value for cc, value in place_focus.items() if cc)


def _choose(item: ResolvedPlace, focus: Weights[str],
            admin1_focus: Weights[tuple[str, str]],
            sentence_units: set[tuple[str, str]] | None = None,
            *, elsewhere: float = 0.0, dateline: Candidate | None = None) -> None:
    """Choose the item's place. ``elsewhere``: the weight of the document's other
    named places (demonyms aside) and of the source's prior; without it, nothing
    says a minor place is abroad. ``dateline``: the place the reporter files from."""
    item.chosen = None
    if not item.candidates:
        return
    unit_countries = {cc for cc, _ in sentence_units or ()}
    total = sum(focus.values())
    a1_total = sum(admin1_focus.values())
    scored = []
    # A unit named after its main town ("Kisumu", "Isiolo"): the town, unless the
    # text says "county"/"province" (ACLED codes the town, precision 1).
    town_units = {(c.cc, c.admin1) for c in item.candidates
                  if c.is_town and not c.alt and c.population >= 1000}
    named_units = {(c.cc, c.admin1) for c in item.candidates if c.is_admin1 and not c.alt}
    for cand in item.candidates[:300]:
        score = _prior(cand)
        if cand.is_admin1 and not item.admin_cue and (cand.cc, cand.admin1) in town_units:
            score -= 3.0
        if cand.is_town and not cand.alt and cand.population >= 1000 and \
                (cand.cc, cand.admin1) in named_units:
            # The main town of a unit of the same name ("Kwale"): as prominent as the
            # unit, more than a same-named town of the same size elsewhere.
            score += UNIT_TOWN_BONUS
        if item.admin_cue:
            # "Idlib province": the administrative unit, not the town.
            score += 6.0 if (cand.is_admin1 or cand.is_admin2 or cand.fcode == "ADM3") \
                else -2.0
            if item.admin_cue == "admin1" and cand.is_admin1:
                score += 1.0
        if item.town_cue:
            score += 2.0 if cand.is_town else -2.0
        elif item.vague_town_cue and cand.is_town:
            # "Samburu area": a town of the name a little more likely, but the county
            # of that name is no less one ("the Laikipia area").
            score += 1.0
        if item.qualifier:
            score += 6.0 if any(_contains(q, cand) for q in item.qualifier) else -3.0
        if item.us_state:
            score += 6.0 if (cand.cc == "US" and cand.admin1 == item.us_state) else -3.0
        if total:
            score += COUNTRY_WEIGHT * focus[cand.cc] / total
        if a1_total and cand.admin1:
            # The region itself counts too: "Minnesota" in an article about its counties.
            score += ADMIN1_WEIGHT * admin1_focus[cand.cc, cand.admin1] / a1_total
        if sentence_units:
            score += 4.0 if (cand.cc, cand.admin1 or "") in sentence_units else \
                2.0 if cand.cc in unit_countries else 0.0
        scored.append((score, cand))
    scored.sort(key=lambda sc: -sc[0])
    best = scored[0][1]
    top_admin = admin1_focus.most_common(1)
    if unit_countries and best.cc not in unit_countries and not best.is_country and (
            best.population < 100_000 or item.town_cue or item.vague_town_cue):
        return  # "Jerusalem village of Kirinyaga County": a local name, not abroad
    explicit = bool(item.admin_cue or item.town_cue or item.vague_town_cue or item.qualifier
                    or item.us_state)
    # (Places of the project's supplement, id < 0, are conflict places named in the
    # news on purpose: never taken for a stray hamlet.)
    if (best.is_town and best.population < WEAK_MATCH_POPULATION and best.id >= 0
            and (best.alt or not best.name.isascii()) and focus[best.cc] == 0
            and not (item.qualifier or item.us_state)):
        # A hamlet matched only loosely (an alternate name, or a plain spelling of
        # "Kargı"/"Litér") that nothing else in the document supports: more likely a
        # local place the gazetteer lacks.
        return
    if (not explicit and best.is_town and best.population < 20_000 and top_admin
            and (best.cc, best.admin1) not in named_units
            and a1_total >= 2
            and top_admin[0][1] >= 0.5 * a1_total
            and admin1_focus[best.cc, best.admin1 or ""] == 0 and not item.qualifier
            and not item.us_state and not _near_unit(best, top_admin[0][0])):
        # A small town outside the region the document is about: more likely a
        # local place the gazetteer lacks. (Not one just across the region's edge:
        # Gatumba, a suburb of a city that is a unit of its own.)
        return
    # "Ngara estate", "Salima village": says what kind of place, not in which country.
    explicit_where = bool(item.admin_cue or item.qualifier or item.us_state)
    if not explicit_where and total >= 2 and elsewhere >= 1 and _minor_abroad(best, focus) \
            and (best.id >= 0 or _local_unit(best)) and not best.is_country and best.cc:
        # A minor place abroad while the document is clearly about elsewhere:
        # more likely a local name the gazetteer lacks than this place.
        return
    if _namesake_far_from_dateline(best, dateline, focus) and not explicit_where:
        # "BAMAKO (AFP) - ... near Boni": a foreign city known by that name only in
        # some language (Bonn), in a country nothing else in the story names, far
        # from where the reporter is: a local place the gazetteer lacks.
        return
    if item.qualifier and best.is_town and best.id >= 0 and \
            (best.alt or best.population < 20_000 or _abroad_of_units(best, item.qualifier)
             or item.qualifier_in) and \
            not any(_contains(q, best) for q in item.qualifier):
        # "Laare, Meru County": a small namesake outside the unit the text names is
        # a local place the gazetteer lacks (the unit places the event). Of any size
        # when the text says where it lies ("the town of Palma in northern Mozambique":
        # not the Spanish city), or when the unit lies in another country ("Caterham,
        # Surrey, England": no Surrey of England is known, so not the Canadian city;
        # "Mariakani, Mombasa" is a Kenyan town near the county named, kept).
        return
    if _local_unit(best) and (
            (item.qualifier and not any(_contains(q, best) for q in item.qualifier))
            or (sentence_units and (best.cc, best.admin1 or "") not in sentence_units)):
        # "Kutulo, Wajir County", "near Sankuri (Lamu county)": a ward or constituency
        # of another county is a namesake; the place is one the list lacks.
        return
    if item.admin_cue and best.is_town and best.id >= 0 and total \
            and focus[best.cc] < STRAY_FOCUS:
        # "Saku constituency", "Suba sub-county", "Bui division": a unit of the
        # document's country, not a town abroad that has the name (a country only
        # the stray readings of other names point to is no support).
        return
    item.chosen = best
    item.score = scored[0][0]
    item.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 5.0


def _minor_abroad(best: Candidate, focus: Weights[str]) -> bool:
    """Is ``best`` a minor place in a country no other place of the document points
    to? A town under 100,000 or one matched by an alternate name, in a country with no
    support at all; or a small town (under 20,000) in a country only the stray readings
    of other names support (a Chinese hamlet for a Nigerian district, a Russian village
    for a lake; not Kiev or Erie, which a stray reading of a US or Canadian story may
    well mean)."""
    if focus[best.cc] == 0:
        return best.alt or best.population < 100_000
    return focus[best.cc] < STRAY_FOCUS and best.population < SMALL_TOWN_POPULATION


def _namesake_far_from_dateline(best: Candidate, dateline: Candidate | None,
                                focus: Weights[str]) -> bool:
    """Is ``best`` a town matched only by an alternate name, in a country that no
    other place of the document points to, far from the dateline's place (of
    another country)?"""
    if dateline is None or not best.alt or not best.is_town or best.id < 0 \
            or not best.cc or best.cc == dateline.cc or focus[best.cc] > 0:
        return False
    if best.lat is None or best.lon is None or dateline.lat is None or dateline.lon is None:
        return False
    return haversine_km(best.lat, best.lon, dateline.lat, dateline.lon) > DATELINE_NAMESAKE_KM


def _abroad_of_units(best: Candidate, qualifier: list[Candidate]) -> bool:
    """Does the "X, Y" qualifier name only units within a country (no country of that
    name: "Georgia" may be either), none of them in the candidate's country?"""
    return not any(q.is_country or q.cc == best.cc for q in qualifier)


def _same_name_unknown(items: list[ResolvedPlace]) -> None:
    """One name, one place per story: a name refused as a namesake outside the unit the
    text puts it in ("Caterham, Surrey, England") is refused where it is told again
    without the unit ("Caterham, Surrey")."""
    refused = {item.key for item in items
               if item.qualifier and item.chosen is None and item.candidates
               and all(_abroad_of_units(c, item.qualifier) for c in item.candidates)}
    for item in items:
        if item.key in refused and not item.qualifier and item.chosen is not None \
                and item.chosen.is_town and item.chosen.id >= 0:
            item.chosen = None


def _local_unit(cand: Candidate) -> bool:
    """A constituency or ward of the project's Kenyan list (a point of its own, unlike
    the US counties): a local name, never the place of a document about elsewhere."""
    return cand.fcode == "ADM3" or (cand.is_admin2 and cand.lat is not None)


def _contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.is_country:
        return inner.cc == outer.cc and not inner.is_country
    if outer.is_admin1:
        return inner.cc == outer.cc and inner.admin1 == outer.admin1 and not inner.is_admin1
    if outer.is_admin2:
        return (inner.cc == outer.cc and inner.admin1 == outer.admin1
                and not inner.is_admin2)
    return False


def _place_counties(items: list[ResolvedPlace]) -> None:
    """Entries without coordinates (US counties): near the document's towns in the
    same state, else the state's reference point."""
    gaz = get_gazetteer()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for item in items:
        cand = item.chosen
        if cand and cand.is_town and cand.lat is not None and cand.lon is not None:
            towns[cand.cc, cand.admin1 or ""].append((cand.lat, cand.lon))
    for item in items:
        cand = item.chosen
        if cand is None or cand.lat is not None:
            continue
        near = towns.get((cand.cc, cand.admin1 or ""))
        if near:
            lat, lon = near[0]
        else:
            state = gaz.admin1(cand.cc, cand.admin1)
            if state is None or state.lat is None or state.lon is None:
                item.chosen = None
                continue
            lat, lon = state.lat, state.lon
        item.chosen = Candidate(cand.id, cand.name, lat, lon, cand.cc, cand.admin1,
                                cand.admin2, cand.fcode, cand.population, cand.alt)


def find_place_mentions(doc: Doc, article: Article, *, prior: RegionPrior | None = None,
                        resolved: list[ResolvedPlace] | None = None) -> list[PlaceMention]:
    """Every toponym in the document, resolved with document context.

    Names inside organisation names ("Kenya Defence Forces", "Rapides Parish
    Fire District") are reported too (they are toponyms); the event's place is
    never taken from them (see ``resolve.places``). ``prior``: the source's home
    region (see ``SourceRegions``); ``resolved``: spans already resolved."""
    gaz = get_gazetteer()
    out = []
    if prior is None and resolved is None:
        prior = source_country_prior(article.source) or default_country_prior()
    items = resolved if resolved is not None else resolve_place_spans(doc, prior)
    for item in items:
        if item.chosen is None and item.label.startswith("gaz") and \
                not item.label.startswith("gaz+ner"):
            # A gazetteer name the context ruled out: not a toponym here. One the
            # model also calls a place stays, unresolved (a place the gazetteer lacks).
            continue
        place: Place | None = gaz.to_place(item.chosen) if item.chosen else None
        out.append(PlaceMention(
            doc_id=article.doc_id,
            start=item.span.start_char,
            end=item.span.end_char,
            text=item.span.text,
            place=place,
            score=round(_confidence(item), 3),
        ))
    return out


@cache
def source_country_prior(source: str | None) -> RegionPrior | None:
    """A country named in the article's source ("Daily Nation (Kenya)", "Kenya
    Standard"): a weak prior on where the article's places are."""
    if not source:
        return None
    inside = re.findall(r"\(([^)]{2,40})\)", source)
    text = inside[-1] if inside else source
    words = name_key(text).split()
    grams = [" ".join(words[i:j]) for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 4) + 1)]
    found = get_gazetteer().lookup(grams)
    countries = {c.cc for cands in found.values() for c in cands if c.is_country and not c.alt}
    if len(countries) != 1:
        return None
    return RegionPrior(countries={countries.pop(): 1.0}, admin1s={}, votes=2.0)


def default_country_prior() -> RegionPrior | None:
    """The feed's country ($EVENTCODER_COUNTRY, e.g. "Kenya" for a national feed, the
    variable the actor stage reads too): the same weak prior as a source naming it."""
    return _country_prior(os.environ.get(COUNTRY_ENV_VAR, "").strip())


@cache
def _country_prior(name: str) -> RegionPrior | None:
    if not name:
        return None
    key = name_key(name)
    found = get_gazetteer().lookup([key]).get(key, [])
    countries = {c.cc for c in found if c.is_country}
    if len(countries) != 1:
        return None
    return RegionPrior(countries={countries.pop(): 1.0}, admin1s={}, votes=2.0)


def _confidence(item: ResolvedPlace) -> float:
    if item.chosen is None:
        return 0.0
    return 1.0 / (1.0 + math.exp(-(item.margin - 0.5)))


def spans_overlapping(items: Iterable[Any], start: int, end: int) -> list[Any]:
    """Items with ``start``/``end`` character offsets that overlap [start, end)."""
    return [it for it in items if it.start < end and start < it.end]
