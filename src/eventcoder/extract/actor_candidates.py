"""The candidates for an event's sides, found once per document.

Dictionary names and role words; groups the dictionary does not know, kept as written
("a militia calling itself ..."); communities and their members; people who only tell the story
(a spokesman, a commander quoted); each candidate's role by the parse around a trigger (doer,
target, victim); and references back ("the group", "they") to the actor named before.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventcoder.extract.actor_matcher import (
    MODIFIER_KINDS,
    WORDS,
    ActorCandidate,
    actor_spans,
    after_non_prefix,
    copy_actor,
    is_armed,
    is_state,
)
from eventcoder.extract.sources import load_lexicon as load_source_lexicon
from eventcoder.extract.triggers import TRIGGER_GROUP, read_text
from eventcoder.resolve.actors import ActorDictionary
from eventcoder.schema import Actor, EventMention
from eventcoder.text import (
    doc_cache,
    lower_and_like_num,
    parse_table,
    sentence_tokens,
    token_children,
)


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
        if kind in MODIFIER_KINDS:
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            shared = _shared_force_word(spans, i, dictionary)
            if shared is not None:
                # "Mozambican and Rwandan troops": each demonym with the one noun
                out.append((span, *shared))
                i += 1
                continue
            if nxt is not None and nxt.label_ not in MODIFIER_KINDS and (
                    nxt.start == span.end or kind == "demonym" and _possessive_gap(span, nxt)):
                merged = span.doc[span.start:nxt.end]
                out.append((merged, "community" if kind != "demonym" else nxt.label_,
                            read_text(merged)))
                i += 2
                continue
            if nxt is not None and kind == "demonym" and nxt.label_ in ("role", "named")\
                    and _led_gap(span, nxt):
                # "Saudi-led warplanes": the leading state's forces, read as "Saudi
                # warplanes" (a coalition's own name, "Saudi-led coalition", is an alias)
                merged = span.doc[span.start:nxt.end]
                out.append((merged, nxt.label_, f"{span.text} {read_text(nxt)}"))
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
                        f"{span.text} {read_text(spans[i + 1])}"))
            i += 2
            continue
        elif kind == "named" and _names_its_kind(span, spans[i + 1] if i + 1 < len(spans)
                                                 else None, dictionary):
            # "the Viv Ansanm coalition": the name's group, not a second one ("coalition")
            out.append((span.doc[span.start:spans[i + 1].end], kind, span.text))
            i += 2
            continue
        elif kind != "figure":  # a public figure only tells the country
            out.append((span, kind, read_text(span)))
        i += 1
    return out


def _shared_force_word(spans: list[Span], i: int, dictionary: ActorDictionary
                       ) -> tuple[str, str] | None:
    """(label, words) of the actor word two coordinated demonyms share ("Mozambican and
    Rwandan troops"), when ``spans[i]`` is the first of them, alone: only "and" or a
    comma stands before the second, which is marked alone before the word or with it
    ("Rwandan troops" of a country file)."""
    if i + 1 >= len(spans) or spans[i].label_ != "demonym":
        return None
    first, nxt = spans[i], spans[i + 1]
    between = [t.lower_ for t in first.doc[first.end:nxt.start]]
    if between not in (["and"], [","], [",", "and"]):
        return None
    if nxt.label_ == "demonym" and i + 2 < len(spans):
        word = spans[i + 2]
        if word.label_ not in MODIFIER_KINDS and word.start == nxt.end:
            return word.label_, f"{first.text} {word.text}"
        return None
    if nxt.label_ in ("named", "role") and len(nxt) > 1\
            and dictionary.country_of_word(nxt[0].text) is not None:
        return nxt.label_, f"{first.text} {nxt[1:].text}"
    return None


def _named_members(name: Span, word: Span | None, dictionary: ActorDictionary) -> bool:
    """Is ``word`` a generic word for armed men right after a non-state armed group's
    name ("Islamic State insurgents", "ISWAP jihadists"), or after "X-linked" ("Islamic
    State-linked insurgents")? The name tells whose they are; the resolver reads
    "<name> <member word>" as the group."""
    # (a lower-case word a country file also lists, "insurgents" of Syria's rebels,
    # is labelled "named")
    if word is None or word.label_ not in ("generic", "named") or len(word) != 1\
            or word.root.lower_ not in WORDS.member_words:
        return False
    doc = name.doc
    if word.start != name.end and not (
            word.start == name.end + 2 and doc[name.end].text == "-"
            and doc[name.end + 1].lower_ in WORDS.linking_participles):
        return False
    group = dictionary.resolve(name.text, None)
    return group is not None and group.inter in (2, 3, 4)\
        and is_armed(dictionary.resolve(word.text, None))


def _names_its_kind(name: Span, word: Span | None, dictionary: ActorDictionary) -> bool:
    """Is ``word`` a lone word right after a non-state armed group's name that says what
    kind of group it is ("the Viv Ansanm coalition", "the Zaire militia's faction")? A
    word the dictionary reads on its own ("coalition") names no second actor there."""
    if word is None or word.start != name.end or len(word) != 1\
            or word.root.lower_ not in WORDS.group_kind_words:
        return False
    group = dictionary.resolve(name.text, None)
    return group is not None and group.inter in (2, 3, 4)


def _qualified_group(word: Token, by_head: dict[int, ActorCandidate]) -> ActorCandidate | None:
    """The named armed group whose name qualifies a word of its kind ("the ISWAP faction",
    "the Mai-Mai coalition"): the group the word stands for."""
    if word.lower_ not in WORDS.group_kind_words:
        return None
    for child in token_children(word):
        group = by_head.get(child.i)
        if child.dep_ in ("compound", "nmod", "amod") and group is not None\
                and group.kind in ("named", "unknown") and group.actor is not None\
                and group.actor.inter in (2, 3, 4):
            return group
    return None


def _owns_force_site(word: Token) -> bool:
    """A country's word before a military site that is the object of the act
    ("shelled Russian positions", "fired rockets at Israeli posts"): its forces."""
    site = word.head
    if word.dep_ not in ("amod", "compound") or site.lower_ not in WORDS.force_site_nouns:
        return False
    # (the object only: "Russian positions came under fire" makes the subject the target)
    return site.dep_ == "dobj" or (
        site.dep_ == "pobj" and site.head.lower_ in WORDS.target_preps)


def _fires_the_weapon(word: Token) -> bool:
    """A country's word on a weapon or an attack from afar that did the act ("Russian
    glide bombs hit a school", "killed by Turkish howitzers", "Pakistani air strikes
    killed", "Pakistan's jets struck"): the weapon is the doer's, its forces'. Only the
    word itself qualifies it: "Iranian-made drones" says where they were built."""
    weapon = word.head
    for _ in range(2):  # "Israeli tank shells": through a compound
        if _weapon_or_strike(weapon):
            break
        if weapon.dep_ not in ("compound", "amod", "nmod") or weapon.head.i < weapon.i:
            return False
        weapon = weapon.head
    if weapon.dep_ == "compound" and weapon.head.i > weapon.i and _weapon_or_strike(weapon.head):
        weapon = weapon.head  # "Iranian drone strikes": the strikes, not the drones, acted
    if word.dep_ not in ("amod", "compound", "nmod", "poss") or weapon.i < word.i\
            or not _weapon_or_strike(weapon)\
            or any(t.text == "-" for t in word.doc[word.i:weapon.i]):
        return False
    return weapon.dep_ == "nsubj" or (weapon.dep_ == "pobj" and weapon.head.dep_ == "agent")


def _weapon_or_strike(word: Token) -> bool:
    """A war machine, what it fires, or an attack from afar ("shelling", "air strikes";
    a "strike" or "raid" only with "air", "drone" ... before it)."""
    lower = word.lower_
    if lower in WORDS.weapon_heads or lower in WORDS.ordnance_nouns or lower in WORDS.strike_nouns:
        return True
    return lower in WORDS.air_strike_nouns and any(
        c.lower_ in WORDS.air_strike_modifiers and c.i < word.i for c in word.children)


def _possessive_gap(owner: Span, owned: Span) -> bool:
    """Is only a possessive between a country and an actor word ("Ethiopia's
    government", "Somalia's army")? The country scopes the actor as a demonym does."""
    between = owner.doc[owner.end:owned.start]
    return len(between) == 1 and between[0].tag_ == "POS"


def _led_gap(leader: Span, led: Span) -> bool:
    """Is only "-led" between a demonym and an actor word ("Saudi-led warplanes",
    "French-led forces")? The demonym's state leads them."""
    between = [t.lower_ for t in leader.doc[leader.end:led.start]]
    return between in (["-", "led"], ["led"])


# How an origin is attached to the group word: "raiders from X", "bandits suspected to be
# X", and a relative clause, "gunmen who were said to be from X".
_ORIGIN_DEPS = ("prep", "acl", "relcl")


def _origin_phrases(span: Span) -> Iterator[Token]:
    """The phrases on a group word that tell where its men come from: "raiders from X",
    "bandits suspected to be X", "gunmen who were said to be from X", and a
    relative clause whose verb of coming has a "from" ("gunmen who crossed from X":
    coming_verbs in actor_words.yaml). The phrase hangs on the group noun, also where the
    parse makes a word before it the span's head ("Unidentified armed men from X" at a
    sentence's start, the adjective read as the sentence's root)."""
    heads = [span.root]
    if span[-1] is not span.root and span[-1].pos_ == "NOUN":
        heads.append(span[-1])
    for child in (c for head in heads for c in head.children):
        if child.dep_ in _ORIGIN_DEPS and child.lower_ in WORDS.origin_words:
            yield child
        elif child.dep_ == "relcl" and child.lower_ in WORDS.coming_verbs:
            yield from (t for t in child.children if t.dep_ == "prep" and t.lower_ == "from")


def _country_told(phrase: Token, dictionary: ActorDictionary) -> str | None:
    """The country an origin phrase names, by its whole name ("from South Sudan", not
    Sudan) or as the owner of what it names ("from South Sudan's Murle community")."""
    for token in phrase.subtree:
        # (headlines parse badly: any word of the phrase, with the words it heads)
        named = dictionary.country_named(token.doc[token.left_edge.i:token.i + 1].text)\
            or dictionary.country_named(token.text)
        if named is not None:
            return named
    return None


def _community_of_origin(span: Span, dictionary: ActorDictionary, country: str | None
                         ) -> Actor | None:
    """"raiders from West Pokot", "bandits suspected to be Turkana": the community
    the attackers come from makes them that community's militia (of the country told
    with it, when several countries' files list the people: "armed men from South
    Sudan's Murle community"); "raiders from Ethiopia": the country they come from
    scopes them (Ethiopia's ethnic militia)."""
    for child in _origin_phrases(span):
        told = _country_told(child, dictionary)
        for token in child.subtree:
            if _target_of_another_act(token, child):
                continue
            homes = dictionary.community_homes(token.text)
            if homes:
                return dictionary.resolve_community(
                    token.text, told if told in homes else country, armed=True,
                    text=span.text)
        if told and told != country:
            return dictionary.resolve(span.text, told)
    return None


def _target_of_another_act(token: Token, phrase: Token) -> bool:
    """Is a word of an origin phrase under a verb of another act ("bandits believed to have
    attacked Pokot herders": the herders were attacked, the bandits are not theirs)? Only
    copulas, verbs of coming or belonging ("suspected of coming from X", "believed to belong
    to the X community") and prepositions may stand between the word and the phrase's
    head."""
    node = token
    for _ in range(8):
        if node.i == phrase.i or node.head.i == node.i:
            return False
        node = node.head
        if node.i != phrase.i and node.pos_ in ("VERB", "AUX")\
                and node.lower_ not in WORDS.copula_forms\
                and node.lower_ not in WORDS.coming_verbs\
                and node.lower_ not in WORDS.belonging_words:
            return True
    return False


def _home_told(span: Span, dictionary: ActorDictionary) -> str | None:
    """"Murle raiders from South Sudan", "Nuer militiamen suspected to be from Ethiopia":
    a community that lives in several countries, told coming from one of them, is that
    country's militia, whichever country the event is in."""
    homes = {home for token in span for home in dictionary.community_homes(token.text)}
    if len(homes) < 2:
        return None
    for child in _origin_phrases(span):
        named = _country_told(child, dictionary)
        if named in homes:
            return named
    return _demonym_before(span, homes, dictionary)


def _demonym_before(span: Span, homes: set[str], dictionary: ActorDictionary) -> str | None:
    """"Ugandan Pokot raiders", "Ugandan-Pokot raiders": a demonym just before a people
    that lives on both sides of a border tells which side's people they are."""
    doc = span.doc
    first = next((t for t in span if dictionary.community_homes(t.text)), span[0])
    i = first.i - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0:
        return None
    told = dictionary.country_of_word(doc[i].text)
    return told if told in homes else None


# The places component's span group (extract.places.SPAN_KEY; places imports the actor
# modules, so the key is repeated here rather than imported).
_PLACES_KEY = "ec_places"


def _origin_place(token: Token) -> Span | None:
    """The place span of the places component that covers ``token``, if any."""
    group = token.doc.spans.get(_PLACES_KEY)
    if group is None:
        return None
    return next((s for s in group if s.start <= token.i < s.end), None)


def origin_places(span: Span, dictionary: ActorDictionary) -> list[str]:
    """The home places told after a group word ("raiders from Wajir", "raiders
    suspected to be from Tana River County", "herders from Wajir and Garissa"): the
    places component's names of the object of "from" and of its conjuncts, never a
    country or a community (those are _community_of_origin's)."""
    for child in _origin_phrases(span):
        for token in child.subtree:
            if token.lower_ != "from":
                continue
            obj = next((t for t in token.children if t.dep_ == "pobj"), None)
            if obj is None:
                return []
            names: list[str] = []
            for head in (obj, *obj.conjuncts):
                # ("from Tana River County": the place span is the name before the unit word)
                place = next((p for t in head.subtree if (t is head or t.dep_ != "conj")
                              and (p := _origin_place(t)) is not None), None)
                if place is None or any(dictionary.country_named(t.text)
                                        or dictionary.country_of_word(t.text)
                                        or dictionary.community_countries(t.text)
                                        for t in place):
                    return []
                if place.text not in names:
                    names.append(place.text)
            return names
    return []


def place_militia(place: str, country: str | None, text: str | None = None) -> Actor:
    """ACLED's name for a local militia told by its home place: "Wajir Communal
    Militia (Kenya)"."""
    return Actor(name=f"{place} Communal Militia ({country})", inter=4, text=text,
                 country=country)


def _read_as_a_place(ent: Span) -> bool:
    """Did the places stage read the whole of this entity as a place (a town, a county),
    and not as an organisation's or a people's name? The tagger labels many African
    town names ORG; the gazetteer and the places stage's context rules know better."""
    place = _origin_place(ent.root)
    if place is None or place.start > ent.start or place.end < ent.end:
        return False
    return not any(flag in place.label_ for flag in ("org", "people", "demonym"))


def _names_a_place(token: Token) -> bool:
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if token.i > 0 and token.doc[token.i - 1].lower_ in WORDS.compass_words:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in WORDS.place_preps:
        return True
    return token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in WORDS.place_nouns


def _plural_community(token: Token, dictionary: ActorDictionary) -> bool:
    """A community name in the plural ("Maasais", "Turkanas") names people, never a
    place, whatever the tagger says."""
    text = token.text
    return len(text) > 3 and text.endswith("s") and bool(
        dictionary.community_countries(text[:-1]))


def _who_they_are_thought_to_be(token: Token) -> bool:
    """A community name after a copula of a verb of suspicion ("the gunmen are believed
    to be Turkana", "raiders thought to be Pokot") says who people are, never where
    something is, whatever the tagger says of a name that is also a county's."""
    return token.dep_ in ("attr", "acomp") and token.head.lower_ in WORDS.copula_forms\
        and token.head.head.lower_ in WORDS.identity_verbs


def paired_community(token: Token) -> bool:
    """A community name set against another, which names people even when it is also
    a place's name: "clashes between Pokot and Turkana", "Turkana and Samburu
    militias", "fighting involving the Degodia and Garre clans"."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in WORDS.pairing_preps:
        return True
    if first.dep_ in ("compound", "nmod", "amod", "conj") and\
            first.head.lower_ in WORDS.community_heads:
        head = first.head
        return head.dep_ == "pobj" and head.head.lower_ in WORDS.pairing_preps or any(
            t.dep_ == "conj" for t in (token, first)) or any(
            c.dep_ == "conj" for c in first.children)
    return False


def _first_at_or_after(spans: list[Span], start: int) -> int:
    """Index of the first span (in document order) that starts at or after ``start``."""
    return bisect.bisect_left(spans, start, key=lambda span: span.start)


def _told_jihadist(span: Span) -> bool:
    """Are the armed men told as Islamist ones ("Islamist insurgents", "jihadist
    fighters", "jihadists")? (words: jihadist_words)"""
    qualifiers = [t for t in span.root.children if t.dep_ in ("amod", "compound")]
    return any(t.lower_ in WORDS.jihadist_words for t in [*span, *qualifiers])


def _unknown_groups(sent: Span, taken: set[int]) -> list[Span]:
    """Proper-noun phrases headed by a group word that the dictionary does not know
    ("the Kabasiran militia", "Jibril clan") or ORG entities in argument slots."""
    out: list[Span] = []
    doc = sent.doc
    chunks: list[tuple[int, int, int, int]] | None = doc_cache(doc).get(_CHUNKS_KEY)
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
        doc_cache(doc)[_CHUNKS_KEY] = chunks
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
        if _names_a_weapon(doc[name_start:head_i + 1]):
            continue  # "Pantsir air defence systems": a weapon, whatever its head word
        out.append(doc[name_start:head_i + 1])
    ents: list[Span] | None = doc_cache(sent.doc).get(_ENTS_KEY)
    if ents is None:
        ents = list(sent.doc.ents)
        doc_cache(sent.doc)[_ENTS_KEY] = ents
    for ent in ents[_first_at_or_after(ents, sent.start):]:
        if ent.start >= sent.end:
            break
        if ent.end > sent.end:
            continue
        if ent.label_ == "ORG" and not any(t.i in taken for t in ent)\
                and not names_an_event(ent.root):  # "Raids", "Improvised Explosive Device"
            if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
                ent.start <= s.start < ent.end for s in out
            ):
                if ent.root.dep_ == "pobj" and ent.root.head.lower_ not in WORDS.party_preps\
                        and not members_of(ent.root):
                    continue
                if ent.root.lower_ in WORDS.facility_heads:
                    continue  # "stormed the Hayat Hotel": the place attacked
                if _names_a_weapon(ent):
                    continue  # "shot down by Pantsir air defence systems": a weapon
                if _ends_of_a_way(ent.root):
                    continue  # "on the road between Elele and Takaba": places
                if _in_tellers_title(ent.root):
                    continue  # "the police commander of Samburu North said": his beat
                if _read_as_a_place(ent):
                    continue  # "laid siege to Wajir": the town the tagger took for a body
                if _surname_of_a_person_named_before(ent, ents):
                    continue  # "Heitz said" after "the prosecutor, Remy Heitz": a person
                out.append(ent)
    return out


def _surname_of_a_person_named_before(ent: Span, ents: list[Span]) -> bool:
    """Is a one-word ORG entity the last name of a person the text named in full before
    ("the prosecutor, Anna Bauer, said ... Bauer added")? The small model often tags a
    surname told alone as an organisation; a person is no armed group."""
    if len(ent) != 1:
        return False
    return any(other.label_ == "PERSON" and len(other) > 1 and other.end <= ent.start
               and other[-1].text == ent.text
               for other in ents[:_first_at_or_after(ents, ent.start)])


_LED_BAND_IDS = frozenset(get_string_id(w) for w in WORDS.led_band_heads)
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _bands_named_by_leaders(sent: Span, taken: set[int], cands: list[ActorCandidate]
                            ) -> list[tuple[Span, Span]]:
    """Armed bands a text names only by the person who leads them ("a militant faction
    led by Hafiz X", "gunmen from a bandit group headed by Y"), each with the leader's
    name: a group the dictionary does not know, which issue #4 wants kept as written
    and flagged, not dropped into an unidentified armed group."""
    doc = sent.doc
    facts = lower_and_like_num(doc)
    armed_at = {i for c in cands if is_armed(c.actor) for i in range(c.span.start, c.span.end)}
    out: list[tuple[Span, Span]] = []
    for i in range(sent.start, sent.end):
        if facts[i][0] not in _LED_BAND_IDS or i in taken:
            continue
        head = doc[i]
        leader = _leader_named_after(head, taken)
        if leader is None or not _an_armed_band(head, armed_at):
            continue
        start = min((t.left_edge.i for t in head.lefts
                     if t.dep_ in _CHUNK_MODIFIERS and t.dep_ != "det"), default=i)
        out.append((doc[start:leader.end], leader))
    return out


def _leader_named_after(head: Token, taken: set[int]) -> Span | None:
    """The person's name after a leading participle of a band's word ("faction led by
    Hafiz Gul Bahadur"), when no actor word of the dictionary holds it (a named group
    that leads, "rebels led by HTS", is read by ``_leader_of``)."""
    doc = head.doc
    for participle in token_children(head):
        if participle.dep_ != "acl" or participle.lower_ not in WORDS.leading_participles:
            continue
        for agent in token_children(participle):
            if agent.dep_ not in ("agent", "prep") or agent.lower_ != "by":
                continue
            name = next((t for t in token_children(agent) if t.dep_ == "pobj"), None)
            if name is None or name.pos_ != "PROPN" or name.ent_type_ in _PLACE_LABELS:
                # (a person's name is often tagged ORG or WORK_OF_ART: only places fail)
                return None
            first = name.i
            while first - 1 > agent.i and doc[first - 1].pos_ == "PROPN":
                first -= 1
            if taken.intersection(range(first, name.i + 1)):
                return None
            return doc[first:name.i + 1]
    return None


def _an_armed_band(head: Token, armed_at: set[int]) -> bool:
    """Is the band's word one of armed men: by itself ("militia", "gang"), qualified by
    an armed word ("a militant faction", "a bandit group"), or the group armed men
    belong to ("gunmen from a group led by ...", "gunmen belonging to a group ...")?"""
    if head.lower_ in WORDS.armed_band_heads:
        return True
    if any(t.i in armed_at for t in head.lefts):
        return True
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.dep_ == "acl" and owner.lower_ in WORDS.belonging_words:
        owner = owner.head  # "gunmen belonging to a group"
    return owner.i in armed_at


def _names_a_weapon(span: Span) -> bool:
    """Does a name the tagger takes for an organisation name a weapon system or war
    machine: a known one ("The Black Hawk was carrying officers"), or one before or at
    a weapon's noun ("Pantsir air defence systems")? A weapon is no side of an act."""
    words = span[1:] if span[0].lower_ == "the" else span
    if words.text.lower() in WORDS.weapon_names:
        return True
    root = span.root
    return root.lower_ in WORDS.weapon_heads or (
        root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in WORDS.weapon_heads)


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
    if prep.head.lower_ in WORDS.place_nouns:
        return True
    if prep.head.lower_ not in WORDS.blast_nouns:
        return False
    doc = token.doc
    places = {i for span in doc.spans.get(_PLACES_KEY, ()) for i in range(span.start, span.end)}
    return any(t.i in places for t in (first, *first.conjuncts) if t.i != token.i)


# The places stage's spans (extract/places.py, which imports this module, names the key).
_PLACES_KEY = "ec_places"


def members_of(token: Token) -> bool:
    """The object of "of" or "from" after a member word ("a commander of the X",
    "gunmen from the X"): the people hit or acting belong to the group, which is
    their side."""
    prep = token.head
    return prep.lower_ in ("of", "from") and prep.head.lower_ in WORDS.membership_heads


_GROUP_HEAD_HASHES: dict[int, frozenset[int]] = {}  # id(vocab) -> hashes of group heads
_CHUNK_MODIFIERS = frozenset({"det", "compound", "amod", "nmod", "poss", "nummod", "quantmod"})


_PRONOUN_IDS = frozenset(get_string_id(w) for w in WORDS.pronouns)


def _group_head_indices(doc: Doc) -> list[int]:
    """Indices of the tokens that are group words ("militia", "front"), from one
    array of the Doc's lower-case forms rather than a loop over Token objects."""
    wanted = _GROUP_HEAD_HASHES.get(id(doc.vocab))
    if wanted is None:
        wanted = frozenset(doc.vocab.strings.add(w) for w in WORDS.group_heads)
        _GROUP_HEAD_HASHES[id(doc.vocab)] = wanted
    return [i for i, (lower, _) in enumerate(lower_and_like_num(doc)) if lower in wanted]


def trigger_tokens(doc: Doc, mention: EventMention) -> tuple[Token, set[int]]:
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
    if trigger.pos_ not in ("VERB", "AUX") or _modifies_a_noun(trigger):
        for _ in range(4):
            if node.head is node or node.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos"):
                break
            node = node.head
            if node.pos_ == "ADP":
                continue
            chain.add(node.i)
            if node.pos_ in ("VERB", "AUX"):
                if _object_of(trigger, node) and node.dep_ == "advcl"\
                        and node.tag_ == "VBG" and not _has_subject(node)\
                        and node.head.pos_ == "VERB":
                    # "X attacked Y, setting off fighting", "..., sparking clashes": the
                    # consequence's fighting is between the main clause's sides
                    chain.add(node.head.i)
                break
    chain |= _shared_verbs(doc, chain)
    return trigger, chain


def _object_of(trigger: Token, verb: Token) -> bool:
    """Is the trigger the verb's object, or told by a measure of time that is ("...,
    sparking clashes", "..., sparking hours of fighting")?"""
    if trigger.dep_ == "dobj" and trigger.head.i == verb.i:
        return True
    prep = trigger.head
    measure = prep.head
    return trigger.dep_ == "pobj" and prep.lower_ == "of" and measure.dep_ == "dobj"\
        and measure.head.i == verb.i and measure.ent_type_ in ("TIME", "DATE")


def _modifies_a_noun(trigger: Token) -> bool:
    """A participle trigger that describes a noun ("Rioting youths attacked ...",
    "Marauding gunmen torched ..."): like a noun trigger, its event is the clause of
    the noun it describes, whose verb tells who was hit."""
    return trigger.tag_ == "VBG" and trigger.dep_ in ("amod", "compound")\
        and trigger.head.pos_ in ("NOUN", "PROPN")


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
        if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX")\
                and not _has_subject(verb):
            out.add(verb.head.i)  # "... and killed", "kept kicking", "tried to kill"
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ == "VERB" and not _has_subject(child):
                out.add(child.i)
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _agent_hung_on_target(child: Token, node: Token, chain: set[int]) -> bool:
    """A 'by' phrase that the parser hangs on the target of a noun trigger ("an attack
    on a village by Garre militia": 'by' under 'village') names the act's doer: a noun
    takes no agent of its own, and the act's 'on/against' phrase is what it follows.
    (A participle between them, "a convoy escorted by police", keeps its own agent.)"""
    if child.dep_ != "prep" or child.lower_ != "by" or node.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in WORDS.target_preps and prep.dep_ == "prep"\
        and prep.head.i in chain and prep.head.pos_ in ("NOUN", "PROPN")


def _role_by_parse(head: Token, trigger: Token, chain: set[int]) -> tuple[str | None, str]:
    """(a1 / a2 / None, the preposition passed) from the path between an actor's
    head token and the trigger's event chain."""
    role, via = _role_by_path(head, trigger, chain)
    if role == "a2" and _owns_another_act(head, chain):
        return None, via
    if role == "a2" and via and _subject_of_a_clause_apart(head, chain):
        return None, via
    return role, via


def _subject_of_a_clause_apart(head: Token, chain: set[int]) -> bool:
    """Is the word the subject of a clause of its own that only describes a word of the
    trigger's phrase ("the riots grew on Friday when residents learnt that ...",
    "protested against the felling of a forest where officials let loggers in")? The
    walk up from it passes the phrase's preposition, which would make it the target;
    it does its own act, apart from the trigger's."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.i not in chain\
        and verb.dep_ in ("relcl", "acl", "advcl")


def _owns_another_act(head: Token, chain: set[int]) -> bool:
    """Is the word the owner of an act other than the trigger's ("seized the town, a
    blow to the government's offensive")? Who owns an act does it: it is never the
    target the path from that act's noun up to the trigger would make it."""
    owned = head.head
    return head.dep_ == "poss" and owned.i not in chain and names_an_event(owned)


def _subject_after_fronted_day(head: Token) -> bool:
    """Is the word the subject of a sentence that opens with its day and no comma ("On
    Tuesday troops retook the town")? The parser reads "Tuesday troops" as the object of
    "On", the day a compound of the noun, and leaves the verb with no subject."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or head.i != prep.i + 2:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and not _has_subject(verb) and any(
        c.dep_ == "compound" and c.i == prep.i + 1 and c.ent_type_ == "DATE"
        for c in token_children(head))


def _holds_the_site(participle: Token, chain: set[int]) -> bool:
    """Is the word a participle of holding that describes a place or position ("stormed
    posts held by a militia", "shelled villages controlled by the rebels")?
    Its agent holds the place: never the doer that "a bomb planted by X" makes it; the
    holder of a military post takes the post's role. An event noun ("a rally held by
    students") or people held ("hostages held by the group") keep the agent as doer."""
    site = participle.head
    return participle.lower_ in WORDS.holding_participles\
        and participle.dep_ in ("acl", "relcl") and site.pos_ in ("NOUN", "PROPN")\
        and site.i not in chain and not names_an_event(site)\
        and site.lower_ not in WORDS.member_words and site.lower_ not in WORDS.people_heads\
        and site.ent_type_ != "PERSON"


def _described_by_passive_act(head: Token, chain: set[int]) -> bool:
    """Does a past participle of the event's chain with its doer after "by" describe the
    word (a headline's "Sudanese traders shot by bandits", "Tanzanians beaten by
    a crowd")? The passive tells those it hit, the agent who hit them. (Without a doer,
    "soldiers armed with rifles", "students wounded after the protests", the participle
    may tell what the word's people are or did.)"""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i in chain
               and any(g.dep_ == "agent" for g in token_children(c))
               for c in token_children(head))


def _doer_after_by(verb: Token) -> bool:
    """Does a past form of a verb have a "by" phrase of its own that names who or what
    did it ("killed by gunmen", "wounded at a water point by raiders", "killed by a
    bomb"), not a means told by a gerund ("by shooting")? The parser hangs it as the
    verb's agent, or as a preposition on the verb or on one of its place phrases."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in token_children(verb)):
        return False  # (a passive takes no object: "supporters beat up three youths")
    for word in verb.subtree:
        if word.lower_ != "by" or word.dep_ not in ("agent", "prep"):
            continue
        if any(c.dep_ in ("pcomp", "punct") for c in token_children(word)):
            continue  # a means ("by shooting"), or a word of its own ("by-election")
        node = word
        while node.dep_ in ("agent", "prep", "pobj") and node.head is not node:
            node = node.head
            if node.i == verb.i:
                return True
    return False


def _role_by_path(head: Token, trigger: Token, chain: set[int]) -> tuple[str | None, str]:
    """``_role_by_parse``'s walk up the parse from the actor's head."""
    if _described_by_passive_act(head, chain):
        return "a2", ""  # ("Sudanese traders shot by bandits"): those it hit
    if _subject_after_fronted_day(head) and head.head.head.i in chain:
        verb = head.head.head
        if verb.lower_ in WORDS.victim_subject_verbs or escaped_harm(verb) or any(
                c.dep_ == "auxpass" for c in token_children(verb)):
            return "a2", ""  # ("On Monday two soldiers were killed")
        return "a1", ""
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
                if word in WORDS.initiator_preps or dep == "agent":
                    return "a1", word
                if word == "between":
                    return "a1", word
                if word in WORDS.target_preps:
                    return "a2", word
                return None, word
            if node.pos_ not in ("VERB", "AUX"):
                if dep in ("poss", "compound", "amod", "nmod", "nsubj"):
                    return "a1", ""
                return None, ""
            if dep in ("nsubj", "csubj"):
                if node.lower_ in WORDS.victim_subject_verbs or escaped_harm(node):
                    return "a2", ""
                if _doer_after_by(node):
                    # a headline's passive the parser reads as active ("two herders
                    # killed by raiders"): a verb with a "by" doer is passive, its
                    # subject the one it hit
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
        if _agent_hung_on_target(child, node, chain):
            return "a1", "by"
        if child.dep_ == "agent" and _holds_the_site(node, chain):
            if node.head.lower_ not in WORDS.force_site_nouns:
                return None, ""  # "villages held by X": who holds a town is not who hit it
            # "positions held by X": X's men hold the post; they take its role
        elif child.dep_ == "agent" or child.dep_ == "prep" and node.lower_ in WORDS.blame_verbs\
                and child.lower_ in WORDS.blame_preps:
            doer_clause = True
        if node.head is node:
            return None, ""
        child, node = node, node.head
        steps += 1
    return None, ""


_CACHE_KEY = "eventcoder_actor_candidates"
_CHUNKS_KEY = "eventcoder_noun_chunks"


_ENTS_KEY = "eventcoder_ents"


_EVENT_TOKENS_KEY = "eventcoder_event_tokens"


def reports(span: Span) -> bool:
    """Is the name the subject of a reporting verb ("..., the health ministry said"), or
    of a verb whose object is a report ("the White House released figures on ...")?
    Who tells of the event is no side of it, nor the force in a teller's title ("the
    police commander of Tiaty said", "according to the county police commander")."""
    # (a phrase the parse hangs by its article, "the police" of "the police
    # commander", is read by its noun)
    root = titled_teller(span[-1] if span.root.dep_ == "det" else span.root)
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "witnesses and officials said"
    if root.dep_ in ("compound", "poss") and root.head.lower_ in WORDS.report_nouns:
        root = root.head  # "according to police figures": the figures' keeper tells
    if root.dep_ == "pobj" and root.head.lower_ == "to"\
            and root.head.head.lower_ in WORDS.attribution_preps:
        return True
    if cited(span):
        return True
    if _gives_a_count(root):
        return True
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    return verb.lower_ in WORDS.reporting_verbs or any(
        child.dep_ == "dobj" and child.lower_ in WORDS.report_nouns for child in verb.children)


def _gives_a_count(root: Token) -> bool:
    """Is the name who a passive verb on a count says gave it ("the toll was raised to
    132 by the government", "a toll given as 100 by a local source")?"""
    if root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.dep_ != "agent":
        return False
    verb = root.head.head
    if verb.dep_ == "acl" and verb.head.lower_ in WORDS.report_nouns:
        return True
    return any(c.dep_ == "nsubjpass" and c.lower_ in WORDS.report_nouns for c in verb.children)


def cited(span: Span) -> bool:
    """Is the name (or the body it titles: "the Houthi health ministry") the source that
    another teller cites ("..., the channel said, citing the health ministry")? A source
    of the report, even a group's office, is no side of the event."""
    root = titled_teller(span[-1] if span.root.dep_ == "det" else span.root)
    return root.dep_ == "dobj" and root.head.lower_ in WORDS.citing_verbs


def tells_its_own_act(span: Span) -> bool:
    """Does a group that says something tell of its own act ("the Karenni X Force said
    its fighters captured an outpost", "the Y Front said it had shot down a drone")?
    Then it is a side speaking, not a monitor reporting (``_speaker_as_doer`` gives it
    the act)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in WORDS.self_report_verbs:
        return False
    return any(clause.dep_ == "ccomp" and any(
        c.dep_ in ("nsubj", "nsubjpass") and _names_the_speaker(c, True)
        for c in token_children(clause)) for clause in token_children(verb))


def _owns_the_outlet(span: Span) -> bool:
    """Is the name the owner of a news channel ("a statement posted by the Islamic
    State's Amaq news agency", "according to Amaq, the group's propaganda outlet")?
    A group that publishes a claim through its outlet tells of the act; the claimant
    named beside it is the side, the owner of the channel is none (words: media_words,
    outlet_words, on the possessed noun or a word compounded with it)."""
    root = span.root
    if root.dep_ != "poss" or root.head.pos_ != "NOUN":
        return False
    owned = root.head
    words = WORDS.media_words | WORDS.outlet_words
    return owned.lower_ in words or any(
        c.dep_ == "compound" and c.lower_ in words for c in token_children(owned))


# The last word of each forum's name ("council"): a phrase without one names none.
_FORUM_LAST_WORDS = frozenset(body.split(" ")[-1] for body in WORDS.forum_bodies)


def _in_forum_name(span: Span) -> bool:
    """Is the phrase, with the few words after it, the name of a body where states
    deliberate or are judged ("a complaint with the U.N. Security Council", "the United
    Nations General Assembly voted")? Such a body is no side of an event."""
    words = [t.lower_ for t in span.doc[span.start:min(span.end + 4, len(span.doc))]]
    if not _FORUM_LAST_WORDS.intersection(words):
        return False
    text = " ".join(words)
    return any(f" {body} " in f" {text} " for body in WORDS.forum_bodies)


def _names_a_source(span: Span) -> bool:
    """Is this phrase the name of a news agency, outlet, monitor or state medium
    (data/sources.yaml)? Those report events; they are never actors. A name whose
    article is part of it ("The Star") is tried with the article, also when the
    entity leaves out the "the" written before it."""
    lexicon = load_source_lexicon()
    text = span.text
    forms = {text, text[4:] if text.lower().startswith("the ") else text}
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        forms.add(f"the {text}")
    return any(lexicon.exact.fullmatch(form) or lexicon.folded.fullmatch(form)
               for form in forms)


def candidates(doc: Doc, sent: Span, dictionary: ActorDictionary, country: str | None,
                day: dt.date | None) -> list[ActorCandidate]:
    """The actor candidates of a span, computed once per document, country and day
    (several mentions share sentences); each call gets fresh copies to mutate."""
    cache: dict[tuple[int, int, str | None, dt.date | None], list[ActorCandidate]] =\
        doc_cache(doc).setdefault(_CACHE_KEY, {})
    out: list[ActorCandidate] = []
    start = sent.start
    while start < sent.end:  # sentence by sentence, each computed once
        piece_start, piece_end = sentence_tokens(doc, start)
        key = (piece_start, piece_end, country, day)
        if key not in cache:
            cache[key] = _compute_candidates(doc, doc[piece_start:piece_end], dictionary,
                                             country, day)
        out += [ActorCandidate(c.span, c.kind, copy_actor(c.actor) if c.actor else None)
                for c in cache[key] if sent.start <= c.span.start < sent.end]
        start = piece_end
    return out


def _compute_candidates(doc: Doc, sent: Span, dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> list[ActorCandidate]:
    spans = [s for s in actor_spans(doc) if s.start >= sent.start and s.end <= sent.end]
    out: list[ActorCandidate] = []
    taken: set[int] = set()
    named_starts = {s.start for s in spans if s.label_ == "named"}
    for span, kind, words in _merge_modifiers(sorted(spans, key=lambda s: s.start), dictionary):
        if kind == "country":
            # a state named as the doer or target of an act is its armed forces
            named = dictionary.country_named(span.text)
            root = span.root
            in_slot = _country_in_party_slot(root)
            if _owns_force_site(root) or _fires_the_weapon(root):
                # "shelled Russian positions": the demonym's country holds them; "Russian
                # glide bombs struck", "Pakistan's jets struck": its forces fired them
                named, in_slot = named or dictionary.country_of_word(span.text), True
            if named is None and _people_of_a_nation(span):
                # "Somalis protested", "hundreds of Nigerians marched": the people of
                # that nation, not its state
                home = dictionary.country_of_word(span.text)
                if home is not None and after_non_prefix(span[0]):
                    home = country  # ("non-Somalis": people of no nation told)
                if home is not None:
                    taken.update(range(span.start, span.end))
                    out.append(ActorCandidate(span, "generic", dictionary.template_actor(
                        "Civilians ({country})", home)))
                continue
            if named is None or not in_slot or _part_of_a_country(root):
                continue
            actor = dictionary.role_actor("military", named, day, span.text)
            if actor is not None and country and named != country and actor.inter == 1:
                actor.inter = 8
            if actor is not None:
                taken.update(range(span.start, span.end))
                out.append(ActorCandidate(span, "named", actor))
            continue
        if _describes_next_group(span, named_starts):
            taken.update(range(span.start, span.end))
            continue  # "the al Qaeda-linked JNIM": the group named after is the actor
        if _in_forum_name(span):
            taken.update(range(span.start, span.end))
            continue  # "the United Nations Security Council": a forum, no side
        holder = _holds_a_place(span) or _names_a_landmark(span)
        home = _home_told(span, dictionary) if kind == "community" else None
        actor = dictionary.resolve_community(span.text, home, armed=True, text=span.text)\
            if home is not None else dictionary.resolve(words, country, day)
        if actor is None and kind == "assoc":
            actor = dictionary.assoc_group(span.text, country)
        if actor is None and kind == "community":
            actor = dictionary.resolve_community(span.text, country, armed=True, text=span.text)
            if actor is None and len(span) > 1:
                # "Turkana villagers": the community's people, civilians unless they
                # fight (a battle's side: see actor_sides.community_fighters)
                actor = dictionary.resolve(span[-1].text, country, day)
                if actor is not None and actor.inter != 7:
                    actor = None
        if actor is None or (kind == "community" and len(span) == 1
                             and _names_a_place(span[0]) and not paired_community(span[0])
                             and not _plural_community(span[0], dictionary)
                             and not _who_they_are_thought_to_be(span[0])):
            continue
        if kind == "community" and _in_tellers_title(span.root):
            continue  # "said the commander of Samburu North": a place of office
        if not is_state(actor) and _owns_the_outlet(span):
            # "posted by Islamic State's Amaq news agency": the channel's owner (a
            # state's, "the military's media wing said", is read as the teller it is)
            taken.update(range(span.start, span.end))
            continue
        name_end = _name_before_group_word(span, sent)
        if kind == "generic" and span.root.lower_ in WORDS.group_heads\
                and name_end is not None and name_end not in taken\
                and doc[name_end].lower_ not in WORDS.community_heads\
                and doc[name_end].lower_ not in WORDS.jihadist_words:
            # ("Clan fighters" opening a sentence: a common word, capitalised)
            continue  # "the Kaptalamwa Defence Militia": a named group, found below
        if kind == "role" and _ends_an_unknown_name(span, sent, taken):
            continue  # "the Andean Popular Army": a named group, found below
        if kind == "role" and _site_of_named_forces(span):
            continue  # "the military base of Somaliland's army": the army's
        if kind == "role" and body_of_another(span):
            continue  # "the military council of the group's armed wing": the group's
        if kind == "role" and _qualifies_another_noun(span)\
                and dictionary.role_of(span.text) == "government":
            if not _owns_force_site(span.root):
                continue  # "a government official said", "pro-government militia": not a side
            # "attacked government positions": the government's sites are its army's
            actor = dictionary.role_actor("military", country, day, span.text) or actor
        if kind == "role" and _forces_loyal_to(span.root)\
                and dictionary.role_of(span.root.text) == "government":
            # "forces loyal to the government in Tripoli": the government's armed men
            actor = dictionary.role_actor("military", actor.country or country, day,
                                          span.text) or actor
        if kind in ("role", "generic") and span.root.lower_ in WORDS.member_words:
            # "Haftar's troops", "the general's men": a leader's armed men are his side
            actor = _leaders_forces(span.root, dictionary, country, day) or actor
        office = _office_after(span, sent) if kind == "named" and actor.inter == 3 else None
        if office is not None:
            # "a Jubilee MP", "an ODM civic candidate": one of the party's office
            # holders, a civilian when attacked, not the party
            span, kind = doc[span.start:office + 1], "generic"
            actor = dictionary.template_actor("Civilians ({country})", country)
        civil_start = _civil_officer_start(span, dictionary) if kind == "role" else None
        if civil_start is not None:
            # "attacked the subcounty education officer": an official of a civil
            # service or a firm, a civilian, not the police that "officer" alone names
            span, kind = doc[civil_start:span.end], "generic"
            actor = dictionary.template_actor("Civilians ({country})", country)
        taken.update(range(span.start, span.end))
        if kind == "generic" and actor.inter == 2 and actor.country\
                and actor.name.endswith(f"({actor.country})"):
            # "the Islamic State group": a category's words that name one organisation's
            # branch in the country are its name (no "the group" referring back; a
            # claimant). ("Al Qaeda" mostly describes another group: "al Qaeda-linked".)
            kind = "named"
        if actor.name.startswith("Unidentified Armed Group") and _told_jihadist(span):
            # "Islamist insurgents" where one jihadist insurgency is fought: that group
            actor = dictionary.jihadist_insurgency(country, day) or actor
        if kind == "generic" and is_armed(actor):
            origin = _community_of_origin(span, dictionary, country)
            if origin is None and actor.inter == 4 and country is not None:
                # "raiders from Wajir": a local militia named after its home place
                # (only words of local militias: "gunmen from Mandera town" stay an
                # unidentified armed group)
                places = origin_places(span, dictionary)
                if places:
                    origin = place_militia(places[0], country, span.text)
            actor = origin or actor
        out.append(ActorCandidate(span, "holder" if holder else kind, actor))
    for band, leader in _bands_named_by_leaders(sent, taken, out):
        # the band's armed word ("militant" of "a militant faction led by X") is its own
        out = [c for c in out if not band.start <= c.span.start < band.end]
        taken.update(range(band.start, band.end))
        out.append(ActorCandidate(band, "unknown", Actor(
            name=f"{leader.text} {band.root.text}", inter=3, text=band.text, country=country,
            normalised=False)))
    unknown = _unknown_groups(sent, taken)
    # a monitor or news agency the dictionary does not know as a party reports the
    # event ("the Boston Globe", an outlet named by a media word); it is no side of
    # it, nor is its description ("a Britain-based group")
    source_tokens = {i for span in unknown if _names_a_source(span)
                     or any(t.lower_ in WORDS.media_words for t in span)
                     or reports(span) and not tells_its_own_act(span)
                     for i in range(span.start, span.end)}
    for span in unknown:
        taken.update(range(span.start, span.end))
        if span.start in source_tokens or (span.root.dep_ == "appos"
                                           and span.root.head.i in source_tokens)\
                or _in_forum_name(span):
            continue
        text = span.text
        if text.lower().startswith("the "):
            text = text[4:]
        out.append(ActorCandidate(span, "unknown", Actor(name=text, inter=3, text=span.text,
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
            out.append(ActorCandidate(doc[token.i:token.i + 1], "pronoun", None))
    out += [ActorCandidate(doc[i:i + 1], "pronoun", None)
            for i in _bare_group_words(sent, taken)]
    out.sort(key=lambda c: c.span.start)
    return out


def _one_of_its_people(owned: Token) -> bool:
    """Is the noun a group's own people ("the group's commander", "the group's
    fighters")? Only those make "the group" before them a reference read here; what else
    it owns ("the group's positions") is left as it was."""
    word = owned.lower_
    return word in WORDS.member_words or word in WORDS.person_titles\
        or word in WORDS.spokesperson_nouns


_REFERRING_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})


def _bare_group_words(sent: Span, taken: set[int]) -> list[int]:
    """The words "the group", "the organisation", "the movement" told bare, in an
    argument slot ("The group said in a statement ...", "killing the group's commander",
    "blamed the attack on the group"): like "they", they refer back to the last armed
    group named (``resolve_references``), and name nothing when none was. Words the
    actor matcher reads on its own ("the militants") are its; a group "of" someone ("the
    group of women") or one qualified ("the rights group") is no reference."""
    out: list[int] = []
    lowers = parse_table(sent.doc).lowers
    # (the word read from the parse table: a Token only for the rare group words, the
    # sentence being read once per mention)
    for token in (sent.doc[i] for i in range(sent.start, sent.end)
                  if lowers[i] in WORDS.anaphoric_heads):
        if token.i in taken\
                or token.pos_ != "NOUN" or token.dep_ not in _REFERRING_SLOTS\
                or token.dep_ == "pobj" and token.head.lower_ == "of"\
                or token.dep_ == "poss" and not _one_of_its_people(token.head):
            continue
        kids = token_children(token)
        if not any(c.dep_ == "det" and c.lower_ == "the" and c.i == token.i - 1
                   for c in kids) or any(
                c.dep_ in ("amod", "compound", "nmod", "acl", "relcl")
                or c.dep_ == "prep" and c.lower_ == "of" for c in kids):
            continue
        if any(s.start <= token.i < s.end for s in actor_spans(sent.doc)):
            continue
        out.append(token.i)
    return out


def _name_before_group_word(span: Span, sent: Span) -> int | None:
    """The last word of a proper name that the group word's phrase opens with, over the
    common nouns that say what kind of group it is ("the Kaptalamwa militia", "the
    Comando Vermelho drug gang", "the Sinaloa crime cartel"): the index of the proper
    noun, or None."""
    doc = sent.doc
    i = span.start - 1
    while i >= sent.start and i >= span.start - 3 and doc[i].pos_ == "NOUN"\
            and doc[i].dep_ == "compound" and doc[i].is_lower:
        i -= 1
    if i < sent.start or doc[i].pos_ != "PROPN":
        return None
    return i


def _ends_an_unknown_name(span: Span, sent: Span, taken: set[int]) -> bool:
    """Is a state's force word that is also a group's word ("Army", "Brigade", "Force"),
    capitalised, the last word of a proper name that no country, people or listed actor
    begins ("the Andean Popular Army", "the Tiger Brigade")? That name is a group the
    dictionary lacks, not the state's forces (a country or demonym before it, "Mali
    Army", "Congolese Army", is the state's; a unit's word, "Police Unit", is no group's)."""
    doc = span.doc
    before = span.start - 1
    if len(span) != 1 or span[0].lower_ not in WORDS.group_heads\
            or not span[0].text[:1].isupper() or before < sent.start or before in taken:
        return False
    word = doc[before]
    return word.pos_ == "PROPN" and word.ent_type_ not in ("GPE", "NORP", "LOC")\
        and word.lower_ not in WORDS.community_heads and not any(
            s.start <= before < s.end for s in actor_spans(doc))


def body_of_another(span: Span) -> bool:
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
    if body.i < span.end or body.pos_ != "NOUN" or body.lower_ in WORDS.spokesperson_nouns\
            or body.lower_ in WORDS.member_words\
            or body.lower_ in WORDS.force_site_nouns or body.lower_ in WORDS.landmark_nouns:
        return False
    return any(child.dep_ == "prep" and child.lower_ == "of" and any(
        grand.dep_ == "pobj" and (grand.pos_ == "PROPN" or any(
            t.dep_ == "poss" for t in grand.children)) for grand in child.children)
        for child in body.children)


def _part_of_a_country(root: Token) -> bool:
    """Is the country's name qualified as a part of it ("visited northern Kenya", "shelled
    eastern Ukraine")? A region is a place, not the state's forces."""
    return any(child.dep_ == "amod" and child.lower_ in WORDS.region_adjectives
               for child in root.children)


def _country_in_party_slot(root: Token) -> bool:
    """Is a country's name in a slot of a party to the act (subject, object, "by X",
    "against X")? A conjunct takes its first conjunct's slot: "struck positions in Iraq
    and Syria" names places, "clashes between Ethiopia and Eritrea" two sides."""
    first = root
    for _ in range(6):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    if first.i != root.i and first.dep_ == "pobj"\
            and first.head.lower_ in WORDS.pairing_preps:
        return True
    return first.dep_ in ("nsubj", "dobj", "nsubjpass") or (
        first.dep_ == "pobj" and first.head.lower_ in WORDS.country_party_preps)


def _named_by_belonging(cands: list[ActorCandidate], taken: set[int]) -> list[ActorCandidate]:
    """"The attackers, believed to belong to the al Qaeda-linked JNIM": unnamed armed
    men followed by a phrase of belonging and a named group are that group. The
    generic words keep their place in the sentence (the parse's doer) and take the
    group's name; the group's own words are no second party."""
    absorbed: set[int] = set()
    # (right to left: "a gang of raiders, believed to be Pokot herders" names the raiders
    # first, then the gang made of them)
    for index in range(len(cands) - 2, -1, -1):
        cand, group = cands[index], cands[index + 1]
        if cand.kind != "generic" or not is_armed(cand.actor)\
                or group.kind not in ("named", "community", "unknown")\
                or group.actor is None or group.actor.inter not in (2, 3, 4):
            continue
        # words left out before ("al Qaeda" of "the al Qaeda-linked JNIM") are taken
        between = [t.lower_ for t in cand.span.doc[cand.span.end:group.span.start]
                   if not t.is_punct and t.i not in taken
                   and t.lower_ not in WORDS.linking_participles]
        # "fighters of the National Liberation Army": members of the group named after
        # ("gunmen from the Black Lions Brigade": of a group the dictionary lacks too)
        of_group = (between in (["of"], ["of", "the"], ["from"], ["from", "the"])
                    or _of_described_group(cand.span.doc[cand.span.end:group.span.start]))\
            and cand.span.root.lower_ in WORDS.member_words
        # "a gang of Kikuyu youths", "a band of Pokot raiders": a band made of a group
        of_group = of_group or between == ["of"]\
            and cand.span.root.lower_ in WORDS.band_words
        identity = (_identity_told(between) or _renamed_in_apposition(cand, group, between))\
            and not left_unconfirmed(cand.span.sent)
        if group.kind in ("community", "unknown") and not of_group and not identity:
            # a community or unknown name is absorbed only as the band's members, or as
            # who the men are thought to be ("the attackers, believed to be Pokot raiders")
            continue
        if not of_group and not identity and (
                not any(w in WORDS.origin_words for w in between) or not all(
                    w in WORDS.origin_words or w in WORDS.belonging_words for w in between)):
            continue
        cand.actor = copy_actor(group.actor)
        # (a people's name keeps its kind: its men are the community's militia)
        cand.kind = "community" if group.kind == "community" and identity else "named"
        absorbed.add(index + 1)
    return [c for i, c in enumerate(cands) if i not in absorbed] if absorbed else cands


def _identity_told(between: list[str]) -> bool:
    """Do the words between unnamed armed men and a people or group say who the men are
    thought to be ("believed to be", "suspected to be", "said to be members of")? A
    copula after a word of suspicion, and nothing but such words: no verb of an act that
    would make the people its target ("raiders, believed to have attacked Pokot herders")."""
    return "be" in between and any(w in WORDS.identity_verbs for w in between)\
        and all(w in WORDS.origin_words or w in WORDS.belonging_words
                or w in WORDS.copula_forms or w in WORDS.identity_verbs for w in between)


def left_unconfirmed(sent: Span) -> bool:
    """Does the sentence say its suspicion is not confirmed ("The attackers were suspected
    to be Pokot, though police have not confirmed it", "unverified reports")?"""
    for token in sent:
        if token.lower_ in WORDS.unconfirmed_words:
            return True
        if token.lower_ in WORDS.confirm_words and any(
                child.dep_ == "neg" for child in token_children(token)):
            return True
    return False


def _renamed_in_apposition(cand: ActorCandidate, group: ActorCandidate,
                           between: list[str]) -> bool:
    """Is a people's or group's name an apposition that names the same armed men more
    closely ("a local militia (suspected Ilchamus fighters)"), with at most words of
    suspicion before it?"""
    root = group.span.root
    return root.dep_ == "appos" and root.head.i == cand.span.root.i and all(
        w in WORDS.identity_verbs or w in WORDS.origin_words or w in WORDS.guess_adverbs
        for w in between)


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
    officials identified as ...", "the movement, which calls itself ...", "the fighters,
    whose name is ..."), if any."""
    # ("acl": a clause without its relative pronoun, "gunmen police described as ...",
    # only with a teller of its own; with none, only a participle that gives the group's
    # own name: "a little-known jihadist group called X", "a militia known as Y")
    return next((child for child in token.children
                 if child.lower_ in WORDS.naming_verbs and (child.dep_ == "relcl" or (
                     child.dep_ == "acl" and any(t.dep_ == "nsubj" for t in child.children)))
                 or child.dep_ == "relcl" and _gives_a_name(child)
                 or child.dep_ == "acl" and child.lower_ in WORDS.own_name_participles),
                None)


def _gives_a_name(verb: Token) -> bool:
    """Is a relative clause's verb a copula whose subject is the phrase's name ("the
    fighters, whose full name is X")? Its predicate is who they are."""
    return verb.lemma_ == "be" and any(
        child.dep_ == "nsubj" and child.lower_ in WORDS.name_nouns
        and any(t.lower_ == "whose" for t in child.children) for child in verb.children)


def _named_as(token: Token, verb: Token) -> bool:
    """Is ``token`` the name a naming verb gives: its predicate ("calls itself X") or
    the object of its "as" ("identified as (members of) X")?"""
    # (tokens compared by index: spaCy makes a new Token object at each access)
    if token.dep_ in ("oprd", "attr") and token.head.i == verb.i:
        return True  # "calls itself X", "whose name is X"
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.i == verb.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.i == verb.i:
            return True
        node = node.head
    return False


def _named_in_own_clause(cands: list[ActorCandidate]) -> list[ActorCandidate]:
    """Unnamed armed men or an unknown name whose own relative clause names their group
    ("The assailants, whom officials identified as members of CODECO, stormed ...") are
    that group, where the parse puts them (the doer); the clause's words (its teller, the
    group's name) are no second party."""
    dropped: set[int] = set()
    for cand in cands:
        if cand.kind not in ("generic", "unknown") or cand.actor is None\
                or (cand.kind == "generic" and not is_armed(cand.actor)):
            continue
        root = cand.span.root
        verb = _naming_clause(root)
        if verb is None and root.dep_ in ("amod", "compound")\
                and root.head.lower_ in WORDS.group_heads:
            # ("a little-known militant group called X": the armed word qualifies the
            # group word the clause hangs on)
            verb = _naming_clause(root.head)
        if verb is None:
            continue
        inside = [c for c in cands if c is not cand
                  and verb.left_edge.i <= c.span.root.i <= verb.right_edge.i]
        group = next((c for c in inside if c.actor is not None and c.actor.normalised
                      and c.actor.inter in (2, 3, 4) and _named_as(c.span.root, verb)), None)
        if group is None or group.actor is None:
            continue
        cand.actor, cand.kind = copy_actor(group.actor), "named"
        dropped.update(id(c) for c in inside)
    return [c for c in cands if id(c) not in dropped] if dropped else cands


def _tells_in_relative_clause(span: Span) -> bool:
    """Is the phrase the subject of a naming verb in a relative clause ("Tareq X, who
    Israel said directed attacks", "a man whom police described as a gang leader")? It
    tells who someone is, no side of the event; unless it speaks of itself ("the town,
    which the army said it had retaken")."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lower_ not in WORDS.naming_verbs:
        return False
    return not any(t.lower_ in WORDS.self_report_pronouns and t.dep_ in ("nsubj", "nsubjpass")
                   for t in verb.subtree if t.i != root.i)


def _describes_named_group(cand: ActorCandidate, cands: list[ActorCandidate]) -> bool:
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
    return span.end + 1 < len(doc) and doc[span.end].text == "-"\
        and doc[span.end + 1].lower_ in WORDS.linking_participles\
        and span.end + 2 in named_starts\
        and doc[span.end + 2].lower_ not in WORDS.member_words  # "IS-linked insurgents"


def _civil_officer_start(span: Span, dictionary: ActorDictionary) -> int | None:
    """Where "officer" starts with the words of a civil service or firm that qualify it
    ("the subcounty education officer", "a company officer"); None when nothing such
    qualifies it, or when a force's word does too ("a police press officer")."""
    root = span.root
    if len(span) != 1 or dictionary.role_of(span.text) != "police":
        return None
    qualifiers = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod")]
    if any(dictionary.role_of(t.text) for t in qualifiers):
        return None
    civil = [t.i for t in qualifiers if t.lower_ in WORDS.civil_office_qualifiers]
    return min(civil) if civil else None


def _people_of_a_nation(span: Span) -> bool:
    """Is a lone plural demonym a party of the clause ("Somalis protested", "police
    beat Nigerians", "hundreds of Sudanese refugees ...", the headline "Ethiopians
    killed by bandits")?"""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS"):
        return False
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
        return True
    if root.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in root.children):
        return True  # a headline's passive with no auxiliary: those it hit
    return root.dep_ == "pobj" and root.head.lower_ == "of"\
        and root.head.head.dep_ in ("nsubj", "nsubjpass", "dobj")


def _holds_a_place(span: Span) -> bool:
    """Is the span the first part of "X-held", "X-controlled" ("the regime-held town
    of ...", "rebel-controlled areas"), or the agent of such a participle after the
    place ("positions held by X", "a wing controlled by X")? It says who holds a place,
    not who acted."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-"\
            and doc[span.end + 1].lower_ in WORDS.holding_participles:
        return True
    root, prep = span.root, span.root.head
    return root.dep_ == "pobj" and prep.lower_ == "by" and prep.head.dep_ == "acl"\
        and prep.head.lower_ in WORDS.holding_participles


def _names_a_landmark(span: Span) -> bool:
    """Is the force's word only the owner of a site that places the event ("abducted
    near the police station", "a blast outside the army camp")? Like "regime-held", it
    says whose the landmark is, not who acted: only a battle there is fought with it."""
    root = span[-1] if span.root.dep_ == "det" else span.root
    site = root.head
    if root.dep_ not in ("compound", "amod", "poss") or site.i < span.end\
            or site.lower_ not in WORDS.landmark_nouns or site.dep_ != "pobj":
        return False
    prep = site.head
    return prep.lower_ in WORDS.landmark_preps or (
        prep.lower_ == "to" and prep.head.lower_ in WORDS.landmark_preps)


def _site_of_named_forces(span: Span) -> bool:
    """A role word on a military site whose owner is told after it ("the main military
    base of Somaliland's army"): the owner is the side, the role word no second one."""
    root = span.root
    site = root.head
    return root.dep_ in ("amod", "compound") and site.lower_ in WORDS.force_site_nouns\
        and any(child.dep_ == "prep" and child.lower_ == "of" for child in site.children)


def _leaders_forces(word: Token, dictionary: ActorDictionary, country: str | None,
                    day: dt.date | None) -> Actor | None:
    """The armed group whose forces the dictionary knows by the name of the leader that
    owns the force word ("Haftar's forces" for "Khalifa Haftar's troops"), if any."""
    owner = next((c for c in word.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    first = min([owner.i] + [c.i for c in owner.children
                             if c.dep_ == "compound" and c.pos_ == "PROPN"])
    actor = dictionary.resolve(f"{word.doc[first:owner.i + 1].text}'s forces", country, day)
    return actor if actor is not None and actor.inter in (2, 3, 4) else None


def _forces_loyal_to(word: Token) -> bool:
    """Whether a word is what armed men are told loyal to ("forces loyal to the
    government", "troops loyal to the junta"): the object of "to" on an allegiance
    adjective that qualifies a force or member noun."""
    to, adjective = word.head, word.head.head
    return word.dep_ == "pobj" and to.lower_ == "to"\
        and adjective.lower_ in WORDS.allegiance_adjectives\
        and adjective.head.lower_ in WORDS.member_words and adjective.head.i < adjective.i


def _qualifies_another_noun(span: Span) -> bool:
    """Whether the words only qualify a noun after them ("government officials",
    "county government vehicles") or follow "pro-"/"anti-" ("pro-government")."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end:
        return True
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-"\
        and doc[span.start - 2].lower_ in ("pro", "anti")


def _office_after(span: Span, sent: Span) -> int | None:
    """The index of an office noun right after a party's name, or after one word
    more ("a Jubilee MP", "an ODM civic candidate"), if any."""
    doc = span.doc
    for i in (span.end, span.end + 1):
        if i >= sent.end:
            return None
        if doc[i].lower_ in WORDS.office_nouns:
            return i
        if doc[i].pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
    return None


def assign_roles(cands: list[ActorCandidate], trigger: Token, chain: set[int]) -> None:
    by_head = {c.span.root.i: c for c in cands}
    for cand in cands:
        cand.role, cand.via = _role_by_parse(cand.span.root, trigger, chain)
    _speaker_as_doer(cands, trigger, chain)
    # "clashes between X and Y (militias)": the first side is actor1, the others actor2
    between = [c for c in cands if c.via == "between" and is_armed(c.actor)]
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
        head = cand.span.root
        if len(cand.span) == 1 and head.dep_ == "amod"\
                and any(c.dep_ == "conj" for c in head.children):
            # "Mozambican and Rwandan troops": the second demonym's forces are the
            # first's allies, on its side
            other = by_head.get(head.head.i)
            if other is not None and other is not cand and other.span.start > head.i:
                other.role, other.coord_of = cand.role, cand
    for cand in cands:
        noun = _listing_noun(cand)
        listed = _groups_listed_after(cand, noun, by_head) if noun is not None else []
        first_named = listed[0].actor if listed else None
        if noun is not None and first_named is not None:
            # "two rebel groups, 3R and the UPC": the kind's word is the first group
            # named, the others are on its side; its role is the plural noun's (the
            # kind's word may be a step too deep for the walk: "with the leaders of two
            # of the country's main rebel groups")
            if cand.role is None:
                cand.role, cand.via = _role_by_parse(_counted_part(noun), trigger, chain)
            cand.actor, cand.kind = copy_actor(first_named), "named"
            for group in listed:
                group.role, group.via, group.coord_of = cand.role, cand.via, cand
            continue
        leader = _leader_of(cand, by_head)
        if leader is not None and leader.actor is not None:
            # "Syrian rebels led by Hayat Tahrir al-Sham attacked": the named leader is
            # the side; the led words keep their place in the sentence (its doer)
            cand.actor, cand.kind = copy_actor(leader.actor), "named"
            leader.role, leader.coord_of = cand.role, cand
            continue
        backed = _backed_side(cand, by_head)
        if backed is not None:
            # "soldiers backed by volunteer fighters pushed them back": who backs a side
            # fights on it, an ally coordinated with it, never its enemy
            cand.role, cand.via, cand.coord_of = backed.role, backed.via, backed


def _listing_noun(cand: ActorCandidate) -> Token | None:
    """The plural word for groups that an armed candidate is or qualifies ("armed
    groups", "rebel groups"), which a list of their names may follow."""
    if cand.actor is None or not is_armed(cand.actor):
        return None
    root = cand.span.root
    noun = root if root.lower_ in WORDS.listed_group_nouns else root.head
    if noun.lower_ not in WORDS.listed_group_nouns or noun.tag_ != "NNS"\
            or (noun is not root and root.dep_ not in ("amod", "compound")):
        return None
    return noun


def _counted_part(noun: Token) -> Token:
    """The number that counts a part of the plural noun ("two of the country's main rebel
    groups"): it stands where the noun would, one step nearer the verb."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.like_num:
        return prep.head
    return noun


def _groups_listed_after(cand: ActorCandidate, noun: Token,
                         by_head: dict[int, ActorCandidate]) -> list[ActorCandidate]:
    """The named armed groups an apposition lists after the candidate's plural word for
    groups ("two rebel groups, 3R and the UPC"): those groups are the ones meant (the
    parser attaches the list as an apposition or a conjunct of the noun)."""
    heads = [t for t in token_children(noun) if t.dep_ in ("appos", "conj") and t.i > noun.i]
    if not heads or not any(t.lower_ == "," for t in noun.doc[noun.i + 1:heads[0].i]):
        return []  # (the list follows the noun, set off by a comma)
    listed: list[ActorCandidate] = []
    for head in heads:
        for token in (head, *(c for c in head.conjuncts if c.i > head.i)):
            group = by_head.get(token.i)
            if group is None or group is cand or group in listed:
                continue
            if group.kind not in ("named", "unknown") or group.actor is None\
                    or group.actor.inter not in (2, 3, 4):
                return []  # (a list with anything else in it is no list of groups)
            listed.append(group)
    return listed


def _leader_of(cand: ActorCandidate, by_head: dict[int, ActorCandidate]) -> ActorCandidate | None:
    """The named armed group that leads an unnamed or generic side ("rebels led by
    HTS", "fighters commanded by X"): the agent of a leading participle describing
    ``cand``."""
    if cand.kind not in ("generic", "named") or not is_armed(cand.actor):
        return None
    if cand.actor is not None and cand.actor.name.startswith("Unidentified"):
        group = _group_they_belong_to(cand, by_head)
        if group is not None:
            return group
    for participle in cand.span.root.children:
        if participle.dep_ != "acl" or participle.lower_ not in WORDS.leading_participles:
            continue
        for agent in participle.children:
            if agent.dep_ in ("agent", "prep") and agent.lower_ == "by":
                obj = next((t for t in agent.children if t.dep_ == "pobj"), None)
                leader = by_head.get(obj.i) if obj is not None else None
                if leader is not None and leader.kind in ("named", "unknown")\
                        and is_armed(leader.actor) and leader.actor is not None\
                        and leader.actor.inter in (2, 3, 4):
                    return leader
    return None


def _group_they_belong_to(cand: ActorCandidate, by_head: dict[int, ActorCandidate]
                          ) -> ActorCandidate | None:
    """The named armed group unnamed armed men are "of" or "from" ("Rebels of the ADF
    killed ...", "insurgents from the Allied Democratic Forces"): the men belong to it,
    and it is their side (as "fighters of the X" reads through ``members_of``). (Their
    word may be a country file's alias, "rebels": read as what it resolved to.)"""
    for prep in _member_preps(cand.span.root):
        obj = next((t for t in token_children(prep) if t.dep_ == "pobj"), None)
        group = by_head.get(obj.i) if obj is not None else None
        if group is not None and group.kind in ("named", "unknown") and group.actor is not None\
                and group.actor.inter in (2, 3, 4):
            return group
        if obj is not None and group is None:
            group = _qualified_group(obj, by_head)  # "insurgents of the ISWAP faction"
            if group is not None:
                return group
    return None


def _member_preps(word: Token) -> Iterator[Token]:
    """The prepositions that tell whose men the word names: "of"/"from" on the word
    ("gunmen from the X"), and "to" after a participle of belonging on it ("gunmen
    belonging to a group led by Y")."""
    for child in token_children(word):
        if child.dep_ == "prep" and child.lower_ in WORDS.member_preps:
            yield child
        elif child.dep_ == "acl" and child.lower_ in WORDS.belonging_words:
            yield from (t for t in token_children(child) if t.dep_ == "prep" and t.lower_ == "to")


def _in_tellers_title(token: Token) -> bool:
    """Is the word (or the phrase it heads) the "of" complement of a teller's title
    ("said Alex Rotich, the police commander of Samburu North", "the governor of the
    Irkutsk region said")? It names where or what the teller is in charge of."""
    node = token
    while node.dep_ in ("compound", "amod") and node.head is not node:
        node = node.head  # "Samburu" of "Samburu North"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in\
            WORDS.spokesperson_nouns:
        return False
    title = prep.head
    if title.dep_ == "appos":
        title = title.head  # "said Alex Rotich, the police commander of ..."
    return reports(title.doc[title.i:title.i + 1])


def titled_teller(token: Token) -> Token:
    """The person a force's word titles ("police" in "the police commander", "Tiaty
    police commander John Kamau", "the army's spokesman"), else the word itself."""
    node = token
    titled = False
    for _ in range(4):
        if node.dep_ not in ("compound", "poss", "nmod") or node.head is node\
                or node.head.pos_ not in ("NOUN", "PROPN"):
            break
        node = node.head
        titled = titled or node.lower_ in WORDS.spokesperson_nouns
    if titled and node.dep_ == "appos" and node.head.pos_ == "PROPN":
        node = node.head  # "said John Kamau, the police commander of Tiaty": the person
    return node if titled else token


def _backed_side(cand: ActorCandidate, by_head: dict[int, ActorCandidate]) -> ActorCandidate | None:
    """The side ``cand`` backs, when it is the agent of a backing participle that
    describes that side ("X backed by <cand>", "X supported by <cand>")."""
    prep = cand.span.root.head
    if cand.span.root.dep_ != "pobj" or prep.lower_ != "by":
        return None
    participle = prep.head
    if participle.dep_ != "acl" or participle.lower_ not in WORDS.linking_participles:
        return None
    side = by_head.get(participle.head.i)
    return side if side is not None and side is not cand else None


def _speaker_as_doer(cands: list[ActorCandidate], trigger: Token, chain: set[int]) -> None:
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
    if verb.dep_ == "ccomp" and verb.head.lower_ in WORDS.self_report_verbs:
        return verb.head
    if verb.dep_ == "acl" and verb.head.lower_ in WORDS.statement_nouns:
        up = verb.head.head.head if verb.head.head.dep_ == "prep" else verb.head.head
        if up.lower_ in WORDS.self_report_verbs:
            return up
    return None


def _names_the_speaker(subject: Token, owned: bool) -> bool:
    """A reported doer that is the speaker itself: "it", "they", or (``owned``) a
    noun owned by the speaker ("the group said one of its fighters detonated a vest")."""
    return subject.lower_ in WORDS.self_report_pronouns or owned and any(
        t.dep_ == "poss" and t.lower_ in WORDS.self_report_possessives
        for t in subject.subtree)


def _antecedent(history: list[ActorCandidate], before: int, *, non_state: bool = False
                ) -> ActorCandidate | None:
    """The last named armed actor before a character offset (with ``non_state``, the
    last that is no state force)."""
    for cand in reversed(history):
        if cand.span.start_char < before and non_state and _unnamed_identity_militia(cand):
            return cand  # ("a village militia ambushed a patrol ... troops chased the attackers")
        if cand.span.start_char < before and cand.kind in ("named", "unknown", "community")\
                and is_armed(cand.actor) and not _names_a_people(cand)\
                and not (non_state and cand.actor is not None and cand.actor.inter in (1, 8))\
                and not (cand.kind == "unknown" and is_patient(cand.span.root)):
            # (a name the dictionary lacks that an act hits is mostly a place: "militants
            # attacked Yumbis ... The militants burnt the station")
            return None if _one_of_rival_groups(cand, history) else cand
    return None


def _unnamed_identity_militia(cand: ActorCandidate) -> bool:
    """Is the candidate a communal or ethnic militia told first with no name ("a local
    militia", "cattle raiders")? "The attackers" said after it are those men, of that
    kind: the words that made them a militia of a community are not told again."""
    return cand.kind == "generic" and cand.actor is not None and cand.actor.inter == 4\
        and _told_first(cand.span)


def _one_of_rival_groups(cand: ActorCandidate, history: list[ActorCandidate]) -> bool:
    """Is the group named in a coordination with another armed group of its sentence
    ("fighters loyal to Islamic State and to JNIM both operate in the area")? "The
    attackers" said after such a pair refer to neither: the text does not say which."""
    root = cand.span.root
    if root.dep_ == "appos":
        root = root.head  # "al Qaeda's affiliate JNIM": the noun it names
    coordinated = bool(root.conjuncts) or root.dep_ == "pobj" and bool(root.head.conjuncts)
    return coordinated and cand.actor is not None and any(
        other is not cand and other.span.sent == cand.span.sent
        and other.kind in ("named", "unknown") and other.actor is not None
        and is_armed(other.actor) and other.actor.inter not in (1, 8)
        and other.actor.name != cand.actor.name for other in history)


def _names_a_people(cand: ActorCandidate) -> bool:
    """Is a community's name said of its people ("from the Hema community")? They are
    no armed group for "the attackers" to refer back to."""
    root = cand.span.root
    return cand.kind == "community" and (
        len(cand.span) > 1 and root.lower_ in WORDS.people_heads  # "the Hema community"
        or root.dep_ == "compound" and root.head.lower_ in WORDS.people_heads)


def resolve_references(cands: list[ActorCandidate], history: list[ActorCandidate]) -> None:
    """"they", "the group", "the jihadists" -> the last named armed actor."""
    for cand in cands:
        # ("its fighters", "their men": owned by one named before, as "the fighters")
        definite = cand.span.start > 0 and cand.span.doc[cand.span.start - 1].lower_ in\
            _DEFINITE_WORDS
        head = cand.span.root.lower_
        if definite and _linked_group_told_again(cand.span):
            _name_linked_group(cand, history)
            continue
        refers = cand.kind == "pronoun" or (
            cand.kind == "generic" and (definite or cand.span.text.lower().startswith("the "))
            and head in WORDS.anaphoric_heads
        )
        if not refers:
            continue
        # "the militants", "the rebels": words for a non-state group never refer
        # back to state forces ("Government troops fought the militants"), nor to
        # foreign ones ("peacekeepers reached the camp after the attackers had fled")
        # ("the group" is read as a pronoun; as a word for a non-state group, it never
        # refers to forces)
        bare = cand.kind == "pronoun" and head in WORDS.anaphoric_heads
        ante = _antecedent(history, cand.span.start_char, non_state=cand.kind == "generic"
                           or bare)
        if ante is not None and bare and (
                _unnamed_band_between(history, ante, cand.span.start_char)
                or ante.kind == "unknown" and not _main_subject(ante.span.root)):
            # "a gang raided two villages ... The group beat residents": that gang; and a name
            # the dictionary lacks that did nothing before is often a place the tagger
            # took for a body (a place named in passing)
            continue
        if ante is not None and ante.actor is not None:
            actor = ante.actor
            cand.actor = Actor(name=actor.name, inter=actor.inter, text=cand.span.text,
                               country=actor.country, normalised=actor.normalised)
            cand.kind = "named"


def _linked_group_told_again(span: Span) -> bool:
    """Is the span the X of "the X-linked group" ("the al Qaeda-linked group"): a group
    tied to X, told again by its tie, not X itself? (The group it is was named before.)"""
    doc = span.doc
    end = span.end
    return end + 2 < len(doc) and doc[end].text == "-"\
        and doc[end + 1].lower_ in WORDS.linking_participles\
        and doc[end + 2].lower_ in WORDS.anaphoric_heads


def _name_linked_group(cand: ActorCandidate, history: list[ActorCandidate]) -> None:
    """"The al Qaeda-linked group" after a text that named Al Shabaab: the last named
    non-state armed group told before it, other than the one it is tied to (kept when
    none is)."""
    tied = cand.actor.name if cand.actor is not None else None
    ante = next((c for c in reversed(history)
                 if c.span.start_char < cand.span.start_char and c.kind == "named"
                 and c.actor is not None and c.actor.inter in (2, 3)
                 and c.actor.normalised and c.actor.name != tied), None)
    if ante is not None and ante.actor is not None:
        actor = ante.actor
        cand.actor = Actor(name=actor.name, inter=actor.inter, text=cand.span.text,
                           country=actor.country, normalised=actor.normalised)
        cand.kind = "named"


def _main_subject(token: Token) -> bool:
    """Is the word the subject of its sentence's main verb ("The Tiger Brigade said ...")?"""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


def _unnamed_band_between(history: list[ActorCandidate], ante: ActorCandidate,
                          before: int) -> bool:
    """Is an unnamed armed band told between the named group and "the group" that
    follows ("a gang raided two villages ... The group beat residents")?
    "The group" is the nearest band, which the text does not name."""
    # (a band told first: not one that describes the group, "The Tiger Brigade, a
    # militia formed last year, said ...", nor its own men, "its fighters")
    return any(c.kind == "generic" and is_armed(c.actor) and not is_state(c.actor)
               and c.span.root.dep_ not in ("appos", "attr") and _told_first(c.span)
               and ante.span.start_char < c.span.start_char < before for c in history)


def _told_first(span: Span) -> bool:
    """Is the phrase indefinite ("a criminal gang", "gunmen"), not one that refers back
    ("the gang", "its fighters")?"""
    doc = span.doc
    first = span[0].lower_
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return first not in _DEFINITE_WORDS and before not in _DEFINITE_WORDS


_DEFINITE_WORDS = frozenset({"the", *WORDS.self_report_possessives})


def names_an_event(token: Token) -> bool:
    """Whether the token is an event word the trigger matcher marked ("war", "raid")."""
    doc = token.doc
    cache = doc_cache(doc)
    if _EVENT_TOKENS_KEY not in cache:
        spans = doc.spans[TRIGGER_GROUP] if TRIGGER_GROUP in doc.spans else ()
        cache[_EVENT_TOKENS_KEY] = {i for span in spans for i in range(span.start, span.end)}
    return token.i in cache[_EVENT_TOKENS_KEY]


def is_patient(token: Token) -> bool:
    """The one a verb acts on: its object, the subject of its passive, or the subject
    of a verb of dying or suffering ("three soldiers died")."""
    if token.head.pos_ not in ("VERB", "AUX"):
        return False
    return token.dep_ in ("dobj", "nsubjpass") or token.dep_ == "nsubj" and (
        token.head.lower_ in WORDS.victim_subject_verbs or escaped_harm(token.head))


def escaped_harm(verb: Token) -> bool:
    """Is the verb a narrow escape from harm ("four officers escaped death when their
    vehicle hit a landmine", "the governor escaped unhurt", "survived an ambush")? Its
    subject is whom the act was aimed at; attackers who escaped ("the gunmen escaped",
    "escaped with the loot") fled (words: escape_verbs, escaped_harms)."""
    if verb.lower_ not in WORDS.escape_verbs:
        return False
    return any(c.dep_ in ("dobj", "acomp", "advmod", "oprd", "xcomp")
               and c.lower_ in WORDS.escaped_harms for c in token_children(verb))
