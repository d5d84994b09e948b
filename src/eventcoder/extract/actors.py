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

The actor words are marked by ``actor_matcher``; the candidates of a document and their roles
come from ``actor_candidates``; the rules that settle the sides are in ``actor_sides``; this
module picks the sides of one event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.actor_candidates import (
    assign_roles,
    candidates,
    cited,
    is_patient,
    reports,
    resolve_references,
    titled_teller,
    trigger_tokens,
)
from eventcoder.extract.actor_matcher import (
    ACTOR_MATCHER,
    COUNTRY_ENV_VAR,
    SPAN_KEY,
    WORDS,
    ActorCandidate,
    ActorMatcher,
    actor_dictionary,
    default_country,
    doc_era_day,
    document_country,
    is_armed,
    is_state,
    names_a_country,
    with_span,
)
from eventcoder.extract.actor_sides import (
    HISTORY_SENTENCES,
    OVERTAKEN,
    Pick,
    act_told_jihadist,
    answering_side_second,
    apply_attribution,
    apply_context,
    army_against_rebels,
    arrests_after,
    arrests_at_the_riot,
    assoc_without,
    attacker_told_before,
    attacker_told_first,
    civilians,
    claimant_strikes,
    community_fighters,
    context_text,
    coordinated,
    crowd_country,
    definite_force_word,
    distinct_sides,
    doer_of_the_act_before,
    doers_identified,
    earlier_candidates,
    faith_militia,
    fallen_claimed_by_a_people,
    fallen_told_after,
    feuding_communities,
    force_hit_before,
    force_of_its_teller,
    forces_accused,
    forces_fired_on_the_mob,
    foreign_force_told_before,
    foreign_forces_blamed,
    giver_told_before,
    ground_by_parse,
    head_of_state_signs,
    herders,
    herders_fought,
    hunted,
    leader_of_the_act_after,
    loser_holding_out,
    military_target_hit,
    mob_hurt_someone,
    named_as_grievance,
    named_by_their_fallen,
    names_a_thing_hit,
    names_owners,
    of_the_hit,
    only_looked_on,
    own_air_force,
    party_of_the_arrested,
    people_divided,
    possible_tie,
    property_destroyed_by_the_state,
    property_owners,
    second_side_untold,
    sender_of_weapons_told_before,
    side_template,
    side_told_apart,
    sides_from_two_peoples,
    sides_from_two_places,
    sides_of_a_feud,
    signatories_coordinated,
    state_forces_first,
    striker_told_before,
    suspects_believed_members,
    suspects_tied_to_a_group,
    target_of_an_attempt,
    untold_side,
    victims_nationality,
)
from eventcoder.extract.triggers import READ_AS, read_as
from eventcoder.extract.typing_base import MARK_OWN_FORCE
from eventcoder.extract.typing_base import WORDS as TYPING_WORDS
from eventcoder.resolve.actors import ActorDictionary
from eventcoder.resolve.numbers import parse_number
from eventcoder.schema import Actor, Article, EventMention, Evidence
from eventcoder.text import sentence_tokens, span_text, token_children

__all__ = [
    "ACTOR_MATCHER",
    "COUNTRY_ENV_VAR",
    "SPAN_KEY",
    "ActorMatcher",
    "assign_actors",
    "default_country",
    "document_country",
]


# Sub-event types of a change of who holds a place ("retook X from Y": Y held it).
_TERRITORY_TYPES = frozenset({"Government regains territory",
                              "Non-state actor overtakes territory"})


_TRANSFER = "Non-violent transfer of territory"
_PROPERTY = "Looting/property destruction"
_AIR_STRIKE = "Air/drone strike"
# Strikes from the air or from afar, which the force that confirms them has mostly made.
_OWN_STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


_FOLLOWING_SENTENCES = 3  # how far on intervening forces are looked for


def _in_claim_apart(cand: ActorCandidate, trigger: Token) -> bool:
    """Is the candidate inside what someone says ("said most of the dead were X"), a
    clause of a reporting verb that does not hold the trigger?"""
    node = cand.span.root
    for _ in range(8):
        if node.dep_ == "ccomp" and node.head.lower_ in WORDS.reporting_verbs:
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        if node.head is node:
            return False
        node = node.head
    return False


def _hit_group(cand: ActorCandidate) -> bool:
    """Is the candidate a named non-state armed group that a verb of the sentence
    hits ("Mungiki members were shot dead", "killed three Al Shabaab fighters")?"""
    actor = cand.actor
    if cand.kind != "named" or actor is None or actor.inter not in (2, 3)\
            or not actor.normalised:
        return False
    root = cand.span.root
    if is_patient(root):
        return True
    # headline style, "Mungiki members killed during raid": a past participle that
    # describes it, or whose subject it is with no object and no auxiliary
    head = root.head
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ not in WORDS.leading_participles
               and c.lower_ not in WORDS.linking_participles
               for c in root.children) or (
        root.dep_ == "nsubj" and head.tag_ == "VBN"
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children))


def _given_to(cand: ActorCandidate, verb: Token) -> bool:
    """Is the candidate the object of the verb's "to" ("surrendered to X")?"""
    root = cand.span.root
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.i == verb.i


def _after_by(cand: ActorCandidate) -> bool:
    """Is the candidate the object of "by" ("an attack by X"), wherever the parse
    hangs the phrase?"""
    root = cand.span.root
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def _forces_beside(side2: ActorCandidate | None, side1: ActorCandidate | None,
                   cands: list[ActorCandidate]) -> ActorCandidate | None:
    """State forces coordinated with a non-state second side of a non-state attacker ("a
    battle with the herders and the police"): ACLED names the forces the side, the
    herders fighting beside them its associates (so in a mob's fight: see the Mob
    violence branch of ``_pick``)."""
    if side2 is None or side1 is None or is_state(side2.actor) or is_state(side1.actor):
        return None
    return _forces_coordinated_with(cands, lambda other: other is side2)


def _forces_coordinated_with(cands: list[ActorCandidate],
                             beside: Callable[[ActorCandidate], bool]) -> ActorCandidate | None:
    """The first state-force candidate named in coordination with a candidate ``beside``
    accepts ("the herders and the police", "residents joined by the police")."""
    return next((c for c in cands if is_state(c.actor) and c.coord_of is not None
                 and beside(c.coord_of)), None)


def _names_a_forces_thing(cand: ActorCandidate) -> bool:
    """Is the candidate a state force's word that only qualifies a thing after it
    ("police cars were burned", "despite a police curfew")? The forces own the thing or
    imposed it; they are not who burned or looted."""
    root = cand.span.root
    return root.dep_ == "compound" and root.head.i >= cand.span.end and is_state(cand.actor)


