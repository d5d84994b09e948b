"""Choosing an event's place among the document's resolved toponyms.

``place_for_mention(mention, doc, places, article)`` sets ``mention.place``,
``mention.place_mention``, ``mention.geo_precision`` and ``mention.country``, and
adds an ``Evidence`` with field "location". ACLED's precision rules:

- 1: a named town, or a district of a large city ("the X district of Mosul" is
  coded to Mosul at precision 1), or a named facility (air base, camp...);
- 2: "near X", "outside X", "N km north of X", or a second-level unit (district);
- 3: only a first-level unit is known: the unit's capital's coordinates, as ACLED
  codes such events (else the unit's representative point).

No country-level events: when only the country is known, ``place`` stays None
and ``country`` is set. Places in the dateline ("BEIRUT (AFP) -"), in names of
organisations and demonyms ("Syrian") are context, never the event's place.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span

from eventcoder.extract.actor_matcher import default_country
from eventcoder.extract.actors import SPAN_KEY as ACTOR_SPANS
from eventcoder.extract.places import (
    SourceRegions,
    base_name_key,
    cues,
    default_country_prior,
    find_place_mentions,
    place_flags,
    resolve_place_spans,
    source_country_prior,
    spans_overlapping,
)
from eventcoder.extract.triggers import TRIGGER_GROUP
from eventcoder.resolve.actors import default_actor_dictionary
from eventcoder.resolve.dates import sequel_verb_end
from eventcoder.resolve.gazetteer import get_gazetteer, load_place_data, name_key
from eventcoder.schema import Article, EventMention, Evidence, Place, PlaceMention
from eventcoder.text import (
    doc_text,
    expanded_span,
    group_spans,
    paragraph_break,
    sentence_bounds,
    sentence_tokens,
)

__all__ = ["country_focus", "feed_place_mentions", "place_for_mention"]

_BETWEEN_TOKENS = re.compile(r"[^\W_]+|[^\w\s-]")


def feed_place_mentions(doc: Doc, article: Article, regions: SourceRegions | None
                        ) -> list[PlaceMention]:
    """``find_place_mentions`` for a stream of articles: each source's home region,
    learned from the places of its earlier articles, is a prior on this one's
    ("Huntsville" in a Texas paper is in Texas). Articles without a source, or
    whose source has too few places so far, get the plain resolution, as every
    article does without ``regions``. Resolves the document once, then records
    its places for the source's later articles."""
    if regions is None:
        return find_place_mentions(doc, article)
    prior = regions.prior(article.source) or source_country_prior(article.source) or \
        default_country_prior()
    items = resolve_place_spans(doc, prior)
    regions.observe(article.source, article.doc_id, items)
    return find_place_mentions(doc, article, resolved=items)

# Feature codes ranked by how specific a place is (lower first).
_ADMIN1 = {"ADM1"}
_ADMIN2 = {"ADM2", "ADM3", "ADMD"}
# Lakes and the like: an area, coded at its centre with precision 2 ("on Lake Turkana").
# Lakes and parks: an area, coded at its point with precision 2 (near, not in, a town)
_NATURAL_FEATURES = frozenset({"LK", "PRK"})
_NOT_EVENT_PLACES = ("PCL", "RGN", "CONT")


def _specificity(pm: PlaceMention) -> int:
    code = pm.place.feature_code if pm.place else None
    if code in _ADMIN1:
        return 2
    if code in _ADMIN2:
        return 1
    return 0


def _usable(pm: PlaceMention, flags: dict[tuple[int, int], str]) -> bool:
    if pm.place is None:
        return False
    label = flags.get((pm.start, pm.end), "")
    if "dateline" in label or "org" in label or "people" in label or "gov" in label \
            or label == "demonym":
        return False
    return not (pm.place.feature_code or "").startswith(_NOT_EVENT_PLACES)


def country_focus(places: list[PlaceMention],
                  flags: dict[tuple[int, int], str] | None = None) -> str | None:
    """The country most of the document's places lie in (datelines count too).
    Demonyms ("Somali militia") count only when no place names a country."""
    counts: Counter[str] = Counter()
    by_demonym: Counter[str] = Counter()
    for pm in places:
        if pm.place and pm.place.country and pm.place.iso3:
            if flags is not None and flags.get((pm.start, pm.end)) == "demonym":
                by_demonym[pm.place.country] += 1
            else:
                counts[pm.place.country] += 1
    counts = counts or by_demonym
    return counts.most_common(1)[0][0] if counts else None


def _institution_town(places: list[PlaceMention], flags: dict[tuple[int, int], str]
                      ) -> PlaceMention | None:
    """A town named inside an organisation ("Embu University students", "Mokowe GSU
    camp", "Kilgoris Boys School"): where the event is when the text names no other
    place. A well-known town, or one in the country of the feed or of the document's
    other places ("Moi University" is not in Norway's Moi); else a county of those
    countries."""
    home = _home_countries(places, flags)
    for pm in places:
        if pm.place is None or "org" not in flags.get((pm.start, pm.end), ""):
            continue
        if (pm.place.feature_code or "").startswith("PPL") and (
                (pm.place.population or 0) >= 20_000 or pm.place.country in home):
            return pm
    # With no feed country and no place named outside a name, a first-level unit in
    # one ("the Mandera County Assembly") is all there is (small towns in names,
    # "Law Courts", "Moi University", are too often namesakes abroad).
    anywhere = not home
    for pm in places:
        # "Nyeri County Referral Hospital", "the Mandera County Assembly": the county
        # (coded at the precision of a first-level unit).
        if pm.place is not None and "org" in flags.get((pm.start, pm.end), "") and \
                pm.place.feature_code == "ADM1" and (pm.place.country in home or anywhere):
            return pm
    return None


def _community_home(places: list[PlaceMention], flags: dict[tuple[int, int], str]
                    ) -> PlaceMention | None:
    """"Turkana raiders attacked a police post", "the home of an Embu man": a community
    named after its county (read as the county, or as the county's town of the same
    name), when the text names no place at all, places the event in that county."""
    home = _home_countries(places, flags)
    for pm in places:
        place = pm.place
        if place is not None and "people" in flags.get((pm.start, pm.end), "") and \
                place.country in home and _is_county_or_its_town(place):
            return pm
    return None


