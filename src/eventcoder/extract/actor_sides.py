"""Rules that settle an event's sides once its candidates are known.

The record of one event's sides (``Pick``) and the names ACLED gives crowds and civilians; the
second side told apart or in the next sentences; the owners of destroyed property; the victims'
nationality; the order of the sides (state forces first, as ACLED lists them); attribution
("blamed on X"); and the story's context: a feud between two communities, a raid for cattle,
a group that claims its own strike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.actor_candidates import (
    body_of_another,
    candidates,
    is_patient,
    left_unconfirmed,
    members_of,
    names_an_event,
    origin_places,
    paired_community,
    place_militia,
    reports,
    tells_its_own_act,
)
from eventcoder.extract.actor_matcher import (
    MODIFIER_KINDS,
    SPAN_KEY,
    WORDS,
    ActorCandidate,
    actor_spans,
    after_non_prefix,
    copy_actor,
    is_armed,
    is_state,
    with_span,
)
from eventcoder.extract.triggers import TRIGGER_GROUP, read_text
from eventcoder.resolve.actors import ActorDictionary
from eventcoder.schema import Actor
from eventcoder.text import (
    doc_text,
    group_spans,
    parse_table,
    sentence_tokens,
    span_text,
    token_children,
)

HISTORY_SENTENCES = 5  # how far back "they" / "the group" may refer


@dataclass(slots=True)
class Pick:
    a1: Actor | None = None
    a2: Actor | None = None
    c1: ActorCandidate | None = None
    c2: ActorCandidate | None = None
    assoc1: list[Actor] | None = None
    assoc2: list[Actor] | None = None


def herders(cand: ActorCandidate) -> bool:
    """Is the candidate a plural word for herders ("herders", "a group of pastoralists")
    that the dictionary reads as civilians?"""
    actor = cand.actor
    root = cand.span.root
    return actor is not None and actor.inter == 7 and root.lower_ in WORDS.herding_words\
        and root.tag_ in ("NNS", "NNPS")


def faith_militia(cand: ActorCandidate, dictionary: ActorDictionary, country: str | None
                  ) -> Actor | None:
    """The militia of the faith whose faithful the unarmed candidate names ("Muslims",
    "a Christian group"): ACLED's name for them when they do violence against civilians
    (words: faith_words; the militia is generic.yaml's "<faith> militia")."""
    if cand.actor is None or is_armed(cand.actor) or headline_victim(cand.span.root):
        return None  # ("Three Christians killed in raid": a headline's victims)
    faith = next((w for t in cand.span for w in WORDS.faith_words
                  if t.lower_ in (w, w + "s")), None)
    return dictionary.resolve(f"{faith} militia", country) if faith is not None else None


def herders_fought(pick: Pick, cands: list[ActorCandidate], dictionary: ActorDictionary,
                   country: str | None) -> None:
    """Herders who are a side of a battle ("police fought running clashes with herders",
    "armed herders shot a police officer") are a communal militia in ACLED's naming, not
    an unidentified armed group: the unnamed side becomes them. Herders the battle hit
    ("herders were killed") stay its victims' words, not a side."""
    fighters = next((c for c in cands if herders(c) and not of_the_hit(c.span.root)), None)
    if fighters is None:
        return
    for side in ("a1", "a2"):
        actor: Actor | None = getattr(pick, side)
        own = pick.c1 if side == "a1" else pick.c2
        if actor is None or not actor.name.startswith("Unidentified Armed Group")\
                or own is not None and own is not fighters:
            continue
        militia = side_template(dictionary, "Unidentified Communal Militia ({country})",
                                country, fighters)
        if side == "a1":
            pick.a1, pick.c1 = militia, fighters
        else:
            pick.a2, pick.c2 = militia, fighters
        return


def civilians(dictionary: ActorDictionary, country: str | None,
              cand: ActorCandidate | None) -> Actor:
    """Civilians of the event's country, or of the victims' nationality when named."""
    if cand is not None and cand.actor is not None and cand.actor.inter == 7\
            and cand.actor.name.startswith("Civilians"):
        return with_span(Actor(name=cand.actor.name, inter=7, country=cand.actor.country), cand)
    return with_span(dictionary.template_actor("Civilians ({country})", country), cand)


def crowd_country(crowd: ActorCandidate | None, country: str | None,
                   dictionary: ActorDictionary) -> str | None:
    """The nationality of a crowd named by one ("Somali residents protested", "Sudanese
    refugees rioted"): ACLED scopes foreign protesters and rioters by their own
    country, not the one they gathered in. A crowd whose words also name the event's
    country ("Kenyan and Somali youths", "Sudanese living in Kenya and Kenyans") stays
    the event country's."""
    actor = crowd.actor if crowd is not None else None
    if crowd is None or actor is None or actor.inter not in (5, 6, 7)\
            or not actor.country or actor.country == country:
        return country
    root = crowd.span.root
    words = [*root.subtree, *(t for c in root.conjuncts for t in c.subtree)]
    if any(dictionary.country_of_word(t.text) == country for t in words
           if t.pos_ in ("PROPN", "ADJ", "NOUN") and not _in_clause_on(t, root)):
        return country
    return actor.country


def _in_clause_on(token: Token, root: Token) -> bool:
    """Is the word inside a clause that describes the crowd ("Nigerians living in
    Kenya")? Where foreigners live does not make them the country's own people."""
    node = token
    while node.i != root.i and node.head is not node:
        if node.dep_ in ("acl", "relcl"):
            return True
        node = node.head
    return False


def side_template(dictionary: ActorDictionary, name: str, country: str | None,
              cand: ActorCandidate | None = None) -> Actor:
    return with_span(dictionary.template_actor(name, country), cand)


def community_fighters(cands: list[ActorCandidate], dictionary: ActorDictionary,
                        country: str | None) -> None:
    """A community's people who are a side of a battle ("Turkana villagers clashed with
    Karamojong raiders") are that community's militia, as ACLED names them; told as
    victims elsewhere they stay civilians."""
    for cand in cands:
        if cand.kind != "community" or cand.role is None or cand.actor is None\
                or cand.actor.inter != 7 or len(cand.span) < 2:
            continue
        militia = dictionary.resolve_community(cand.span[:-1].text, country, armed=True,
                                               text=cand.span.text)
        if militia is not None:
            cand.actor = militia


def _unnamed_or_template(actor: Actor | None, dictionary: ActorDictionary) -> bool:
    return actor is None or dictionary.is_template_name(actor.name)


def sides_from_two_places(pick: Pick, cands: list[ActorCandidate],
                          dictionary: ActorDictionary, country: str | None) -> None:
    """"Herders from Wajir and Garissa exchanged fire", "pastoralists from Wajir and
    Garissa clashed": one phrase that gives two home places to the people who
    fought tells the two sides, each place's communal militia (ACLED names local
    militias after their place). Only when no side is named otherwise.
    "Herders from Wajir clashed with pastoralists from Garissa": two such people
    words with one home place each are the two sides too (_one_home_per_side)."""
    if country is None:
        return
    if _one_home_per_side(pick, cands, dictionary, country):
        return
    if not _unnamed_or_template(pick.a1, dictionary)\
            or not _unnamed_or_template(pick.a2, dictionary):
        return
    for cand in cands:
        if cand.role == "a2" or not _people_of_a_place(cand):
            continue
        places = origin_places(cand.span, dictionary)
        if len(places) < 2:
            continue
        pick.a1 = with_span(place_militia(places[0], country), cand)
        pick.a2 = place_militia(places[1], country)
        pick.c1, pick.c2 = cand, None
        return


def sides_from_two_peoples(pick: Pick, cands: list[ActorCandidate],
                           dictionary: ActorDictionary, country: str | None) -> None:
    """"Fighters from Maasai and Kalenjin traded fire near a farm": one group word whose
    origin phrase joins two peoples tells the two sides of the battle, each people's
    militia (as two home places do in sides_from_two_places). Only when the second side
    is not named otherwise."""
    cand = pick.c1
    if cand is None or cand.kind != "generic" or not _unnamed_side(pick.a2, pick.c2):
        return
    peoples = _origin_peoples(cand.span.root, dictionary)
    if len(peoples) < 2:
        return
    first = dictionary.resolve_community(peoples[0], country, armed=True, text=cand.span.text)
    second = dictionary.resolve_community(peoples[1], country, armed=True)
    if first is None or second is None or first.name == second.name:
        return
    pick.a1 = with_span(first, cand)
    pick.a2, pick.c2 = second, None


def _origin_peoples(word: Token, dictionary: ActorDictionary) -> list[str]:
    """The peoples joined in a group word's "from" phrase ("fighters from Maasai and
    Kalenjin"), in the order told."""
    for child in word.children:
        if child.dep_ != "prep" or child.lower_ != "from":
            continue
        obj = next((t for t in child.children if t.dep_ == "pobj"), None)
        if obj is None:
            return []
        return [t.text for t in (obj, *obj.conjuncts)
                if dictionary.community_countries(t.text)]
    return []


def _people_of_a_place(cand: ActorCandidate) -> bool:
    """A word for the armed men of a local militia, herders or a community, the people
    whom a home place names (not gunmen or bandits: no militia of a place)."""
    return cand.actor is not None and (cand.actor.inter == 4 or herders(cand)
                                       or cand.span.root.lower_ in WORDS.community_heads)


def _one_home_per_side(pick: Pick, cands: list[ActorCandidate],
                       dictionary: ActorDictionary, country: str) -> bool:
    """"Herders from Wajir clashed with pastoralists from Garissa": two people words
    of the sentence, each told with one home place and the places different, are each
    place's communal militia, in the order told, where no side is named otherwise
    (a side already read as one of those militias is no other name)."""
    homes: list[tuple[ActorCandidate, str]] = []
    for cand in cands:
        if not _people_of_a_place(cand):
            continue
        places = origin_places(cand.span, dictionary)
        if len(places) == 1 and all(place != places[0] for _, place in homes):
            homes.append((cand, places[0]))
    if len(homes) != 2:
        return False
    militias = [place_militia(place, country) for _, place in homes]
    names = {m.name for m in militias}
    if any(not _unnamed_or_template(side, dictionary) and side is not None
           and side.name not in names for side in (pick.a1, pick.a2)):
        return False
    (first, _), (second, _) = homes
    pick.a1 = with_span(militias[0], first)
    pick.a2 = with_span(militias[1], second)
    pick.c1, pick.c2 = first, second
    return True


def signatories_coordinated(pick: Pick) -> None:
    """Parties named together as the subject of an agreement ("Congo's government and
    the M23 rebels signed a declaration ..., committing to a ceasefire") are its two
    sides, in the order the sentence names them, also when the trigger hangs below
    their verb and only one of them was picked (the other then read as its ally)."""
    if pick.a2 is not None or pick.c1 is None or pick.c1.coord_of is None:
        return
    first = pick.c1.coord_of
    if first.actor is None or pick.a1 is None or first.actor.name == pick.a1.name:
        return
    pick.a1, pick.a2 = with_span(copy_actor(first.actor), first), pick.a1
    pick.c1, pick.c2 = first, pick.c1


def head_of_state_signs(pick: Pick, sent: Span, dictionary: ActorDictionary,
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
        if token.lower_ not in WORDS.head_of_state_titles\
                and f"{before} {token.lower_}" not in WORDS.head_of_state_titles:
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
        government = dictionary.role_actor("government", home, day, token.text)\
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


def named_by_their_fallen(pick: Pick, cands: list[ActorCandidate]) -> None:
    """Unnamed fighters of a battle whose fallen member the sentence names as one of a
    group ("fought militants ..., killing X, a commander of the Lashkar-e-Taiba group";
    "... killed a commander of the X") are that group, when it is no side already."""
    def fallen_member_of(cand: ActorCandidate, own: ActorCandidate) -> bool:
        node = cand.span.root
        if node.dep_ in ("nmod", "compound") and node.head.lower_ in WORDS.group_heads:
            node = node.head  # "the Lashkar-e-Taiba group"
        return node.dep_ == "pobj" and members_of(node)\
            and (node.head.head.dep_ == "appos" or is_patient(node.head.head))

    _name_unnamed_armed_side(pick, cands, fallen_member_of)


def fallen_told_after(pick: Pick, cands: list[ActorCandidate]) -> None:
    """Unnamed fighters of a battle whose dead the sentence or the next one count as a
    named group's ("troops clashed with militants ... Twelve Al Shabaab fighters were
    killed", "..., leaving twelve Al Shabaab fighters dead") are that group, when it is
    no side already: a battle's second side is often told only by its losses."""
    _name_unnamed_armed_side(
        pick, cands,
        lambda cand, own: cand.span.start >= own.span.start and _counted_dead(cand.span.root))


def _name_unnamed_armed_side(
        pick: Pick, cands: list[ActorCandidate],
        names_it: Callable[[ActorCandidate, ActorCandidate], bool]) -> None:
    """Give the first side that is an Unidentified Armed Group told by a generic word
    the rebel or militia group of the first named candidate, not already a side, that
    ``names_it`` (the candidate, the side's own candidate) says stands for it."""
    for side, cand_side in (("a1", "c1"), ("a2", "c2")):
        actor: Actor | None = getattr(pick, side)
        own: ActorCandidate | None = getattr(pick, cand_side)
        if actor is None or own is None or own.kind != "generic"\
                or not actor.name.startswith("Unidentified Armed Group"):
            continue
        for cand in cands:
            if cand.kind != "named" or cand.actor is None or cand.actor.inter not in (2, 3)\
                    or any(a is not None and a.name == cand.actor.name
                           for a in (pick.a1, pick.a2)):
                continue
            if names_it(cand, own):
                setattr(pick, side, with_span(copy_actor(cand.actor), own))
                return


def _counted_dead(root: Token) -> bool:
    """Is the word told as dead: the subject of "were killed" or "died", or the object
    of a verb that leaves it dead ("leaving twelve fighters dead")?"""
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if root.dep_ == "nsubjpass" and verb.lower_ in WORDS.fallen_words:
        return True
    if root.dep_ == "nsubj" and verb.lower_ in WORDS.victim_subject_verbs:
        return True
    return root.dep_ == "dobj" and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in WORDS.fallen_words
        for c in token_children(verb))


def earlier_candidates(doc: Doc, sent: Span, dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> list[ActorCandidate]:
    """The actor words of the few sentences before ``sent``."""
    first = sent.start
    for _ in range(HISTORY_SENTENCES):
        if first == 0:
            break
        first = sentence_tokens(doc, first - 1)[0]
    return candidates(doc, doc[first:sent.start], dictionary, country, day)


def definite_force_word(cand: ActorCandidate, dictionary: ActorDictionary) -> bool:
    """Is the candidate an army's word with no country of its own after "the" ("the
    soldiers", "the troops"), which names a force the story has told already?"""
    span = cand.span
    return cand.kind == "role" and len(span) == 1 and span.start > 0\
        and span.doc[span.start - 1].lower_ == "the"\
        and dictionary.role_of(read_text(span)) == "military"


def foreign_force_told_before(cands: list[ActorCandidate], earlier: list[ActorCandidate],
                              dictionary: ActorDictionary, country: str | None,
                              day: dt.date | None) -> None:
    """"the soldiers", "the troops" after a foreign army was named ("American troops
    landed near the town ... one of his lieutenants was killed in a gunfight with the
    soldiers") are that army, not the army of the country the event is in: a definite
    word refers back to the last army the story named."""
    last: Actor | None = None
    for cand in [*earlier, *cands]:
        actor = cand.actor
        if actor is None or actor.country is None or not _an_army(actor, dictionary, day):
            continue
        if not definite_force_word(cand, dictionary):
            last = actor
        elif last is not None and actor.country == country and last.country != country\
                and any(cand is c for c in cands):
            cand.actor = Actor(name=last.name, inter=last.inter, text=cand.span.text,
                               country=last.country, normalised=last.normalised)


def force_of_its_teller(cands: list[ActorCandidate], dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> None:
    """Bare "soldiers", "troops" in what a foreign army's teller says ("An Israeli
    military spokesman said soldiers had come under fire") are the teller's own army,
    not the army of the country the event is in."""
    teller = next((c for c in cands if c.actor is not None and c.actor.country is not None
                   and c.actor.country != country and _an_army(c.actor, dictionary, day)
                   and (reports(c.span) or _speaks_for(c.span))), None)
    if teller is None or teller.actor is None:
        return
    army = teller.actor
    for cand in cands:
        span = cand.span
        if cand is teller or cand.actor is None or cand.actor.country != country\
                or cand.kind != "role" or len(span) != 1 or span.start <= teller.span.end\
                or dictionary.role_of(read_text(span)) != "military"\
                or span.doc[span.start - 1].pos_ in ("DET", "PRON", "PROPN", "ADJ"):
            continue
        cand.actor = Actor(name=army.name, inter=army.inter, text=span.text,
                           country=army.country, normalised=army.normalised)


def _speaks_for(span: Span) -> bool:
    """Is the force the one a teller's title names ("an Israeli military spokesman
    said", "the army's spokeswoman said")?"""
    node = span[-1]
    for _ in range(4):
        if node.lower_ in WORDS.spokesperson_nouns or node.dep_ not in ("compound", "amod",
                                                                        "poss", "nmod"):
            break
        node = node.head
    return node.lower_ in WORDS.spokesperson_nouns and reports(node.doc[node.i:node.i + 1])


def _an_army(actor: Actor, dictionary: ActorDictionary, day: dt.date | None) -> bool:
    """Is the actor a country's military (its dictionary entry for the role)?"""
    army = dictionary.role_actor("military", actor.country, day)
    return army is not None and army.name == actor.name


def _unnamed_side(actor: Actor | None, cand: ActorCandidate | None) -> bool:
    """A side that is an unidentified armed category no name stands behind."""
    return actor is not None and actor.name.startswith(_UNNAMED_ARMED)\
        and (cand is None or cand.kind == "generic")


def people_divided(pick: Pick) -> None:
    """A battle between parts of one people ("rival Maasai groups clashed over land", "a
    clash between the Maasai's two clans") whose other side no words name: the people's
    militia is both sides, as ACLED codes a fight within one community."""
    cand = pick.c1
    if cand is None or cand.kind != "community" or pick.a1 is None\
            or not _unnamed_side(pick.a2, pick.c2):
        return
    if _parts_set_apart(cand.span.root):
        pick.a2, pick.c2 = with_span(Actor(name=pick.a1.name, inter=pick.a1.inter,
                                           country=pick.a1.country), cand), cand


def _parts_set_apart(word: Token) -> bool:
    """Is the people's word, or the noun of its parts it qualifies or belongs to
    ("Maasai groups", "the Maasai's clans", "sections of the Nuer"), told divided
    ("rival", "two")?"""
    part = word if word.lower_ in WORDS.part_nouns else None
    if part is None and word.dep_ in ("poss", "compound", "amod")\
            and word.head.lower_ in WORDS.part_nouns:
        part = word.head
    if part is None and word.dep_ == "pobj" and word.head.lower_ == "of"\
            and word.head.head.lower_ in WORDS.part_nouns:
        part = word.head.head
    # ("Rival Maasai groups" at a sentence's start: the tagger takes it for a name)
    return part is not None and any(c.dep_ in ("amod", "nummod", "compound") and c.lower_
                                    in WORDS.division_words for c in part.children)


def untold_side(pick: Pick) -> bool:
    return _unnamed_side(pick.a1, pick.c1) or _unnamed_side(pick.a2, pick.c2)


def feuding_communities(
        window: list[ActorCandidate]) -> tuple[ActorCandidate, ActorCandidate] | None:
    """Two communities the text sets against each other ("after renewed violence
    between Kalenjins and Maasais", "tensions between the Pokot and Turkana groups"):
    the two peoples of a feud, whose men are its armed sides."""
    for i, cand in enumerate(window):
        if cand.kind != "community" or not is_armed(cand.actor)\
                or _a_place_of(cand.span.root):
            continue  # ("the border between West Pokot and Turkana": places)
        for other in window[i + 1:]:
            if other.kind == "community" and is_armed(other.actor)\
                    and 0 <= other.span.start - cand.span.end <= _PAIR_GAP\
                    and other.actor is not None and cand.actor is not None\
                    and other.actor.name != cand.actor.name\
                    and not _a_place_of(other.span.root) and _set_against(cand, other):
                return cand, other
    return None


def _set_against(first: ActorCandidate, second: ActorCandidate) -> bool:
    """Are two community names one pair after "between" ("between the Pokot and Turkana
    communities", "between Borana and Somali herders (Auliyan)")? Read from the words
    ("between [the] X and Y") or, where the parse joins more words, from it."""
    doc = first.span.doc
    before = first.span.start - 1
    while before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before >= 0 and doc[before].lower_ in WORDS.pairing_preps\
            and [t.lower_ for t in doc[first.span.end:second.span.start]] in (["and"],
                                                                             ["and", "the"]):
        return True
    return paired_community(first.span.root)\
        and second.span.root in _pairing_phrase(first.span.root).subtree


def _a_place_of(token: Token) -> bool:
    """A community name that is a place's here ("West Pokot", "Pokot county"): the
    pairing word "between" alone does not tell people from places (nor does the
    tagger, which often takes a people's name for a place's)."""
    if token.i > 0 and token.doc[token.i - 1].lower_ in WORDS.compass_words:
        return True
    return token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in WORDS.place_nouns


def _pairing_phrase(token: Token) -> Token:
    """The head of the phrase a community name pairs in: the name itself ("between
    Kalenjins and Maasais"), or the group noun it qualifies ("between Borana and Somali
    herders")."""
    while token.dep_ in ("compound", "nmod", "amod") and token.head is not token\
            and token.head.lower_ in WORDS.community_heads:
        token = token.head
    return token


def sides_of_a_feud(pick: Pick, feud: tuple[ActorCandidate, ActorCandidate], event_type: str,
                     dictionary: ActorDictionary, country: str | None) -> None:
    """Unnamed sides of violence told within a feud between two communities: a battle
    no sides are named for is fought by the two communities' militias (in the order
    the text names them; one side named, the other community is its enemy); unnamed
    attackers of civilians are an ethnic militia (which of the two is not told)."""
    first, second = feud
    if event_type == "Violence against civilians":
        if _attackers_of_a_people(pick, feud, dictionary, country):
            return
        # (attackers the text calls unidentified, "unknown gunmen", stay so; and a
        # reading of the event's own words, "cattle rustling", comes first)
        if pick.c1 is None and pick.a1 is not None\
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
            setattr(pick, side, with_span(copy_actor(cand.actor), cand))
            setattr(pick, "c" + side[1], cand)


def _attackers_of_a_people(pick: Pick, feud: tuple[ActorCandidate, ActorCandidate],
                           dictionary: ActorDictionary, country: str | None) -> bool:
    """Unnamed attackers of one people of a feud ("six members of a Meitei family were
    abducted by the militants", in a story of fighting between the Meitei and the Kuki)
    are the other people's militia: in a feud between two communities the victims'
    community tells who the attackers were. Attackers the text calls unknown stay so.
    Returns whether it set actor1."""
    victims = _people_of(pick.c2, dictionary, country)
    if victims is None or not _unnamed_side(pick.a1, pick.c1) or (
            pick.c1 is not None
            and any(t.lower_ in WORDS.unidentified_words for t in pick.c1.span)):
        return False
    names = [c.actor.name if c.actor is not None else None for c in feud]
    if victims not in names:
        return False
    other = feud[1] if names[0] == victims else feud[0]
    if other.actor is None:
        return False
    pick.a1, pick.c1 = with_span(copy_actor(other.actor), other), other
    return True


def _people_of(cand: ActorCandidate | None, dictionary: ActorDictionary,
               country: str | None) -> str | None:
    """The militia name of the community a victim is told to belong to ("a Meitei
    family", "Kuki villagers"): the community's words before the head noun."""
    if cand is None or cand.kind != "community" or len(cand.span) < 2:
        return None
    words = " ".join(t.text for t in cand.span if t.i != cand.span.root.i and t.pos_ != "DET")
    actor = dictionary.resolve_community(words, country, armed=True) if words else None
    return actor.name if actor is not None else None


_UNNAMED_ARMED = ("Unidentified Armed Group", "Unidentified Ethnic Militia",
                  "Unidentified Communal Militia")
_PAIR_GAP = 4  # words between two community names of one pair at most


def fallen_claimed_by_a_people(pick: Pick, doc: Doc, sent: Span,
                               dictionary: ActorDictionary, country: str | None,
                               day: dt.date | None) -> None:
    """Unnamed fighters of a battle ("suspected militants", "the gunmen") whose dead a
    people claims as its own in a later sentence ("Security forces shot dead 10
    suspected militants ... Kuki-Zo groups said the dead men were village volunteers
    defending their community") were that people's militia."""
    for side in ("a1", "a2"):
        actor: Actor | None = getattr(pick, side)
        own: ActorCandidate | None = getattr(pick, "c" + side[1])
        if own is None or not _unnamed_side(actor, own):
            continue
        start = sent.end
        while start < len(doc):
            piece = doc[start:sentence_tokens(doc, start)[1]]
            for cand in candidates(doc, piece, dictionary, country, day):
                if cand.kind == "community" and is_armed(cand.actor) and cand.actor is not None\
                        and _claims_the_fallen(cand.span.root):
                    setattr(pick, side, with_span(copy_actor(cand.actor), own))
                    return
            start = piece.end


def _claims_the_fallen(token: Token) -> bool:
    """Is the token (or the group noun it names) the subject of a reporting verb whose
    clause says who the dead were ("Kuki-Zo groups said the dead men were ...")?"""
    if token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in WORDS.community_heads:
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lower_ not in WORDS.reporting_verbs:
        return False
    return any(c.dep_ == "ccomp" and any(
        s.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in WORDS.fallen_words for t in s.subtree)
        for s in c.children) for c in verb.children)


def second_side_untold(pick: Pick) -> bool:
    """A battle whose second side is an unidentified armed group no words stand for."""
    return pick.a2 is not None and pick.c2 is None and pick.a2.start is None\
        and pick.a2.name.startswith("Unidentified Armed Group")


def side_told_apart(pick: Pick, earlier: list[ActorCandidate], later: list[ActorCandidate]
                     ) -> None:
    """The other side of a battle told in the sentences around it: a side that answers
    the attack in the next sentence ("Pokot raiders attacked a village. Marakwet herders
    fought back"); for a side that answers, the last armed side of the sentence before
    ("Pokot raiders attacked a village. The herders fought back": the raiders)."""
    own = pick.a1.name if pick.a1 is not None else None
    answering = next((c for c in later[:_SIDE_WINDOW] if is_armed(c.actor)
                      and c.actor is not None and c.actor.name != own
                      and _answers(c.span.root)), None)
    answers = pick.c1 is not None and _answers(pick.c1.span.root)
    before = next((c for c in reversed(earlier) if is_armed(c.actor) and c.kind != "holder"
                   and c.actor is not None and c.actor.name != own), None) if answers else None
    side = answering or before
    if side is not None and side.actor is not None:
        pick.a2, pick.c2 = with_span(side.actor, side), side


def answering_side_second(pick: Pick) -> None:
    """A battle whose first side, as the parse reads it, only answers the other's attack
    ("herders hit back at the raiders", "the villagers returned fire and a gunfight
    followed"): the side that struck first is actor1,
    as the Kenyan coders list them (state forces still come first: state_forces_first
    runs after)."""
    if pick.c1 is None or pick.a2 is None or pick.c2 is None\
            or not _answers(pick.c1.span.root) or _answers(pick.c2.span.root):
        return
    pick.a1, pick.a2 = pick.a2, pick.a1
    pick.c1, pick.c2 = pick.c2, pick.c1
    pick.assoc1, pick.assoc2 = pick.assoc2, pick.assoc1


def attacker_told_before(pick: Pick, earlier: list[ActorCandidate]) -> None:
    """State forces hit in a sentence that names no one against them ("Four officers
    were killed and two are missing") fought the armed group the sentence before names
    ("Al Shabaab fighters raided a police post near Mandera."): a report tells the
    attack first, then its toll."""
    if pick.c1 is None or not is_state(pick.c1.actor)\
            or not (pick.c1.role == "a2" or of_the_hit(pick.c1.span.root)
                    or headline_victim(pick.c1.span.root)):
        return
    # (a named group, or a community's armed men told as such: "Pokot raiders"; never a
    # lone community name, which is often a place's: "Taita Taveta"; nor who tells of it:
    # "..., rebel commanders said")
    side = next((c for c in reversed(earlier) if is_armed(c.actor) and not is_state(c.actor)
                 and (c.kind == "named" or c.kind == "community" and len(c.span) > 1)
                 and not reports(c.span)), None)
    if side is not None and side.actor is not None:
        pick.a2, pick.c2 = with_span(side.actor, side), side


def headline_victim(token: Token) -> bool:
    """Is the word the subject of a headline's passive ("Three officers killed,
    another missing"): a harm verb's past form with no object and no auxiliary of its own?"""
    verb = token.head
    return token.dep_ == "nsubj" and verb.lower_ in WORDS.headline_passive_verbs\
        and verb.tag_ in ("VBD", "VBN")\
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children)


def _act_named_again(token: Token) -> bool:
    """Is the token the noun of one act with a determiner that refers back ("the raid";
    not "the violence" or "the killings", which sum up many acts)?"""
    return token.lower_ in WORDS.referring_act_nouns and names_an_event(token) and any(
        c.dep_ == "det" and c.lower_ in WORDS.referring_determiners for c in token.children)


def _verb_of(verb: Token, acts: set[str]) -> bool:
    """Is the verb one of the acts' nouns made a verb ("raided" for "raid", "attacks"
    for "attack")? (The pipeline has no lemmatiser: the noun begins the verb's form.)"""
    return verb.pos_ in ("VERB", "AUX") and any(verb.lower_.startswith(act) for act in acts)


def _does_act(token: Token, acts: set[str]) -> bool:
    """Is the token the subject of a verb of one of the acts ("gunmen attacked"), or
    the head of a relative clause on such a verb ("gunmen who had attacked")?"""
    if token.dep_ == "nsubj" and _verb_of(token.head, acts):
        return True
    return any(c.dep_ == "relcl" and _verb_of(c, acts) for c in token.children)


def doer_of_the_act_before(pick: Pick, doc: Doc, chain: set[int],
                           earlier: list[ActorCandidate]) -> None:
    """An act named again as "the raid" or "the attack" in a sentence that tells no
    doer ("Police raided a mosque, arresting 40 people. One man died in the raid.") is
    the act the sentence before told: its doer, the armed subject there, did it."""
    if pick.c1 is not None or pick.a1 is None\
            or not pick.a1.name.startswith("Unidentified Armed Group"):
        return
    acts = {t.lower_.removesuffix("s") for i in chain for t in doc[i].subtree
            if _act_named_again(t)}
    if not acts:
        return
    armed = [c for c in reversed(earlier) if is_armed(c.actor) and c.actor is not None
             and not reports(c.span)]
    # the doer of the act's own verb first ("... shot dead pirates who had attacked a
    # patrol. The attack took place ...": the pirates attacked), else the armed subject
    # of the sentence just before
    start = doc[min(chain)].sent.start
    doer = next((c for c in armed if _does_act(c.span.root, acts)), None) or next(
        (c for c in armed if c.span.root.dep_ == "nsubj" and c.span.root.head.pos_ == "VERB"
         and c.span.sent.end == start), None)
    if doer is not None and doer.actor is not None:
        pick.a1, pick.c1 = with_span(doer.actor, doer), doer


def leader_of_the_act_after(pick: Pick, sent: Span, later: list[ActorCandidate]) -> None:
    """A state's forces told in general words ("Sudanese security forces fired live
    rounds as they broke up the sit-in") whose act the next sentence names again with
    the force that led it ("Paramilitaries of the Rapid Support Forces led the raid"; a
    verb of leading_verbs whose object is one act with a referring determiner, as
    ``doer_of_the_act_before`` reads it): that named force is the side."""
    doc = sent.doc
    if sent.end >= len(doc):
        return
    next_end = doc[sent.end].sent.end
    for side in ("a1", "a2"):
        actor: Actor | None = getattr(pick, side)
        cand: ActorCandidate | None = getattr(pick, "c1" if side == "a1" else "c2")
        if actor is None or not is_state(actor) or cand is None or cand.kind == "named":
            continue
        other: Actor | None = pick.a2 if side == "a1" else pick.a1
        leader = next((c for c in later if c.span.end <= next_end and c.kind == "named"
                       and is_armed(c.actor) and _leads_an_act(c.span.root)), None)
        # (never the other side: "Police fought Al Shabaab ... Al Shabaab led the attack")
        if leader is not None and leader.actor is not None\
                and leader.actor.name not in (actor.name, other.name if other else None):
            setattr(pick, side, with_span(leader.actor, leader))
            setattr(pick, "c1" if side == "a1" else "c2", leader)
        return


def _leads_an_act(root: Token) -> bool:
    """Is the word (or the group noun it is "of": "paramilitaries of the RSF") the
    subject of a verb of leading whose object is an act named again ("led the raid")?"""
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root
    if noun.dep_ != "nsubj" or noun.head.lower_ not in WORDS.leading_verbs:
        return False
    return any(c.dep_ == "dobj" and _act_named_again(c) for c in token_children(noun.head))


_SIDE_WINDOW = 6  # actor words of the next sentences looked at for the answering side


def force_hit_before(pick: Pick, earlier: list[ActorCandidate]) -> None:
    """The untold second side of a battle a non-state group fights, when the sentences
    before tell that group hitting a state's men ("Rebels killed 20 Chadian soldiers when
    they overran a camp. The fighters ... then fought their way in"): one assault told
    twice, whose defenders' force is the other side."""
    if pick.a1 is None or pick.a1.inter not in (2, 3, 4):
        return
    for cand in reversed(earlier):
        if not is_state(cand.actor) or cand.actor is None or not is_patient(cand.span.root):
            continue
        verb = cand.span.root.head
        doers = {c.span.root.i for c in earlier if c.actor is not None
                 and c.actor.name == pick.a1.name}
        if any(child.dep_ == "nsubj" and child.i in doers for child in verb.children):
            pick.a2, pick.c2 = with_span(cand.actor, cand), cand
            return


OVERTAKEN = "Non-state actor overtakes territory"


def loser_holding_out(pick: Pick, later: list[ActorCandidate]) -> None:
    """A place a group took from no side the sentence names was the state's: its forces
    told in the next sentences ("M23 rebels took control of Goma. ... some Congolese
    soldiers were still holding out") are who lost it."""
    if is_state(pick.a1):
        return
    state = next((c for c in later[:_SIDE_WINDOW] if is_state(c.actor)
                  and c.actor is not None and c.actor.inter == 1), None)
    if state is not None and state.actor is not None:
        pick.a2, pick.c2 = with_span(state.actor, state), state


def giver_told_before(pick: Pick, earlier: list[ActorCandidate]) -> None:
    """A place handed over with no giver named in the sentence ("soldiers moved back into
    government offices without a shot being fired") was given up by the armed side the
    sentences before tell withdrawing from it ("The MNDAA pulled its fighters out of the
    town and handed it over"): the last such side other than the one taking it."""
    taker = pick.a1.name if pick.a1 is not None else None
    giver = next((c for c in reversed(earlier) if is_armed(c.actor) and c.actor is not None
                  and c.actor.name != taker and _withdraws(c.span.root)), None)
    if giver is not None and giver.actor is not None:
        pick.a2, pick.c2 = with_span(giver.actor, giver), giver


def sender_of_weapons_told_before(pick: Pick, earlier: list[ActorCandidate]) -> None:
    """Weapons stopped in flight whose sender their sentence does not name ("Five were
    shot down by air defence systems") were sent by the side the sentences before name
    behind them ("eight drones had taken part in an attack by the Kyiv regime"): the
    last named armed side told before that is not of the forces that stopped them."""
    if not is_state(pick.a1) or pick.a1 is None or not _unnamed_side(pick.a2, pick.c2):
        return
    own = pick.a1
    sender = next((c for c in reversed(earlier) if c.kind == "named" and is_armed(c.actor)
                   and c.actor is not None and c.actor.name != own.name
                   and (c.actor.country is None or c.actor.country != own.country)
                   and not reports(c.span)), None)
    if sender is not None and sender.actor is not None:
        pick.a2, pick.c2 = with_span(sender.actor, sender), sender


def _withdraws(token: Token) -> bool:
    """Is the token the subject of a verb of giving a place up, or of a verb joined to
    one ("pulled its fighters out ... and handed it over")?"""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    return any(v.lower_ in WORDS.withdrawal_verbs for v in (verb, *verb.conjuncts))


def _answers(token: Token) -> bool:
    """Is the token the subject of a verb that answers an attack ("fought back",
    "retaliated", "returned fire")?"""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    return verb.lower_ in WORDS.response_phrases\
        or f"{verb.lower_} {following}" in WORDS.response_phrases


def claimant_strikes(pick: Pick, cands: list[ActorCandidate], dictionary: ActorDictionary,
                      country: str | None) -> None:
    """A state force that tells of a strike its own country's weapons flew ("Ukrainian
    drones struck two air bases ..., Ukraine's SBU security service said") claims it:
    it is the striker, never the target."""
    striker = pick.a1
    if striker is None or not is_state(striker):
        return
    teller = next((c for c in cands if c.actor is not None and is_state(c.actor)
                   and c.actor.country == striker.country and c.actor.name != striker.name
                   and reports(c.span)), None)
    if teller is None or teller.actor is None:
        return
    if pick.a2 is not None and pick.a2.name == teller.actor.name:
        pick.a2, pick.c2 = civilians(dictionary, country, None), None
    pick.a1, pick.c1 = with_span(teller.actor, teller), teller


def striker_told_before(pick: Pick, earlier: list[ActorCandidate],
                        country: str | None) -> None:
    """A strike told again with no striker in its sentence ("... confirmed that several
    aircraft had caught fire after drone attacks in the Murmansk region") was flown by
    the foreign state's forces the sentences before name ("Ukrainian drones ... struck two
    air bases"): the last named force of the one state other than the country it hit
    that they name (a teller of that state then claims it: ``claimant_strikes``)."""
    if pick.c1 is not None or pick.a1 is None or country is None\
            or not pick.a1.name.startswith("Unidentified Armed Group"):
        return
    foreign = [c for c in earlier if c.kind == "named" and is_state(c.actor)
               and c.actor is not None and c.actor.country not in (None, country)]
    if len({c.actor.country for c in foreign if c.actor is not None}) != 1:
        return  # (two foreign states named before: which one struck stays untold)
    striker = next((c for c in reversed(foreign) if not reports(c.span)), None)
    if striker is not None and striker.actor is not None:
        pick.a1, pick.c1 = with_span(striker.actor, striker), striker


def own_air_force(doc: Doc, dictionary: ActorDictionary, country: str | None,
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
    for span in actor_spans(doc):
        if span.label_ not in ("role", "named")\
                or span.label_ == "role" and body_of_another(span):
            continue  # (no force: "the military wing of Hamas")
        actor = dictionary.resolve(read_text(span), country, day)
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


def military_target_hit(pick: Pick, sent: Span, dictionary: ActorDictionary,
                        country: str | None, day: dt.date | None) -> None:
    """A foreign state's strike that hit what only an armed force holds, with no owner
    told ("Ukrainian drones struck two air bases in Siberia, destroying dozens of
    bombers"): the target is the military of the country it is in, not its civilians."""
    striker, target = pick.a1, pick.a2
    if striker is None or target is None or country is None or not is_state(striker)\
            or striker.country in (None, country) or pick.c2 is not None\
            or not target.name.startswith("Civilians ("):
        return
    site = next((t for t in sent if t.lower_ in WORDS.military_target_nouns
                 and (is_patient(t) or t.dep_ == "pobj" and t.head.lower_ in _AIMED_PREPS
                      or t.dep_ == "pobj" and t.head.head.dep_ == "dobj"
                      and t.head.head.head.pos_ == "VERB")), None)
    military = dictionary.role_actor("military", country, day) if site is not None else None
    if site is None or military is None:
        return
    span = sent.doc[min(t.i for t in site.subtree):site.i + 1]
    military.start, military.end, military.text = span.start_char, span.end_char, span.text
    pick.a2 = military


def party_of_the_arrested(pick: Pick, chain: set[int], doc: Doc, dictionary: ActorDictionary,
                          country: str | None, day: dt.date | None) -> None:
    """A person arrested with no group told, whose party the text names as theirs
    elsewhere ("police arrested opposition leader Kizza Besigye ... supporters of
    Besigye's Forum for Democratic Change"): ACLED codes the arrest of a party's leader
    or members with the party as actor2."""
    if pick.c2 is not None or pick.a2 is None or not pick.a2.name.startswith("Civilians ("):
        return
    person = next((child for i in sorted(chain) for child in doc[i].children
                   if child.dep_ in ("dobj", "nsubjpass") and child.ent_type_ == "PERSON"),
                  None)
    if person is None:
        return
    named = [span for span in actor_spans(doc) if span.label_ == "named"]
    for token in doc:
        if token.dep_ != "poss" or token.text != person.text or token.i == person.i:
            continue
        owned = token.head  # "Besigye's FDC", "Khan's ... party"
        for span in named:
            if span.root.i != owned.i and not (span.root.head.i == owned.i
                                               and span.root.dep_ in ("nmod", "compound")):
                continue
            party = dictionary.resolve(span.text, country, day)
            if party is not None and party.inter == 3:
                party.start, party.end, party.text = span.start_char, span.end_char, span.text
                pick.a2 = party
                return


def suspects_tied_to_a_group(pick: Pick, cands: list[ActorCandidate], chain: set[int]) -> None:
    """People arrested as suspected of ties to a named armed group ("arrested four traders
    suspected of being affiliated with Al Shabaab", "two men with suspected links to X were
    arrested") are that group's, as ACLED codes the arrest of a group's suspected members
    (words: tie_words)."""
    if pick.a2 is None or pick.a2.inter != 7:
        return
    for cand in cands:
        actor = cand.actor
        if cand.kind != "named" or actor is None or actor.inter not in (2, 3):
            continue
        root = cand.span.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("to", "with", "of"):
            continue
        node = root.head.head
        if node.lower_ not in WORDS.tie_words:
            continue
        for _ in range(4):
            if node.dep_ in ("dobj", "nsubjpass") and (
                    node.head.i in chain or node.head.lower_ in WORDS.arrest_words):
                pick.a2, pick.c2 = with_span(copy_actor(actor), cand), cand
                return
            if node.head is node:
                break
            node = node.head


def suspects_believed_members(pick: Pick, cands: list[ActorCandidate], sent_end: int
                              ) -> None:
    """People arrested whom the text says are thought to be a named armed group's men
    ("arrested a man suspected to be an Al Shabaab recruiter", or in the next sentence
    "The detainees are thought to be members of Al Shabaab") are that group's, as ACLED
    codes the arrest of a group's suspected members (words: identity_verbs,
    copula_forms, arrested_references)."""
    if pick.a2 is None or pick.a2.inter != 7:
        return
    arrested = pick.c2.span.root.i if pick.c2 is not None else None
    for cand in cands:
        actor = cand.actor
        if cand.kind not in ("named", "unknown") or actor is None or actor.inter not in (2, 3):
            continue
        root = cand.span.root
        who = _believed_to_be(root)
        if who is None and root.dep_ in ("nsubj", "nsubjpass")\
                and root.head.lower_ in WORDS.identity_verbs:
            # ("The suspect, believed to be a member of X": the words already took the
            # group's name, _named_by_belonging)
            who = root
        if who is None:
            continue
        if cand.span.start < sent_end:
            told = who.i == arrested  # (in the arrest's own sentence: the arrested themselves)
        else:
            # (in the next sentence only, told again as "the suspect", "the men", "they")
            told = cand.span.sent.start == sent_end and who.lower_ in WORDS.arrested_references\
                and (who.pos_ == "PRON" or any(t.lower_ == "the" for t in who.lefts))
        if told:
            pick.a2, pick.c2 = with_span(copy_actor(actor), cand), cand
            return


def doers_identified(pick: Pick, cands: list[ActorCandidate], trigger_start: int,
                     sent_end: int, dictionary: ActorDictionary) -> None:
    """Unnamed doers of an act whom the text then says who they are thought to be ("...
    shot dead two herders. The attackers are believed to be Pokot", "The suspects are
    thought to be members of Al Shabaab"): a definite word for the doers, the subject of a
    verb of suspicion with a copula, that took the name told after it
    (actor_candidates._named_by_belonging), after the trigger in its sentence or in the
    next one. Only a side left unidentified (a template, no name of the text) changes."""
    if pick.a1 is None or not dictionary.is_template_name(pick.a1.name)\
            or pick.a1.inter in (5, 6, 7)\
            or pick.c1 is not None and pick.c1.kind not in ("generic", "pronoun"):
        return
    for cand in cands:
        actor, root = cand.actor, cand.span.root
        if actor is None or cand.kind not in ("named", "community") or actor.inter not in (2, 3, 4)\
                or dictionary.is_template_name(actor.name):
            continue
        if cand.span.start_char < trigger_start or cand.span.start >= sent_end\
                and cand.span.sent.start != sent_end:
            continue  # (the trigger's sentence after it, or the next sentence)
        if root.lower_ in WORDS.doer_references and root.dep_ in ("nsubj", "nsubjpass")\
                and root.head.lower_ in WORDS.identity_verbs\
                and any(t.lower_ == "the" for t in root.lefts)\
                and not left_unconfirmed(cand.span.sent):
            pick.a1, pick.c1 = with_span(copy_actor(actor), cand), cand
            return


def _believed_to_be(root: Token) -> Token | None:
    """Whom a group's name says who they are thought to be: up the parse from the name
    through a copula ("to be", "of being") to a verb of suspicion, the noun that verb's
    clause describes ("a man suspected to be ...") or its subject ("the suspects are
    believed to be ...")."""
    node, copula = root, False
    for _ in range(7):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in WORDS.copula_forms:
            copula = True
        elif node.lower_ in WORDS.identity_verbs and copula:
            if node.dep_ in ("acl", "relcl"):
                return node.head
            return next((t for t in token_children(node)
                         if t.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def names_owners(cand: ActorCandidate | None) -> bool:
    """A community's name that only qualifies the property hit ("burned Pokot huts"):
    the owners, who are civilians, not the community's militia."""
    return cand is not None and cand.kind == "community"\
        and cand.span.root.dep_ in ("amod", "compound")\
        and cand.span.root.head.lower_ in WORDS.property_nouns


def property_owners(trigger: Token, chain: set[int], dictionary: ActorDictionary,
                     country: str | None) -> Actor | None:
    """Whose property a looting or an arson hit, when the text names them by their
    people: a people's word on the property ("torched Rohingya homes") or on the place
    it stands in ("set fire to houses and cars in the Palestinian town of Huwara").
    ACLED codes them as the civilians of that country; property with no owner told
    ("burned down homes in the village") leaves actor2 empty, as the Kenyan coders do."""
    doc = trigger.doc
    peoples = {i: span for span in actor_spans(doc) if span.label_ in MODIFIER_KINDS
               for i in range(span.start, span.end)}
    if not peoples:
        return None
    objects = _objects_of_the_act(doc, chain)
    for obj in objects:
        for token in obj.subtree:
            if token.lower_ not in WORDS.property_nouns:
                continue
            holders = [token, *(t for t in token.subtree if t.dep_ == "pobj"
                                and t.lower_ in WORDS.place_nouns)]
            for holder in holders:
                for word in holder.children:
                    people = peoples.get(word.i) if word.dep_ in ("amod", "compound") else None
                    if people is None:
                        continue
                    owner = civilians(dictionary, country, None)
                    # the property's phrase, with the people's word (evidence)
                    span = doc[min(token.left_edge.i, people.start):
                               max(token.right_edge.i + 1, people.end)]
                    owner.start, owner.end, owner.text = span.start_char, span.end_char, span.text
                    return owner
    if not any(t.lower_ in WORDS.property_nouns for obj in objects for t in obj.subtree):
        return None
    return _owners_by_their_town(trigger, peoples, dictionary, country)


def _objects_of_the_act(doc: Doc, chain: set[int]) -> list[Token]:
    """What a looting or an arson acted on: the objects of the trigger's verbs, and of
    their "to" and "on" ("set fire to houses", "opened fire on stalls")."""
    objects: list[Token] = []
    for i in sorted(chain):
        for child in token_children(doc[i]):
            if child.dep_ == "dobj":
                objects.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("to", "on"):
                objects += [t for t in token_children(child) if t.dep_ == "pobj"]
    return objects


def property_destroyed_by_the_state(pick: Pick, trigger: Token, chain: set[int],
                                    dictionary: ActorDictionary, country: str | None) -> None:
    """State forces that burn or pull down homes, churches or buildings whose owners the
    text leaves untold ("troops set fire to more than 100 buildings in the town",
    "police blew up the family home of a suspect") destroyed the property of the
    country's civilians: ACLED codes a state's violence against civilians' property
    with them as actor2. A crowd's or a gang's damage with no owner told keeps actor2
    empty, as the Kenyan coders code it (``property_owners``)."""
    if pick.a2 is not None or not is_state(pick.a1):
        return
    objects = _objects_of_the_act(trigger.doc, chain)
    if any(t.lower_ in WORDS.property_nouns for obj in objects for t in obj.subtree):
        pick.a2, pick.c2 = civilians(dictionary, country, None), None


def _owners_by_their_town(trigger: Token, peoples: dict[int, Span],
                          dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """The owners of property burned or looted in a town that the text calls a people's
    elsewhere ("settlers set fire to cars in the Palestinian town of Huwara ... Hundreds of
    settlers moved through Huwara, setting homes alight"): that people's civilians, as
    when the town is qualified in the act's own sentence."""
    doc = trigger.doc
    sent = trigger.sent
    places = doc.spans.get(_PLACES_KEY, ())
    here = {span.text for span in places if sent.start <= span.start < sent.end}
    for span in places:
        root = span.root
        if span.text not in here or root.dep_ != "pobj" or root.head.lower_ != "of"\
                or root.head.head.lower_ not in WORDS.place_nouns:
            continue
        town = root.head.head  # "the Palestinian town of Huwara"
        for word in town.children:
            people = peoples.get(word.i) if word.dep_ in ("amod", "compound") else None
            if people is not None:
                owner = civilians(dictionary, country, None)
                told = doc[min(people.start, town.i):span.end]
                owner.start, owner.end, owner.text = told.start_char, told.end_char, told.text
                return owner
    return None


_PLACES_KEY = "ec_places"  # the places stage's spans (extract/places.py names the key)


def victims_nationality(pick: Pick, doc: Doc, dictionary: ActorDictionary,
                         country: str | None, day: dt.date | None = None) -> None:
    """Civilians whose words name another nation ("attacked Somali MPs", "kidnapped two
    Chinese engineers", "Ethiopians were killed") are that nation's civilians: ACLED
    names civilians by their nationality, not by where they were hit; those of a nation
    ACLED did not cover yet on the day ("British tourists" in 2013), and foreigners of
    no told nation ("two foreigners were found dead"), are "Civilians (International)"."""
    actor = pick.a2
    if actor is None or actor.start is None or actor.end is None or actor.inter != 7\
            or not actor.name.startswith("Civilians ("):
        return
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return
    nations = {dictionary.country_of_word(t.text) for t in span
               if t.pos_ in ("ADJ", "PROPN", "NOUN") and not after_non_prefix(t)} - {None}
    if not nations:
        nations = _refugees_camp_nation(span, dictionary, country)
    if not nations and any(t.lower_ in WORDS.foreigner_words for t in span):
        nations = {_INTERNATIONAL}
    if not nations and _of_an_unlisted_nation(span):
        nations = {_INTERNATIONAL}
    if len(nations) != 1 or country in nations:
        return  # none, or mixed ("Kenyan and Somali traders"): the event's country
    nation = nations.pop()
    if nation is None or (nation not in dictionary.countries and nation != _INTERNATIONAL):
        return
    if not dictionary.covered_on(nation, day):
        nation = _INTERNATIONAL
    pick.a2 = with_span(Actor(name=f"Civilians ({nation})", inter=7,
                              country=None if nation == _INTERNATIONAL else nation), pick.c2)
    if pick.c2 is None:
        pick.a2.start, pick.a2.end, pick.a2.text = span.start_char, span.end_char, span.text


_INTERNATIONAL = "International"  # ACLED's scope for people of no one country


def _of_an_unlisted_nation(span: Span) -> bool:
    """Do the victims' words, or the words that qualify them ("an Italian missionary",
    "two Cuban doctors"), name the nationality of a country the dictionary has no file
    for? They are foreigners whose country's coverage is unknown: ACLED's name for them
    before it covers it is "Civilians (International)", never the event's country's."""
    qualifiers = [t for t in span.root.lefts if t.dep_ in ("amod", "compound", "nmod")]
    return any(t.lower_ in WORDS.unlisted_demonyms for t in [*span, *qualifiers])


def _refugees_camp_nation(span: Span, dictionary: ActorDictionary,
                          country: str | None) -> set[str | None]:
    """"Gunmen shot a refugee in Ifo camp": refugees of no stated nation, in a
    sentence that names a camp housing one nation's refugees, are that nation's. The
    refugee word may qualify the victims' noun ("a refugee leader", "a woman refugee
    leader", whose words may be only a part of that phrase), not a place's ("the Ifo
    refugee camp": a place, not its people)."""
    phrase = span.root
    while phrase.dep_ in ("compound", "amod") and phrase.head is not phrase:
        phrase = phrase.head  # ("woman" of "a woman refugee leader": the leader)
    words = [*span, phrase, *(t for t in phrase.children if t.dep_ in ("compound", "amod"))]
    if not any(t.lower_ in WORDS.refugee_words and (
            t.dep_ not in ("compound", "amod") or t.head.lower_ not in WORDS.refugee_place_nouns)
            for t in words):
        return set()
    return {dictionary.camp_nation(t.text, country) for t in span.sent
            if t.pos_ == "PROPN"} - {None}


def ground_by_parse(pick: Pick, trigger: Token, chain: set[int], taken: set[int]) -> None:
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
                if node.lower_ in WORDS.victim_subject_verbs:
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
        if token.i in chain or names_an_event(token) or token.lower_ in WORDS.media_words:
            continue  # "small skirmishes can trigger big wars": events, not their sides;
            # "the Lakeside Times published ...": an outlet reports
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.lower_ in WORDS.not_arguments\
                or token.ent_type_ in _TIME_ENTITIES:
            continue  # "clashed on Saturday": when, not whom
        if side == "a1" and token.lower_ in WORDS.weapon_heads:
            continue  # "shot down by air defence systems", "killed by a drone": the weapon
        first = min((t.i for t in token.lefts
                     if t.dep_ in ("compound", "amod", "nummod", "poss", "det")), default=token.i)
        span = doc[first:token.i + 1]
        actor.start, actor.end, actor.text = span.start_char, span.end_char, span.text


_TIME_ENTITIES = frozenset({"DATE", "TIME"})

# The target prepositions that aim an act at what follows them ("with" and "at" also
# say whom one fought beside or where it happened).
_AIMED_PREPS = WORDS.target_preps - {"with", "at"}


def of_the_hit(token: Token) -> bool:
    """Is the name the one hit, or a part of its words: the force the victims belong to
    ("soldiers from the Kenya Defence Forces were killed"), the owner of what was hit
    ("a KDF convoy was targeted")?"""
    node = token
    for _ in range(_OWNER_STEPS):
        if is_patient(node):
            return True
        if node.dep_ in ("compound", "poss", "nmod", "amod"):
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in WORDS.member_preps\
                and node.head.dep_ == "prep":
            node = node.head.head
        else:
            return False
    return is_patient(node)


_OWNER_STEPS = 3  # words between a victim's force or owner and the victim's word at most


def named_as_grievance(token: Token) -> bool:
    """State forces named only as what a crowd protests about, not as a side of its
    protest: "police harassment", "killed by police two weeks before" (a clause that
    describes someone), "disappointment with the police", "demanded that police
    release ...". Confrontation nouns ("clashes with police") and a clause of its own
    joined to the crowd's ("... and police fired teargas") keep them a side."""
    if token.dep_ in ("compound", "amod", "nmod", "poss")\
            and token.head.lower_ in WORDS.grievance_nouns:
        return True
    prep = token.head
    if token.dep_ == "pobj" and prep.pos_ == "ADP":
        if prep.lower_ in WORDS.pairing_preps:
            return False  # "violence between police and rioters": a side
        governor = prep.head
        if governor.pos_ in ("NOUN", "PROPN") and governor.lower_ not in WORDS.confrontation_nouns:
            return True  # "the killing of a student by police"
        if prep.dep_ == "agent" and governor.dep_ == "acl":
            return True  # "a man beaten to death by police"
    child, node = token, token.head
    for _ in range(8):
        if node is child:
            return False
        if child.dep_ in ("conj", "advcl", "parataxis") and child.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own
        if node.lower_ in WORDS.confrontation_nouns:
            return False  # "protesting ... engage in running battles with police"
        if node.lower_ in WORDS.grievance_verbs:
            return True
        child, node = node, node.head
    return False


def arrests_at_the_riot(trigger: Token) -> bool:
    """Are people arrested in the riot's sentence or after it, with no force named
    ("five people were arrested after youths barricaded a road", "Ten arrests."), or the
    crowd dispersed ("the rioters were later dispersed")? Then the police intervened:
    ACLED's second side of the riot. An arrest the crowd protests ("rioted over the
    arrest of their leader", "protesting the arrests") is its grievance, and one with a
    doer of its own names that doer as a candidate."""
    doc = trigger.doc
    for token in doc[trigger.sent.start:]:
        if token.dep_ == "pobj" or (token.lower_ not in WORDS.arrest_words
                                    and token.lower_ not in WORDS.dispersal_words):
            continue
        if token.lower_ in WORDS.dispersal_words and token.pos_ not in ("VERB", "AUX"):
            continue
        if token.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            continue  # "residents arrested a suspect": a doer told
        if any(a.lower_ in WORDS.grievance_verbs for a in token.ancestors):
            continue
        if any(c.dep_ == "mark" for c in token.children):
            continue  # "... to protest after traders were arrested": what led to it
        return True
    return False


def arrests_after(cand: ActorCandidate) -> bool:
    """Are the forces told only arresting people ("Police arrested more than 100 people in
    raids that night")? Arrests after a mob's rampage are an event of their own, not
    forces the mob fought."""
    root = cand.span.root
    return root.dep_ == "nsubj" and root.head.lower_ in WORDS.arrest_words


def forces_fired_on_the_mob(state: ActorCandidate, crowd: ActorCandidate | None,
                            dictionary: ActorDictionary, country: str | None) -> bool:
    """Did the forces shoot at the mob itself ("officers opened fire on a crowd that had
    broken into the station", "police opened fire on the group")? Then they
    fought it, whoever the mob was after: ACLED's second side of the riot."""
    root = state.span.root
    if root.dep_ != "nsubj":
        return False
    for verb in (root.head, *root.head.conjuncts):
        heads = [verb] if verb.lower_ in WORDS.firing_verbs else [
            c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "fire"]
        if heads and heads[0] is not verb:
            heads.append(verb)  # ("opened fire on the mob": the parser hangs "on" on the verb)
        for head in [*heads, *(c for h in heads for c in h.children if c.dep_ == "dobj")]:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in WORDS.firing_preps:
                    continue
                if any(_the_crowd(obj, crowd, dictionary, country) for obj in prep.children
                       if obj.dep_ == "pobj"):
                    return True
    return False


def _the_crowd(word: Token, crowd: ActorCandidate | None, dictionary: ActorDictionary,
               country: str | None) -> bool:
    """Is the word the crowd: its own words, a pronoun for it, or a crowd word?"""
    if crowd is not None and crowd.span.start <= word.i < crowd.span.end:
        return True
    if word.lower_ in WORDS.pronouns:
        return True
    actor = dictionary.resolve(word.text, country, armed=False)
    return actor is not None and actor.inter in (5, 6)


def only_looked_on(cand: ActorCandidate) -> bool:
    """Are the forces told only watching ("Officers looked on from afar while the
    crowd marched", "officers monitored the march")? Forces that looked on did
    not intervene: they are no side of the crowd's event."""
    root = cand.span.root
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head, *root.head.conjuncts]
    return all(v.lower_ in WORDS.onlooker_verbs for v in verbs)


def mob_hurt_someone(trigger: Token) -> bool:
    """Does the mob's act hit someone ("a mob lynched a suspect", "threw stones at the
    MP", "he was beaten by a mob")? A mob whose acts hit only things ("set stalls on
    fire", "threw stones at a convoy", "forced their way into the hall") hurt no one
    told: ACLED names the forces that stopped it as its second side, not civilians."""
    if any(t.lower_.startswith("lynch") and not only_attempted(t)
           for t in (trigger, *token_children(trigger)))\
            or any(t.lower_ in WORDS.harm_words and not _denied(t) for t in trigger.sent):
        return True
    verbs = [t for t in _acts_of(trigger) if t.pos_ in ("VERB", "AUX")]
    for verb in [*verbs, *(c for v in verbs for c in v.conjuncts)]:
        if only_attempted(verb):
            continue  # ("a mob that tried to lynch a suspect", "stopped it from attacking")
        if verb.lower_.startswith("lynch"):
            return True
        for child in verb.children:
            target: Token | None = child
            if child.dep_ == "prep" and child.lower_ in WORDS.target_preps | {"into"}:
                target = next((t for t in child.children if t.dep_ == "pobj"), None)
            elif child.dep_ not in ("dobj", "nsubjpass"):
                continue
            if target is None or target.pos_ not in ("NOUN", "PROPN", "PRON")\
                    or target.i == trigger.i or target.ent_type_ in _NOT_PEOPLE_ENTITIES:
                continue  # ("on Tuesday", "at Kisumu": when and where)
            if _a_thing(target):
                continue
            return True
    return False


def _a_thing(word: Token) -> bool:
    """Is the word a thing a mob may hit (a convoy, a car, a stall, a school, a police
    post), not people?"""
    lower = word.lower_
    return lower in WORDS.mob_target_things or lower in WORDS.property_nouns\
        or lower in WORDS.facility_heads or lower in WORDS.landmark_nouns


def names_a_thing_hit(cand: ActorCandidate) -> bool:
    """Is the candidate a thing the act hit, named with its owners' or users' words
    ("threw stones at a party's convoy", "stoned the governor's car"): no people hit,
    so no victims of a mob."""
    return cand.span.root.pos_ in ("NOUN", "PROPN") and _a_thing(cand.span.root)


_NOT_PEOPLE_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"})


def target_of_an_attempt(cand: ActorCandidate) -> bool:
    """Is the candidate only whom an act that did not happen was aimed at ("tried to lynch
    a suspect", "stopped the mob from attacking the officer")? Not hurt, no victim."""
    root = cand.span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return root.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX")\
        and only_attempted(verb)


def only_attempted(verb: Token) -> bool:
    """Is the act only tried, or kept from happening ("a mob that tried to lynch a
    suspect", "was attempting to burn the school", "police stopped the crowd from
    attacking the officer")? An act that did not happen hurt no one: the mob fought
    the forces that stopped it, not the people it was after."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in WORDS.attempt_verbs:
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
        return verb.head.head.lower_ in WORDS.prevention_verbs
    return False


def _denied(word: Token) -> bool:
    """Is the word denied ("no injuries", "nobody was hurt", "not injured")? (The
    children are read from the Doc's cache, as the status filter reads them.)"""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return any(c.dep_ == "neg" or c.lower_ in ("no", "nobody") for c in token_children(word))\
        or (before is not None and before.lower_ in ("no", "not", "without"))


def _acts_of(trigger: Token) -> list[Token]:
    """The verbs a crowd's trigger word tells the act of: itself when a verb, the verb
    whose subject it is ("a mob threw stones"), whose agent it is ("attacked by a mob")
    or whose object it is ("set fire to ..."), and that of a relative clause on it."""
    if trigger.pos_ in ("VERB", "AUX"):
        return [trigger]
    # ("youths who were throwing stones at a convoy": the relative clause's verb)
    acts = [c for c in trigger.children if c.dep_ == "relcl"]
    if trigger.dep_ in ("nsubj", "dobj", "compound"):
        acts.append(trigger.head)
    elif trigger.dep_ == "pobj":
        acts.append(trigger.head.head)
    return acts


def army_against_rebels(pick: Pick, near: list[ActorCandidate], dictionary: ActorDictionary,
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
        if cand is None or actor is None or cand.kind != "role" or other is None\
                or other.inter != 2 or not actor.name.startswith("Police")\
                or _role_words(cand, dictionary) != "military":
            continue
        army = dictionary.role_actor("military", actor.country or country, day, cand.span.text)
        if army is not None:
            army.inter = actor.inter  # external forces stay external
            setattr(pick, side, with_span(army, cand))


def _role_words(cand: ActorCandidate, dictionary: ActorDictionary) -> str | None:
    """The general role of a role word ("military" for "security forces"), also after
    a demonym ("Kenyan security forces") or a country's possessive ("Kenya's security
    forces")."""
    role = dictionary.role_of(read_text(cand.span))
    if role is None and len(cand.span) > 1:
        role = dictionary.role_of(read_text(cand.span[1:]))
    if role is None and len(cand.span) > 2 and cand.span[1].tag_ == "POS":
        role = dictionary.role_of(read_text(cand.span[2:]))
    return role


def state_forces_first(pick: Pick) -> None:
    """In a battle between the country's own state forces and anyone else (or a foreign
    state's forces and a non-state group), the state forces are actor1. ACLED gives the
    order of a battle's sides no meaning (only violence against civilians fixes it: the
    victims are actor2), and its coders list the state side first; who opened fire stays
    in the notes and evidence."""
    if pick.a2 is None or not _state_side(pick.a2, pick.a1):
        return
    if pick.c2 is None and pick.a2.start is None:
        return  # forces the text implies, not names ("Mungiki members killed in a raid")
    pick.a1, pick.a2 = pick.a2, pick.a1
    pick.c1, pick.c2 = pick.c2, pick.c1
    pick.assoc1, pick.assoc2 = pick.assoc2, pick.assoc1


def attacker_told_first(pick: Pick) -> bool:
    """Does the parse tell who attacked whom: the first side the doer of the act (its
    subject, or the agent of a passive), the second its object ("gunmen shot two
    officers", "an officer was shot by raiders")? Where a country's coding keeps a
    battle's sides as told (``ActorDictionary.sides_as_told``), that order stands."""
    if pick.c1 is None or pick.c1.role != "a1" or pick.c2 is None or pick.c2.role != "a2":
        return False
    # (not a fight both sides are told in: "raiders clashed with police", "a gunfight
    # between the gang and the officers")
    second = pick.c2.span.root
    return second.dep_ != "conj"\
        and not (second.dep_ == "pobj" and second.head.lower_ in WORDS.mutual_preps)


def _state_side(side: Actor, other: Actor | None) -> bool:
    """Is ``side`` the state side of a battle against ``other``: the country's own
    forces against anyone but them, or a foreign state's military or police against
    a non-state group ("Ugandan troops" of an African Union mission against Al
    Shabaab), which ACLED also lists first?"""
    if side.inter == 1:
        return other is None or other.inter != 1
    return side.inter == 8 and is_state(side) and other is not None\
        and other.inter in (2, 3, 4)


def distinct_sides(pick: Pick, event_type: str, dictionary: ActorDictionary,
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
    if event_type == "Battles" and pick.c1 is not None and pick.c1 is pick.c2\
            and _parts_set_apart(pick.c1.span.root):
        return  # a people divided against itself (people_divided)
    object_role = pick.c2 is not None and pick.c2.role == "a2" and not (
        pick.c1 is not None and pick.c1.role == "a1")
    if object_role and event_type in ("Battles", "Explosions/Remote violence"):
        pick.a1 = side_template(dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = None
        return
    pick.c2 = None
    fallback: Actor | None = None
    if event_type == "Battles":
        fallback = side_template(dictionary, "Unidentified Armed Group ({country})", country)
    elif event_type == "Violence against civilians":
        fallback = civilians(dictionary, country, None)
    pick.a2 = fallback


def apply_attribution(pick: Pick, window: list[ActorCandidate], dictionary: ActorDictionary
                       ) -> None:
    """An unnamed perpetrator ("gunmen", or none at all) becomes the named armed group
    the text blames nearby ("... Al Shabaab was suspected"), or the community's
    militia it blames ("officials blamed armed Pokot herders")."""
    side = "a1"
    if pick.a1 is not None and pick.a1.inter == 1 and pick.a2 is not None\
            and pick.a2.name.startswith("Unidentified Armed Group"):
        # state forces against unnamed attackers that a group claims or is blamed for
        # ("soldiers pushed them back ... JNIM claimed the assault"): the attackers
        side = "a2"
    actor: Actor | None = getattr(pick, side)
    own: ActorCandidate | None = pick.c1 if side == "a1" else pick.c2
    other: ActorCandidate | None = pick.c2 if side == "a1" else pick.c1
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return
    if own is not None and own.kind != "generic" and not _listed_generic_word(own):
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
        if cand.role == "a2":
            # the group the act hit, or the victim's ties ("a suspected Al Shabaab
            # returnee was shot dead", "a terror suspect with links to X was found
            # dead"): who was hit, never who the text blames for it
            continue
        if possible_tie(cand.span.root) or hunted(cand.span):
            continue
        if _accused_of_no_harm(cand.span.root):
            # ("supporters who accused the ruling party of trying to steal the vote", "a
            # man they accused of spying for the militia"): blamed for something else
            continue
        cues = dictionary.attribution_cues if cand.kind in ("named", "unknown")\
            and cand.actor.inter != 4 else dictionary.community_blame_cues
        if cand.kind == "unknown" and _inside_an_assertion(cand.span.root, cues):
            continue
        if dictionary.has_cue(span_text(cand.span.sent), cues)\
                or cand.kind == "named" and tells_its_own_act(cand.span):
            # ("ISWAP said in a statement that its fighters carried out the raid": a
            # listed group telling of its own men's act claims it, with no word of
            # claim; a name the dictionary lacks, often an office the tagger took for a
            # body, "the defence ministry said its forces ...", does not)
            setattr(pick, side, with_span(copy_actor(cand.actor), cand))
            if side == "a1":
                pick.c1 = cand
            else:
                pick.c2 = cand
            return


def possible_tie(root: Token) -> bool:
    """Is the group named only as what something may be tied to ("detectives think
    the murders could be tied to X", "a dead man might have had ties to X", "raids
    perhaps tied to gangs from across the border")? A possibility is no blame: the doers
    stay unidentified (words: tie_words, possibility_words)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lower_ not in WORDS.tie_words:
        return False
    tie = prep.head
    holders = [tie, tie.head] if tie.pos_ == "NOUN" else [tie]  # ("may have links to")
    return any(child.dep_ in ("aux", "advmod") and child.lower_ in WORDS.possibility_words
               for word in holders for child in token_children(word))


def hunted(span: Span) -> bool:
    """Is the group named as what a side hunts ("officers searching for the group's
    remnants", "huts set alight so as to flush a militia out", "police action against the
    sect")? The hunted are the search's target, not the doer of the act the text tells
    beside it, nor whom it blames (words: pursuit_words, pursuit_preps). Read from the
    parse, or from the words before the name where the parse hangs it elsewhere."""
    word = span.root
    while word.dep_ in ("compound", "amod", "nmod") and word.head is not word:
        word = word.head  # ("al Shabaab remnants": the noun the name qualifies)
    head = word.head
    if word.dep_ == "dobj" and head.lower_ in WORDS.pursuit_words:
        return True
    if word.dep_ == "pobj" and head.lower_ in WORDS.pursuit_preps\
            and head.head.lower_ in WORDS.pursuit_words:
        return True
    start = span.start - (1 if span.start > 0 and span.doc[span.start - 1].lower_ == "the"
                          else 0)
    return start > 1 and span.doc[start - 1].lower_ in WORDS.pursuit_preps\
        and span.doc[start - 2].lower_ in WORDS.pursuit_words


def _listed_generic_word(cand: ActorCandidate) -> bool:
    """Is the candidate a lower-case word for armed men that a country file lists
    ("insurgents", "rebels"), which the matcher labels as a name but which names no one
    (it resolves to the unidentified armed group)? A claim or blame names them as it
    names "gunmen"."""
    return cand.kind == "named" and cand.actor is not None\
        and cand.actor.name.startswith("Unidentified Armed Group")


def _inside_an_assertion(root: Token, cues: frozenset[str]) -> bool:
    """Is a name the dictionary lacks inside the clause of a noun of assertion that is
    also a cue word ("rejected claims that the faith preaches war")? The noun tells what
    someone asserts, not who claimed the act; the name is often a faith, person or place
    the small model tags as an organisation."""
    node = root
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "ccomp")\
                and head.pos_ == "NOUN" and head.lower_ in cues:
            return True
        node = head
    return False


def forces_accused(pick: Pick, window: list[ActorCandidate]) -> None:
    """An act on civilians whose doer the text leaves unnamed ("a trader was shot dead")
    and that the text then lays at the door of state forces ("his relatives accused two
    officers of shooting him", "witnesses believe police officers were responsible"): ACLED
    codes those forces as its doer. Only an accusation of the act itself counts (words:
    accuse_verbs, accused_acts); forces merely blamed for failings stay no side."""
    if pick.a1 is None or not pick.a1.name.startswith("Unidentified Armed Group")\
            or pick.c1 is not None and pick.c1.kind != "generic":
        return
    for cand in window:
        if cand.actor is None or cand.actor.inter != 1 or not is_state(cand.actor):
            continue
        if (_accused_of_the_act(cand.span.root) or _held_responsible(cand.span.root))\
                and not _accuser_armed(cand.span.root, window):
            pick.a1, pick.c1 = with_span(copy_actor(cand.actor), cand), cand
            return


def foreign_forces_blamed(pick: Pick, window: list[ActorCandidate], country: str | None
                          ) -> None:
    """A strike from afar whose firer the text leaves unnamed and that the text then lays
    on another state's forces by a verb of blame ("the ministry blamed Turkish forces for
    the attack"): ACLED codes the forces the country hit blames. Only forces that are
    the object of the blame verb, not denied; a group's claim, named on the act
    already, keeps its side (words: blame_verbs)."""
    if pick.a1 is None or not pick.a1.name.startswith("Unidentified Armed Group")\
            or pick.c1 is not None and pick.c1.kind != "generic":
        return
    for cand in window:
        actor = cand.actor
        if actor is None or not is_state(actor) or country is None\
                or actor.country in (None, country) or not _blamed_for_it(cand.span.root):
            continue
        if _accuser_armed(cand.span.root, window):
            continue
        pick.a1, pick.c1 = with_span(copy_actor(actor), cand), cand
        return


def _blamed_for_it(root: Token) -> bool:
    """Is the word the object of a verb of blame that is not denied ("blamed Turkish
    forces for the attack"), not its subject ("Turkey blamed the PKK")?"""
    verb = root.head
    return root.dep_ == "dobj" and verb.lower_ in WORDS.blame_verbs\
        and not any(c.dep_ == "neg" for c in token_children(verb))


def _accuser_armed(root: Token, window: list[ActorCandidate]) -> bool:
    """Is the one who accuses the forces an armed group ("the militants said government troops
    were behind the shooting")? A warring side's charge against its enemy is its claim,
    not the text's account of who did it."""
    node = root
    for _ in range(6):
        if node.lower_ in WORDS.accuse_verbs or node.lower_ in WORDS.reporting_verbs:
            for subj in token_children(node):
                if subj.dep_ == "nsubj" and any(
                        c.span.start <= subj.i < c.span.end and is_armed(c.actor)
                        and not is_state(c.actor) for c in window):
                    return True
        if node.head is node:
            return False
        node = node.head
    return False


def _accused_of_the_act(root: Token) -> bool:
    """Is the word whom an accusation names as doing harm ("accused the police of
    killing him", "accuse officers of shooting the boy")?"""
    verb = root.head
    if root.dep_ != "dobj" or verb.lower_ not in WORDS.accuse_verbs:
        return False
    return any(prep.lower_ == "of" and any(act.lower_ in WORDS.accused_acts
                                            for act in token_children(prep))
               for prep in token_children(verb) if prep.dep_ == "prep")


def _accused_of_no_harm(root: Token) -> bool:
    """Is the word the one an accusation names, or inside what it accuses of, when what
    it accuses of names no act of harm (no event word, none of accused_acts): "accused
    the ruling party of trying to steal the vote", "a man they accused of spying for the
    militia"? Only an accusation of the act itself blames a doer (as in forces_accused)."""
    node = root
    for _ in range(6):
        verb = node.head
        if verb.i == node.i:
            return False
        if verb.lower_ in WORDS.accuse_verbs:
            grounds = [p for p in token_children(verb) if p.dep_ == "prep" and p.lower_ == "of"]
            if not grounds or not (node.dep_ == "dobj" or node in grounds):
                return False
            return not any(t.lower_ in WORDS.accused_acts or _names_harm(t)
                           for p in grounds for t in p.subtree)
        node = verb
    return False


def _names_harm(token: Token) -> bool:
    """Is the token inside a trigger of harm (accused_act_classes: "the massacre", "the
    bombings"; not looting's "steal")?"""
    return any(span.label_ in WORDS.accused_act_classes and span.start <= token.i < span.end
               for span in group_spans(token.doc, TRIGGER_GROUP))


def _held_responsible(root: Token) -> bool:
    """Is the word the subject of "were responsible" or "were behind" ("witnesses believe
    police officers were responsible"), not denied?"""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be"\
            or any(c.dep_ == "neg" for c in token_children(verb)):
        return False
    return any(c.dep_ == "acomp" and c.lower_ == "responsible"
               or c.dep_ == "prep" and c.lower_ == "behind" for c in token_children(verb))


def _blamable(cand: ActorCandidate) -> bool:
    """Can a text blame an attack on this candidate: a named rebel group or political
    militia, or a community's armed men ("armed Fulani herders", "Turkana raiders")?"""
    if cand.actor is None:
        return False
    if cand.kind == "named":
        # (a community's or a named local militia, "militants of the Kuki community",
        # only on the firmer cues, as a community: see apply_attribution)
        return cand.actor.inter in (2, 3, 4)
    if cand.kind == "unknown":
        # a group the dictionary lacks, kept as written ("a faction led by X claimed
        # the bombing"): blamed or claiming as a listed group is
        return cand.actor.inter in (2, 3) and not cand.actor.normalised
    return cand.kind == "community" and cand.actor.inter == 4


def context_text(sent: Span) -> str:
    """The sentence's words outside the names of forces and groups: a cue word in a
    name ("Anti-Stock Theft Unit") tells nothing about the violence."""
    names = [(s.start_char, s.end_char) for s in group_spans(sent.doc, SPAN_KEY)
             if s.label_ in ("named", "role") and sent.start <= s.start and s.end <= sent.end]
    names += _titles_qualifiers(sent)
    names += _facility_qualifiers(sent)
    names += _crisis_qualifiers(sent)
    if not names:
        return span_text(sent)
    text, at = doc_text(sent.doc), sent.start_char
    parts = []
    for start, end in sorted(names):
        if start < at:
            continue
        parts.append(text[at:start])
        at = end
    parts.append(text[at:sent.end_char])
    return " , ".join(parts)


def _titles_qualifiers(sent: Span) -> list[tuple[int, int]]:
    """The words that qualify a person's title ("a community leader", "clan elders"): who
    the person is, not what the violence was (its "communal" or "ethnic" cue words)."""
    return _qualifiers_of(sent, WORDS.person_titles)


def _facility_qualifiers(sent: Span) -> list[tuple[int, int]]:
    """The words that qualify a building or site ("a cattle market", "the community
    hospital"): what the place is for, not what the violence was (a bomb in a cattle
    market is no pastoralist raid)."""
    return _qualifiers_of(sent, WORDS.facility_heads)


def _qualifiers_of(sent: Span, heads: Collection[str]) -> list[tuple[int, int]]:
    """The character offsets of the sentence's compound and adjective words whose head
    is one of ``heads``, read from the parse table: every mention's sentence is read
    twice so, and a Token per word and per head cost most of context_text."""
    doc, table = sent.doc, parse_table(sent.doc)
    found = [i for i in range(sent.start, sent.end)
             if table.deps[i] in ("compound", "amod") and table.lowers[table.heads[i]] in heads]
    return [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in found]


def _crisis_qualifiers(sent: Span) -> list[tuple[int, int]]:
    """The words that qualify a crisis named after an election ("amid the tribal
    post-poll unrest"): what the period was, not who did this act (ACLED
    names the unnamed attackers of one act in such a crisis an armed group, not an
    ethnic militia)."""
    if "post" not in span_text(sent).lower():
        return []  # (no crisis so named: skip the walk)
    out: list[tuple[int, int]] = []
    for token in sent:
        if token.pos_ != "NOUN":
            continue
        left = [c for c in token_children(token)
                if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")]
        if not left:
            continue
        first = min(c.i for c in left)
        words = " ".join(token.doc[first:token.i].text.lower().replace("-", " ").split())
        if any(f" {w} " in f" {words} " for w in WORDS.crisis_period_words):
            out.append((token.doc[first].idx, token.idx + len(token.text)))
    return out


def apply_context(pick: Pick, sent_text: str, dictionary: ActorDictionary,
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
        cand: ActorCandidate | None = getattr(pick, "c1" if side == "a1" else "c2")
        if actor is None or not actor.name.startswith("Unidentified Armed Group"):
            continue
        if cand is not None and cand.kind not in ("generic",):
            continue
        if cand is not None and any(t.lower_ in WORDS.unidentified_words for t in cand.span):
            continue  # ("unknown assailants", "unidentified raiders": the text says so)
        setattr(pick, side, with_span(dictionary.template_actor(template, country), cand))


def act_told_jihadist(pick: Pick, sent: Span, dictionary: ActorDictionary,
                      country: str | None, day: dt.date | None) -> None:
    """The unidentified armed doer of an act the sentence calls Islamist ("masked men
    shot a chief dead in what police called an extremist raid") is, where one jihadist
    insurgency is fought (the country file's ``jihadist_insurgency``), that group, as
    the armed men so described are (words: jihadist_act_nouns, jihadist_words)."""
    if pick.a1 is None or not pick.a1.name.startswith("Unidentified Armed Group"):
        return
    told = any(tok.lower_ in WORDS.jihadist_act_nouns
               and any(child.dep_ in ("amod", "compound") and child.lower_ in WORDS.jihadist_words
                       for child in tok.children)
               for tok in sent)
    group = dictionary.jihadist_insurgency(country, day) if told else None
    if group is not None:
        pick.a1 = with_span(group, pick.c1)


def assoc_without(actors: list[Actor], mains: list[Actor]) -> list[Actor]:
    names = {a.name for a in mains}
    return [a for a in actors if a.name not in names]


def coordinated(cands: list[ActorCandidate], main: ActorCandidate | None, actor: Actor | None
                 ) -> list[Actor]:
    """Actors coordinated with the main one ("rebels and Kurdish fighters")."""
    if main is None or actor is None:
        return []
    out: list[Actor] = []
    for cand in cands:
        if cand.coord_of is main and cand.actor is not None and cand.actor.name != actor.name:
            if not any(a.name == cand.actor.name for a in out):
                out.append(with_span(Actor(name=cand.actor.name, inter=cand.actor.inter,
                                            country=cand.actor.country,
                                            normalised=cand.actor.normalised), cand))
    return out