def _took_into_custody(cand: ActorCandidate, trigger: Token | None) -> bool:
    """Is the candidate the subject of an arrest in a clause apart from the trigger's
    ("X was shot ..., and police detained a suspect at the scene")? Who caught a
    suspect is not the attacker (but in "police arrested and beat a man" the beating
    shares the arrest's subject)."""
    root = cand.span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in WORDS.custody_verbs:
        return False
    if trigger is None:
        return True
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    return trigger.i != verb.i and (own_subject or all(trigger.i != c.i for c in verb.conjuncts))


def _forces_most_of_the_hit(target: ActorCandidate | None, cands: list[ActorCandidate]
                            ) -> ActorCandidate | None:
    """The forces that are most of the people a blast hit, told in an apposition that
    counts them among the dead ("killing 26 people, 14 of them soldiers"): the blast hit
    those forces, as ACLED codes it. A minority ("wounding nine, including a police
    officer") leaves the people civilians."""
    if target is None or target.actor is None or target.actor.inter != 7:
        return None
    root = target.span.root
    total = next((parse_number(" ".join(t.text for t in c.subtree)) for c in root.children
                  if c.dep_ == "nummod"), None)
    for part in root.children:
        force = next((c for c in cands if c.span.root.i == part.i and is_state(c.actor)), None)
        if part.dep_ != "appos" or force is None:
            continue
        share = next((q for q in part.children if any(
            p.lower_ == "of" and any(t.lower_ == "them" for t in p.children)
            for p in q.children)), None)
        if share is None:
            continue
        count = parse_number(share.text)
        if share.lower_ in WORDS.majority_words or (
                count is not None and total is not None and 2 * count > total):
            return force
    return None