def _is_county_or_its_town(place: Place) -> bool:
    """A first-level unit, or the town named like its first-level unit ("Embu")."""
    return place.feature_code == "ADM1" or bool(
        place.admin1 and name_key(place.name) == name_key(place.admin1))


def _home_countries(places: list[PlaceMention], flags: dict[tuple[int, int], str]
                    ) -> set[str]:
    """Countries of the feed ($EVENTCODER_COUNTRY) and of the places named outside
    organisations' names."""
    gaz = get_gazetteer()
    prior = default_country_prior()
    out = {name for cc in (prior.countries if prior else {})
           if (name := gaz.country_name(cc))}
    out.update(pm.place.country for pm in places
               if pm.place is not None and pm.place.country
               and "org" not in flags.get((pm.start, pm.end), ""))
    return out


@cache
def _unit_towns() -> dict[tuple[str, str], str]:
    """(country name, admin1 key) -> the unit's capital, from data/places/admin1.yaml."""
    gaz = get_gazetteer()
    out: dict[tuple[str, str], str] = {}
    for iso, entry in (load_place_data("admin1") or {}).items():
        if not entry or not entry.get("town") or not entry.get("name"):
            continue
        country = gaz.country_name(str(iso).split("-", 1)[0])
        if country:
            for name in [entry["name"], *entry.get("aliases", [])]:
                out[country, name_key(name)] = str(entry["town"])
    return out


def _seat_point(place: Place) -> tuple[float, float] | None:
    """Where ACLED puts an event known only to a first-level unit: the unit's
    capital (admin1.yaml), else its largest town of the same name ("Mandera")."""
    return _seat_of(place.country, place.admin1) if place.admin1 else None


@cache
def _seat_of(country: str, admin1: str) -> tuple[float, float] | None:
    gaz = get_gazetteer()
    unit_key = name_key(admin1)
    seat = _unit_towns().get((country, unit_key))
    keys = [name_key(seat)] if seat else [unit_key]
    towns = [
        cand for key, cands in gaz.lookup(keys).items() for cand in cands
        if cand.is_town and not cand.alt and cand.lat is not None and cand.lon is not None
        and gaz.country_name(cand.cc) == country
        and gaz.admin1_names.get((cand.cc, cand.admin1 or "")) == admin1
    ]
    if not towns:
        return None
    best = max(towns, key=lambda cand: cand.population)
    assert best.lat is not None and best.lon is not None
    return best.lat, best.lon


def _is_route_end(pm: PlaceMention, flags: dict[tuple[int, int], str]) -> bool:
    """"the Njoro-Mau Narok road": an end of a road, used only when nothing else is named."""
    return "route" in flags.get((pm.start, pm.end), "")


_JOURNEY_ENDS_KEY = "ec_journey_ends"


def _origin_or_destination(doc: Doc, pm: PlaceMention) -> bool:
    """Places the sentence names as where someone came from or went to ("raiders from
    West Pokot", "trucks ferrying oil to Mombasa"), or that say where such a place lies
    ("coming from Masol village in West Pokot"): the event is at another place the
    sentence names, if any. (Read once per place and Doc: every mention asks again.)"""
    known = doc.user_data.setdefault(_JOURNEY_ENDS_KEY, {})
    key = f"{pm.start}:{pm.end}"
    if key not in known:
        known[key] = _reads_as_journey_end(doc, pm)
    return bool(known[key])


def _reads_as_journey_end(doc: Doc, pm: PlaceMention) -> bool:
    span = expanded_span(doc, pm.start, pm.end)
    if span is None or span.start == 0:
        return False
    c = cues()
    if doc[span.start - 1].lower_ in c.direction_words:
        return True
    if doc[span.start - 1].lower_ == "of":
        return _kind_of_place_after_direction(doc, span.start - 2)
    before = _before_apposition_noun(doc, span.start - 1)
    before = _before_listed_names(doc, before)
    if doc[before].lower_ not in _WHERE_LIES:
        return False
    # Walk back over "<Name> [village] in" / "<Name>," / "hospital in" to a direction
    # word ("coming from Masol village in West Pokot", "taken to hospital in Niamey").
    sent_start = sentence_tokens(doc, span.start)[0]
    unit_words = c.town_after | c.town_before | c.admin_after
    i = before - 1
    seen_name = seen_site = False
    while i >= max(sent_start, before - 6):
        tok = doc[i]
        if tok.lower_ in c.direction_words:
            return seen_name or seen_site
        if tok.lower_ in c.care_prepositions and seen_site and not seen_name:
            return True  # ("treated in hospitals in Jos"): where the hurt are cared for
        if tok.text[:1].isupper() and tok.is_alpha:
            seen_name = True
        elif tok.lower_ in c.destination_sites:
            seen_site = True
        elif tok.lower_ not in unit_words and tok.text not in "-'’" \
                and not (seen_site and tok.lower_ in _ARTICLES):
            return False
        i -= 1
    return False


def _before_listed_names(doc: Doc, i: int) -> int:
    """The token before a list of names when token ``i`` joins the place to names before
    it ("in hospitals in Bokkos and Jos": for Jos, the "in" before Bokkos), else ``i``."""
    j = i
    while j > 0 and doc[j].lower_ in ("and", "or", ",") and doc[j - 1].text[:1].isupper() \
            and doc[j - 1].is_alpha:
        j -= 1
        while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
            j -= 1
        j -= 1
    return j if j != i and j >= 0 else i


def _before_apposition_noun(doc: Doc, i: int) -> int:
    """The token before "the [provincial] capital" when token ``i`` ends one ("in the
    provincial capital Pemba", "in the state capital Makurdi"), else ``i``."""
    c = cues()
    if doc[i].lower_ not in c.apposition_place_nouns:
        return i
    j = i - 1
    while j > 0 and (doc[j].pos_ == "ADJ" or doc[j].lower_ in c.compass_words
                     or doc[j].lower_ in c.admin_after):
        j -= 1
    return j - 1 if j > 0 and doc[j].lower_ in _ARTICLES else i