def _tells_the_event(cand: ActorCandidate, trigger: Token) -> bool:
    """Is the candidate the subject of a verb whose object is the trigger's event noun
    ("police confirmed the attack", "the army's spokesman reported the raid"), or the
    force whose spokesperson that subject is? It tells the event, it did not do it."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or trigger.pos_ not in ("NOUN", "PROPN")\
            or verb.lower_ not in WORDS.report_object_verbs:
        return False
    root = cand.span.root
    if root.dep_ in ("poss", "compound") and root.head.lower_ in WORDS.spokesperson_nouns:
        root = root.head  # "the army's spokesman", "police officials"
    return root.dep_ == "nsubj" and root.head.i == verb.i


def _first(cands: Iterable[ActorCandidate], role: str | None = None, *, armed: bool | None = None,
           exclude: Actor | None = None) -> ActorCandidate | None:
    for cand in cands:
        if cand.actor is None or _is_speaker(cand):
            continue
        if role is not None and cand.role != role:
            continue
        if armed is True and not is_armed(cand.actor):
            continue
        if armed is False and is_armed(cand.actor):
            continue
        if exclude is not None and cand.actor.name == exclude.name:
            continue
        return cand
    return None


def _is_speaker(cand: ActorCandidate) -> bool:
    """A role word that is the subject of "said"/"told" and not tied to the trigger by
    the parse ("the officer said ..."), or a named actor that tells what it says after
    saying it ("Rebels fired a missile at a ship, the US military said"): the one
    reporting the event, not a side of it."""
    if cand.role is not None or not reports(cand.span):
        return False
    if cited(cand.span):
        return True
    if cand.kind == "role" or _in_title_of_teller(cand):
        return True
    verb = cand.span.root.head
    return cand.kind == "named" and any(c.dep_ == "ccomp" and c.i < cand.span.start
                                        for c in verb.children)


def _forces_of_one_state(first: Actor, second: Actor) -> bool:
    """Are both the state forces (army, police) of one country?"""
    return is_state(first) and is_state(second) and first.country is not None\
        and first.country == second.country


def _tells_of_harm_done(cand: ActorCandidate, trigger: Token) -> bool:
    """Is the candidate who says that people were harmed, in a clause that names no doer
    ("the U.N. mission said 82 people had been wounded")? The teller of a toll is no
    side of it (a side telling its own act says so: "said it had killed ...")."""
    node = cand.span.root
    while node.dep_ in ("compound", "poss") and node.head is not node:
        node = node.head  # "the United Nations mission said": the body in its office's name
    if node.dep_ != "nsubj" or node.head.lower_ not in WORDS.reporting_verbs:
        return False
    verb = node.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp"
                   and c.left_edge.i <= trigger.i <= c.right_edge.i), None)
    if clause is None:
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)\
        and not any(c.dep_ == "agent" for c in clause.children)


def _in_title_of_teller(cand: ActorCandidate) -> bool:
    """Is a state or international body only in the title of the person who tells
    ("The United Nations' humanitarian coordinator said at least 110 civilians had been
    killed")? The official speaks of an event the body took no side in. (A rebel
    group's commander or spokesman mostly claims the group's own acts: "an Al Shabaab
    commander told reporters that the group had burned ...".)"""
    if cand.actor is None or cand.actor.inter in (2, 3, 4):
        return False
    root = cand.span[-1] if cand.span.root.dep_ == "det" else cand.span.root
    return titled_teller(root).i != root.i


def _owns_what_was_hit(cand: ActorCandidate) -> bool:
    """Is the candidate the owner of what a verb's object names ("gunmen struck the
    army's cantonment, killing 18 people")? The owner of what was hit is hit, never the
    attacker the nearest armed word before the trigger would make it."""
    root = cand.span.root
    return root.dep_ == "poss" and root.head.dep_ in ("dobj", "nsubjpass")


def _nearest(cands: list[ActorCandidate], offset: int, *, before: bool, armed: bool | None = None,
             exclude: Actor | None = None) -> ActorCandidate | None:
    side = [c for c in cands
            if (c.span.end_char <= offset if before else c.span.start_char >= offset)]
    if before:
        side.reverse()
    return _first(side, armed=armed, exclude=exclude)


def _pick(mention: EventMention, cands: list[ActorCandidate], later: list[ActorCandidate],
          sent_text: str, dictionary: ActorDictionary, country: str | None,
          day: dt.date | None, earlier: Sequence[ActorCandidate] = (),
          trigger: Token | None = None) -> Pick:
    etype, sub = mention.event_type, mention.sub_event_type
    trig = mention.trigger_start
    if sub in _TERRITORY_TYPES:
        # "retook the town from the rebels": who held it before is the other side, not
        # an initiator as in "fire from the rebels"
        for cand in cands:
            if cand.via == "from" and cand.role == "a1":
                cand.role = "a2"
    if sub == _TRANSFER and trigger is not None and trigger.lower_ in WORDS.handover_verbs:
        # "French troops handed over the base to the Chadian army": who takes control
        # is the first side, the giver the second
        taker = next((c for c in cands if is_armed(c.actor) and c.role != "a1"
                      and c.span.root.dep_ == "pobj" and c.span.root.head.lower_ == "to"),
                     None)
        if taker is not None:
            for cand in cands:
                if cand.role == "a1":
                    cand.role = "a2"
            taker.role = "a1"
            cands = [taker, *(c for c in cands if c is not taker)]
    if sub == "Agreement" and trigger is not None and trigger.lower_ in WORDS.handover_verbs:
        # "hundreds of soldiers surrendered to the U.N. mission": who they gave themselves
        # (or their arms) up to is the other party
        for cand in cands:
            if cand.role is None and _given_to(cand, trigger):
                cand.role = "a2"
    if etype != "Battles":
        # "the regime-held town": only a battle there is fought with who holds it; the
        # people a strike, a bombing or a raid on it hit are its residents
        cands = [c for c in cands if c.kind != "holder"]
    a1c = _first(cands, "a1")
    a2c = _first(cands, "a2", exclude=a1c.actor if a1c and a1c.actor else None)
    pick = Pick()

    def assoc_of(side: str, main: Actor | None) -> list[Actor]:
        out: list[Actor] = []
        for cand in cands:
            if cand.actor is None or cand.role != side:
                continue
            if main is not None and cand.actor.name == main.name:
                continue
            if any(a.name == cand.actor.name for a in out):
                continue
            out.append(with_span(Actor(name=cand.actor.name, inter=cand.actor.inter,
                                        country=cand.actor.country,
                                        normalised=cand.actor.normalised), cand))
        return out

    if etype in ("Protests", "Riots"):
        main_name = "Protesters ({country})" if etype == "Protests" else "Rioters ({country})"
        # ("hired goons attacked the protesters"): armed men who are not forces may be
        # who intervened, never the demonstrators
        intervening = sub in ("Protest with intervention", "Excessive force against protesters")
        armed_men = next((c for c in cands if c.actor is not None and is_armed(c.actor)
                          and not is_state(c.actor) and not named_as_grievance(c.span.root)),
                         None) if intervening else None
        crowd = a1c if a1c is not None and not is_state(a1c.actor) and a1c is not armed_men\
            else None
        # the crowd is renamed Rioters/Protesters, so the people it hit may share its
        # word's category ("students stoned their teachers": civilians both)
        a2c = _first(cands, "a2")
        pick.a1 = side_template(dictionary, main_name, crowd_country(crowd, country, dictionary),
                            crowd)
        pick.c1 = crowd
        assoc: list[Actor] = []
        for cand in cands:
            if cand.role != "a1" or cand.actor is None or is_state(cand.actor):
                continue
            group = dictionary.assoc_group(cand.span.text, country)
            if group is None and cand.kind == "community":
                group = dictionary.resolve_community(cand.span.text, country, armed=False)
            if group is None and cand.kind in ("named", "unknown")\
                    and cand.actor.inter in (2, 3, 4):
                group = cand.actor
            if group is not None and not any(a.name == group.name for a in assoc):
                assoc.append(with_span(group, cand))
        pick.assoc1 = assoc
        # the forces that intervened: in the sentence, else in the next ones, else
        # in the ones before ("Police used teargas to disperse youths. The youths had
        # blocked the highway ...")
        # (a force only telling of it in another sentence, "..., police spokesman X
        # said", is no side of it)
        own = {id(c) for c in cands}
        state = next((c for c in [*cands, *later, *reversed(earlier)]
                      if (is_state(c.actor) or _outside_force(c))
                      and not named_as_grievance(c.span.root) and not only_looked_on(c)
                      and (id(c) in own or not reports(c.span))),
                     None)
        if sub == "Peaceful protest":
            return pick
        if sub in ("Protest with intervention", "Excessive force against protesters"):
            if state is not None and state.actor is not None:
                pick.a2, pick.c2 = with_span(state.actor, state), state
            elif armed_men is not None and armed_men.actor is not None:
                pick.a2, pick.c2 = with_span(armed_men.actor, armed_men), armed_men
            else:
                pick.a2 = dictionary.role_actor("police", country, day)
            return pick
        mutual = dictionary.has_cue(f"{mention.trigger_text} {sent_text}",
                                    dictionary.mutual_violence_cues)
        if state is None and sub == "Violent demonstration" and trigger is not None\
                and arrests_at_the_riot(trigger):
            # "five were arrested after youths barricaded the road": the police
            # intervened, though no force is named
            police = dictionary.role_actor("police", country, day)
        else:
            police = None
        if sub == "Mob violence":
            victim = a2c if a2c is not None and a2c is not crowd\
                and not target_of_an_attempt(a2c) and not names_a_thing_hit(a2c) else None
            opponent = _forces_paired_with_crowd(cands)
            beside = _forces_coordinated_with(
                cands, lambda other: other.role != "a1" and other.actor is not None
                and other.actor.inter == 7)
            if beside is not None and beside.actor is not None:
                # (a mob facing residents joined by the police): the forces are the side
                pick.a2, pick.c2 = with_span(beside.actor, beside), beside
                return pick
            if mutual and opponent is not None and opponent.actor is not None:
                # "police and hawkers clashed": the forces the crowd fought, not rioters
                pick.a2, pick.c2 = with_span(opponent.actor, opponent), opponent
                return pick
            if mutual and (victim is None or victim.actor is None
                           or victim.actor.inter in (5, 6, 7)):
                # "supporters of two candidates clashed": rioters on both sides (also a
                # crowd word on the other side: "fights between ODM supporters and
                # supporters of a rival candidate")
                pick.a2 = side_template(dictionary, main_name, country)
                return pick
            # lynched "suspected thieves" are civilians; police and named groups stay, and
            # demonstrators a mob attacks stay protesters (ACLED's codebook)
            if victim is not None and victim.actor is not None and victim.actor.inter != 7\
                    and (victim.actor.inter in (1, 8) or victim.kind in ("named", "community")
                         or victim.actor.inter == 6
                         and victim.span.root.lower_ in WORDS.demonstrator_words):
                pick.a2, pick.c2 = with_span(victim.actor, victim), victim
            elif state is not None and state.actor is not None\
                    and forces_fired_on_the_mob(state, crowd, dictionary, country):
                # "police fired on a mob that had come to lynch two women": they fought it
                pick.a2, pick.c2 = with_span(state.actor, state), state
            elif victim is None and state is not None and state.actor is not None\
                    and not arrests_after(state)\
                    and not (trigger is not None and _told_in_another_incident(state, trigger))\
                    and trigger is not None and not mob_hurt_someone(trigger):
                # "rioters set stalls on fire; police dispersed the crowd": a mob that
                # hurt no one told fought the forces that stopped it
                pick.a2, pick.c2 = with_span(state.actor, state), state
            else:
                pick.a2, pick.c2 = civilians(dictionary, country, victim), victim
            return pick
        # Violent demonstration: the forces they fought, else the people they attacked
        if state is not None and state.actor is not None:
            pick.a2, pick.c2 = with_span(state.actor, state), state
        elif police is not None:
            pick.a2 = police
        elif a2c is not None and a2c.actor is not None and a2c.actor.inter == 7\
                and a2c.kind in ("generic", "assoc"):
            pick.a2, pick.c2 = civilians(dictionary, country, a2c), a2c
        elif a2c is not None and a2c is not crowd and a2c.actor is not None\
                and a2c.actor.inter == 6 and a2c.span.root.lower_ in WORDS.demonstrator_words:
            # "supporters of the ruling party attacked anti-government demonstrators": the
            # demonstrators they attacked stay protesters (ACLED's codebook)
            pick.a2, pick.c2 = with_span(a2c.actor, a2c), a2c
        elif mutual:
            # no forces named and the crowd fought another ("clashes between rival
            # groups of supporters"): rioters on both sides
            pick.a2 = side_template(dictionary, main_name, country)
        return pick

    if etype == "Violence against civilians":
        perp = a1c if a1c is not None and is_armed(a1c.actor) else None
        if perp is None and a1c is not None and herders(a1c):
            # "herders assaulted a farmer", "killed by Somali herders": herders who do
            # violence are a communal militia (ACLED's name for armed pastoralists)
            pick.a1 = side_template(dictionary, "Unidentified Communal Militia ({country})",
                                    crowd_country(a1c, country, dictionary), a1c)
            pick.c1 = a1c
            victim = a2c if a2c is not None and not is_armed(a2c.actor) else None
            if victim is None:
                victim = _first([c for c in cands if c is not a1c], armed=False)
            pick.a2, pick.c2 = civilians(dictionary, country, victim), victim
            return pick
        militia = faith_militia(a1c, dictionary, country)\
            if perp is None and a1c is not None else None
        if militia is not None and a1c is not None:
            # "Muslims attacked a group of Christians": faithful who do violence are
            # their faith's militia (ACLED's naming), as herders are a communal one
            pick.a1, pick.c1 = with_span(militia, a1c), a1c
            victim = a2c if a2c is not None and not is_armed(a2c.actor) else None
            pick.a2, pick.c2 = civilians(dictionary, country, victim), victim
            return pick
        if perp is None:
            # never one the parse names as hit ("an ODM official was shot dead": the
            # party is the victim's, not the gunmen's)
            # (nor a group the text only calls possibly tied to the act: "raids perhaps
            # tied to gangs from across the border")
            # (nor one of two peoples the text sets against each other: "the killing is
            # thought to stem from a feud between two clans" tells neither as the doer;
            # sides_of_a_feud names the attackers an ethnic militia)
            feud = feuding_communities(cands) or ()
            unhit = [c for c in cands if c.role != "a2" and not _owns_what_was_hit(c)
                     and not possible_tie(c.span.root) and not hunted(c.span)
                     and not (trigger is not None and _tells_of_harm_done(c, trigger))
                     and not _took_into_custody(c, trigger) and c not in feud]
            perp = _nearest(unhit, trig, before=True, armed=True) or _first(
                # (not forces a statement apart names: "... confirmed the raid and said
                # troops had been sent")
                [c for c in unhit if trigger is None or not _in_claim_apart(c, trigger)],
                armed=True)
        pick.a1 = with_span(perp.actor, perp) if perp and perp.actor else side_template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = perp
        victim = a2c if a2c is not None and not is_armed(a2c.actor) else None
        if victim is None:
            # (never who tells of it: "..., witnesses and officials said")
            victim = _first([c for c in cands if c is not perp and not reports(c.span)],
                            armed=False)
        pick.a2, pick.c2 = civilians(dictionary, country, victim), victim
        return pick

    if etype == "Battles":
        community_fighters(cands, dictionary, country)
        firsts = [c for c in cands if c.role == "a1" and is_armed(c.actor)]
        seconds = [c for c in cands if c.role == "a2" and is_armed(c.actor)]
        side1 = firsts[0] if firsts else None
        side2 = next((c for c in seconds if side1 is None or c.actor is None
                      or side1.actor is None or c.actor.name != side1.actor.name), None)
        paired = next((c for c in seconds if c.via == "between" or _conjunct_of(c, side1)),
                      None) if side1 is not None and side1.via == "between" else None
        if paired is not None and paired.actor is not None and side1 is not None\
                and side1.actor is not None and paired.actor.name != side1.actor.name:
            # (a reservist counted among the dead of clashes between two herding
            # communities): the pair the fight is told between are its sides; the
            # armed dead named before them are among its casualties
            side2 = paired
        if side2 is None and len(firsts) > 1:
            # (in a takeover, never the first side's own state's other force: "troops and
            # federal police seized the base" are allies, not the side driven out)
            others = [c for c in firsts[1:] if c.actor and side1 and side1.actor
                      and c.actor.name != side1.actor.name
                      and not (sub in _TERRITORY_TYPES
                               and _forces_of_one_state(c.actor, side1.actor))]
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
        if side1 is not None and side2 is not None and side1.coord_of is side2:
            # both sides in one coordination the parse made a target ("clashes on between
            # Borana and Garba clans"): they keep the order the text names them in
            side1, side2 = side2, side1
        if side2 is None:
            rivals = [c for c in cands if not (
                sub in _TERRITORY_TYPES and side1 is not None and side1.actor is not None
                and c.actor is not None and c.role == side1.role
                and _forces_of_one_state(c.actor, side1.actor))]
            side2 = _nearest(rivals, trig, before=False, armed=True,
                             exclude=side1.actor if side1 else None) or _first(
                [c for c in rivals if c is not side1], armed=True,
                exclude=side1.actor if side1 else None)
        if side1 is None and side2 is not None and not _guards_hit(side2):
            side1, side2 = side2, None
        side2 = _forces_beside(side2, side1, cands) or side2
        pick.a1 = with_span(side1.actor, side1) if side1 and side1.actor else side_template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = side1
        if side2 is not None and side2.actor is not None:
            pick.a2, pick.c2 = with_span(side2.actor, side2), side2
        elif side1 is not None and side1.actor is not None and is_state(side1.actor)\
                and MARK_OWN_FORCE in mention.rule_marks:
            # ("a constable shot dead three colleagues"): the force on both sides
            pick.a2 = with_span(side1.actor, side1)
        elif side1 is not None and _hit_group(side1):
            # "seven Mungiki members were killed during a raid": an unnamed side that
            # kills a named armed group's men in a battle is the state's forces
            pick.a2 = dictionary.role_actor("police", country, day)
        else:
            pick.a2 = side_template(dictionary, "Unidentified Armed Group ({country})", country)
        return pick

    if etype == "Explosions/Remote violence":
        perp = a1c if a1c is not None and is_armed(a1c.actor) else None
        # those a verb of the sentence hits ("nine soldiers were killed when a bomb
        # went off") are victims, even when the parse ties them to another verb
        hit = [c for c in cands if c is not a1c and of_the_hit(c.span.root)]
        if perp is None:
            # never the target itself ("a bomb killed Somali soldiers": the soldiers'
            # army is not the bomber, even when a dateline names the country before)
            unhit = [c for c in cands if all(c is not h for h in hit)]
            perp = _nearest(unhit, trig, before=True, armed=True,
                            exclude=a2c.actor if a2c is not None else None) or next(
                # an armed doer the parse or a "by" names after the blast ("a bus struck
                # a bomb planted by X", "injured in a grenade attack by X")
                (c for c in unhit if is_armed(c.actor) and (c.role == "a1" or _after_by(c))),
                None)
        target = a2c if a2c is not None and a2c is not perp and not _guessed_aim(a2c)\
            and not _party_of_the_purpose(a2c) else None
        if target is None:
            # never the unarmed one who threw or planted it ("a man threw a grenade
            # into a crowd": the doer is no target), nor a group only someone's claim
            # names ("... but said most of the dead were militants": the claimant's
            # version of who the victims were, not the event's target)
            target = _first([c for c in hit if c is not perp],
                            exclude=perp.actor if perp else None) or _first(
                [c for c in cands if c is not perp and not _guessed_aim(c)
                 and not _party_of_the_purpose(c)
                 and (c.role != "a1" or is_armed(c.actor))
                 and (trigger is None or not _in_claim_apart(c, trigger))
                 and not _intercepts(c)],
                exclude=perp.actor if perp else None)
        target = _forces_most_of_the_hit(target, cands) or target
        pick.a1 = with_span(perp.actor, perp) if perp and perp.actor else side_template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = perp
        # a crowd a strike or blast hits ("an air strike on a crowd") is civilians:
        # rioters are rioters only in their own riot
        if target is not None and target.actor is not None\
                and target.actor.inter not in (5, 7):
            pick.a2, pick.c2 = with_span(target.actor, target), target
        else:
            # a blast whose target the text does not name as armed hit civilians
            # ("a grenade attack wounded four at a market")
            pick.a2, pick.c2 = civilians(dictionary, country, target), target
        return pick

    # Strategic developments
    if sub == "Disrupted weapons use":
        # the weapon's owner is actor1, the forces that seized or defused it actor2,
        # unless those forces are the doer of the disrupting act (below)
        owner = next((c for c in cands if is_armed(c.actor) and not is_state(c.actor)), None)
        pick.a1 = with_span(owner.actor, owner) if owner and owner.actor else side_template(
            dictionary, "Unidentified Armed Group ({country})", country)
        pick.c1 = owner
        state = next((c for c in [*cands, *later] if is_state(c.actor)), None)
        intercepted = state is not None and any(state is c for c in cands)\
            and (_stops_in_flight(mention.trigger_text) or _destroyed_in_flight(trigger))
        if state is not None and state.actor is not None and (
                a1c is not None and a1c is state and a1c.via == "" or intercepted):
            # "a police bomb squad defused a device", "soldiers seized a cache": forces
            # that are the subject of the disrupting act are actor1 (ACLED names the
            # disrupting side first), the weapon's owner, known or not, actor2. A
            # weapon told as the subject ("a bomb was found by police") keeps its
            # owner first, unless it was stopped in flight ("drones were shot down by air
            # defences": the forces that shot them down come first).
            pick.a2, pick.c2 = pick.a1, pick.c1
            pick.a1, pick.c1 = with_span(state.actor, state), state
            launcher = next((c for c in cands if c is not state and is_armed(c.actor)
                             and c.actor is not None and c.actor.name != state.actor.name),
                            None) if intercepted and owner is None else None
            if launcher is not None and launcher.actor is not None:
                # "shot down six Ukrainian drones": a state's weapons stopped in flight
                # are that state's forces'
                pick.a2, pick.c2 = with_span(launcher.actor, launcher), launcher
            return pick
        if state is not None and state.actor is not None:
            pick.a2, pick.c2 = with_span(state.actor, state), state
        elif trigger is not None and any(t.lower_ in WORDS.discovery_words
                                         for t in trigger.sent):
            # "a bomb was found in a matatu": no force told, the police that take a
            # found device away disrupted it
            pick.a2 = dictionary.role_actor("police", country, day)
        return pick
    if sub == "Arrests":
        agent = a1c if a1c is not None and is_state(a1c.actor) else next(
            (c for c in cands if is_state(c.actor)), None)
        pick.a1 = with_span(agent.actor, agent) if agent and agent.actor else\
            dictionary.role_actor("police", country, day)
        pick.c1 = agent
        if agent is not None and agent.actor is not None\
                and dictionary.country_named(agent.span.text) is not None:
            # "Belarus ... arrested a dissident journalist": a state told by its name
            # arrests by its police (its name alone is read as its army elsewhere)
            police = dictionary.role_actor("police", agent.actor.country, day,
                                           agent.span.text)
            if police is not None:
                police.inter = agent.actor.inter  # (a foreign state's stays external)
                pick.a1 = with_span(police, agent)
        arrested = a2c if a2c is not None and a2c is not agent else None
        if arrested is not None and arrested.actor is not None and arrested.actor.inter != 7\
                and arrested.kind in ("named", "unknown", "community"):
            pick.a2, pick.c2 = with_span(arrested.actor, arrested), arrested
        else:
            pick.a2, pick.c2 = civilians(dictionary, country, arrested), arrested
        return pick
    doers = [c for c in cands if not _names_a_forces_thing(c)] if sub == _PROPERTY else cands
    first = a1c or _nearest(doers, trig, before=True, armed=True) or _first(doers, armed=True)
    if sub == "Looting/property destruction" and first is not None and first.actor is not None\
            and first.actor.inter in (5, 6, 7)\
            and first.span.root.lower_ in WORDS.crowd_looter_words:
        # ("crowds stormed the residence, carrying off its furniture"): a crowd that
        # loots is rioters, not an armed group
        pick.a1 = side_template(dictionary, "Rioters ({country})",
                                crowd_country(first, country, dictionary), first)
        pick.c1 = first
    elif sub == "Looting/property destruction" and first is not None and first.actor is not None\
            and first.actor.inter == 7:
        # "unknown people with machetes destroyed a billboard", "herders burnt down a
        # lodge": those who burn or loot act as an armed group, never as civilians
        # (ACLED codes civilians only as victims)
        pick.a1 = side_template(dictionary, "Unidentified Armed Group ({country})", country,
                                first)
        pick.c1 = first
    elif first is not None and first.actor is not None:
        pick.a1, pick.c1 = with_span(first.actor, first), first
    elif sub == "Looting/property destruction" and trigger is not None and any(
            t.dep_ == "nsubj" and t.lower_ in WORDS.crowd_looter_words
            for t in token_children(trigger)):
        # ("crowds stormed the residence, carrying off its furniture"): a crowd, no
        # actor of the dictionary, that loots is rioters
        pick.a1 = side_template(dictionary, "Rioters ({country})", country)
    elif sub == "Looting/property destruction":
        # someone burned or looted: an unnamed doer is an unidentified armed group
        pick.a1 = side_template(dictionary, "Unidentified Armed Group ({country})", country)
    if a2c is not None and a2c is not first and a2c.actor is not None:
        pick.a2, pick.c2 = with_span(a2c.actor, a2c), a2c
    return pick


def _guards_hit(cand: ActorCandidate) -> bool:
    """Is the battle's only told side a non-state armed force of the External/Other
    category (private security guards) that the act hit ("a guard was wounded as he tried
    to stop a robbery")? Guards defend what they are hired to protect: ACLED lists
    their unnamed attackers first, the guards second (a state's forces are ordered by
    ``state_forces_first`` instead)."""
    return cand.role == "a2" and cand.actor is not None and cand.actor.inter == 8\
        and not is_state(cand.actor)


def _conjunct_of(cand: ActorCandidate, first: ActorCandidate) -> bool:
    """Is the candidate's noun (or the noun its words qualify: "private security" of
    "private security guards") a conjunct of the first candidate's ("between Pokot and
    Turkana communities")?"""
    noun = cand.span.root
    while noun.dep_ in ("amod", "compound") and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "conj" and first.span.start <= noun.head.i < first.span.end


def _outside_force(cand: ActorCandidate) -> bool:
    """A named armed force from outside the country's own sides (a U.N. peacekeeping
    mission, a regional force: external, inter 8) that a crowd may face as it faces the
    police ("protesters attacked a U.N. base ... Three United Nations peacekeepers were
    killed"): the mission is the other side, not the home army of its dead."""
    # (a name that only qualifies another noun names no one there: "coalition
    # government", "an Amani Coalition contestant")
    return cand.kind == "named" and cand.actor is not None and cand.actor.inter == 8\
        and is_armed(cand.actor) and cand.span.root.dep_ not in ("compound", "amod")


def _guessed_aim(cand: ActorCandidate) -> bool:
    """Is the candidate only where a weapon was guessed to be aimed ("The grenade,
    apparently aimed at a security forces' vehicle, went off in the street")? A guessed
    aim is not who the blast hit (words: aim_participles, guess_adverbs)."""
    root = cand.span.root
    # (the force or its vehicle, post or convoy: "at a security forces' vehicle")
    noun = root.head if root.dep_ == "poss" else root
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "for", "against"):
        return False
    aim = prep.head
    return aim.lower_ in WORDS.aim_participles and any(
        c.dep_ == "advmod" and c.lower_ in WORDS.guess_adverbs for c in aim.children)