def _town_told_in_detail(doc: Doc, mention: EventMention, unit: PlaceMention,
                         usable: list[PlaceMention]) -> PlaceMention | None:
    """The town inside the unit that the next sentence names, when the act's own
    sentence places it only in a first-level unit and the next sentence tells no act
    of its own ("A bomb ... in Borno state tore through a minibus ... The vehicle was
    travelling from Maiduguri to Damboa when it drove over the device about 10 km
    outside Damboa"): that sentence says where in the unit the act was. Not a town
    someone came from or went to, nor one in another unit."""
    if unit.place is None or not unit.place.admin1:
        return None
    following = [b for b in sentence_bounds(doc) if b[0] >= mention.sent_end][:1]
    if not following or paragraph_break(doc_text(doc), mention.sent_end, following[0][0]):
        return None
    start, end = following[0][0], following[0][1]
    if any(start <= t.start_char < end for t in group_spans(doc, TRIGGER_GROUP)):
        return None  # an act of its own, placed by its own sentence
    for pm in usable:
        if start <= pm.start < end and pm.place is not None and _specificity(pm) == 0 \
                and pm.place.country == unit.place.country \
                and pm.place.admin1 == unit.place.admin1 and not _journey_end(doc, pm):
            return pm
    return None


def _only_ends_of_a_journey(doc: Doc, places: list[PlaceMention]) -> bool:
    """Are all the places where someone came from or went to?"""
    return all(_journey_end(doc, pm) for pm in places)


def _journey_end(doc: Doc, pm: PlaceMention) -> bool:
    """Where someone came from or went to, not a distance told from a place ("a village
    some 50 kilometres from Moyale town" places the event near Moyale)."""
    return _origin_or_destination(doc, pm) and not _near(doc, pm)


def _kind_of_place_after_direction(doc: Doc, i: int) -> bool:
    """"a tourist from the eastern city of Sialkot", "fled to the nearby town of X",
    "crowds from the island of X": walking back from token ``i`` (before "of") over the
    kind of place ("city", "island"), its adjectives ("eastern", "nearby") and an
    article, is there a direction word?"""
    c = cues()
    kinds = c.town_before | c.admin_after | c.feature_after
    sent_start = sentence_tokens(doc, max(i, 0))[0]
    seen_kind = False
    while i >= max(sent_start, 0):
        tok = doc[i]
        if tok.lower_ in c.direction_words:
            return seen_kind
        if tok.lower_ in kinds:
            seen_kind = True
        elif not (seen_kind and (tok.pos_ == "ADJ" or tok.lower_ in _ARTICLES
                                 or tok.lower_ in c.compass_words)):
            return False
        i -= 1
    return False


_ARTICLES = frozenset({"the", "a", "an"})


def _where_someone_lives(doc: Doc, pm: PlaceMention) -> bool:
    """"President Hadi, who lives in Riyadh, was not in the city", "a manhunt for the
    gunmen who killed 26 people near the resort town of Pahalgam": a place in a relative
    clause about a person (its subject "who") says where the person lives or is or what
    they did before, not where the story's next events happen."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None:
        return False
    tok = span.root
    for _ in range(6):  # the place -> "in" [-> "the town" -> "of"] -> the clause's verb
        if tok.dep_ == "relcl":
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                       for c in tok.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _names_other_event(doc: Doc, pm: PlaceMention) -> bool:
    """"Students protested the Garissa attack in Nairobi": a place used as the name
    of another event ("the X attack", "the X massacre") is not where this one was."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].lower_ == "the" and \
        doc[span.end].lower_ in cues().event_names_after


_CROWD_TYPES = frozenset({"Protests", "Riots"})