def _forces_paired_with_crowd(cands: list[ActorCandidate]) -> ActorCandidate | None:
    """The state forces coordinated with people who are not as the subjects of the fight
    ("Police and hawkers clashed", "a mob and officers fought"): the crowd's other side."""
    for cand in cands:
        other = cand.coord_of
        if other is None or cand.role != "a1" or other.role != "a1":
            continue
        if is_state(cand.actor) and not is_state(other.actor):
            return cand
        if is_state(other.actor) and not is_state(cand.actor):
            return other
    return None


def grenade_at_forces(mention: EventMention, pick: Pick, doc: Doc) -> bool:
    """An armed group's grenade thrown at police or soldiers (a post, a patrol): ACLED's
    Kenya coders list the forces first, as in a battle (8 of the 9 such notes). Not
    where the story also tells shots: the grenade is then part of a fight whose own
    event names the sides, and a grenade led by the forces would read as theirs."""
    return mention.sub_event_type == "Grenade" and pick.a1 is not None\
        and pick.a1.inter in (2, 3, 4) and not any(
            t.lower_ in TYPING_WORDS.shooting_verbs or t.lower_ in TYPING_WORDS.shot_nouns
            for t in doc)


def _party_of_the_purpose(cand: ActorCandidate) -> bool:
    """Is the candidate named only as a party to what the strike was meant to achieve
    ("the strikes were meant to cut off fuel supplies to the movement")? The object of
    a preposition in the infinitive clause of a participle of aim (aim_participles:
    "meant", "intended" + "to" + verb) is whom the aim concerns, not who was hit; the
    verb's own object ("intended to destroy the group's launchers") stays a target."""
    root = cand.span.root
    noun = root.head if root.dep_ == "poss" else root
    if noun.dep_ != "pobj":
        return False
    verb = noun.head.head
    return verb.dep_ == "xcomp" and verb.head.lower_ in WORDS.aim_participles\
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(verb))