def _in_grievance(doc: Doc, pm: PlaceMention) -> bool:
    """"Muslims protested against raids in Gaza", "blocked roads in protest over the
    war in Sudan": a place inside what a crowd protests about (a grievance preposition
    on a protest word) is the grievance's place, not where the crowd gathered."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None:
        return False
    c = cues()
    node = span.root
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in c.gathering_site_preps:
            return False  # where the crowd stood
        if node.dep_ == "prep" and node.lower_ in c.grievance_preps\
                and head.lower_ in c.protest_words:
            return True
        node = head
    return False


def _grievance_in_other_country(doc: Doc, pm: PlaceMention,
                                others: list[PlaceMention]) -> bool:
    """A grievance's place in another country than a place the sentence names outside
    the grievance ("protested against the bombing of Gaza outside the embassy in
    Ankara"): the crowd stood in the other. (In one country, a town after the grievance
    is often where the crowd stood, the parse hanging it on the grievance's noun:
    "marched over higher school fees in <town>".)"""
    return pm.place is not None and _in_grievance(doc, pm) and any(
        other.place is not None and other.place.country != pm.place.country
        and not _in_grievance(doc, other) for other in others)


def _grievance_abroad(doc: Doc, pm: PlaceMention, configured: str | None) -> bool:
    """A grievance's place in another country than the feed's (``configured``, the
    default country: "Muslims protested against raids in Gaza" in a Kenyan feed): no
    event's place; the protest stays in the feed's country."""
    return configured is not None and pm.place is not None\
        and pm.place.country != configured and _in_grievance(doc, pm)


# Words between a place and the unit it lies in ("Masol village in West Pokot",
# "Masol, West Pokot").
_WHERE_LIES = frozenset({"in", ","})


_LIST_JOINERS = (("and",), ("or",), (",", "and"), (",", "or"), ("&",), ("/",))


def _later_in_list(doc: Doc, pm: PlaceMention, others: list[PlaceMention]) -> bool:
    """"Journalists in Nyeri and Kiambu protested", "between Handaro and Sangailu",
    "in Kotulo, Banisa and Takaba": a place after the first of a list of places
    (ACLED codes the first named). "Ahero, Kisumu" (a comma alone) is no list."""
    ordered = sorted(others, key=lambda other: other.start)
    if pm not in ordered:
        return False
    i = ordered.index(pm)
    start = i  # the first item of pm's chain
    while start > 0 and _list_link(doc, ordered[start - 1], ordered[start]) is not None:
        start -= 1
    end = i
    while end + 1 < len(ordered) and _list_link(doc, ordered[end], ordered[end + 1]) is not None:
        end += 1
    if start == i:
        return False
    return any(_list_link(doc, ordered[k], ordered[k + 1]) for k in range(start, end))


def _list_link(doc: Doc, first: PlaceMention, second: PlaceMention) -> bool | None:
    """None: the two are not next to each other in a list; True: joined by "and"/"or";
    False: by a comma alone."""
    if not 0 < second.start - first.end <= 7:
        return None
    between = tuple(t.lower() for t in _BETWEEN_TOKENS.findall(doc.text[first.end:second.start]))
    if between in _LIST_JOINERS:
        return True
    return False if between == (",",) else None


_PLACES_HIT_PATH = frozenset({"pobj", "prep", "nmod", "compound", "appos", "conj"})


def _governed_by_place_preposition(doc: Doc, pm: PlaceMention) -> bool:
    """Is the toponym the object of "at/on/in/near" (directly or through "the towns
    of", "positions near")? A list after "between" or "from" is no set of places hit."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None:
        return False
    token = span.root
    for _ in range(5):
        if token.dep_ == "prep" and token.lower_ in cues().places_hit_prepositions:
            return True
        if token.dep_ not in _PLACES_HIT_PATH or token.head is token:
            return False
        token = token.head
    return False


def _towns_also_hit(doc: Doc, mention: EventMention, chosen: PlaceMention,
                    in_sentence: list[PlaceMention],
                    flags: dict[tuple[int, int], str]) -> list[PlaceMention]:
    """"shelled positions near the towns of X, Y and Z": the towns after the chosen
    first one of an "and" list of distinct towns the violent act hit (ACLED: one event
    per location). The first town stays the mention's place."""
    c = cues()
    if mention.event_type not in c.places_hit_event_types or chosen.place is None \
            or _specificity(chosen) != 0:
        return []
    ordered = sorted(in_sentence, key=lambda pm: pm.start)
    i = ordered.index(chosen)
    if i > 0 and _list_link(doc, ordered[i - 1], chosen) is not None:
        return []  # not the list's first town
    chain = [chosen]
    while i + 1 < len(ordered) and _list_link(doc, ordered[i], ordered[i + 1]) is not None:
        i += 1
        chain.append(ordered[i])
    if len(chain) < 2:
        return _objects_in_other_towns(doc, chosen, ordered[i + 1:], flags)
    if not _and_between(doc, chain[-2], chain[-1]):
        return []
    seen = {chosen.place.geonameid}
    for pm in chain[1:]:
        if (pm.place is None or _specificity(pm) != 0 or pm.place.geonameid in seen
                or not _another_town_hit(doc, pm, chosen, flags)):
            return []
        seen.add(pm.place.geonameid)
    if not _governed_by_place_preposition(doc, chosen) or _units_word_after(doc, chain[-1]):
        return []
    return chain[1:]


def _objects_in_other_towns(doc: Doc, chosen: PlaceMention, later: list[PlaceMention],
                            flags: dict[tuple[int, int], str]) -> list[PlaceMention]:
    """"struck the airport in A and port facilities in B": each object of the act, a
    conjunct noun with its own town after at/in/near, is a place hit (ACLED: one event
    per location). The first town names the first object ("A's airport", "the airport
    in A"); a later place counts when the word before its preposition is a conjunct
    noun and an "and" comes between. A province (named like its seat) is placed at its
    seat, as a lone mention would be."""
    assert chosen.place is not None
    first = expanded_span(doc, chosen.start, chosen.end)
    if first is None or not (first.root.dep_ == "compound" or
                             _governed_by_place_preposition(doc, chosen)):
        return []
    seen = {(chosen.place.name, chosen.place.country)}
    hit: list[PlaceMention] = []
    previous = chosen
    for pm in later:
        if not _object_conjunct_place(doc, pm) or not _and_between(doc, previous, pm):
            continue
        place = pm.place
        if place is None or _specificity(pm) == 1 or (place.name, place.country) in seen \
                or not _another_town_hit(doc, pm, chosen, flags):
            continue
        if _specificity(pm) == 2:
            seat = _seat_point(place)
            if seat is None:
                continue
            pm = dataclasses.replace(pm, place=dataclasses.replace(
                place, latitude=seat[0], longitude=seat[1]))
        hit.append(pm)
        seen.add((place.name, place.country))
        previous = pm
    return hit


def _and_between(doc: Doc, before: PlaceMention, after: PlaceMention) -> bool:
    """Does an "and" stand between the two toponyms (the list's or the objects' last link)?"""
    return "and" in _BETWEEN_TOKENS.findall(doc.text[before.end:after.start].lower())


def _another_town_hit(doc: Doc, pm: PlaceMention, first: PlaceMention,
                      flags: dict[tuple[int, int], str]) -> bool:
    """Can a later place of the sentence be another town the act hit: in the first
    town's country, and no route's end, origin or destination?"""
    assert pm.place is not None and first.place is not None
    return pm.place.country == first.place.country and not _is_route_end(pm, flags) \
        and not _origin_or_destination(doc, pm)


def _object_conjunct_place(doc: Doc, pm: PlaceMention) -> bool:
    """"... and port facilities in B": the place follows at/in/near (and "the"), and
    the word before the preposition is a noun conjoined to an earlier object."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None or span.start < 2:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ == "the":
        prep = doc[span.start - 2]
    if prep.i < 1 or prep.lower_ not in cues().places_hit_prepositions:
        return False
    noun = doc[prep.i - 1]
    return noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN")


def _units_word_after(doc: Doc, last: PlaceMention) -> bool:
    """"in the X, Y and Z districts": the list names units, not towns hit."""
    words = _BETWEEN_TOKENS.findall(doc.text[last.end:last.end + 20].lower())
    c = cues()
    return bool(words) and (words[0] in c.plural_admin or words[0] in c.admin_after)


def _institution_town_in_sentence(places: list[PlaceMention],
                                  flags: dict[tuple[int, int], str], mention: EventMention
                                  ) -> PlaceMention | None:
    """A town of the feed's or the document's countries named in an organisation or
    facility in the mention's sentence ("Suswa Trading Centre")."""
    home = _home_countries(places, flags)
    for pm in places:
        if pm.place is None or "org" not in flags.get((pm.start, pm.end), ""):
            continue
        if mention.sent_start <= pm.start < mention.sent_end and \
                (pm.place.feature_code or "").startswith("PPL") and pm.place.country in home:
            return pm
    return None


def _institution_town_within(places: list[PlaceMention], flags: dict[tuple[int, int], str],
                             region: PlaceMention, mention: EventMention
                             ) -> PlaceMention | None:
    """A town named in an organisation in the mention's sentence ("Maseno University")
    that lies in the first-level unit the sentence names."""
    if region.place is None:
        return None
    for pm in places:
        if pm.place is None or "org" not in flags.get((pm.start, pm.end), ""):
            continue
        if not mention.sent_start <= pm.start < mention.sent_end:
            continue
        if (pm.place.feature_code or "").startswith("PPL") and \
                pm.place.country == region.place.country and \
                pm.place.admin1 and pm.place.admin1 == region.place.admin1:
            return pm
    return None




def _qualifies_other(doc: Doc, pm: PlaceMention, others: list[PlaceMention]) -> bool:
    """"Likuyani subcounty, Kakamega", "Litein (Kericho)": a county, or the town named
    like its county, written after a place inside it to say where that place is. The
    place before it is the more exact one."""
    place = pm.place
    if place is None or not place.admin1 or not _is_county_or_its_town(place):
        return False
    c = cues()
    unit_words = c.admin_after | c.town_after | c.unit_parts
    for other in others:
        if other is pm or other.place is None or other.end > pm.start or \
                other.place.admin1 != place.admin1 or other.place.country != place.country \
                or other.place.feature_code == "ADM1":
            continue
        between = _BETWEEN_TOKENS.findall(doc_text(doc)[other.end:pm.start])
        while between and between[0].lower() in unit_words:
            between.pop(0)
        if between in ([","], ["("]):
            return True
    return False


def _bearing_from(doc: Doc, pm: PlaceMention, others: list[PlaceMention]) -> bool:
    """"In Taldykorgan, east of Almaty", "Aguelhok, about 160 km north of Kidal": a
    place that an apposition names as the point another place's bearing is taken
    from says where that place lies; the place before it is where things happened."""
    c = cues()
    bearings = c.compass_words | {w for w in c.near_words if "-" in w}
    text = doc_text(doc)
    for other in others:
        if other is pm or other.end > pm.start or other.place is None:
            continue
        between = [w.lower() for w in _BETWEEN_TOKENS.findall(text[other.end:pm.start])]
        if len(between) < 3 or between[0] != "," or between[-1] != "of" \
                or between[-2] not in bearings:
            continue
        # (only a distance may stand between: "about 160 km", "some 20 miles")
        if all(w in c.near_words or w.isdigit() or w in ("about", "some", "around")
               for w in between[1:-2]):
            return True
    return False


def _near(doc: Doc, pm: PlaceMention) -> bool:
    """"near X", "outside X", "10 km north of X", "on the outskirts of X"."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None:
        return False
    words = cues().near_words
    sent_start = sentence_tokens(doc, span.start)[0]  # span.sent.start
    before = [t.lower_ for t in doc[max(sent_start, span.start - 4):span.start]]
    return any(w in words for w in before)


def _named_part(pm: PlaceMention) -> bool:
    """"Lamu West", "Lake Naivasha": a part of the named place, or a feature beside
    it, that the gazetteer lacks (coded to the place at precision 2)."""
    if pm.place is None:
        return False
    key = name_key(pm.text)
    return key != name_key(pm.place.name) and base_name_key(key, cues()) is not None


def _city_of_district(doc: Doc, pm: PlaceMention, usable: list[PlaceMention]
                      ) -> PlaceMention | None:
    """For "the X district of Y" / "X, a suburb of Y": the mention of Y."""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None:
        return None
    window = doc[span.end:min(len(doc), span.end + 5)]
    part_of = cues().part_of_words
    for i, tok in enumerate(window):
        if tok.lower_ in part_of and i + 1 < len(window) and window[i + 1].lower_ == "of":
            after = window[i + 1].idx + len(window[i + 1].text)
            for other in usable:
                if other.start > after and other.start - after <= 6:
                    return other
    return None


# "in the Somali capital", "Afghanistan's capital", "in the capital": no name given,
# none following ("the capital, Kabul" names it and is found as a place).
_CAPITAL_PHRASE = re.compile(
    r"\b(?:the\s+(?:(?P<adj>[A-Z][\w'-]+)\s+)?capital|(?P<owner>[A-Z][\w-]+)'s\s+capital)"
    r"\b(?!\s*,?\s*(?:city\s+(?:of\s+)?)?[A-Z])")


def _capital_named(doc: Doc, mention: EventMention, places: list[PlaceMention],
                   flags: dict[tuple[int, int], str]) -> PlaceMention | None:
    """A country's capital told by the phrase, not by its name, in the mention's
    sentence: the country a demonym or country name before "capital" names, or the
    document's country for a bare "the capital"."""
    text = doc_text(doc)
    m = _CAPITAL_PHRASE.search(text, mention.sent_start, mention.sent_end)
    if m is None:
        return None
    return _capital_place(m, mention, places, flags)


def _capital_told_before(doc: Doc, mention: EventMention, places: list[PlaceMention],
                         flags: dict[tuple[int, int], str], after: int
                         ) -> PlaceMention | None:
    """The capital a phrase told last before the mention's sentence, and after the
    character ``after`` (the last place named before it), if any ("stormed a hotel in
    the Somali capital on Friday ... Security forces ended the siege on Saturday"): a
    named place like any other for a later sentence that names none."""
    told = list(_CAPITAL_PHRASE.finditer(doc_text(doc), max(after, 0), mention.sent_start))
    return _capital_place(told[-1], mention, places, flags) if told else None


def _capital_place(m: re.Match[str], mention: EventMention, places: list[PlaceMention],
                   flags: dict[tuple[int, int], str]) -> PlaceMention | None:
    named = "adj" if m.group("adj") else "owner" if m.group("owner") else None
    if named is not None:
        country = next((pm.place.country for pm in places
                        if pm.start == m.start(named) and pm.place is not None
                        and (pm.place.feature_code or "").startswith("PCL")), None)
    else:
        # "the capital" in a story filed from a capital is that capital (the reporter's
        # city, "MOSCOW - ... drones struck buildings in the capital's southwest"); else
        # the capital of the country the story's places are in
        country = _dateline_capital_country(places, flags) or country_focus(places, flags)
    place = _capital_of(country) if country else None
    if place is None:
        return None
    return PlaceMention(doc_id=mention.doc_id, start=m.start(), end=m.end(), text=m.group(0),
                        place=place, score=1.0)


def _dateline_capital_country(places: list[PlaceMention], flags: dict[tuple[int, int], str]
                              ) -> str | None:
    """The country whose capital the dateline names, if it names one."""
    dateline = next((pm for pm in places if "dateline" in flags.get((pm.start, pm.end), "")
                     and pm.place is not None), None)
    if dateline is None or dateline.place is None or dateline.place.feature_code != "PPLC":
        return None
    return dateline.place.country


# country -> its capital, per gazetteer object (the lookup scans the index: ~50 ms)
_CAPITALS: dict[tuple[int, str], tuple[object, Place | None]] = {}


def _capital_of(country: str) -> Place | None:
    gaz = get_gazetteer()
    key = (id(gaz), country)
    if key not in _CAPITALS:
        capital = gaz.capital(country)
        # the gazetteer is kept with its entry, so that its id is never reused
        _CAPITALS[key] = (gaz, gaz.to_place(capital) if capital is not None else None)
    place = _CAPITALS[key][1]
    return dataclasses.replace(place) if place is not None else None  # callers own theirs


def _unknown_place_near(doc: Doc, mention: EventMention, places: list[PlaceMention],
                        usable: list[PlaceMention]) -> PlaceMention | None:
    """"a raid on the village of Kadawa near Kaura Namoda ... a firefight in the forest
    outside Kadawa": a name no gazetteer knows, told once as lying near a known place,
    is at that place (precision 2, the "near" before it) when a later sentence names it
    again."""
    near_words = cues().near_words
    text = doc_text(doc)
    sentence = text[mention.sent_start:mention.sent_end]
    for pm in usable:
        if pm.end > mention.sent_start:
            break
        span = expanded_span(doc, pm.start, pm.end)
        if span is None or span.start < 2 or doc[span.start - 1].lower_ not in near_words:
            continue
        name_end = span.start - 1
        name_start = name_end
        while name_start > 0 and doc[name_start - 1].pos_ == "PROPN" and \
                doc[name_start - 1].text[:1].isupper() and name_end - name_start < 3:
            name_start -= 1
        if name_start == name_end:
            continue
        name = doc[name_start:name_end]
        if spans_overlapping(places, name.start_char, name.end_char):
            continue  # a known place (or a candidate the resolver refused)
        if re.search(rf"\b{re.escape(name.text)}\b", sentence):
            return pm
    return None


def _same_country_as_sentence(doc: Doc, pm: PlaceMention, mention: EventMention,
                              places: list[PlaceMention]) -> bool:
    """The place lies in a country the mention's sentence names (or its people), or
    the sentence names none but as an origin ("raiders from Sudan") or an owner. ("M23 seized
    Bunagana on Congo's border with Uganda ... a charge Kigali rejects": a town the
    gazetteer lacks in Congo is not Rwanda's capital.)"""
    # (nor one that only says whose side: "The U.S. military's Central Command said the
    # strikes ...", "the Iran-aligned movement" name no country where they were)
    named = {p.place.country for p in _sentence_countries(mention, places)
             if p.place is not None and not _origin_or_destination(doc, p)
             and not _owner_of_speaker_or_side(doc, p)}
    return not named or (pm.place is not None and pm.place.country in named)


def _owner_of_speaker_or_side(doc: Doc, pm: PlaceMention) -> bool:
    """A country named as the owner of an owner ("The U.S. military's Central Command":
    the country's institution's office) or joined to a participle ("the Iran-aligned
    movement"): whose side someone is on, not where an event was. (A plain modifier,
    "Kenya Defence Forces soldiers were killed", may be where they serve.)"""
    span = expanded_span(doc, pm.start, pm.end)
    if span is None:
        return False
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    if _joined_to_participle(span):
        return True
    head = span.root
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "poss" and head.i != span.root.i


def _dateline_town(doc: Doc, mention: EventMention, places: list[PlaceMention],
                   flags: dict[tuple[int, int], str]) -> PlaceMention | None:
    """The dateline's town for an event of a kind that happens where the reporter is
    (``dateline_event_types``: talks, protests) when the text names no place for it,
    unless its sentence names another country ("NAIROBI - Protesters in Somalia ...")."""
    if mention.sub_event_type not in cues().dateline_event_types:
        return None
    dateline = next((pm for pm in places if pm.place is not None
                     and "dateline" in flags.get((pm.start, pm.end), "")
                     and not (pm.place.feature_code or "").startswith(("PCL", "ADM"))), None)
    if dateline is None or dateline.place is None:
        return None
    named = {pm.place.country for pm in _sentence_countries(mention, places)
             if pm.place is not None and not _nationality_only(doc, pm, flags)}
    return dateline if not named or dateline.place.country in named else None


def _nationality_only(doc: Doc, pm: PlaceMention, flags: dict[tuple[int, int], str]) -> bool:
    """A demonym ("Somali militia"), or a country name used as a noun's modifier or owner
    ("the US drone programme", "the US's estimate of the dead"): whose the thing is,
    not where the event was. Not before a word for a part of the land ("the
    Kenya-Ethiopia border", "Nigeria's northeast region")."""
    if flags.get((pm.start, pm.end)) == "demonym":
        return True
    span = expanded_span(doc, pm.start, pm.end)
    if span is None or span.root.dep_ not in ("compound", "poss"):
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head is not head:  # "the Kenya-Ethiopia border"
        head = head.head
    c = cues()
    land = c.near_words | c.route_words | c.town_before | c.admin_after | c.part_of_words
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in land


def _joined_to_participle(span: Span) -> bool:
    """"Iran-aligned", "US-led", "Saudi-backed": the name joined by a hyphen to a
    lower-case word that ends in -ed (a participle)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and \
        not span[-1].whitespace_ and not doc[span.end].whitespace_ and \
        doc[span.end + 1].is_lower and doc[span.end + 1].is_alpha and \
        doc[span.end + 1].text.endswith("ed")


@cache
def _country_parts() -> tuple[dict[str, str], dict[tuple[str, str], str], re.Pattern[str]]:
    """(direction word -> direction, (country code, direction) -> admin1 name, the
    regex of a direction told just before a country's name), from
    data/places/country_parts.yaml."""
    data = load_place_data("country_parts") or {}
    words = {str(w).lower(): str(d) for d, forms in (data.get("directions") or {}).items()
             for w in forms}
    parts = {(str(cc), str(d)): str(name) for cc, by_direction in data.items()
             if cc != "directions" for d, name in (by_direction or {}).items()}
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    told = re.compile(rf"(?:\bthe\s+(?P<of>{alternatives})\s+of|\b(?P<before>{alternatives}))\s+$",
                      re.IGNORECASE)
    return words, parts, told


def _country_part(doc: Doc, country: PlaceMention, article: Article) -> PlaceMention | None:
    """The admin1 unit a direction before a country's name stands for ("southern
    Lebanon", "north-west Syria", "the north of Mali"), as a place mention over
    the whole phrase; None when no direction is told or the data has no unit."""
    if country.place is None:
        return None
    words, parts, told = _country_parts()
    text = doc_text(doc)
    match = told.search(text, max(0, country.start - 40), country.start)
    if match is None:
        return None
    direction = words[(match.group("of") or match.group("before")).lower()]
    gaz = get_gazetteer()
    cc = (country.place.iso3 and gaz.country_code(country.place.iso3)) \
        or gaz.country_code(country.place.country)
    name = parts.get((cc or "", direction))
    if name is None:
        return None
    key = name_key(name)
    unit = next((c for c in gaz.lookup([key]).get(key, [])
                 if c.cc == cc and c.fcode.startswith("ADM1")), None)
    if unit is None:
        return None
    place = gaz.to_place(unit)
    seat = _seat_point(place)
    if seat is not None:
        place = dataclasses.replace(place, latitude=seat[0], longitude=seat[1])
    return PlaceMention(doc_id=article.doc_id, start=match.start(), end=country.end,
                        text=text[match.start():country.end], place=place)


def _non_state_group(name: str) -> bool:
    """A rebel group or militia the dictionary knows (not "Delhi Police" or "Kenya
    Defence Forces", whose place names where they serve)."""
    actor = default_actor_dictionary().resolve(name, None)
    return actor is not None and actor.inter in (2, 3, 4)


_GROUP_NAMES_KEY = "ec_non_state_group_names"


def _group_names(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of the rebel groups' and militias' names in the Doc,
    found once per Doc (every mention's place is chosen against them)."""
    cached = doc.user_data.get(_GROUP_NAMES_KEY)
    if isinstance(cached, list):
        return cached
    # (and a state named by its capital, "the Kyiv regime": the city is no place of
    # the event, the words name the country's forces wherever they struck)
    names = [(s.start_char, s.end_char) for s in doc.spans.get(ACTOR_SPANS, ())
             if s.label_ == "named" and (_non_state_group(s.text)
                                         or default_actor_dictionary().named_by_capital(s.text))]
    doc.user_data[_GROUP_NAMES_KEY] = names
    return names


def _inside_group_name(pm: PlaceMention, group_names: list[tuple[int, int]]) -> bool:
    """Is the place part of a longer armed group's name ("the Jalisco cartel",
    "the Kachin Independence Army")? It names the group, not where it struck."""
    return any(start <= pm.start and pm.end <= end and (start, end) != (pm.start, pm.end)
               for start, end in group_names)


def _sentence_countries(mention: EventMention, places: list[PlaceMention]
                        ) -> list[PlaceMention]:
    """The countries (names and demonyms) the mention's sentence names, in order."""
    return [pm for pm in places
            if pm.place and mention.sent_start <= pm.start < mention.sent_end
            and (pm.place.feature_code or "").startswith("PCL")]


def place_for_mention(
    mention: EventMention, doc: Doc, places: list[PlaceMention], article: Article
) -> None:
    flags = place_flags(doc)
    group_names = _group_names(doc)
    configured = default_country()  # (read once: the environment, per place it is slow)
    kept = [pm for pm in places if not _grievance_abroad(doc, pm, configured)]
    grievance_dropped = len(kept) < len(places)
    places = kept
    usable = [pm for pm in places if _usable(pm, flags)
              and not _inside_group_name(pm, group_names)]
    chosen: PlaceMention | None = None
    # "The protest followed a march in Nakuru": after such a verb, the earlier event's
    # place; the protest told again is placed as the sentences before place it
    told_until = sequel_verb_end(doc, mention) or mention.sent_end
    in_sentence = [pm for pm in usable if mention.sent_start <= pm.start < told_until]
    if in_sentence and _only_ends_of_a_journey(doc, in_sentence) and any(
            pm.end <= mention.sent_start and not _journey_end(doc, pm) for pm in usable):
        # "opened fire on the train as it travelled from Quetta to Peshawar": where the
        # victims came from and went to; the story has already said where it happened
        in_sentence = []
    if in_sentence:
        chosen = min(
            in_sentence,
            key=lambda pm: (_is_route_end(pm, flags),
                            _origin_or_destination(doc, pm) or _names_other_event(doc, pm)
                            or mention.event_type in _CROWD_TYPES
                            and _grievance_in_other_country(doc, pm, in_sentence),
                            _qualifies_other(doc, pm, in_sentence),
                            _specificity(pm), _later_in_list(doc, pm, in_sentence),
                            _bearing_from(doc, pm, in_sentence),
                            # Of a road's ends, the first named ("the Nairobi-Nakuru
                            # highway" is coded to Nairobi); else the nearest place.
                            pm.start if _is_route_end(pm, flags)
                            else abs(pm.start - mention.trigger_start)),
        )
        if _specificity(chosen) == 2 or (
                chosen.place is not None and (chosen.place.feature_code or "").startswith("PPL")
                and _is_county_or_its_town(chosen.place)):
            # "Maseno University in Kisumu county", "the Mumias Sugar Company
            # (Kakamega)": the institution's town, inside the county, is more exact
            # than the county or the county's town.
            chosen = _institution_town_within(places, flags, chosen, mention) or chosen
        elif _is_route_end(chosen, flags):
            # a trading centre named on a road between two towns: the facility's
            # town on the road, not an end of the road.
            chosen = _institution_town_in_sentence(places, flags, mention) or chosen
        if _specificity(chosen) == 2:
            chosen = _town_told_in_detail(doc, mention, chosen, usable) or chosen
    else:
        chosen = _capital_named(doc, mention, places, flags) or _unknown_place_near(
            doc, mention, places, usable)
        before = [pm for pm in usable if pm.end <= mention.sent_start]
        # the last place named as where things happened, not as a journey's end
        before = [pm for pm in before if not _journey_end(doc, pm)] or before
        if chosen is None:
            # the story's last-named place is a capital told by a phrase
            chosen = _capital_told_before(doc, mention, places, flags,
                                          before[-1].end if before else 0)
        if before and chosen is None:
            last_sentence_start = expanded_span(doc, before[-1].start, before[-1].end)
            if last_sentence_start is not None:
                # last_sentence_start.sent.start_char
                sent_start = doc[sentence_tokens(doc, last_sentence_start.start)[0]].idx
                recent = [pm for pm in before if pm.start >= sent_start
                          and not _where_someone_lives(doc, pm)]
                chosen = min(recent, key=lambda pm: (_is_route_end(pm, flags),
                                                     _specificity(pm), -pm.start),
                             default=None)
        # the document's first event place; not where someone came from when the
        # story names another ("The man, a tourist from the eastern city of Sialkot,
        # had been held in Madyan"), but "lynched a thief who had hired a rider from
        # Kilifi town" names only Kilifi
        first = next((pm for pm in usable if not _origin_or_destination(doc, pm)),
                     usable[0] if usable else None)
        if chosen is None and first is not None and _same_country_as_sentence(
                doc, first, mention, places):
            chosen = first
        if chosen is None:
            chosen = _institution_town(places, flags) or _community_home(places, flags)
        if chosen is None:
            chosen = _dateline_town(doc, mention, places, flags)
    precision: int | None = None
    if chosen is not None and chosen.place is not None:
        place = chosen.place
        city = _city_of_district(doc, chosen, usable)
        if city is not None and _specificity(city) == 0:
            chosen = city
            precision = 1
        else:
            spec = _specificity(chosen)
            precision = 3 if spec == 2 else \
                2 if spec == 1 or _near(doc, chosen) or _named_part(chosen) \
                or (place.feature_code or "") in _NATURAL_FEATURES else 1
        mention.place = chosen.place if chosen.place is not None else place
        if precision == 3:
            seat = _seat_point(mention.place)
            if seat is not None:
                mention.place = dataclasses.replace(mention.place, latitude=seat[0],
                                                    longitude=seat[1])
        mention.place_mention = chosen
        mention.geo_precision = precision
        if precision in (1, 2) and chosen in in_sentence:
            mention.also_hit = _towns_also_hit(doc, mention, chosen, in_sentence, flags)
        mention.country = mention.place.country
        mention.evidence.append(Evidence(
            doc_id=article.doc_id, start=chosen.start, end=chosen.end, text=chosen.text,
            field="location",
        ))
        return
    # No town or region: the country named in the sentence, else the document's
    # (a demonym, "Somali militia", is the weakest clue).
    sentence_countries = sorted(
        _sentence_countries(mention, places),
        key=lambda pm: _nationality_only(doc, pm, flags),
    )
    nationality_only = bool(sentence_countries) and _nationality_only(
        doc, sentence_countries[0], flags)
    part = _country_part(doc, sentence_countries[0], article) \
        if sentence_countries and not nationality_only else None
    if part is not None:
        # "in southern Lebanon", "the north of Mali": the unit such a phrase
        # means, known only to the first level (precision 3, at its seat)
        mention.place = part.place
        mention.place_mention = part
        mention.geo_precision = 3
        mention.country = part.place.country if part.place else mention.country
        mention.evidence.append(Evidence(doc_id=article.doc_id, start=part.start,
                                         end=part.end, text=part.text, field="location"))
        return
    named = sentence_countries[0].place if sentence_countries else None
    if named is not None and nationality_only:
        named = None if country_focus(places, flags) else named
    mention.country = named.country if named is not None else country_focus(places, flags)
    if named is None and grievance_dropped:
        mention.country = configured  # the feed's, not the grievance's country
    if named is not None:
        # the sentence names the country: evidence of the event's country (merging
        # tells it from a country that is only the article's focus)
        told = sentence_countries[0]
        mention.evidence.append(Evidence(doc_id=article.doc_id, start=told.start,
                                         end=told.end, text=told.text, field="country"))