def _intercepts(cand: ActorCandidate) -> bool:
    """Is the candidate the subject of a verb that stops weapons in flight ("its air
    defences had shot most of them down")? Those forces fended the strike off; they are
    not what it hit."""
    root = cand.span.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    # ("shot most of them down": the tagger takes a far "down" for an adverb)
    return _stops_in_flight(verb.lower_) or any(
        _stops_in_flight(f"{verb.lower_} {c.lower_}") for c in verb.children
        if c.dep_ in ("prt", "advmod"))


def _stops_in_flight(trigger_text: str) -> bool:
    """Do the trigger's words stop a weapon in flight ("shot down", "air defences
    intercepted")?"""
    words = f" {' '.join(trigger_text.lower().split())} "
    return any(f" {w} " in words for w in WORDS.interception_words)


def _destroyed_in_flight(trigger: Token | None) -> bool:
    """Is the trigger a verb that destroys a war machine or a missile ("air defence
    units destroyed 27 Ukrainian drones")? Such a weapon was stopped in flight."""
    return trigger is not None and trigger.lower_ in WORDS.in_flight_destruction_verbs\
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in WORDS.weapon_heads
                for c in trigger.children)


def _opens_another_incident(doc: Doc, start: int) -> bool:
    """Does the sentence starting at token ``start`` open by telling another incident
    ("Also on Monday, ...", "Elsewhere, ...", "In another incident, ...")? Its sides
    are that incident's, not sides an earlier event left untold."""
    opening = " ".join(t.lower_ for t in doc[start:start + 4])
    return any(opening == w or opening.startswith(f"{w} ")
               for w in WORDS.other_incident_openers)


def _told_in_another_incident(cand: ActorCandidate, trigger: Token) -> bool:
    """Is the candidate told after the trigger's sentence, in or past a sentence that
    opens by telling another incident ("Also on Monday, students ... clashed with
    police")? Those forces are that incident's side, not the ones that stopped a mob."""
    doc = trigger.doc
    start = sentence_tokens(doc, trigger.i)[1]
    while start < len(doc) and start <= cand.span.start:
        if _opens_another_incident(doc, start):
            return True
        start = sentence_tokens(doc, start)[1]
    return False


def _next_sentence(later: list[ActorCandidate], sent: Span) -> list[ActorCandidate]:
    """The candidates of the sentence right after ``sent`` (``later`` holds several)."""
    if sent.end >= len(sent.doc):
        return []
    end = sentence_tokens(sent.doc, sent.end)[1]
    return [c for c in later if c.span.start < end]


def _unnamed_militia_of_the_day(actor: Actor | None, dictionary: ActorDictionary,
                                country: str | None, day: dt.date | None,
                                text: str) -> Actor | None:
    """An unnamed identity militia under the name the country's coding gave such
    militias on the event's day (Kenya's: ethnic until 2014, communal after)."""
    if actor is None:
        return None
    name = dictionary.unnamed_militia_of_the_day(actor.name, country, day, text)
    return actor if name is None or name == actor.name else replace(actor, name=name)


def assign_actors(mention: EventMention, doc: Doc, article: Article) -> None:
    """Set actor1, actor2 and associated actors of ``mention`` (see module docstring)."""
    dictionary = actor_dictionary()
    # The event's country is where it happened: its place's. Without a place, the country
    # the story is about beats a guess the places stage made from a demonym, which is
    # often the attacker's ("Russian warplanes struck ...": the victims are Syrians).
    if mention.place is not None and mention.place.country:
        country: str | None = mention.place.country
        configured = default_country()
        if configured and country != configured and not names_a_country(doc, dictionary):
            # a national feed: a place whose country the text never names (no country
            # or demonym anywhere) is far likelier a local place than a namesake abroad
            country = configured
    else:
        country = document_country(doc, dictionary) or mention.country
    day = mention.event_date or article.published or doc_era_day(doc, article.text, dictionary,
                                                              country)
    sent = doc.char_span(mention.sent_start, mention.sent_end, alignment_mode="expand")
    if sent is None or len(sent) == 0:
        return
    trigger, chain = trigger_tokens(doc, mention)
    cands = candidates(doc, sent, dictionary, country, day)
    if sent.start > 0 and any(definite_force_word(c, dictionary) for c in cands):
        foreign_force_told_before(cands, earlier_candidates(doc, sent, dictionary, country, day),
                                  dictionary, country, day)
    force_of_its_teller(cands, dictionary, country, day)
    assign_roles(cands, trigger, chain)
    if mention.sub_event_type not in _OWN_STRIKE_TYPES:
        for cand in cands:
            if cand.role == "a1" and _tells_the_event(cand, trigger):
                # "the army's spokesman confirmed the raid": the teller is no side (but
                # "the army confirmed the air strike": a force tells of its own strike)
                cand.role, cand.actor = None, None
    # earlier sentences, for "they" / "the group"
    later: list[ActorCandidate] = []
    if sent.end < len(doc):
        end = sent.end
        for _ in range(_FOLLOWING_SENTENCES):
            if end >= len(doc):
                break
            end = sentence_tokens(doc, end)[1]
        later = candidates(doc, doc[sent.end:end], dictionary, country, day)
    history: list[ActorCandidate] = []
    earlier: list[ActorCandidate] = []
    refers = any(c.kind in ("pronoun", "generic") for c in cands)
    # a crowd event whose intervening forces are not named in or after its sentence
    # may name them before it
    unopposed = mention.event_type in ("Protests", "Riots")\
        and mention.sub_event_type != "Peaceful protest"\
        and not any(is_state(c.actor) for c in (*cands, *later))
    if refers or unopposed:
        # the last few sentences are enough to find what "they" refers to
        first = sent.start
        for _ in range(HISTORY_SENTENCES):
            if first == 0:
                break
            first = sentence_tokens(doc, first - 1)[0]
        if first < sent.start:
            earlier = candidates(doc, doc[first:sent.start], dictionary, country, day)
        if refers:
            history = [*earlier,
                       *(c for c in cands if c.span.start_char < mention.trigger_start)]
            resolve_references(cands, history)
    sent_text = span_text(sent)
    pick = _pick(mention, cands, later, sent_text, dictionary, country, day, earlier, trigger)
    apply_attribution(pick, [*history, *cands, *later], dictionary)
    if mention.event_type == "Violence against civilians":
        forces_accused(pick, [*cands, *later])
    if mention.event_type == "Explosions/Remote violence":
        foreign_forces_blamed(pick, [*cands, *later], country)
    if mention.event_type == "Battles":
        named_by_their_fallen(pick, cands)
        fallen_told_after(pick, [*cands, *_next_sentence(later, sent)])
        sides_from_two_places(pick, cands, dictionary, country)
        sides_from_two_peoples(pick, cands, dictionary, country)
        herders_fought(pick, cands, dictionary, country)
    if mention.event_type == "Battles" and second_side_untold(pick):
        if not earlier and sent.start > 0:
            first = sentence_tokens(doc, sent.start - 1)[0]
            earlier = candidates(doc, doc[first:sent.start], dictionary, country, day)
        side_told_apart(pick, earlier, later)
        if second_side_untold(pick):
            attacker_told_before(pick, earlier)
        if second_side_untold(pick):
            force_hit_before(pick, earlier)
    if mention.sub_event_type == OVERTAKEN and second_side_untold(pick):
        loser_holding_out(pick, later)
    if mention.sub_event_type == _TRANSFER and pick.a2 is None:
        # "recaptured the town after Al Shabaab fighters withdrew": the side its own
        # sentence tells leaving, else one the sentences before tell
        giver_told_before(pick, cands)
    if mention.sub_event_type == _TRANSFER and pick.a2 is None and sent.start > 0:
        giver_told_before(pick, earlier or earlier_candidates(doc, sent, dictionary, country,
                                                              day))
    if mention.event_type == "Violence against civilians" and sent.start > 0:
        doer_of_the_act_before(pick, doc, chain, earlier or earlier_candidates(
            doc, sent, dictionary, country, day))
    if mention.sub_event_type == "Disrupted weapons use" and sent.start > 0\
            and _stops_in_flight(mention.trigger_text):
        sender_of_weapons_told_before(pick, earlier or earlier_candidates(
            doc, sent, dictionary, country, day))
    apply_context(pick, context_text(sent), dictionary, country)
    act_told_jihadist(pick, sent, dictionary, country, day)
    if mention.event_type in ("Violence against civilians", "Battles",
                              "Explosions/Remote violence"):
        doers_identified(pick, [*cands, *later], mention.trigger_start, sent.end, dictionary)
    if mention.event_type == "Battles" and untold_side(pick):
        people_divided(pick)
    if mention.event_type == "Battles" and untold_side(pick):
        fallen_claimed_by_a_people(pick, doc, sent, dictionary, country, day)
    if untold_side(pick) and mention.event_type in ("Battles", "Violence against civilians"):
        if not earlier and sent.start > 0:
            earlier = earlier_candidates(doc, sent, dictionary, country, day)
        feud = feuding_communities([*earlier, *cands, *later])
        if feud is not None:
            sides_of_a_feud(pick, feud, mention.event_type, dictionary, country)
    if mention.sub_event_type in _OWN_STRIKE_TYPES and pick.c1 is None and sent.start > 0:
        earlier = earlier or earlier_candidates(doc, sent, dictionary, country, day)
        striker_told_before(pick, earlier, country)
        if pick.c1 is not None:
            told = pick.c1.span.sent
            claimant_strikes(pick, earlier, dictionary, country)
            # the strike told again hit what it hit when first told ("... struck two
            # air bases"), unless its own sentence names a target
            if mention.event_type == "Explosions/Remote violence":
                military_target_hit(pick, told, dictionary, country, day)
    if mention.sub_event_type in _OWN_STRIKE_TYPES:
        claimant_strikes(pick, cands, dictionary, country)
    if mention.event_type == "Explosions/Remote violence":
        military_target_hit(pick, sent, dictionary, country, day)
    if mention.sub_event_type == _AIR_STRIKE and pick.c1 is None and pick.a1 is not None\
            and pick.a1.name.startswith("Unidentified Armed Group"):
        pick.a1 = own_air_force(doc, dictionary, country, day) or pick.a1
    leader_of_the_act_after(pick, sent, later)
    if MARK_OWN_FORCE not in mention.rule_marks:
        # (a force that turned on its own men is on both sides: ACLED names it twice)
        distinct_sides(pick, mention.event_type, dictionary, country)
    if mention.event_type not in ("Protests", "Riots"):
        # a pronoun that refers to no named actor ("they stormed the camp" with no
        # group named before) is still the words behind the unnamed side
        ground_by_parse(pick, trigger, chain, {i for c in cands if c.actor is not None
                                                for i in range(c.span.start, c.span.end)})
    if mention.sub_event_type == _PROPERTY and (pick.a2 is None or names_owners(pick.c2)):
        owners = property_owners(trigger, chain, dictionary, country)
        if owners is not None:
            pick.a2, pick.c2 = owners, None
    if mention.sub_event_type == _PROPERTY:
        property_destroyed_by_the_state(pick, trigger, chain, dictionary, country)
    if mention.sub_event_type == "Agreement":
        signatories_coordinated(pick)
        head_of_state_signs(pick, sent, dictionary, country, day)
    if mention.sub_event_type == "Arrests":
        party_of_the_arrested(pick, chain, doc, dictionary, country, day)
        suspects_tied_to_a_group(pick, cands, chain)
        suspects_believed_members(pick, [*cands, *later], sent.end)
    victims_nationality(pick, doc, dictionary, country, day)
    if mention.event_type in ("Battles", "Explosions/Remote violence"):
        army_against_rebels(pick, [*cands, *later], dictionary, country, day)
    if mention.sub_event_type == "Armed clash" or grenade_at_forces(mention, pick, doc):
        # (a capture names who took the place first: ACLED's territory sub-types)
        answering_side_second(pick)
        # (a day the text or the publication gives; the words that date an undated
        # text only bound it, so they count only when their stretch ends before the
        # change of practice)
        dated = mention.event_date or article.published
        told = dictionary.sides_as_told(country, dated) if dated is not None else\
            dictionary.sides_as_told_in_era(country, article.text)
        if not (told and attacker_told_first(pick)):
            state_forces_first(pick)
    pick.a1, pick.a2 = (_unnamed_militia_of_the_day(a, dictionary, country, day, article.text)
                        for a in (pick.a1, pick.a2))
    mention.actor1, mention.actor2 = pick.a1, pick.a2
    mains = [a for a in (pick.a1, pick.a2) if a is not None]
    mention.assoc_actor_1 = assoc_without(pick.assoc1, mains) if pick.assoc1 is not None else\
        assoc_without(coordinated(cands, pick.c1, pick.a1), mains)
    mention.assoc_actor_2 = assoc_without(pick.assoc2, mains) if pick.assoc2 is not None else\
        assoc_without(coordinated(cands, pick.c2, pick.a2), mains)
    if mention.sub_event_type == "Agreement" and mention.actor2 is None\
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
            _say_how_actor_was_read(mention, doc, actor, field_name)


def _say_how_actor_was_read(mention: EventMention, doc: Doc, actor: Actor,
                            field_name: str) -> None:
    """A side found through a misspelt word ("polie") says how the word was read, as
    the type's reason does for a misspelt trigger word."""
    if not doc.user_data.get(READ_AS) or actor.start is None or actor.end is None:
        return
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    for written, form in (read_as(span) if span is not None else {}).items():
        note = f"'{written}' read as '{form}'"
        if note not in mention.type_reason:
            mention.type_reason += f"; {field_name} {note}"
