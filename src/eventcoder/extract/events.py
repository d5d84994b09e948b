"""Event detection and ACLED typing.

``detect_mentions(doc, article)`` returns one ``EventMention`` per event a
sentence reports. A sentence that reports several events in separate clauses
("in X a bomb killed 4; in Y troops clashed with rebels") gives one mention per
clause that has its own typed trigger.

How a type is chosen (every step is written into ``type_reason``):

1. The TriggerMatcher (``extract/triggers.py``) marks trigger words with a
   class from ``data/triggers.yaml`` and context cues (actors, weapons,
   delivery, status words).
2. Each trigger's status comes from ``extract/filters.py``; triggers reported
   as new are preferred over background, plans, denials...
3. Each trigger proposes a sub-event type, refined by context: a bomb with a
   suicide cue is a suicide bomb, with an aircraft cue an air strike; a killing
   is an armed clash when victims and perpetrators are both armed, an attack
   on civilians otherwise; a capture of territory is the government's
   ("regains") or a non-state actor's ("overtakes") by who took it; protests
   split by what demonstrators and forces did. Words that only say someone
   died (``kill``, ``injure``, ``attack``) count only when no typed trigger is
   present.
4. Among the proposals within reach of the best score, ACLED's precedence
   (``taxonomy.precedence``) picks the type.

Disasters, accidents and ordinary crime give no mention (see the
``nonpolitical`` and ``crime`` cues).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from eventcoder.alternation import WordPresence, literal_alternation
from eventcoder.extract.filters import StatusCues, status_of_trigger
from eventcoder.extract.triggers import (
    CUE_GROUP,
    TRIGGER_GROUP,
    TriggerClass,
    expand_braces,
    load_lexicon,
)
from eventcoder.schema import Actor, Article, EventMention, Evidence
from eventcoder.taxonomy import event_type_of, precedence
from eventcoder.text import doc_text, paragraph_break, span_text

__all__ = [
    "Candidate",
    "TypingWords",
    "detect_mentions",
    "load_typing_words",
    "refine_type_with_actors",
    "type_triggers",
]

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUIC = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
REM = "Remote explosive/landmine/IED"
GREN = "Grenade"
CLASH = "Armed clash"
GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
PEACE = "Peaceful protest"
INTER = "Protest with intervention"
FORCE = "Excessive force against protesters"
VIOL = "Violent demonstration"
MOB = "Mob violence"
ATTACK = "Attack"
SEX = "Sexual violence"
ABDUCT = "Abduction/forced disappearance"
ARREST = "Arrests"
DISR = "Disrupted weapons use"
AGREE = "Agreement"
HQ = "Headquarters or base established"
CHANGE = "Change to group/activity"
LOOT = "Looting/property destruction"
OTHER = "Other"

GENERIC_CLASSES = frozenset({"kill", "injure", "attack"})
@dataclass(frozen=True, slots=True)
class TypingWords:
    """The typing rules' word lists (``data/typing.yaml``)."""

    weak_explosive: frozenset[str]
    riot_words: frozenset[str]
    weak_clash: frozenset[str]
    strategic_vague: frozenset[str]
    vague_violence: frozenset[str]
    arrest_operations: frozenset[str]
    self_armed_targets: frozenset[str]
    death_words: frozenset[str]
    victim_subject_verbs: frozenset[str]
    victim_prepositions: frozenset[str]
    suspect_words: frozenset[str]
    suspected_armed_bands: frozenset[str]
    fight_side_prepositions: frozenset[str]
    armed_modifiers: frozenset[str]
    authority_destruction_words: frozenset[str]
    harmless_shot_words: frozenset[str]
    unknown_doer_modifiers: frozenset[str]
    displacement_words: frozenset[str]
    expelled_from_prepositions: frozenset[str]
    territory_nouns: frozenset[str]
    military_sites: frozenset[str]
    fall_to_phrases: tuple[str, ...]
    weak_protest: frozenset[str]
    air_destruction_verbs: frozenset[str]
    raid_words: frozenset[str]
    property_damage_words: frozenset[str]
    roadblock_fragments: tuple[str, ...]
    mob_justice_words: frozenset[str]
    agreement_nouns: frozenset[str]
    context_prepositions: frozenset[str]
    grievance_prepositions: frozenset[str]
    grievance_markers: frozenset[str]
    response_nouns: frozenset[str]
    cause_words: frozenset[str]
    harm_outcomes: frozenset[str]
    deployment_words: frozenset[str]
    anaphoric_words: frozenset[str]
    enclosing_classes: frozenset[str]
    absorbing_other_words: frozenset[str]
    absorbing_prepositions: frozenset[str]
    property_raid_words: frozenset[str]
    prevention_verbs: frozenset[str]
    led_people: frozenset[str]
    armed_mob_verbs: frozenset[str]
    framing_prepositions: frozenset[str]
    mob_words: frozenset[str]
    community_crowds: frozenset[str]
    disorder_words: frozenset[str]
    land_dispute_words: frozenset[str]
    detained_people: frozenset[str]
    handover_words: frozenset[str]
    shoot_down_words: frozenset[str]
    manned_aircraft: frozenset[str]
    symbolic_objects: frozenset[str]
    civilian_site_modifiers: frozenset[str]
    camp_nouns: frozenset[str]
    talk_nouns: frozenset[str]
    outsider_nouns: frozenset[str]
    aim_prepositions: frozenset[str]
    shot_nouns: frozenset[str]
    shooting_verbs: frozenset[str]
    talks_ending_verbs: frozenset[str]
    talks_failing_verbs: frozenset[str]
    carried_weapons: frozenset[str]
    carrying_verbs: frozenset[str]
    doer_nouns: frozenset[str]
    accusation_heads: frozenset[str]
    reason_prepositions: frozenset[str]
    self_arming_phrases: tuple[str, ...]
    self_dispersal_verbs: frozenset[str]
    demonstrator_nouns: frozenset[str]
    victims_fought_back: tuple[str, ...]
    inclusion_prepositions: frozenset[str]
    retreat_words: frozenset[str]
    crowd_control_means: frozenset[str]
    looting_words: frozenset[str]
    forced_entry_phrases: frozenset[str]
    disruption_verbs: frozenset[str]
    rally_words: frozenset[str]
    entourage_words: frozenset[str]
    weapon_finding_verbs: frozenset[str]
    weapon_user_nouns: frozenset[str]
    demolition_blast_words: frozenset[str]
    dwelling_nouns: frozenset[str]
    collision_verbs: frozenset[str]
    road_vehicles: frozenset[str]
    survival_nouns: frozenset[str]
    response_operations: frozenset[str]
    hijack_words: frozenset[str]
    explicit_civilian_nouns: frozenset[str]
    attempt_verbs: frozenset[str]
    vehicle_nouns: frozenset[str]
    bomb_handling_verbs: frozenset[str]
    bomb_going_off_verbs: frozenset[str]
    incendiary_modifiers: frozenset[str]
    crowd_entry_verbs: frozenset[str]
    street_words: frozenset[str]
    protest_instigation_words: frozenset[str]
    injury_negations: frozenset[str]
    continuing_modifiers: frozenset[str]
    backdrop_marks: frozenset[str]
    crackdown_nouns: frozenset[str]


# Lists read in order (prefixes and fragments matched by ``startswith``/``in``).
_ORDERED_LISTS = frozenset({"fall_to_phrases", "roadblock_fragments", "self_arming_phrases",
                            "victims_fought_back"})


@cache
def load_typing_words(path: str | None = None) -> TypingWords:
    """The typing word lists (the packaged file unless ``path`` names another)."""
    if path is None:
        text = resources.files("eventcoder").joinpath("data/typing.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    data: dict[str, list[str]] = yaml.safe_load(text)
    values: dict[str, frozenset[str] | tuple[str, ...]] = {}
    for name in TypingWords.__dataclass_fields__:
        words = [w.lower() for raw in data[name] for w in expand_braces(str(raw))]
        values[name] = tuple(dict.fromkeys(words)) if name in _ORDERED_LISTS \
            else frozenset(words)
    return TypingWords(**values)  # type: ignore[arg-type]


_WORDS = load_typing_words()
# Words too vague to decide a type alone; they yield to any stronger trigger.
_WEAK_EXPLOSIVE = _WORDS.weak_explosive
_RIOT_WORDS = _WORDS.riot_words
_WEAK_CLASH = _WORDS.weak_clash
# Territory words that name no capture in themselves.
_STRATEGIC_VAGUE = _WORDS.strategic_vague
# Words that name violence without saying anything happened to anyone: they
# never override a typed trigger of the same clause.
_VAGUE_VIOLENCE = _WORDS.vague_violence
_ARREST_OPERATIONS = _WORDS.arrest_operations
_SELF_ARMED_TARGETS = _WORDS.self_armed_targets
_SELF_ARMING = re.compile(r"\b(?:" + literal_alternation(
    list(_WORDS.self_arming_phrases), ignore_case=False) + r")\b")
# ("the herders retaliated", not "retaliated by burning houses": a new attack)
_FOUGHT_BACK_TOLD = re.compile(r"\b(?:" + literal_alternation(
    list(_WORDS.victims_fought_back), ignore_case=False) + r")\b(?! by\b)", re.IGNORECASE)
# (a text none of whose words is there needs no scan: see WordPresence)
_FOUGHT_BACK_WORDS = WordPresence(_WORDS.victims_fought_back)


@dataclass(slots=True)
class Trig:
    span: Span
    cls: TriggerClass
    status: str = "new"
    status_reason: str = ""


@dataclass(slots=True)
class Candidate:
    sub_event_type: str
    trigger: Trig
    score: float
    reason: str
    certainty: float = 1.0  # how reliable the rule that chose the type is


# Rules that decide between close types from thin context are less reliable:
# their mentions get lower confidence (reason text -> certainty).
_SHAKY_RULES: dict[str, float] = {
    "demonstrators killed or shot by forces": 0.75,
    "forces dispersed, stopped or arrested demonstrators": 0.85,
    "fight between unarmed groups or a mob": 0.8,
    "violence by an unarmed crowd": 0.8,
    "violence by a crowd, no demonstration reported": 0.85,
    "no armed opponent reported": 0.85,
    "looting/destruction of property": 0.8,
    "forces dispersed a crowd, no protest word": 0.7,
    "arrest/detention": 0.8,
    "abduction/kidnapping": 0.9,
    "capture (non-state by default)": 0.8,
    "recapture (government by default)": 0.85,
    "violence by aircraft or drones": 0.8,
}


@dataclass(slots=True)
class _Context:
    """What a segment's cues say (computed once per sentence)."""

    cues: StatusCues
    labels: set[str] = field(default_factory=set)
    cue_labels: set[str] = field(default_factory=set)
    riot: bool = False  # "riot", "rioters" among the triggers
    trigs: list[Trig] = field(default_factory=list)
    context_labels: set[str] = field(default_factory=set)  # incl. plans, background
    doc_cues: dict[str, int] = field(default_factory=dict)  # cue counts in the document
    intervention_deaths: bool = False  # some sentence tells deaths in an intervention
    civilian_camp: bool = False  # the text calls a camp a shelter for civilians
    killed_at_protest: bool = False  # the demonstration's sentence tells people killed
    forces_killed: bool = False  # ... tells forces killing the demonstrators
    story_of_protests: bool = False  # an earlier sentence told a demonstration

    def cue(self, name: str) -> bool:
        return name in self.cue_labels


def _effective_cue_labels(cues: StatusCues) -> set[str]:
    """Cue classes present, without aircraft words that deliver nothing
    ("anti-aircraft guns", "parts for drones")."""
    labels = set(cues.by_label)
    if "aircraft_cue" in labels and "not_aircraft" in labels:
        blocked = {i for s in cues.by_label["not_aircraft"] for i in range(s.start, s.end)}
        if all(any(i in blocked for i in range(s.start, s.end))
               for s in cues.by_label["aircraft_cue"]):
            labels.discard("aircraft_cue")
    return labels


def _head_phrase(token: Token) -> list[Token]:
    """A noun with its modifiers, without coordinated nouns: "the Syrian army"
    of "the Syrian army and allied fighters"."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod") and child.i < token.i:
            out.extend(child.subtree)
    return out


def _noun_group(token: Token) -> list[Token]:
    """A noun with its modifiers and its coordinated nouns ("a woman and five
    police officers"), without relative clauses or attached phrases."""
    out = _head_phrase(token)
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_noun_group(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            # "members of al-Shabaab", "supporters of the opposition"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(_head_phrase(pobj))
    return out


def _verb_objects(verb: Token, group: Callable[[Token], list[Token]] = _head_phrase
                  ) -> list[Token]:
    """What the verb acted on: its direct object or passive subject, each
    expanded by ``group`` (its head phrase by default)."""
    return [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in group(c)]


def _agents_of(verb: Token) -> list[Token]:
    """Who did it: the subject, the passive agent, or the subject of the verb
    this one depends on ("troops pushed in, capturing a village")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj":
                return _head_phrase(child)
            if child.dep_ == "agent":
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if pobj:
                    return _head_phrase(pobj[0])
        if verb.dep_ in ("advcl", "conj", "xcomp", "acl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return []


def _overlaps_cue(tokens: Iterable[Token], cues: StatusCues, *labels: str) -> bool:
    idx = {t.i for t in tokens}
    if not idx:
        return False
    for label in labels:
        for span in cues.by_label.get(label, ()):
            if any(i in idx for i in range(span.start, span.end)):
                return True
    return False


def _subtree_of(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.extend(t.subtree)
    return out


def _prominence(span: Span) -> float:
    """Triggers nearer the sentence's main verb report the main event."""
    depth = 0
    tok = span.root
    while tok.head is not tok and depth < 6:
        tok = tok.head
        depth += 1
    return {0: 0.15, 1: 0.1, 2: 0.05}.get(depth, 0.0)


def _armed(tokens: list[Token], cues: StatusCues) -> bool:
    return _overlaps_cue(tokens, cues, "state_forces", "non_state")


def _clash_or_attack(trig: Trig, ctx: _Context, sent: Span) -> tuple[str, str]:
    """Were both sides armed? Armed clash if so, Attack (on civilians) if not."""
    sub, why = _sides_armed(trig, ctx, sent)
    if sub == ATTACK and ctx.civilian_camp and any(t.lower_ in _WORDS.camp_nouns for t in sent):
        why += _CIVILIAN_CAMP_NOTE
    if sub == ATTACK and any(w in _WORDS.outsider_nouns for w in ctx.cues.text_lower.split()) \
            and any(_names_outsider(t) for t in sent):
        why += _OUTSIDER_NOTE
    if sub == ATTACK and _violence_between_sides(ctx):
        return CLASH, "violence between two sides told in the sentence"
    root = trig.span.root
    if root.pos_ in ("VERB", "AUX") and _aimed_at(root):
        why += _AIMED_AT_NOTE
    if root.pos_ in ("VERB", "AUX") and _shared_objects(root):
        why += _SHARED_OBJECT_NOTE
    elif root.pos_ == "NOUN" and any(_target_and_doers(c)[1] for c in root.children
                                     if c.dep_ == "prep"
                                     and c.lower_ in _WORDS.victim_prepositions):
        why += _DOERS_UNDER_TARGET_NOTE
    return sub, why


def _violence_between_sides(ctx: _Context) -> bool:
    """An attack word of the sentence has a "between" phrase ("violence
    between the Borana and the Gabra", "an attack between two villages"):
    two sides fought each other, whoever the victims were."""
    return any(t.cls.name == "attack" and t.span.root.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" for g in c.children)
        for c in t.span.root.children) for t in ctx.trigs)


# What ``_clash_or_attack`` adds to its reason when a reading rule decided the
# sides (the rule's certainty is looked up without them).
_CIVILIAN_CAMP_NOTE = " (the camp is the shelter for civilians the text named, no forces' site)"
_SHARED_OBJECT_NOTE = " (the object the coordinated verb carries is this verb's too)"
_DOERS_UNDER_TARGET_NOTE = " (the 'by' phrase under the target names the doers)"
_OUTSIDER_NOTE = " (a group's name on a critic, defector or returnee names no member)"
_AIMED_AT_NOTE = " (the shots' target after 'at/on' is among the victims)"
_SIDE_NOTES = (_CIVILIAN_CAMP_NOTE, _SHARED_OBJECT_NOTE, _DOERS_UNDER_TARGET_NOTE,
               _OUTSIDER_NOTE, _AIMED_AT_NOTE)


def _without_side_notes(why: str) -> str:
    for note in _SIDE_NOTES:
        why = why.replace(note, "")
    return why


def _shared_objects(verb: Token) -> list[Token]:
    """Objects a verb with none of its own shares with the verb coordinated
    after it ("bandits attacked and raided a polling station")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for o in c.children if o.dep_ == "dobj"]


def _sides_armed(trig: Trig, ctx: _Context, sent: Span) -> tuple[str, str]:
    """``_clash_or_attack``'s reading of the victims and the doers."""
    root = trig.span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    victims: list[Token] = []
    agents: list[Token] = []
    # ("bandits attacked and raided a polling station"): coordinated verbs
    # share the object the last one carries; the first is no reduced passive
    shared = _shared_objects(verb)
    # A headline's reduced passive ("Four officers killed", "Detective shot
    # dead while ..."): the subject is the victim.
    reduced_passive = not shared and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) and (
        verb.tag_ == "VBN" or trig.span.text.lower().endswith("dead")
        # ("Four police and one reservist killed", tagged as a past tense):
        # a counted subject of a killing verb with no object is its victims
        # (not of "shot at": "Two gunmen shot at a plane")
        or trig.cls.name == "kill" and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and any(
            n.dep_ == "nummod" for n in c.children) for c in verb.children))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        victims.extend(_noun_group(verb.head))  # "5 raiders killed by police"
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            victims.extend(_noun_group(child))
            # ("killed seven, including two police officers"): who the victims included
            victims.extend(t for p in child.children for t in _included(p))
        elif child.dep_ == "nsubj":
            if reduced_passive or root.lower_ in _WORDS.death_words \
                    or verb.lower_ in _WORDS.victim_subject_verbs:
                victims.extend(_noun_group(child))
            else:
                agents.extend(child.subtree)
        elif child.dep_ == "agent":
            agents.extend(_subtree_of(child.children))
        elif victims:
            # ("killed seven, including police officers")
            victims.extend(_included(child))
    for obj in shared:
        victims.extend(_noun_group(obj))
    if root.pos_ in ("VERB", "AUX"):
        victims.extend(_aimed_at(verb))
    if root.pos_ == "NOUN":
        # "the killing of three soldiers", "an attack on a convoy"
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in _WORDS.victim_prepositions:
                target, doers = _target_and_doers(child)
                victims.extend(target)
                agents.extend(doers)
            elif child.dep_ == "prep" and child.lower_ == "by":
                agents.extend(_subtree_of(child.children))
    cues = ctx.cues
    # ("an al-Shabaab critic was shot"): the group's name on an outsider noun
    victims = [t for t in victims if not _names_outsider(t)]
    if _overlaps_cue(trig.span, cues, "non_state", "state_forces"):
        # "the attackers", "raiders": the trigger names the doers, not the victims
        own = set(range(trig.span.start, trig.span.end))
        victims = [t for t in victims if t.i not in own]
        agents = [*agents, *trig.span]
    agent_state = _overlaps_cue(agents or _agents_of(verb), cues, "state_forces")
    # "a suspected militant was found dead", "police shot dead a suspected
    # terrorist": a suspect killed is not a battle unless the text reports
    # fighting (an exchange of fire is an armed_clash trigger of the clause)
    # or names the suspect's armed group ("suspected al-Shabaab members").
    suspected = any(t.lower_ in _WORDS.suspect_words
                    for t in victims)
    named_group = suspected and any(
        t.pos_ == "PROPN" for t in victims if _overlaps_cue([t], cues, "non_state"))
    # ("police killed two suspected gang members", "suspected kidnappers",
    # "suspected mungiki members"): forces against an armed band
    if suspected and agent_state and any(
            t.lower_ in _WORDS.suspected_armed_bands
            or t.dep_ in ("compound", "amod", "nmod") and _overlaps_cue([t], cues, "non_state")
            for t in victims):
        return CLASH, "forces against suspects named as an armed band"
    if suspected and agent_state and not named_group \
            and "armed_clash" not in ctx.context_labels:
        return ATTACK, "suspects killed or hurt by forces, no exchange of fire reported"
    suspected = suspected and not named_group
    if agent_state and _community_named_alone(victims, cues):
        return CLASH, _COMMUNITY_FOUGHT
    # ("stormed Kakuma camp"): a camp named by its place shelters civilians
    victims = [t for t in victims if not _camp_named_by_place(t, cues)]
    victims_armed = (_armed(victims, cues) and not suspected) or any(
        # ("an army post", not "post-election violence")
        t.lower_ in _SELF_ARMED_TARGETS and t.dep_ not in ("compound", "amod", "nmod")
        # ("a refugee camp" shelters civilians)
        and not any(c.lower_ in _WORDS.civilian_site_modifiers for c in t.children)
        # ("the camp" of a text that named it a displacement camp)
        and not (ctx.civilian_camp and t.lower_ in _WORDS.camp_nouns)
        for t in victims
    )
    victims_civil = _overlaps_cue(victims, cues, "civilians") and not victims_armed
    agents_armed = _armed(agents, cues) or _armed(_agents_of(verb), cues)
    if victims_armed and (agents_armed or not agents):
        return CLASH, _BOTH_ARMED
    if victims_civil:
        return ATTACK, "civilian victims"
    if victims_armed:
        return CLASH, "armed victims"
    state = _acting_state_forces(cues)
    nonstate = ctx.cue("non_state")
    if state and nonstate and not ctx.cue("civilians"):
        return CLASH, "state forces and an armed group in the sentence"
    if state and nonstate and agents_armed and not victims:
        return CLASH, "state forces and an armed group in the sentence"
    return ATTACK, "no armed opponent reported"


_BOTH_ARMED = "armed victims (both sides armed)"


def _camp_named_by_place(token: Token, cues: StatusCues) -> bool:
    """A camp named only by its place ("Kakuma camp", "an attack on Olgana
    camp"): a settlement of refugees, herders or fishermen; a forces' camp
    says whose it is ("Mokowe GSU camp", "a police camp")."""
    if token.lower_ not in _WORDS.camp_nouns:
        return False
    names = [c for c in token.children if c.dep_ == "compound"]
    return bool(names) and all(c.pos_ == "PROPN" for c in names) \
        and not _overlaps_cue(names, cues, "state_forces", "non_state")
_COMMUNITY_FOUGHT = "forces against a community named alone (its armed men): an identity militia"


def _community_named_alone(victims: list[Token], cues: StatusCues) -> bool:
    """Are the victims a community's name standing alone ("seven Pokot were
    killed by police", "soldiers attacked Kenyan Pokot"), not a modifier of
    civilians ("Maasai herders", "a Pokot village")? Forces that fight a
    community fight its armed men: ACLED codes its identity militia."""
    if not victims or not cues.by_label.get("identity_group") \
            or _overlaps_cue(victims, cues, "civilians"):
        return False
    return any(t.dep_ not in _MODIFIER_DEPS and _overlaps_cue([t], cues, "identity_group")
               for t in victims)


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _names_outsider(token: Token) -> bool:
    """Is the token (part of) a group's name that modifies a noun of someone
    outside or against the group ("an al-Shabaab critic", "a Taliban
    defector")? Such a person is no armed side."""
    for _ in range(3):
        # (a coordinated modifier: "a cleric and al-Shabaab critic")
        if token.dep_ not in _MODIFIER_DEPS and token.dep_ != "conj" or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in _WORDS.outsider_nouns:
            return True
    return False


def _aimed_at(verb: Token) -> list[Token]:
    """Whom shots were aimed at: "fired shots at the officers", "opened fire on
    a patrol", "shot at soldiers" (an "at/on" phrase on the verb or on its
    object "shots/fire")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not all(o.lower_ in _WORDS.shot_nouns for o in objects) \
            or not objects and verb.lower_ not in _WORDS.shooting_verbs:
        return []  # ("shot dead two civilians at a checkpoint": a place)
    preps = sorted((p for h in (verb, *objects) for p in h.children
                    if p.dep_ == "prep" and p.i > verb.i), key=lambda p: p.i)
    if not preps or preps[0].lower_ not in _WORDS.aim_prepositions:
        return []
    return [t for o in preps[0].children if o.dep_ == "pobj" for t in _noun_group(o)]


def _target_and_doers(prep: Token) -> tuple[list[Token], list[Token]]:
    """What an event noun's "on/against" phrase names: its target, and the
    doers of a "by" phrase the parser hung on the target ("Attack on a
    village by militiamen": the militiamen attacked, the village was hit)."""
    target: list[Token] = []
    doers: list[Token] = []
    for obj in prep.children:
        for t in obj.subtree:
            by = next((a for a in t.ancestors if a.dep_ == "prep" and a.lower_ == "by"
                       and a.i > obj.i), None) if t.i > obj.i else None
            (doers if by is not None or t.dep_ == "prep" and t.lower_ == "by"
             else target).append(t)
    return target, doers


def _acting_state_forces(cues: StatusCues) -> bool:
    """State forces in the sentence other than as the source of the report
    ("..., police said"): a spokesman is not a side in the fight."""
    reporting = {i for s in cues.by_label.get("reporting_verb", ()) for i in range(s.start, s.end)}
    for span in cues.by_label.get("state_forces", ()):
        root = span.root
        if root.dep_ == "nsubj" and root.head.i in reporting:
            continue
        return True
    return False


# Trigger classes that say a place was fought over (so not taken peacefully):
# a side that pulled out under shellfire or air raids was driven out.
_CAPTURE_CLASSES = frozenset({"territory_capture", "territory_regain"})
_FIGHTING_CLASSES = frozenset({"armed_clash", "kill", "air_strike", "shelling",
                               "remote_explosive", "grenade", "suicide_bomb"})


def _territory(trig: Trig, ctx: _Context) -> tuple[str | None, str]:
    """Who took the place: the state regains, a non-state actor overtakes."""
    cues = ctx.cues
    root = trig.span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    peaceful = [t.span for t in ctx.trigs if t.cls.name == "nonviolent_transfer"]
    violent = [t.span for t in ctx.trigs if t.cls.name in _FIGHTING_CLASSES
               and not any(p.start <= t.span.start < p.end for p in peaceful)]
    if peaceful and not violent:
        return NVT, "taken without fighting / after a withdrawal"
    if ctx.cue("departure_cue") and not violent and "attack" not in ctx.labels:
        # "occupied the town after the troops left": the holders had gone
        return NVT, "taken after the other side left"
    # The object: people captured are not territory; drugs seized are not either.
    objects = _verb_objects(verb)
    # "drove the militants back from the village": the men expelled are the
    # losers, the place (after "from") is what was taken.
    expelled_from = any(
        c.dep_ == "prep" and c.lower_ in _WORDS.expelled_from_prepositions
        and any(g.dep_ == "pobj" and not _overlaps_cue(_head_phrase(g), cues, "state_forces",
                                                       "non_state")  # "from the unit"
                for g in c.children)
        for head in (verb, *trig.span) for c in head.children)
    if objects and expelled_from and not _agents_of(verb):
        if _overlaps_cue(objects, cues, "non_state") and not _overlaps_cue(
                objects, cues, "state_forces"):
            return GOV, "non-state fighters driven from a place"
        if _overlaps_cue(objects, cues, "state_forces") and not _overlaps_cue(
                objects, cues, "non_state"):
            return NSA, "state forces driven from a place"
    if objects and "control" not in trig.span.text.lower() and not (
        _overlaps_cue(objects, cues, "territory_noun", "base_noun", "state_forces", "non_state",
                      "civilians")
        or any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" for t in objects)
    ):
        return None, "object is not a place"
    if objects and any(t.lower_ in _WORDS.vehicle_nouns for t in objects) \
            and not _overlaps_cue(objects, cues, "territory_noun"):
        return None, "a vehicle or vessel seized, not a place"
    if objects and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in objects):
        if _overlaps_cue(objects, cues, "civilians") and not _overlaps_cue(
            objects, cues, "state_forces", "non_state"
        ) and not any(t.lower_ in _WORDS.territory_nouns
                      for t in objects):
            return ABDUCT, "people captured"
        if _overlaps_cue(objects, cues, "state_forces", "non_state") and not any(
            t.lower_ in _WORDS.military_sites
            for t in objects
        ) and not expelled_from:
            # ("drove the militants out of the village" takes the place, not the men)
            return CLASH, "combatants captured"
    agents = _agents_of(verb)
    if trig.span.text.lower().startswith(_WORDS.fall_to_phrases):
        agents = _subtree_of(t for t in trig.span.root.children if t.dep_ == "pobj") or [
            t for t in trig.span.doc[trig.span.end: trig.span.end + 6]
        ]
    gov = _overlaps_cue(agents, cues, "gov_actor_cue")
    nonstate = _overlaps_cue(agents, cues, "nonstate_actor_cue")
    regain = trig.cls.name == "territory_regain"
    if gov and not nonstate:
        return GOV, "taken by state forces"
    if nonstate and not gov:
        return NSA, "taken by a non-state group"
    if regain:
        if ctx.cue("nonstate_actor_cue") and not ctx.cue("gov_actor_cue"):
            return NSA, "recaptured by a non-state group"
        return GOV, "recapture (government by default)"
    if ctx.cue("gov_actor_cue") and not ctx.cue("nonstate_actor_cue"):
        return GOV, "capture; only state forces named"
    return NSA, "capture (non-state by default)"


def _leads_people(verb: Token) -> bool:
    """A verb whose direct object is people led ("marched the hostages", "marching
    them"), not a route or a place."""
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in _WORDS.led_people)
               for c in verb.children)


def _only_a_source(token: Token, cues: StatusCues) -> bool:
    """The word names who reported ("according to vigilantes", "vigilantes
    said"), not who acted."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    reporting = {i for s in cues.by_label.get("reporting_verb", ()) for i in range(s.start, s.end)}
    return token.dep_ == "nsubj" and token.head.i in reporting


def _names_a_doer(trig: Trig) -> bool:
    """An agent noun ("the kidnappers", "a suspected rapist") names who did an
    act, not an act the sentence reports ("police pursued the kidnappers")."""
    return trig.span.text.lower() in _WORDS.doer_nouns


def _verb_phrase(verb: Token) -> str:
    """A verb with its particle and the preposition its object hangs on:
    "called off", "pulled out of", "broke down"."""
    words = [verb.lower_]
    words += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join(words)


def _talks_broken_off(trig: Trig) -> bool:
    """Talks that were suspended, called off or broke down ("Petro suspended
    peace talks with the ELN", "the peace talks collapsed"): no agreement."""
    root = trig.span.root
    if root.lower_ not in _WORDS.talk_nouns:
        return False
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return _verb_phrase(head) in _WORDS.talks_ending_verbs
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        return _verb_phrase(head) in _WORDS.talks_failing_verbs
    if root.dep_ == "pobj":
        # ("pulled out of the talks", "withdrew from negotiations")
        preps: list[str] = []
        while head.dep_ in ("prep", "prt") and len(preps) < 3:
            preps.insert(0, head.lower_)
            head = head.head
        if preps and head.pos_ == "VERB":
            return " ".join([_verb_phrase(head), *preps]) in _WORDS.talks_ending_verbs
    return False


def _leaves_talks(trig: Trig) -> bool:
    """A withdrawal from talks or a deal ("pulled out of the peace talks",
    "withdrew from the accord"), not from a place."""
    last = trig.span[-1]
    objects = [c for c in last.children if c.dep_ == "pobj"] if last.dep_ == "prep" else []
    return any(o.lower_ in _WORDS.talk_nouns or o.lower_ in _WORDS.agreement_nouns
               for o in objects)


def _accused_of(trig: Trig) -> bool:
    """The act is what someone was accused of, not an event: "a man suspected
    of rape", "lynched for suspected rape", "beaten over alleged kidnapping"."""
    root = trig.span.root
    prep = root.head
    if root.dep_ not in ("pobj", "pcomp") or prep.i == root.i:
        return False
    if prep.lower_ == "of" and prep.head.lower_ in _WORDS.accusation_heads:
        return True
    if prep.lower_ == "in" and prep.head.lower_ in _WORDS.suspect_words:
        return True  # ("a suspect in the murder of a rider")
    return prep.lower_ in _WORDS.reason_prepositions and any(
        c.dep_ == "amod" and c.lower_ in _WORDS.suspect_words for c in root.children)


def _authorities_demolished(trig: Trig, cues: StatusCues) -> bool:
    """A demolition word ("demolished", "the demolitions", "bulldozed") not done
    by demonstrators or a crowd: authorities clear stalls and homes, crowds
    burn and smash them. Any destruction word whose doers are named as the
    forces or the authorities ("found their stalls destroyed by council
    officers") is theirs too."""
    if trig.cls.name != "property_destruction":
        return False
    agents = _agents_of(trig.span.root)
    if _overlaps_cue(agents, cues, "state_forces", "gov_actor_cue") and not _overlaps_cue(
            agents, cues, "protesters_cue", "crowd_cue", "non_state"):
        return True
    if trig.span.root.lower_ not in _WORDS.authority_destruction_words:
        return False
    return not _overlaps_cue(agents, cues, "protesters_cue", "crowd_cue", "non_state")


def _mob_acts_on_someone(trig: Trig) -> bool:
    """The mob word is the subject of a verb with a direct object ("a mob
    chopped the foot off a suspect", "the mob frogmarched him to the road"):
    what a mob does to someone is its violence, whatever the verb."""
    root = trig.span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" for c in root.head.children)


def _mob_set_out_to_harm(trig: Trig, ctx: _Context) -> bool:
    """A mob word is the subject of a verb whose infinitive of purpose is harm
    ("gathered to set fire to his house", "stormed the cell to lynch him"):
    the harm word (a plan, so not among the clause's new triggers) hangs on
    that verb with "to"."""
    root = trig.span.root
    if root.dep_ != "nsubj":
        return False
    purposes = {c.i for c in root.head.children if c.dep_ in ("advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}
    return bool(purposes) and any(
        t.root.i in purposes and t.label_ in _PURPOSE_HARM
        for t in trig.span.doc.spans.get(TRIGGER_GROUP, ()))


# Trigger classes of the harm a mob may set out to do.
_PURPOSE_HARM = frozenset({"attack", "kill", "injure", "mob_violence", "property_destruction"})


def _crowd_armed_itself(text_lower: str) -> bool:
    """The sentence says a crowd took up arms or fought back ("villagers took
    up arms", "residents who fought back"): it is an armed side."""
    return _SELF_ARMING.search(text_lower) is not None


def _downs_manned_aircraft(trig: Trig) -> bool:
    """The object shot down is a crewed aircraft ("shot down a fighter jet"),
    not a drone or a missile."""
    return any(t.lower_ in _WORDS.manned_aircraft for t in _verb_objects(trig.span.root))


def _hands_over_goods(trig: Trig, ctx: _Context) -> bool:
    """What was handed over is named and is no place, base or force
    ("handed over the stolen cattle", not "handed over the town")."""
    objects = _verb_objects(trig.span.root, _noun_group)
    return bool(objects) and not (
        _overlaps_cue(objects, ctx.cues, "territory_noun", "base_noun", "state_forces",
                      "non_state")
        or any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" for t in objects))


def _names_protest_again(trigs: list[Trig]) -> bool:
    """Every protest word of the sentence is definite ("the marchers", "the
    protest", "the demonstrators were chanting", "they marched"): it names a
    demonstration the text has already told."""
    protest = [t for t in trigs if t.cls.name == "protest"]
    return bool(protest) and all(_definite(t.span.root) for t in protest)


def _definite(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.lower_ in _WORDS.anaphoric_words or _definite(s) for s in subjects)
    # ("Two other protesters were hospitalised"): more of the ones told before
    return any(c.dep_ in ("det", "poss") and c.lower_ in _WORDS.anaphoric_words
               or c.dep_ == "amod" and c.lower_ in _WORDS.continuing_modifiers
               for c in token.children)


def _deaths_in_intervention(trigs: list[Trig]) -> bool:
    """Deaths told in one sentence with the forces' intervention ("two men died
    when officers broke up the rally", "a crackdown on the sit-in left one
    dead"); a death told
    "after ..." or in another sentence may be what the protest is about."""
    return any(t.cls.name == "protest_intervention" for t in trigs) and any(
        t.cls.name == "kill" and not _in_context_clause(t.span.root) for t in trigs)


def _included(prep: Token) -> list[Token]:
    """The noun groups an "including"/"among" phrase names ("..., including two police
    officers"); nothing for any other word."""
    if prep.dep_ != "prep" or prep.lower_ not in _WORDS.inclusion_prepositions:
        return []
    return [t for o in prep.children if o.dep_ == "pobj" for t in _noun_group(o)]


def _sets_scene(span: Span) -> bool:
    """The trigger is inside "after/following ..." ("following the arrest of
    the leaders", parsed as a verb's object too) or an "after ..." clause."""
    root = span.root
    return _backgrounded(span) or _in_context_clause(root) or (
        root.dep_ in ("dobj", "pobj") and root.head.lower_ in _CONTEXT_PREPS)


def _in_context_clause(token: Token, depth: int = 4) -> bool:
    """The token is in a clause introduced by "after/before/since..." ("after
    five guards were killed"): the scene of the sentence's event."""
    for _ in range(depth):
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTEXT_PREPS
                                         for c in token.children):
            return True
        if token.head is token:
            break
        token = token.head
    return False


def _over_a_grievance(trig: Trig) -> bool:
    """Crowd violence that says what it is about ("pupils ran riot over the
    exam dates", "a rampage against the new tax") is a demonstration."""
    heads = [trig.span.root]
    for _ in range(2):  # "went on the rampage over ...": up to the verb
        if heads[-1].dep_ not in ("pobj", "prep"):
            break
        heads.append(heads[-1].head)
    return any(c.dep_ == "prep" and c.lower_ in _WORDS.grievance_markers
               for h in heads for c in h.children)


def _disruption_doer(trig: Trig, ctx: _Context) -> bool:
    """The weapon did the destroying ("a rocket destroyed two of their
    tanks"): it was used, not disrupted."""
    root = trig.span.root
    return any(
        root.i in {t.i for c in other.span.root.children if c.dep_ == "nsubj" for t in c.subtree}
        for other in ctx.trigs if other.cls.name == "disrupted_weapons")


def _disrupted_weapon(trig: Trig, ctx: _Context) -> bool:
    """The weapon word is what a disrupted-weapons word acted on: "sappers
    cleared the mines", "a device was spotted and made safe", "seized explosives"."""
    root = trig.span.root
    for other in ctx.trigs:
        if other.cls.name != "disrupted_weapons":
            continue
        if other.span.start <= root.i < other.span.end:
            return True
        verb = other.span.root
        governed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "conj":  # "was found and defused": the shared subject
            governed += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(root.i in {t.i for t in g.subtree} for g in governed):
            return True
    return False


def _weapon_found(trig: Trig) -> bool:
    """Is the weapon word what a finding or seizing verb acted on ("troops
    seized a mortar and 40 shells", "a parcel was discovered to be a bomb")?
    A weapon found was not fired."""
    tok = trig.span.root
    if tok.lower_ in _WORDS.weapon_user_nouns:
        return False  # "the bomber was found": a person, no weapon
    for _ in range(6):
        if tok.dep_ in ("conj", "compound", "appos") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "a mortar and 40 shells", "mortar rounds"
        elif tok.dep_ == "attr" and tok.head.lower_ == "be" and tok.head.dep_ == "xcomp":
            return tok.head.head.lower_ in _WORDS.weapon_finding_verbs  # "found to be a bomb"
        else:
            break
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in _WORDS.weapon_finding_verbs


_CIVILIANS_ATTACKED = "civilians attacked by the clause's verb; the clash noun names the unrest"


def _civilians_attacked_beside(trig: Trig, ctx: _Context) -> bool:
    """A clash noun with no sides of its own ("ethnic clashes", "four days of
    clashes", not "clashes with police") beside a verb of the clause that kills
    or attacks people it calls civilians ("as militia attack civilians",
    "raiders kill civilians"): the clause reports that attack."""
    root = trig.span.root
    if root.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ in _WORDS.fight_side_prepositions
                                  for c in root.children):
        return False
    if not any(w in ctx.cues.text_lower for w in _WORDS.explicit_civilian_nouns):
        return False  # (a substring check before any parse walk)
    return any(t.cls.name in ("kill", "attack") and _attacks_civilians(t.span.root)
               for t in ctx.trigs)


def _attacks_civilians(verb: Token) -> bool:
    """Does the verb take "civilians" as its object ("kill civilians"; a
    headline's "militia attack civilians", parsed as a compound noun)?"""
    if verb.dep_ == "compound" and verb.head.lower_ in _WORDS.explicit_civilian_nouns:
        return True
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in _WORDS.explicit_civilian_nouns for c in verb.children)


def _only_attempted(trig: Trig) -> bool:
    """An abduction verb that an attempt verb governs ("tried to kidnap",
    "had attempted to abduct"): nobody was taken away."""
    root = trig.span.root
    return root.dep_ == "xcomp" and root.head.lower_ in _WORDS.attempt_verbs


def _forces_blew_up_a_home(trig: Trig, ctx: _Context) -> bool:
    """State forces blew up a building and nobody was hurt ("troops blew up
    the family home of the gunman"): a punitive demolition, not a bombing."""
    root = trig.span.root
    if trig.span.text.lower() not in _WORDS.demolition_blast_words \
            or ctx.labels & {"kill", "injure"}:
        return False
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lower_ in _WORDS.dwelling_nouns for o in objects) \
        and _overlaps_cue(_agents_of(root), ctx.cues, "state_forces")


def _road_collision(trig: Trig) -> bool:
    """A clash verb that tells a collision: it runs "into" something, or a
    vehicle is its subject ("a car clashed into supporters", "a lorry
    clashed with a bus")."""
    root = trig.span.root
    if root.lower_ not in _WORDS.collision_verbs:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in root.children):
        return True
    # the vehicle as subject, as the noun the verb qualifies, or after "with"
    sides = [c for c in root.children if c.dep_ == "nsubj"] + [
        g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj"]
    if root.dep_ == "acl":
        sides.append(root.head)
    return any(t.lower_ in _WORDS.road_vehicles for t in sides)


def _fights_for_life(trig: Trig) -> bool:
    """"Fighting for his life" tells a gravely wounded person, no fight."""
    return any(c.dep_ == "prep" and c.lower_ == "for"
               and any(g.dep_ == "pobj" and g.lower_ in _WORDS.survival_nouns for g in c.children)
               for c in trig.span.root.children)


def _people_hijacked(trig: Trig, cues: StatusCues) -> bool:
    """A hijacking verb whose object is people ("five passengers were hijacked",
    "gunmen hijacked them"), not a vehicle: the people were taken away."""
    root = trig.span.root
    if root.lower_ not in _WORDS.hijack_words or root.pos_ != "VERB":
        return False
    # ("he may have been kidnapped or hijacked"): the subject the verbs share
    heads = [root, root.head] if root.dep_ == "conj" else [root]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.pos_ == "PRON" and o.lower_ not in ("it", "what", "which", "that")
               or _overlaps_cue([o], cues, "civilians") and o.lower_ not in _WORDS.road_vehicles
               for o in objects)


def _went_off_in_handlers_hands(sent: Span) -> bool:
    """The sentence tells a bomb that went off while its own people handled it
    ("the device he was assembling detonated", "explosives they were carrying
    went off"): an accident of the bomb-makers, no attack."""
    return any(t.dep_ == "relcl" and t.lower_ in _WORDS.bomb_handling_verbs
               and t.head.dep_ in ("nsubj", "nsubjpass")
               and t.head.head.lower_ in _WORDS.bomb_going_off_verbs for t in sent)


def _incendiary(trig: Trig) -> bool:
    """A "bomb" that is a petrol or fire bomb ("hurled a petrol bomb", "petrol
    bomb a house", "fire-bombed"): fire, not an explosion."""
    first, start = trig.span[0], trig.span.sent.start
    before = [first.nbor(-1)] if first.i > start else []
    if before and before[0].text == "-" and first.i - 1 > start:
        before.append(first.nbor(-2))  # "petrol-bombed"
    return any(t.lower_ in _WORDS.incendiary_modifiers for t in before) and any(
        t.lower_.startswith("bomb") for t in trig.span)


def _disruption_in_sentence(sent: Span) -> bool:
    """A disrupted-weapons word anywhere in the sentence, in any of its clauses."""
    return any(t.label_ == "disrupted_weapons" and sent.start <= t.start < sent.end
               for t in sent.doc.spans.get(TRIGGER_GROUP, ()))


def _aircraft_near(trig: Trig, ctx: _Context) -> bool:
    """An aircraft word close to the trigger (same clause, a few words away)."""
    spans = ctx.cues.by_label.get("aircraft_cue", [])
    # ("gunmen opened fire on a plane as it landed"): the aircraft hit is the
    # target, not what delivered the violence
    targets = {t.i for head in trig.span for c in head.children
               if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep"
               and c.lower_ in _WORDS.victim_prepositions | {"at"}
               for t in c.subtree}
    return any(abs(s.start - trig.span.start) <= 10 and s.root.i not in targets for s in spans)


def _raids_forces(trig: Trig, ctx: _Context) -> bool:
    """Is the raid's object a force or its site ("raided a police camp and made
    away with weapons")? Then the raid is a fight, not a theft of property."""
    objects = [t for c in trig.span.root.children if c.dep_ == "dobj" for t in _head_phrase(c)]
    return any(t.lower_ in _WORDS.military_sites for t in objects) or _overlaps_cue(
        objects, ctx.cues, "state_forces")


def _crowd_agent(trig: Trig, ctx: _Context) -> bool:
    """Did an unarmed crowd (residents, students, supporters...) do it?"""
    root = trig.span.root
    if _casualty_noun(trig):
        return False  # "workers pulled bodies from the rubble": not who killed them
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    if _subject_is_victim(trig, verb):
        return False  # "four fishermen are dead", "6 locals killed": the victims
    agents = _agents_of(verb)
    # ("by a group of boda boda operators", "dozens of residents burnt ..."):
    # the crowd is named after "of" (not "an unidentified group of youths":
    # doers nobody could name are coded as an unidentified armed group)
    agents += [t for a in agents if not any(c.lower_ in _WORDS.unknown_doer_modifiers
                                            for c in a.children)
               and not _overlaps_cue([a], ctx.cues, "crowd_cue")  # ("residents of Kisii")
               for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" for t in _head_phrase(g)]
    if not agents or _crowd_armed_itself(ctx.cues.text_lower):
        return False
    if any(c.lower_ in _WORDS.unknown_doer_modifiers for a in agents for c in a.children):
        return False  # ("unidentified youths attacked"): an unidentified armed group
    cues = ctx.cues
    # what an apposition says they are counts too ("a youth, a Pokot militia, shot ...")
    described = agents + [t for a in agents for c in a.children if c.dep_ == "appos"
                          for t in _head_phrase(c)]
    return _overlaps_cue(agents, cues, "crowd_cue") and not (
        _armed(described, cues) or _overlaps_cue(described, cues, "identity_group")
        or any(_said_to_be_armed_group(a, cues) for a in agents)
    )


def _said_to_be_armed_group(token: Token, cues: StatusCues) -> bool:
    """A clause on the crowd word says it belongs to an armed group ("youths
    suspected to be part of the outlawed militia", "a group of youths, believed
    to be members of the MRC"): ACLED codes the group's attack, not a mob."""
    heads = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        heads.append(token.head.head)  # "a group of youths, suspected to be ..."
    described = [t for h in heads for c in h.children if c.dep_ in ("acl", "relcl", "appos")
                 for t in c.subtree]
    return _overlaps_cue(described, cues, "non_state")


def _subject_is_victim(trig: Trig, verb: Token) -> bool:
    """The clause's subject suffered the act: a death word ("four fishermen are
    dead"), a headline's reduced passive ("6 locals killed"), or a passive
    with no doer named ("homes were set on fire" as residents fled): not the
    subject of a verb above it."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    if any(c.dep_ == "nsubjpass" for c in children):
        return True
    if trig.span.root.lower_ in _WORDS.death_words or verb.lower_ in _WORDS.victim_subject_verbs:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in children)


def _casualty_noun(trig: Trig) -> bool:
    """A casualty noun ("bodies", "the dead"): the subject of its verb found or
    counted the victims, it did not harm them."""
    return trig.span.root.pos_ not in ("VERB", "AUX") and trig.cls.name in ("kill", "injure")


def _fight_sides(trig: Trig) -> list[Token]:
    """The two sides of a fighting word: its verb's subjects (with their
    coordinated nouns) and objects, and what follows "with/between/against"
    ("police and hawkers clashed", "residents engaged police in running
    battles", "a clash between traders and council officers")."""
    root = trig.span.root
    heads = [root]
    if root.pos_ not in ("VERB", "AUX") and root.dep_ in ("pobj", "dobj") \
            and root.head.pos_ in ("VERB", "ADP"):
        # ("engaged police in running battles": the verb above names the sides)
        verb = root.head.head if root.head.pos_ == "ADP" else root.head
        heads.append(verb)
    sides: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                sides.extend(_noun_group(child))
            elif child.dep_ == "prep" and child.lower_ in _WORDS.fight_side_prepositions:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        sides.extend(_noun_group(pobj))
    return sides


def _forces_against_crowd(trig: Trig, ctx: _Context) -> bool:
    """ACLED: state forces fighting an unarmed crowd outside any demonstration
    ("police and hawkers clashed", "residents engaged police in running
    battles") is a riot (mob violence), not a battle between armed sides."""
    if ctx.cue("non_state") or ctx.cue("identity_group") \
            or _crowd_armed_itself(ctx.cues.text_lower):
        return False
    sides = _fight_sides(trig)
    if any(t.lower_ in _WORDS.armed_modifiers for t in sides):
        return False  # ("police clashed with armed residents"): an armed side
    cues = ctx.cues
    return _overlaps_cue(sides, cues, "state_forces") and _overlaps_cue(sides, cues, "crowd_cue")


_COMMUNAL_FIGHT = "communities or residents fighting each other: communal militias"


def _land_at_stake(sent: Span) -> bool:
    """The sentence, or the one before it, names land, a boundary or grazing
    as what is disputed ("clashed over a boundary", "a row over a piece of
    land. ... residents clashed for three days")."""
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lower_ in _WORDS.land_dispute_words
               for t in doc[before.start:sent.end])


def _communities_only(ctx: _Context) -> bool:
    """Every crowd the sentence names is the people of a place or a community
    ("residents", "villagers", "the two communities"), none a crowd of some
    other kind (supporters, students, traders)."""
    crowds = ctx.cues.by_label.get("crowd_cue", ())
    return bool(crowds) and all(span.text.lower() in _WORDS.community_crowds for span in crowds)


_RIOT_MET_BY_FORCES = "property destroyed by crowds that forces dispersed: a riot met by the forces"


def _forces_broke_up_crowd(ctx: _Context) -> bool:
    """The sentence tells forces breaking up the crowd with crowd-control means
    or a dispersal ("police fired rubber bullets to disperse them")."""
    return _acting_state_forces(ctx.cues) and any(
        c.text.lower() in _WORDS.crowd_control_means
        or c.root.lower_ in _WORDS.self_dispersal_verbs
        for c in ctx.cues.by_label.get("intervention_cue", ()))


def _unarmed_groups_only(ctx: _Context) -> bool:
    """Only crowds in the sentence, no forces or armed groups: a fight between
    supporters or students is mob violence, not a battle."""
    return (ctx.cue("crowd_cue") and not ctx.cue("state_forces") and not ctx.cue("non_state")
            and not ctx.cue("identity_group") and not _crowd_armed_itself(ctx.cues.text_lower))


def _crowd_subject(sent: Span, cues: StatusCues) -> bool:
    """A crowd word is the doer of some verb in the sentence ("residents beat
    the man", "attacked by villagers"), not a witness ("residents said")."""
    reporting = {i for s in cues.by_label.get("reporting_verb", ()) for i in range(s.start, s.end)}
    for span in cues.by_label.get("crowd_cue", ()):
        root = span.root
        if any(c.lower_ in _WORDS.unknown_doer_modifiers for c in root.children):
            continue  # ("unidentified youths"): doers nobody could name, an armed group
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "nsubj":
            root = root.head.head  # "a group of fishermen", "dozens of residents"
        if root.dep_ == "nsubj" and root.head.i not in reporting:
            return True
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True
        if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and not reporting:
            # ("Two groups of students of a boys school clash for three days"): the
            # parser left the headline without a verb, the crowd heading it
            return True
    return False


def _crowd_violence(ctx: _Context, sent: Span) -> bool:
    """Violence with no armed group named, done by a crowd or against a
    suspected thief or "witch": ACLED codes it as mob violence."""
    if ctx.cue("state_forces") or ctx.cue("non_state") or ctx.cue("identity_group"):
        return False
    if _crowd_armed_itself(ctx.cues.text_lower):
        return False  # ("residents took up arms against the raiders"): an armed side
    return ctx.cue("mob_target_cue") or _crowd_subject(sent, ctx.cues)


# Dependencies of a doer on its verb (or on a headline's event noun).
_DOER_DEPS = frozenset({"nsubj", "nmod", "compound", "poss", "agent"})
# Trigger classes of harm done to people.
_HARM_TO_PEOPLE = frozenset({"attack", "kill", "injure"})


_MOB_AT_GATHERING = "a mob lynched or harmed someone at the gathering: mob violence"


def _mob_justice(ctx: _Context) -> bool:
    """A lynching ("demonstrators beat up and nearly lynched a pickpocket"), or
    harm whose doer is a mob ("a driver was stoned to death by a mob during the
    protest"), told of a demonstration: ACLED codes the mob's violence against
    the person it punished, not the demonstrators' violence."""
    mob = {i for t in ctx.trigs if t.cls.name == "mob_violence" and t.status == "new"
           and t.span.text.lower() in _WORDS.mob_words for i in range(t.span.start, t.span.end)}
    if not mob:
        return False
    if any(t.span.text.lower() in _WORDS.mob_justice_words and t.status == "new"
           for t in ctx.trigs):
        return True
    return any(t.cls.name in _HARM_TO_PEOPLE | {"protest_violence"} and t.status == "new"
               and any(a.i in mob for a in _agents_of(t.span.root)) for t in ctx.trigs)


def _riot_without_demonstration(ctx: _Context) -> bool:
    """ACLED: rioters who attack people outside a demonstration ("rioters beat
    up the clerks", "voters rioted and attacked people") are mob violence; a
    violent demonstration needs demonstrators (a protest, march, rally...
    word in the clause), what demonstrators do (stones, tyres, barricades),
    or confronts forces. Property destroyed by a crowd the text calls only
    "rioters" (a noun: "kiosks destroyed by rioters") is the mob's too; a
    named crowd that "rioted and burned" something stays a riot."""
    if not ctx.riot or "protest" in ctx.context_labels:
        return False
    riot_tokens = {i for t in ctx.trigs if t.span.text.lower() in _RIOT_WORDS
                   for i in range(t.span.start, t.span.end)}
    if any(t.cls.name == "protest_violence" and not riot_tokens & set(range(t.span.start,
                                                                            t.span.end))
           for t in ctx.trigs):
        return False
    rioter_nouns = {i for i in riot_tokens if _is_noun(i, ctx.trigs)}
    for t in ctx.trigs:
        if t.cls.name == "property_destruction" and t.status == "new":
            # ("kiosks were destroyed by rioters", "rioters set market stalls on
            # fire"): people the text calls only rioters, no demonstration named,
            # who destroy what belongs to others are a mob (after a sentence that
            # told a demonstration, "the rioters" are its demonstrators)
            if not ctx.story_of_protests and any(
                    a.i in rioter_nouns for a in _agents_of(t.span.root)):
                return True
            continue
        if t.cls.name not in _HARM_TO_PEOPLE:
            continue
        verb = t.span.root
        # "rioters attacked", "the rioters' attack" (a headline's noun), "rioted
        # and attacked", "Rioters attack and injure journalists"
        heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        by_rioters = any(a.i in riot_tokens for a in _agents_of(verb)) or any(
            h.i in riot_tokens or any(c.i in riot_tokens and c.dep_ in _DOER_DEPS
                                      for c in h.children)
            for h in heads)
        victims = _verb_objects(verb, _noun_group)
        if by_rioters and not _armed(victims, ctx.cues):
            return True
    return False


def _is_noun(i: int, trigs: list[Trig]) -> bool:
    """Is token ``i`` (of a trigger) a noun ("rioters"), not a verb ("rioted")?"""
    return any(t.span.start <= i < t.span.end and t.span.doc[i].pos_ in ("NOUN", "PROPN")
               for t in trigs)


_ELECTION_UNREST = "election violence, no armed group named: rioters"


def _without_unrest_beside_violence(mentions: list[EventMention], doc: Doc
                                    ) -> list[EventMention]:
    """Election violence told with nothing specific ("Continuation of the
    post-election violence", "The violence followed the disputed poll") in a
    text that reports a specific violent event in another sentence frames that
    event; it is no riot of its own. A bare casualty noun ("Fatalities: not
    specified") reports no event that the unrest could frame."""
    vague = [m for m in mentions if _ELECTION_UNREST in m.type_reason]
    if not vague:
        return mentions
    told = {m.sent_start for m in mentions
            if m.status == "new" and m.event_type in _VIOLENT_EVENT_TYPES
            and _ELECTION_UNREST not in m.type_reason and _SCENE_MARK not in m.type_reason
            and not _casualty_noun_mention(m, doc)}
    return [m for m in mentions if m not in vague or not told - {m.sent_start}]


def _casualty_noun_mention(mention: EventMention, doc: Doc) -> bool:
    """Typed by a casualty noun alone ("deaths", "fatalities", "injuries")."""
    head = mention.type_reason.split(":", 1)[0]
    if "' (kill)" not in head and "' (injure)" not in head:
        return False
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "PROPN")


def _vague_violence_word(trig: Trig) -> bool:
    """The trigger is only a word for violence ("violence", "post-election
    violence"): its head noun, the last word of a noun phrase the parser may
    have left flat ("post-election violence - details not specified"), or the
    span's root."""
    return trig.span.root.lower_ in _VAGUE_VIOLENCE or (
        trig.span.root.pos_ != "VERB" and trig.span[-1].lower_ in _VAGUE_VIOLENCE)


def _election_unrest(trig: Trig, ctx: _Context) -> bool:
    """Violence at an election told with nothing more specific ("post-election
    violence continued") and no forces or armed group named: ACLED codes such
    unorganised violence as rioting."""
    return _vague_violence_word(trig) and ctx.cue("election_cue") and not (
        ctx.cue("state_forces") or ctx.cue("non_state") or ctx.cue("identity_group")
    ) and all(_vague_violence_word(t) for t in ctx.trigs)


# Means no crowd of rioters uses: bombs, shells, grenades, chemical agents.
_ARMED_MEANS = frozenset({"air_strike", "shelling", "grenade", "remote_explosive",
                          "suicide_bomb", "chemical_weapon"})
_RALLY_VIOLENCE = "a crowd harmed people at someone's rally or convoy: rioters attacking civilians"
_STONE_WORDS = ("stone", "rock", "pelt")


def _violence_at_someones_rally(ctx: _Context) -> bool:
    """A crowd that harms the people of a politician's rally or convoy ("youths
    threw stones at the senator's convoy", "journalists were assaulted during
    the party's rally") attacks civilians: ACLED codes rioters' violence against
    civilians outside a demonstration as mob violence. Only a rally word may
    stand for the gathering (a protest word tells demonstrators of their own),
    and with no gathering word only a convoy or motorcade hit; the forces'
    violence, or the crowd's against the forces, stays with the demonstration."""
    protest = [t for t in ctx.trigs if t.cls.name == "protest"]
    if ctx.labels & _ARMED_MEANS or any(
            not any(w.lower_ in _WORDS.rally_words and w.pos_ != "VERB" for w in t.span)
            for t in protest):
        return False  # (grenades lobbed into a rally: an armed attack)
    return any(_harms_civilians(t, ctx, entourage_only=not protest) for t in ctx.trigs)


def _harms_civilians(trig: Trig, ctx: _Context, entourage_only: bool) -> bool:
    """An attack, killing or injury (or stones thrown) not done by forces or armed
    men, whose targets are people, not forces or armed men."""
    root = trig.span.root
    stones = trig.cls.name == "protest_violence" and any(
        w in trig.span.text.lower() for w in _STONE_WORDS)
    if entourage_only and not stones or not stones and (
            trig.cls.name not in _HARM_TO_PEOPLE or _vague_violence_word(trig)):
        return False  # ("rallies descended into violence": nobody said to be hurt)
    cues = ctx.cues
    doers = _agents_of(root) if root.pos_ == "VERB" else []
    if _armed(doers, cues):
        return False
    if not doers and ctx.cue("state_forces"):
        return False  # (who hurt them is not told, and forces were there)
    targets = [t for c in root.children if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pobj" for t in _noun_group(g)]
    targets += [t for t in (_verb_objects(root, _noun_group) if root.pos_ == "VERB" else [])
                if not any(w in t.lower_ for w in _STONE_WORDS)]  # what was thrown
    # ("the senator's convoy"; a convoy word alone is read as the forces' own: "a
    # police convoy" or "a military convoy" names them)
    if _armed([t for t in targets if t.lower_ not in _WORDS.entourage_words], cues):
        return False
    if entourage_only:
        return any(t.lower_ in _WORDS.entourage_words for t in targets)
    return not stones or any(t.lower_ in _WORDS.entourage_words or t.ent_type_ == "PERSON"
                             or _overlaps_cue([t], cues, "civilians") for t in targets)


def _demonstrators_attack(trigs: list[Trig], cues: StatusCues, violent_cls: TriggerClass,
                          recent_protest: bool) -> list[Trig]:
    """Demonstrators who attack someone make the demonstration violent
    ("students protested and beat up their teacher"; after a protest
    sentence, "They stoned passing cars"): an attack word whose doers are
    the demonstrators also counts as violence by them."""
    protest_tokens = {i for t in trigs if t.cls.name == "protest"
                      for i in range(t.span.start, t.span.end)}
    if not protest_tokens and not recent_protest:
        return trigs
    extra: list[Trig] = []
    for t in trigs:
        if t.cls.name != "attack" or t.span.root.pos_ != "VERB":
            continue
        agents = _agents_of(t.span.root)
        by_demonstrators = any(a.i in protest_tokens for a in agents) or _overlaps_cue(
            agents, cues, "protesters_cue") or any(
            # ("a group of elders protesting the sale ... attacked them"): the doers
            # are described by a demonstration participle
            c.dep_ == "acl" and c.i in protest_tokens for a in agents for c in a.subtree) or (
            # (the parser may hang the attack on the participle itself)
            t.span.root.dep_ == "conj" and t.span.root.head.i in protest_tokens)
        if not by_demonstrators and recent_protest:
            # "They pelted the police": the demonstrators of the sentence before
            by_demonstrators = any(a.lower_ == "they" for a in agents)
        if by_demonstrators and not _armed(agents, cues):
            extra.append(Trig(t.span, violent_cls, t.status, t.status_reason))
    return trigs + extra


# Trigger classes of harm that make a crowd's storming violent.
_STORM_HARM = frozenset({"kill", "injure", "property_destruction", "protest_violence",
                         "excessive_force", "sexual_violence", "abduction"})


def _storming_as_protest(trigs: list[Trig], cues: StatusCues, protest_cls: TriggerClass
                         ) -> list[Trig]:
    """The storm words of ``_stormed_to_protest`` retyped as demonstration words;
    an angry-crowd phrase that names who stormed ("angry residents stormed the
    hospital to protest") is the demonstrators, no mob of its own."""
    stormed = [t for t in trigs if _stormed_to_protest(t, trigs, cues)]
    if not stormed:
        return trigs
    crowd = {a.i for t in stormed for a in _agents_of(t.span.root)}
    return [Trig(t.span, protest_cls, t.status, t.status_reason) if t in stormed else t
            for t in trigs
            if not (t.cls.name == "mob_violence" and t.span.root.i in crowd)]


def _stormed_to_protest(trig: Trig, trigs: list[Trig], cues: StatusCues) -> bool:
    """A crowd that storms a place to protest or demand something ("parents
    stormed the school to protest the transfer", "youths stormed the offices
    demanding jobs"), or storms the streets, with nobody hurt and nothing
    destroyed in the sentence: ACLED codes the demonstration, not mob
    violence or an attack. Armed men who storm a place attack it."""
    root = trig.span.root
    if trig.cls.name != "attack" or root.lower_ not in _WORDS.crowd_entry_verbs \
            or root.pos_ != "VERB":
        return False
    agents = _agents_of(root)
    # ("a group of youths"): the crowd named after "of"
    agents += [t for a in agents for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" for t in _head_phrase(g)]
    if not _overlaps_cue(agents, cues, "crowd_cue", "protesters_cue") or _armed(agents, cues) \
            or _WORDS.armed_modifiers & set(cues.text_lower.split()):
        return False
    if any((t.cls.name in _STORM_HARM or t.cls.name == "attack" and t is not trig
            or t.cls.name == "mob_violence" and t.span.text.lower() in _WORDS.mob_words)
           and not _sets_scene(t.span) for t in trigs):
        return False  # (a death "after which" they stormed in is their grievance)
    if any(o.lower_ in _WORDS.street_words for o in _verb_objects(root)):
        return True  # ("residents stormed the streets carrying placards")
    protest = {i for t in trigs if t.cls.name == "protest" for i in range(t.span.start, t.span.end)}
    demand = {i for s in cues.by_label.get("demand_verb", ()) for i in range(s.start, s.end)}
    # the purpose may hang lower when the parser misplaces it ("stormed the
    # hospital after the death of a patient to protest negligence")
    return any(t.i in protest | demand and t.pos_ == "VERB" and (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        or t.tag_ == "VBG" and t.dep_ == "advcl") for t in root.subtree)


def _violent_protests(trigs: list[Trig], cues: StatusCues, violent_cls: TriggerClass
                      ) -> list[Trig]:
    """Protest words modified by "violent(ly)"/"rowdy" also count as violence by
    the demonstrators ("violent electoral protests", "students were violently
    protesting"): the trigger is kept and a violence trigger added on it."""
    marks = {s.root.i for s in cues.by_label.get("violent_modifier", ())}
    if not marks:
        return trigs
    extra = [
        Trig(t.span, violent_cls, t.status, t.status_reason)
        for t in trigs
        if t.cls.name == "protest"
        and any(c.i in marks and c.dep_ in ("amod", "advmod") for c in t.span.root.children)
    ]
    return trigs + extra


_GRIEVANCE_PREPS = _WORDS.grievance_prepositions


def _grievance_tokens(trigs: list[Trig], cues: StatusCues) -> set[int]:
    """Tokens that say what a protest is about ("protested against the
    eviction of their kiosks", "marched over the killing of a boy",
    "demanding the release of the arrested MP"): not something the
    demonstrators did or suffered."""
    grievance: set[int] = set()
    for t in trigs:
        if t.cls.name != "protest":
            continue
        root = t.span.root
        # ("NASA protesters light fires", "Protesters against insecurity throw
        # stones"): a headline's demonstrators misparsed as a verb, or their
        # act as the object of "against", is what they did, not their cause
        people = root.lower_ in _WORDS.demonstrator_nouns
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in _GRIEVANCE_PREPS:
                grievance.update(_objects_of(child, finite_verbs=not people))
            elif child.dep_ == "dobj" and root.pos_ == "VERB" and not people:
                grievance.update(_grievance_group(child))
    for span in cues.by_label.get("demand_verb", ()):
        # "in protest of X": the phrase's last token governs X
        head = span.root if len(span) == 1 else span[-1]
        for child in head.children:
            if child.dep_ in ("dobj", "pobj"):
                grievance.update(_grievance_group(child))
            elif child.dep_ == "prep":
                grievance.update(_objects_of(child))
    return grievance


# What was done to someone, told of a person the demonstrators speak for.
_STORY_CLASSES = frozenset({"arrest", "kill", "attack", "injure", "excessive_force",
                            "protest_intervention"})


_STORY_NOTE = "what was done to someone the demonstrators speak for is their grievance"


def _someone_elses_story(trig: Trig, trigs: list[Trig], cues: StatusCues) -> bool:
    """What was done to someone, told in a clause that describes a person who is not
    among the demonstrators ("the family of a hawker clubbed to death by officers
    days earlier", "for the release of an MP who was arrested on Monday"), is
    what the demonstration is about, not what the forces did to it
    ("protesters who were beaten" is)."""
    return trig.cls.name in _STORY_CLASSES and _describes_another_person(trig.span, trigs, cues)


def _describes_another_person(span: Span, trigs: list[Trig], cues: StatusCues) -> bool:
    token = span.root
    for _ in range(3):
        if token.dep_ in ("relcl", "acl"):
            if any(c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "mark"
                   or c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in token.children):
                # ("used tear gas to disperse them", "... as police fired"): a purpose
                # or a clause of its own misread as a description
                return False
            person = token.head
            protest = {i for t in trigs if t.cls.name == "protest"
                       for i in range(t.span.start, t.span.end)}
            # (not "police who responded with teargas", the forces' own act, nor
            # "two people killed in the protests", placed at the demonstration)
            return not (person.i in protest or person.lower_ in _WORDS.demonstrator_nouns
                        or _overlaps_cue(_head_phrase(person), cues, "crowd_cue",
                                         "protesters_cue", "state_forces")
                        or any(t.i in protest for t in token.subtree))
        if token.head is token:
            break
        token = token.head
    return False


def _grievance_group(noun: Token) -> set[int]:
    """A noun group with its relative clauses ("a teacher who was arrested"),
    not the clauses a misparse can hang off it."""
    out: set[int] = set()
    group = _noun_group(noun)
    # ("the new law and the ministry's plan for arrests of hawkers"): nouns
    # coordinated inside the group, and what a plan or call is "for"
    group += [t for tok in group for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"
              for t in _noun_group(c)]
    for tok in group:
        out.add(tok.i)
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") or child.dep_ == "prep" and child.lower_ == "for":
                out.update(t.i for t in child.subtree)
    return out


def _objects_of(prep: Token, finite_verbs: bool = True) -> set[int]:
    """The noun groups a preposition governs (``finite_verbs=False``: not a
    finite verb the parser hung there, which is a clause of its own)."""
    return {i for pobj in prep.children if pobj.dep_ == "pobj"
            and (finite_verbs or pobj.tag_ not in _FINITE_VERB_TAGS)
            for i in _grievance_group(pobj)}


_FINITE_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD"})  # not a gerund


def _crowd_left(span: Span) -> bool:
    """Did the crowd disperse of its own accord ("the students marched peacefully and
    dispersed in the evening")? Intransitive, not passive, no agent: nobody broke
    it up."""
    root = span.root
    if root.lower_ not in _WORDS.self_dispersal_verbs or root.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in root.children):
        return False
    doer = root if root.dep_ != "conj" else root.head
    return any(c.dep_ == "nsubj" for c in doer.children)


def _protest_type(ctx: _Context) -> tuple[str, str]:
    labels = ctx.labels
    if ctx.trigs:
        # ("protested after police shot dead a rider"): the grievance is no force
        # used on the demonstrators
        grievance = _harm_setting_scene(ctx.trigs, ctx.cues)
        labels = {t.cls.name for t in ctx.trigs if t not in grievance}
    # A fight between rival crowds at a rally is their own (mob) event.
    rival_crowds = "armed_clash" in labels and _unarmed_groups_only(ctx)
    if labels & {"protest_violence", "property_destruction"} or (
        "armed_clash" in labels and not rival_crowds
    ):
        return VIOL, "demonstrators used violence"
    if "excessive_force" in labels:
        # ("dispersed the march using live bullets"): the lethal means is named
        return FORCE, "lethal force named against demonstrators"
    if labels & {"kill"} and ctx.cue("state_forces") and ctx.cue("lethal_cue"):
        return FORCE, "demonstrators killed or shot by forces"
    if ctx.forces_killed or _forces_killed_demonstrators(ctx.trigs, ctx.cues):
        return FORCE, "forces named as the killers of demonstrators"
    if ctx.intervention_deaths or _deaths_in_intervention(ctx.trigs):
        return FORCE, "deaths in the forces' intervention"
    if _killed_at_protest(ctx):
        return FORCE, _KILLED_AT_PROTEST
    if ctx.cue("serious_injury_cue") and ctx.cue("state_forces"):
        # ("beat the marchers with batons, leaving four with fractured skulls"):
        # ACLED counts serious injuries, not only deaths, as excessive force (the
        # cue is kept only in a sentence that tells the forces' intervention)
        return FORCE, "demonstrators seriously hurt by forces"
    if "injure" in labels and ctx.cue("state_forces") and _shots_at_people(ctx.cues):
        # ("two marchers were shot and wounded by police", "riot police
        # opened fire on the marchers; several injured"): firearms used on them
        return FORCE, "demonstrators shot and hurt by forces"
    if labels & {"protest_intervention", "arrest"} or ctx.cue("intervention_cue"):
        return INTER, "forces dispersed, stopped or arrested demonstrators"
    if "injure" in labels and ctx.cue("state_forces"):
        return INTER, "demonstrators injured by forces"
    return PEACE, "no violence by or against demonstrators"


_KILLED_AT_PROTEST = "people killed at a demonstration, no doer named: lethal force against it"


def _killed_at_protest(ctx: _Context) -> bool:
    """People killed at a demonstration whose own violence is not told, with
    nobody named who killed them ("a student was killed during the protests",
    "two protesters shot dead"): ACLED codes the lethal force used against the
    demonstrators. A death word ("died", "one death") does not say how; a
    killing that sets the scene ("protested after a boy was killed") is the cause."""
    if ctx.labels & _ARMED_MEANS:
        return False  # (grenades thrown into a rally: an armed attack, see the bomb's type)
    return ctx.killed_at_protest or _killed_without_doer(ctx.trigs)


def _demonstrations_charged(trigs: list[Trig]) -> list[Trig]:
    """The demonstration words of a sentence that tells an arrest, when every one of
    them only says what the people arrested are charged with or what a crackdown is
    aimed at ("detained several people suspected of organising violence at the
    rallies", "arrested an activist on charges of organising a protest as they
    tighten a clampdown on unrest"): ACLED codes the arrest of a movement's
    organisers as Arrests, not as an intervention at a demonstration. One
    demonstration told as the scene ("arrested 20 marchers") keeps them all."""
    arrests = {t.span.root.i for t in trigs if t.cls.name == "arrest"}
    demonstrations = [t for t in trigs if t.cls.name in ("protest", "protest_violence")]
    if not arrests or not demonstrations:
        return []
    triggers = {i for t in trigs for i in range(t.span.start, t.span.end)}
    if all(_charge_of_arrest(t.span.root, arrests, triggers) for t in demonstrations):
        return demonstrations
    return []


def _charge_of_arrest(token: Token, arrests: set[int], triggers: set[int]) -> bool:
    """Is the token below an organising or crackdown word that is itself below an
    arrest ("suspected of organising the riots": the arrest's grounds), or in an
    "as ..." clause on the arrest whose own doer and verb are no demonstration or
    intervention ("detained the party's leader as the government hardened its
    response to the protests": the arrests' backdrop)?"""
    charge = False
    for above in token.ancestors:
        if above.i in arrests:
            return charge
        if above.lower_ in _WORDS.protest_instigation_words \
                or above.lower_ in _WORDS.crackdown_nouns or _backdrop_clause(above, triggers):
            charge = True
    return False


def _backdrop_clause(verb: Token, triggers: set[int]) -> bool:
    """A clause marked "as/while" whose verb is no event word and whose subject
    is no event word either ("as the government hardened its response")."""
    if verb.dep_ != "advcl" or verb.i in triggers or not any(
            c.dep_ == "mark" and c.lower_ in _WORDS.backdrop_marks for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not "as they staged a sit-in": the people arrested, at their demonstration)
    return bool(subjects) and not any(
        s.pos_ == "PRON" or any(t.i in triggers for t in s.subtree) for s in subjects) \
        and not any(c.dep_ in ("dobj", "attr") and c.i in triggers for c in verb.children)


# Harm that an "after/following ..." phrase of a demonstration's sentence may tell as
# what the demonstrators protest.
_GRIEVANCE_HARM = frozenset({"kill", "attack", "injure"})


def _harm_setting_scene(trigs: list[Trig], cues: StatusCues) -> list[Trig]:
    """Harm told in an "after/following ..." phrase of a sentence whose own event is
    a demonstration ("residents protested after police shot dead a rider", "the
    marches began following the killing of a student"), done to someone who is not
    among the demonstrators: what they protest, not force used on them. Harm done
    to the crowd ("marchers fled after police fired on the crowd") stays."""
    protest = [t for t in trigs if t.cls.name == "protest"]
    if not protest or all(_sets_scene(t.span) for t in protest):
        return []  # (the harm is the sentence's event: "two died after the march")
    crowd = {i for t in protest for i in range(t.span.start, t.span.end)}
    out: list[Trig] = []
    for trig in trigs:
        if trig.cls.name not in _GRIEVANCE_HARM or not _sets_scene(trig.span):
            continue
        root = trig.span.root
        victims = _verb_objects(root, _noun_group) if root.pos_ == "VERB" else [
            t for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" for t in _noun_group(g)]
        if not any(v.i in crowd or v.lower_ in _WORDS.demonstrator_nouns for v in victims) \
                and not _overlaps_cue(victims, cues, "protesters_cue", "crowd_cue"):
            out.append(trig)
    return out


def _forces_attack_demonstrators(trigs: list[Trig], cues: StatusCues,
                                 intervention_cls: TriggerClass) -> list[Trig]:
    """State forces who attack demonstrators ("police attacked the protesters",
    "officers clobbered peaceful marchers with rungus") intervene in the
    demonstration: an intervention trigger is added on the attack word (how
    badly they hurt anyone is for the typing to weigh)."""
    protest = {i for t in trigs if t.cls.name == "protest"
               for i in range(t.span.start, t.span.end)}
    if not protest:
        return trigs
    extra = [Trig(t.span, intervention_cls, t.status, t.status_reason) for t in trigs
             if t.cls.name == "attack" and t.span.root.pos_ == "VERB"
             and _overlaps_cue(_agents_of(t.span.root), cues, "state_forces")
             and any(v.i in protest or v.lower_ in _WORDS.demonstrator_nouns
                     for v in _verb_objects(t.span.root, _noun_group))]
    return trigs + extra


def _serious_injury_to_crowd(sent_trigs: list[Trig], cues: StatusCues) -> bool:
    """Does the sentence tell someone badly hurt ("left in a coma", "seriously
    injured") who is not among the forces, and not under a negation ("no reports
    of serious injuries")?"""
    spans = cues.by_label.get("serious_injury_cue", ())
    if not spans:
        return False
    forces_hurt = any(
        t.cls.name == "injure" and t.span.root.pos_ == "VERB"
        and _overlaps_cue(_verb_objects(t.span.root, _noun_group), cues, "state_forces")
        for t in sent_trigs)
    if forces_hurt:
        return False  # ("two officers were seriously injured"): the forces were hurt
    return any(not any(t.lower_ in _WORDS.injury_negations
                       for t in span.doc[max(span.start - 4, span.sent.start):span.start])
               for span in spans)


def _forces_intervene(sent_trigs: list[Trig], cue_labels: set[str]) -> bool:
    """Does the sentence tell the forces' own intervention (tear gas, batons, a
    dispersal, an attack by them on the crowd), not only someone hurt?"""
    return "intervention_cue" in cue_labels or any(
        t.cls.name == "protest_intervention" for t in sent_trigs)


def _forces_killed_demonstrators(trigs: list[Trig], cues: StatusCues) -> bool:
    """State forces named as the ones who killed demonstrators ("police killed
    three protesters", "two marchers were killed by soldiers"): lethal force used
    on them, whatever the weapon (the firearm rule above needs a gun word). Only
    the demonstrators as victims: "protested after police killed a rider" is
    their grievance."""
    protest = {i for t in trigs if t.cls.name == "protest"
               for i in range(t.span.start, t.span.end)}
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name != "kill" or trig.status != "new" or root.pos_ != "VERB" \
                or _sets_scene(trig.span):
            continue
        if not _overlaps_cue(_agents_of(root), cues, "state_forces"):
            continue
        victims = _verb_objects(root, _noun_group)
        if any(v.i in protest or v.lower_ in _WORDS.demonstrator_nouns for v in victims) \
                or _overlaps_cue(victims, cues, "protesters_cue") \
                or any(_described_as_demonstrator(v, protest) for v in victims):
            return True
    return False


def _described_as_demonstrator(noun: Token, protest: set[int]) -> bool:
    """A victim whose own relative clause puts them in the demonstration ("a teacher
    who was taking part in a march", "a boy marching with his classmates")."""
    return any(c.dep_ in ("relcl", "acl") and any(t.i in protest for t in c.subtree)
               for c in noun.children)


def _killed_without_doer(trigs: list[Trig]) -> bool:
    if any(t.cls.name in _ARMED_MEANS for t in trigs):
        return False
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name != "kill" or trig.status != "new" or root.pos_ != "VERB" \
                or root.lower_ in _WORDS.death_words or _sets_scene(trig.span):
            continue
        if not _agents_of(root) or _subject_is_victim(trig, root):
            return True
    return False


def _shots_at_people(cues: StatusCues) -> bool:
    """A firearm cue that is no warning shot or rubber bullet ("shot into the
    air", "rubber bullets", "fired blanks" harm nobody) and tells no one's
    story ("protesting for a woman shot by police": what they protest)."""
    for span in cues.by_label.get("lethal_cue", ()):
        if span.root.dep_ in ("acl", "relcl"):
            continue
        doc = span.doc
        near = doc[max(span.start - 2, 0):min(span.end + 3, len(doc))]
        if not any(t.lower_ in _WORDS.harmless_shot_words for t in near):
            return True
    return False


def _drop_enclosed(trigs: list[Trig]) -> list[Trig]:
    """Without the triggers of other classes that lie strictly inside a longer
    trigger of a class that names the violence it ends or prevents ("a prisoner
    swap", "averting an attack", "shot down a drone"): that violence is part of
    the longer phrase, not an event of its own."""
    enclosing = [t.span for t in trigs if t.cls.name in _WORDS.enclosing_classes]
    if not enclosing:
        return trigs
    return [t for t in trigs if not any(
        e.label_ != t.span.label_ and e.start <= t.span.start and t.span.end <= e.end
        and len(e) > len(t.span) for e in enclosing)]


def _absorbed_by_other(ctx: _Context) -> bool:
    """A coup or a mass grave is the clause's event: the ruler's detention and
    the bodies found are part of it, not an arrest or a killing of their own."""
    return any(t.cls.name == "other_strategic" and t.status == "new"
               and t.span.text.lower() in _WORDS.absorbing_other_words
               # ("arrested for opposing the coup", "after the coup": another event)
               and (t.span.root.head.dep_ != "prep"
                    or t.span.root.head.lower_ in _WORDS.absorbing_prepositions)
               for t in ctx.trigs)


def _agreement_topic(trig: Trig, ctx: _Context) -> bool:
    """In a clause that reports an agreement, a killing, raid or hostage named
    by a noun or a modifier ("to end revenge raids", "release an American
    hostage", "girls abducted in March") is what the parties agreed about; only
    a verb ("rebels broke the truce and killed five", "surrendered before police
    opened fire") reports new violence."""
    # (a deal or a group's surrender, not one man who "surrendered to the police")
    deal = any(t.cls.name == "agreement" and (len(t.span) > 1 or t.span.root.pos_ != "VERB")
               for t in ctx.trigs)
    return deal and _not_a_clause_verb(trig)


def _not_a_clause_verb(trig: Trig) -> bool:
    """A noun, or a participle or relative clause that describes one ("the raids",
    "girls abducted in March", "herders who went missing"), not the verb of a
    clause that tells the act."""
    root = trig.span.root
    return root.pos_ not in ("VERB", "AUX") or root.dep_ in ("acl", "amod", "relcl")


_CROWD_DISPERSED = "forces dispersed a crowd, no protest word"
# Places of a fighting noun that make it the object of talk, not a clause's
# subject ("fighting erupted" after a broken truce is new fighting).
_TOPIC_DEPS = frozenset({"pobj", "dobj", "compound"})


def _strength(trig: Trig) -> float:
    text = trig.span.text.lower()
    base = trig.cls.strength
    name = trig.cls.name
    if name == "remote_explosive" and text in _WEAK_EXPLOSIVE:
        return 0.6
    if name == "armed_clash" and text in _WEAK_CLASH:
        return 0.55
    if name in ("change_group", "property_destruction", "nonviolent_transfer",
                "hq_established") and text in _STRATEGIC_VAGUE:
        return 0.45
    if name == "protest" and text in _WORDS.weak_protest:
        return 0.65
    return base


def _propose(trig: Trig, ctx: _Context, sent: Span) -> Candidate | None:
    name = trig.cls.name
    labels = ctx.labels
    text = trig.span.text.lower()
    strength = _strength(trig) + _prominence(trig.span)
    context = ctx.context_labels
    disrupted = "disrupted_weapons" in labels
    mob_ctx = "mob_violence" in labels
    # A riot word with a mob and no demonstration word ("a rioting mob torched a
    # car", "a riot broke out after a mob lynched two men") is the mob's violence.
    protest_ctx = "protest" in context or (ctx.riot and not any(
        t.cls.name == "mob_violence" and t.span.text.lower() in _WORDS.mob_words
        for t in ctx.trigs))

    def cand(sub: str, why: str, score: float = strength) -> Candidate:
        certainty = _SHAKY_RULES.get(_without_side_notes(why), 1.0)
        if sub == ARREST and not ctx.cue("political"):
            certainty = 0.7  # ACLED codes politically significant arrests only
        return Candidate(sub, trig, min(score, 1.0),
                         f"trigger '{trig.span.text}' ({name}): {why}", certainty)

    if name == "chemical_weapon":
        if disrupted:
            return None
        return cand(CHEM, "chemical agent")
    if name in ("air_strike", "shelling", "remote_explosive", "grenade", "suicide_bomb"):
        if disrupted and ("kill" not in labels or _disrupted_weapon(trig, ctx)) \
                and not _disruption_doer(trig, ctx):
            # a defused or seized bomb did not explode (even when the sentence
            # reports deaths from other blasts: "an IED was found and defused
            # after bombings killed dozens")
            return None
        if _incendiary(trig):
            if protest_ctx or mob_ctx or ctx.cue("crowd_cue") or _disruption_in_sentence(sent):
                # a crowd's firebombs: the riot words type them; ones that "failed
                # to explode": the disruption does
                return None
            fire_sub, fire_why = _clash_or_attack(trig, ctx, sent)
            return cand(fire_sub, f"{fire_why} (a petrol or fire bomb, no explosive)")
        if _weapon_found(trig):
            # ACLED: seized or discovered weapons are disrupted, whatever the weapon
            return cand(DISR, "a weapon found or seized, not used")
        if name != "suicide_bomb" and _went_off_in_handlers_hands(sent):
            return cand(DISR, "the bomb went off in its handlers' hands")
        if _forces_blew_up_a_home(trig, ctx):
            return cand(LOOT, "forces blew up a building, nobody hurt: a demolition")
        if name == "suicide_bomb":
            return cand(SUIC, "suicide attacker")
        if name == "air_strike":
            return cand(AIR, "delivered from the air")
        if name == "grenade":
            return cand(GREN, "grenade")
        if ctx.cue("suicide_cue"):
            return cand(SUIC, "explosive with a suicide attacker")
        if ctx.cue("aircraft_cue"):
            return cand(AIR, f"{'missile' if name == 'shelling' else 'bomb'} from aircraft/drone")
        if name == "shelling":
            return cand(SHELL, "artillery, mortar, rocket or missile")
        if "grenade" in labels:
            return cand(GREN, "explosion of a grenade", strength - 0.2)
        if "shelling" in labels and text in _WEAK_EXPLOSIVE:
            return cand(SHELL, "explosion of a shell/rocket", strength - 0.2)
        if ctx.cue("chemical_cue") and "chemical_weapon" in labels:
            return cand(CHEM, "chemical explosive", strength - 0.2)
        return cand(REM, "planted or remotely detonated explosive")
    if name == "disrupted_weapons":
        if text in _WORDS.shoot_down_words and _downs_manned_aircraft(trig):
            # ACLED: intercepting a missile or drone disrupts a weapon; downing a
            # crewed warplane or helicopter is fighting between two armed sides
            return cand(CLASH, "a crewed aircraft shot down")
        if ctx.cue("aircraft_cue") and text in _WORDS.air_destruction_verbs or (
            ctx.cue("aircraft_cue") and "cache" not in text and "depot" in text
        ):
            return cand(AIR, "weapons destroyed from the air")
        return cand(DISR, "weapons seized, defused or intercepted")
    if name == "armed_clash":
        if _road_collision(trig):
            return None  # a vehicle ran into people or another vehicle
        if _fights_for_life(trig):
            return None  # a wounded person, told by the harm words beside it
        if _agreement_topic(trig, ctx) and trig.span.root.dep_ in _TOPIC_DEPS:
            # ("a deal ending weeks of fighting", "swapped prisoners near the
            # scene of fierce fighting"): what the deal is about
            return None
        if labels & _SEIZURES and text in _ARREST_OPERATIONS | _WEAK_CLASH:
            return None  # "arrested ... in a security operation", "arms seized in a raid"
        if ctx.cue("aircraft_cue") and text in _WORDS.raid_words:
            return cand(AIR, "raid by aircraft")
        if protest_ctx and _unarmed_groups_only(ctx):
            # "rival supporters clashed at a rally": crowds fighting each
            # other, no forces involved, is mob violence (ACLED: rioters vs rioters)
            return cand(MOB, "fight between rival crowds, no forces involved")
        if protest_ctx:
            return cand(VIOL, "clashes during a demonstration")
        if _crowd_armed_itself(ctx.cues.text_lower):
            return cand(CLASH, "a crowd that took up arms or fought back is an armed side")
        if not mob_ctx and _unarmed_groups_only(ctx) and _communities_only(ctx) \
                and _land_at_stake(sent):
            # ("residents of two villages clashed over a boundary", "the two
            # communities are fighting over land"): ACLED codes neighbours who
            # fight each other for land as communal militias in a battle, not
            # a mob (villagers brawling over a cow that ate a crop stay a mob)
            return cand(CLASH, _COMMUNAL_FIGHT)
        if mob_ctx or (_unarmed_groups_only(ctx) and _crowd_subject(sent, ctx.cues)):
            # (the crowd must do something: "residents said the exchange of fire
            # lasted hours" names witnesses, not fighters)
            return cand(MOB, "fight between unarmed groups or a mob")
        if _forces_against_crowd(trig, ctx):
            return cand(MOB, "forces against an unarmed crowd, no demonstration: rioters")
        if _civilians_attacked_beside(trig, ctx):
            return cand(ATTACK, _CIVILIANS_ATTACKED)
        return cand(CLASH, "fighting between armed sides")
    if name in ("territory_regain", "territory_capture"):
        if any(t.cls.name == "disrupted_weapons" and t.span.start <= trig.span.root.i < t.span.end
               for t in ctx.trigs):
            return None  # "weapons were seized": not territory
        sub, why = _territory(trig, ctx)
        return cand(sub, why) if sub else None
    if name == "nonviolent_transfer":
        if labels & {"territory_regain", "territory_capture"}:
            return None  # the capture proposes the type (as NVT)
        if text in _WORDS.handover_words and _hands_over_goods(trig, ctx):
            return None  # "handed over 30 stolen cattle": goods, not a place
        return cand(NVT, "withdrawal/handover without fighting")
    if name in ("protest", "protest_violence", "protest_intervention", "excessive_force"):
        if name == "protest_violence" and not protest_ctx:
            if mob_ctx:
                return cand(MOB, "violence by a crowd")
            if text in _WORDS.property_damage_words:
                return cand(LOOT, "property destroyed")
            if any(w in text for w in _WORDS.roadblock_fragments):
                if ctx.cue("nonpolitical") and not (ctx.cue("crowd_cue")
                                                    or ctx.cue("protesters_cue")):
                    return None  # ("a landslide blocked the road"): no people blocked it
                if _armed(_agents_of(trig.span.root), ctx.cues):
                    # ("gunmen of the cartel blocked roads and fired on the troops",
                    # "militants have blockaded the town"): an armed group's
                    # blockade is part of its operations, no demonstration
                    return None
                return cand(VIOL, "roads blocked or tyres burnt: a violent demonstration",
                            strength - 0.1)
            if _over_a_grievance(trig):
                return cand(VIOL, "violence over a grievance: a demonstration", strength - 0.1)
            if text in _WORDS.forced_entry_phrases and (
                    ctx.cue("crowd_cue") or ctx.cue("protesters_cue")) and not (
                    ctx.cue("non_state")
                    or _WORDS.armed_modifiers & set(ctx.cues.text_lower.split())):
                # (a crowd's: "insurgents tried to force their way into a barracks" is
                # an armed attack, "a group armed with machetes" no demonstration)
                return cand(VIOL, "a crowd forced its way at a building or police line: "
                            "a violent demonstration", strength - 0.1)
            if ctx.cue("crowd_cue"):
                if all(_said_to_be_armed_group(c.root, ctx.cues)
                       for c in ctx.cues.by_label["crowd_cue"]):
                    # ("youths, suspected to be members of the MRC, petrol-bombed
                    # two churches"): the armed group's violence
                    sub, why = _clash_or_attack(trig, ctx, sent)
                    return cand(sub, f"{why} (the crowd is said to be an armed group's)",
                                strength - 0.1)
                return cand(MOB, "violence by a crowd, no demonstration reported",
                            strength - 0.1)
            if _violence_at_someones_rally(ctx):
                # ("The group hurled stones at the motorcade"): with no crowd word
                return cand(MOB, _RALLY_VIOLENCE, strength - 0.1)
            return None
        if name in ("protest_intervention", "excessive_force") and not protest_ctx:
            if name == "protest_intervention" and _acting_state_forces(ctx.cues) and (
                    ctx.cue("crowd_cue") or ctx.cue("protesters_cue")):
                # ("police halted the May Day event, dispersing the crowds"):
                # a gathering broken up is a demonstration met by force; weak,
                # so any violence of the crowd itself outranks it
                if any(t.lower_ in _RIOT_WORDS and t.i > 0 and t.nbor(-1).text != "-"
                       and not _overlaps_cue([t], ctx.cues, "state_forces") for t in sent):
                    # ("fired teargas to disperse rioting voters"): the crowd
                    # was rioting, so the demonstration was violent
                    return cand(VIOL, "forces dispersed a rioting crowd", strength - 0.3)
                return cand(INTER, _CROWD_DISPERSED, strength - 0.3)
            return None
        if name == "protest_violence" and _riot_without_demonstration(ctx):
            return cand(MOB, "rioters attacked people, no demonstration reported")
        if name == "protest" and "armed_clash" in labels and _unarmed_groups_only(ctx):
            return None  # the rival crowds' fight at the rally is the event
        if name == "protest" and mob_ctx and "kill" in labels:
            return cand(MOB, "mob violence during a gathering")
        if name in ("protest", "protest_violence") and _mob_justice(ctx):
            return cand(MOB, _MOB_AT_GATHERING)
        if _violence_at_someones_rally(ctx):
            return cand(MOB, _RALLY_VIOLENCE)
        sub, why = _protest_type(ctx)
        return cand(sub, why)
    if name == "mob_violence":
        root = trig.span.root
        # ("militants set upon a post" read as "militants [who] set upon")
        doers = _agents_of(root) or ([root.head] if root.dep_ == "acl" else [])
        if text in _WORDS.armed_mob_verbs and _armed(doers, ctx.cues):
            # ("insurgents set upon a base"): armed men, not a crowd
            sub, why = _clash_or_attack(trig, ctx, sent)
            return cand(sub, f"{why} (an armed group fell on its target)")
        if labels & (GENERIC_CLASSES | {"property_destruction", "protest_violence"}) \
                or text in _WORDS.mob_justice_words:
            return cand(MOB, "violence by a mob")
        if text in _WORDS.mob_words and _mob_acts_on_someone(trig):
            # ("a mob chopped off the man's foot"): the act has no word of its own
            return cand(MOB, "a mob acted on someone", strength - 0.1)
        if _mob_set_out_to_harm(trig, ctx):
            # ("a mob overpowered police to lynch the suspects", "angry villagers
            # gathered to set fire to his house"): what the mob did to get at
            # its victims is its violence, whether or not the harm was done
            return cand(MOB, "a mob set out to harm someone", strength - 0.1)
        return None
    if name == "sexual_violence":
        return cand(SEX, "sexual violence")
    if name == "abduction":
        if _agreement_topic(trig, ctx) or _absorbed_by_other(ctx) and _not_a_clause_verb(trig):
            return None
        if _only_attempted(trig):
            return None  # ("attacked and tried to kidnap a nun"): the attack is the event
        return cand(ABDUCT, "abduction/kidnapping")
    if name == "arrest":
        if _absorbed_by_other(ctx):
            return None
        if protest_ctx:
            return cand(INTER, "arrests at a demonstration")
        return cand(ARREST, "arrest/detention")
    if name == "agreement":
        return cand(AGREE, "agreement between parties")
    if name == "hq_established":
        return cand(HQ, "base or headquarters set up")
    if name == "change_group":
        return cand(CHANGE, "change to a group or its activity")
    if name == "property_destruction":
        if _agreement_topic(trig, ctx):
            return None  # "handed over the stolen cattle under a peace deal"
        if ctx.cue("aircraft_cue") and _aircraft_near(trig, ctx):
            return cand(AIR, "destruction by aircraft or drones")
        if protest_ctx and _riot_without_demonstration(ctx):
            return cand(MOB, "rioters destroyed property, no demonstration reported")
        if protest_ctx:
            return cand(VIOL, "property destroyed by demonstrators")
        if mob_ctx or _crowd_agent(trig, ctx):
            if not mob_ctx and ctx.story_of_protests:
                # ("On Wednesday crowds set fire to a TV station", in a story of
                # demonstrations): the crowd is the demonstrators' unrest, a riot
                return cand(VIOL, "property destroyed by crowds in a story of demonstrations")
            if not mob_ctx and _forces_broke_up_crowd(ctx):
                # ("crowds looted shops and set buildings on fire, while police
                # fired rubber bullets to disperse them"): a riot met by the
                # forces, rioters against the police, not a mob against civilians
                return cand(VIOL, _RIOT_MET_BY_FORCES)
            return cand(MOB, "property destroyed by a mob")
        return cand(LOOT, "looting/destruction of property")
    if name == "other_strategic":
        return cand(OTHER, "other strategic development")
    if name in GENERIC_CLASSES:
        if _absorbed_by_other(ctx) and _not_a_clause_verb(trig) or _agreement_topic(trig, ctx):
            return None
        if name != "attack" and any(t.cls.name == "armed_clash" and _road_collision(t)
                                    for t in ctx.trigs):
            return None  # the dead and hurt of a road collision
        if name != "attack" and _went_off_in_handlers_hands(sent):
            return None  # the bomb-makers' own dead and hurt
        if _people_hijacked(trig, ctx.cues):
            return cand(ABDUCT, "people hijacked: taken away")
        if text in _WORDS.property_raid_words and trig.span.root.pos_ == "VERB" \
                and "property_destruction" in labels and not labels & {"kill", "injure"} \
                and not _overlaps_cue([c for c in trig.span.root.children if c.dep_ == "dobj"],
                                      ctx.cues, "territory_noun") \
                and not _raids_forces(trig, ctx) and not _crowd_agent(trig, ctx):
            # ("raided villages, burning houses" attacks the people who live there;
            # a crowd that stormed a tallying centre and burnt ballots is a mob)
            return None  # the raid's destruction or theft is the event
        if mob_ctx:
            return cand(MOB, "violence by a mob")
        if _riot_without_demonstration(ctx):
            return cand(MOB, "rioters attacked people, no demonstration reported")
        if protest_ctx:
            if _violence_at_someones_rally(ctx):
                return cand(MOB, _RALLY_VIOLENCE)
            sub, why = _protest_type(ctx)
            return cand(sub, why)
        if _election_unrest(trig, ctx):
            # (only when nothing more specific is told: "one killed in election
            # violence" is typed by the killing)
            return cand(MOB, _ELECTION_UNREST)
        if ctx.cue("aircraft_cue") and _aircraft_near(trig, ctx):
            return cand(AIR, "violence by aircraft or drones", strength - 0.05)
        if _crowd_agent(trig, ctx):
            return cand(MOB, "violence by an unarmed crowd", strength - 0.05)
        sub, why = _clash_or_attack(trig, ctx, sent)
        if sub == ATTACK and _crowd_violence(ctx, sent) and (
                not _casualty_noun(trig) or ctx.cue("mob_target_cue")):
            # (a casualty noun names no doer, but "one injury and houses destroyed
            # after claims of witchcraft" tells whom a crowd punished)
            sub, why = MOB, "unarmed crowd or punished suspect, no armed group named"
        weak = 0.0 if name == "kill" else 0.05
        return cand(sub, why, strength - weak)
    return None


_EXPLOSIONS = frozenset({CHEM, AIR, SUIC, SHELL, REM, GREN})
# Trigger classes of munitions that can carry a chemical agent.
_MUNITION_CLASSES = frozenset({"air_strike", "shelling", "grenade", "remote_explosive"})
# What a police raid or operation can end in without any fighting.
_SEIZURES = frozenset({"arrest", "disrupted_weapons"})
_NON_VIOLENT_EVENT_TYPES = frozenset({"Strategic developments"})
# Trigger classes worth keeping as supporting evidence of a mention.
_SUPPORTING = frozenset({
    "kill", "injure", "attack", "armed_clash", "air_strike", "shelling", "remote_explosive",
    "grenade", "suicide_bomb", "chemical_weapon", "sexual_violence", "abduction",
    "mob_violence", "protest_violence", "excessive_force",
})


def _doc_cue_counts(doc: Doc) -> dict[str, int]:
    counts: dict[str, int] = {}
    for span in doc.spans.get(CUE_GROUP, ()):
        counts[span.label_] = counts.get(span.label_, 0) + 1
    return counts


def _rejected(ctx: _Context, best: Candidate, doc_cues: dict[str, int]) -> str | None:
    """Why a segment is not political violence at all (None: it is)."""
    sub = best.sub_event_type
    if ctx.cue("weapons_test") and sub in _EXPLOSIONS:
        return "a weapons test or launch, not an attack"
    politically_armed = ctx.cue("non_state") or ctx.cue("political")
    # A chemical agent fired in a munition is a weapon, never an industrial leak.
    fired_agent = sub == CHEM and bool(ctx.labels & _MUNITION_CLASSES)
    # A casualty sentence in a story about an accident or a disaster.
    # ("shot dead by police as he helped the victims of a road accident"):
    # forces who shot or beat someone did not have an accident
    forces_did_it = best.trigger.cls.name in _HARM_TO_PEOPLE and _overlaps_cue(
        _agents_of(best.trigger.span.root), ctx.cues, "state_forces")
    politically_armed = politically_armed or forces_did_it
    # ("broke into a gas cylinder factory and looted it"): looting is done on
    # purpose, whatever accident words name the place looted
    looted = sub == LOOT and best.trigger.span.text.lower() in _WORDS.looting_words
    if looted and (doc_cues.get("nonpolitical", 0) or ctx.cue("nonpolitical")):
        best.reason += "; property looted on purpose: no accident or disaster"
    if forces_did_it and (doc_cues.get("nonpolitical", 0) or ctx.cue("nonpolitical")):
        best.reason += "; done by state forces: no accident or disaster"
    vague = best.trigger.cls.name in GENERIC_CLASSES or (
        sub == REM and best.trigger.span.text.lower() in _WEAK_EXPLOSIVE
    ) or sub == LOOT or (sub == CHEM and not fired_agent) or _strength(best.trigger) < 0.6
    if vague and doc_cues.get("nonpolitical", 0) and not (
        doc_cues.get("non_state", 0) or doc_cues.get("political", 0) or forces_did_it or looted
    ):
        return "casualties in a story about an accident or disaster"
    strong = {AIR, SUIC, SHELL, GREN, CLASH, GOV, NSA, PEACE, INTER, FORCE, VIOL, MOB, SEX,
              AGREE, HQ}
    if ctx.cue("nonpolitical") and sub not in strong and not politically_armed \
            and not fired_agent and not looted:
        return "disaster, accident or non-political context"
    if sub in (GOV, NSA) and ctx.cue("nonpolitical") and not any(
            ctx.cue(c) for c in ("state_forces", "non_state", "gov_actor_cue",
                                 "nonstate_actor_cue")):
        # ("crews took control of the bush fire"): nobody armed took a place
        return "ground gained with no armed actor, in a non-political story"
    if ctx.cue("crime") and not ctx.cue("political") and sub in (
        ARREST, DISR, LOOT, ABDUCT, OTHER, CHANGE, NVT
    ):
        return "ordinary crime"
    if ctx.cue("diplomacy") and _scene_preposition(best.trigger.span) is not None \
            and best.trigger.cls.name != "agreement":
        # ("an envoy was recalled after the shelling of the consulate"): the
        # news is the diplomatic reaction, the attack is its scene
        return "a diplomatic reaction to an earlier event"
    if ctx.cue("diplomacy") and sub in (AGREE, CHANGE, OTHER) and not (
        ctx.cue("non_state") or best.trigger.cls.name == "agreement"
        and best.trigger.span.text.lower() not in _WORDS.agreement_nouns
    ):
        return "diplomacy"
    return None


def _precedence_key(cand: Candidate) -> tuple[int, float]:
    # A suicide attack followed by gunfire stays a suicide bomb (ACLED codes
    # the attack by its method); otherwise ACLED's order.
    rank = precedence(cand.sub_event_type)
    if cand.sub_event_type in (SUIC, SEX):
        rank = -1
    return rank, -cand.score


_CONTEXT_PREPS = _WORDS.context_prepositions
_SCENE_MARK = ": context)"  # written into the reason of a trigger that sets the scene


def _backgrounded(span: Span) -> bool:
    """A noun trigger inside "after/amid/following ..." sets the scene for
    another event rather than reporting one."""
    return _scene_preposition(span) is not None


def _names_cause(prep: Token) -> bool:
    """Does the preposition open a phrase that names a cause ("because of the
    clashes", "due to ethnic violence", "as a result of the fighting")? What it
    names led to the sentence's event; it is not that event."""
    words = _WORDS.cause_words
    if prep.lower_ == "to" and prep.head.lower_ in words:  # due to, owing to
        prep = prep.head
    elif not (prep.lower_ in words  # because (of)
              or (prep.lower_ == "as" and any(c.lower_ in words for c in prep.children))):
        return False
    # ("twenty dead as a result of a gun battle"): the cause of the harm is the event
    return prep.head.lower_ not in _WORDS.harm_outcomes


def _scene_preposition(span: Span) -> Token | None:
    """The "after/amid/following" word whose phrase holds a noun trigger."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") and root.dep_ != "pobj":  # "of fighting"
        return None
    head = root.head
    for _ in range(5):
        if (head.dep_ == "prep" or head.pos_ == "ADP") and head.lower_ != "of":
            if head.lower_ in _CONTEXT_PREPS or _names_cause(head) or (
                    # "in retaliation to a raid"
                    head.lower_ == "to" and head.head.lower_ in _WORDS.response_nouns):
                return head
            if span.label_ == "agreement" and head.lower_ in _WORDS.framing_prepositions:
                # ("left the town under an evacuation deal", "handed over as
                # part of a peace deal"): the deal frames the act it governs
                return head
            return None
        # "following two weeks of fighting": look past "of" and its noun
        head = head.head
    return None


def type_triggers(triggers: list[Trig], ctx: _Context, sent: Span,
                  context: list[Trig] | None = None) -> Candidate | None:
    """The sub-event type of one segment (a clause) from its triggers
    (``context``: all the segment's triggers, whatever their status)."""
    if not triggers:
        return None
    scene_gathering = _gathering_as_scene(triggers, context or triggers, ctx)
    if scene_gathering:
        triggers = [t for t in triggers if t not in scene_gathering]
        context = [t for t in (context or triggers) if t not in scene_gathering]
    ctx.labels = {t.cls.name for t in triggers}
    ctx.context_labels = {t.cls.name for t in (context or triggers)}
    # (the demonstration the victims took part in may be told as background: "killed
    # a nurse who was taking part in a march")
    ctx.forces_killed = ctx.forces_killed or _forces_killed_demonstrators(
        context or triggers, ctx.cues)
    ctx.riot = any(t.span.text.lower() in _RIOT_WORDS for t in triggers)
    ctx.trigs = triggers
    typed = [t for t in triggers if t.cls.name not in GENERIC_CLASSES]
    proposals: list[Candidate] = []
    for trig in typed:
        cand = _propose(trig, ctx, sent)
        if cand is not None:
            proposals.append(cand)
    # Casualty and attack words count when no typed trigger reports violence
    # ("police arrested two men after killing a third": the killing counts).
    strong_violent = [c for c in proposals if c.score >= 0.6
                      and event_type_of(c.sub_event_type) not in _NON_VIOLENT_EVENT_TYPES]
    # ("gunmen abducted 30 villagers and shot dead a man who resisted"): a
    # killing in a kidnapping makes it an attack (ACLED: the most severe
    # violence types the event), so the killing words count beside an abduction.
    killing_in_abduction = bool(strong_violent) and all(
        c.sub_event_type == ABDUCT for c in strong_violent)
    if not strong_violent or killing_in_abduction:
        for trig in triggers:
            if killing_in_abduction and trig.cls.name != "kill":
                continue
            if proposals and trig.span.text.lower() in _VAGUE_VIOLENCE:
                continue  # "arrested for incitement to violence": the arrest is the event
            if ctx.labels & _SEIZURES and trig.span.text.lower() in _ARREST_OPERATIONS:
                continue  # a police raid that made arrests (or seized arms) is the arrest
            if proposals and _carried_weapon(trig):
                continue  # "men wielding machetes destroyed a billboard": the act is the event
            if trig.cls.name in GENERIC_CLASSES and not any(
                    o.cls.name not in GENERIC_CLASSES and o.span.start == trig.span.start
                    and o.span.end == trig.span.end for o in triggers):
                # (a word that a typed class also reads, kiosks "set on fire", is
                # typed by that class)
                cand = _propose(trig, ctx, sent)
                if cand is not None:
                    proposals.append(cand)
    if not proposals:
        return None
    crowd_dispersed = [c for c in proposals if c.reason.endswith(_CROWD_DISPERSED)]
    if crowd_dispersed and any(c not in crowd_dispersed and event_type_of(c.sub_event_type)
                               not in _NON_VIOLENT_EVENT_TYPES for c in proposals):
        # (police breaking up a mob that lynched a man: the mob's violence is the event)
        proposals = [c for c in proposals if c not in crowd_dispersed]
    if any(c.sub_event_type == HQ for c in proposals):
        # ("the army opened a camp on the ridge and deployed tanks there"): the
        # deployment serves the base (a strategic type ACLED does not rank)
        proposals = [c for c in proposals if not (
            c.sub_event_type == CHANGE and c.trigger.span.text.lower() in _WORDS.deployment_words
        )] or proposals
    scene_tokens: set[int] = set()
    for cand in proposals:
        prep = _scene_preposition(cand.trigger.span)
        if prep is not None:
            cand.score -= 0.3
            cand.reason += f" (in an 'after/amid/following' phrase{_SCENE_MARK}"
            scene_tokens.update(t.i for t in prep.subtree)
    # (a trigger inside that phrase is part of the scene too: "after fighting
    # between the army and a splinter group")
    scene = {i for i, c in enumerate(proposals) if c.trigger.span.root.i in scene_tokens}
    # A verb in an "after/before ..." clause ("a day after police arrested
    # protesters, three members were abducted") tells what came before the
    # clause's own event; it sets the scene when the clause reports another.
    in_clause = {i for i, c in enumerate(proposals)
                 if _in_context_clause(c.trigger.span.root, depth=6)}
    if in_clause and any(i not in in_clause | scene and event_type_of(c.sub_event_type)
                         not in _NON_VIOLENT_EVENT_TYPES for i, c in enumerate(proposals)):
        for i in in_clause - scene:
            proposals[i].reason += " (in an 'after/before' clause: context)"
        scene |= in_clause
    top = max(c.score for c in proposals)
    # Within reach of the best, ACLED's precedence decides; an event that only
    # sets the scene ("a truce was signed amid shelling", "a man was hacked to
    # death during the clashes") never takes precedence over the one the clause reports.
    reach = [i for i, c in enumerate(proposals) if c.score >= top - 0.25]
    contenders = [proposals[i] for i in reach if i not in scene] \
        or [proposals[i] for i in reach]
    best = min(contenders, key=_precedence_key)
    violent_scene = [c for c in (proposals[i] for i in scene) if event_type_of(
        c.sub_event_type) not in _NON_VIOLENT_EVENT_TYPES and (
        c.trigger.cls.name not in ("attack", "injure") or c.trigger.span.root.pos_ == "VERB")]
    if best.trigger.cls.name == "armed_clash" \
            and best.trigger.span.text.lower() in _WORDS.response_operations and violent_scene:
        # ("security operations are under way after a bomb hit an army truck"):
        # the operation answers the violence, which is the event
        best = max(violent_scene, key=lambda c: c.score)
    if best.sub_event_type == OTHER and violent_scene:
        # "families fled after gunmen killed ten", "... after clashes": ACLED codes
        # the violence that set off the displacement (not a mere "death" or
        # "rumours of an attack")
        best = max(violent_scene, key=lambda c: c.score)
    if len(contenders) > 1 and best.score < top:
        others = sorted({c.sub_event_type for c in contenders} - {best.sub_event_type})
        best.reason += f"; precedence over {', '.join(others)}"
    if scene_gathering:
        best.reason += (f"; '{scene_gathering[0].span.text}' in an 'after/amid/during'"
                        " phrase is where armed men struck, not a demonstration")
    return best


def _forces_disrupted(trig: Trig, cues: StatusCues) -> bool:
    return trig.cls.name == "protest_violence" and trig.span[0].lower_ in \
        _WORDS.disruption_verbs and _overlaps_cue(_agents_of(trig.span.root), cues,
                                                 "state_forces")


_HARMING_CLASSES = frozenset({"attack", "kill", "injure", "armed_clash", "abduction",
                              "sexual_violence"})


def _gathering_as_scene(triggers: list[Trig], context: list[Trig], ctx: _Context) -> list[Trig]:
    """Protest words that only tell where an armed group's violence happened
    ("gunmen stormed a church during a night vigil, killing 14"): every protest
    word of the clause sits in an "after/amid/during" phrase, an armed
    non-state group is named, and violence is told outside that phrase. ACLED
    codes an armed group's attack on a gathering as the attack."""
    gathering = [t for t in context if t.cls.name == "protest"]
    if not gathering or not ctx.cue("non_state") or ctx.cue("state_forces"):
        return []
    if any(t.cls.name in ("protest_violence", "protest_intervention", "excessive_force")
           for t in context):
        return []
    if not all(_scene_preposition(t.span) is not None for t in gathering):
        return []
    if not any(t.cls.name in _HARMING_CLASSES and t.status == "new" for t in triggers):
        return []
    return gathering


def _carried_weapon(trig: Trig) -> bool:
    """A weapon the doers carry ("wielding machetes", "armed with machetes")."""
    root = trig.span.root
    if trig.cls.name != "attack" or root.lower_ not in _WORDS.carried_weapons:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "with":
        return True
    return root.dep_ == "dobj" and head.lower_ in _WORDS.carrying_verbs


def _segments(sent: Span) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence that can report separate events:
    split at semicolons and at coordinated clauses with their own subject."""
    cuts: set[int] = set()
    for tok in sent:
        if tok.text == ";" and tok.i + 1 < sent.end:
            cuts.add(tok.i + 1)
        elif tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.dep_ == "ROOT":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                left = tok.left_edge.i
                # include a preceding "and"/"while" in the new clause
                if left > sent.start:
                    cuts.add(left)
    bounds = [sent.start, *sorted(c for c in cuts if sent.start < c < sent.end), sent.end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _confidence(best: Candidate, status: str, n_typed: int, ctx: _Context) -> float:
    conf = (0.45 + 0.5 * best.score) * best.certainty
    if best.trigger.cls.name in GENERIC_CLASSES:
        conf -= 0.1
    if status != "new":
        conf *= 0.5
    if ctx.cue("hypothetical") or ctx.cue("attribution"):
        conf -= 0.05
    if n_typed > 1:
        conf += 0.03
    return round(max(0.05, min(conf, 0.99)), 3)


_VIOLENT_CLASSES = _FIGHTING_CLASSES | {"attack"}


def _retreat_after_violence(trig: Trig, trigs: list[Trig], told_before: set[str]) -> bool:
    """Is the trigger a withdrawal told with violence in its own sentence or right
    after a sentence that told violence or a capture ("overran the base on Sunday.
    They later withdrew")? A capture in its own sentence keeps the withdrawal: "took
    the town after the troops withdrew" is the transfer without a fight."""
    if trig.cls.name != "nonviolent_transfer" or trig.span[0].lower_ not in _WORDS.retreat_words:
        return False
    here = {t.cls.name for t in trigs if t.status == "new"}
    if here & _CAPTURE_CLASSES:
        return False
    return bool(here & _VIOLENT_CLASSES or told_before & (_VIOLENT_CLASSES | _CAPTURE_CLASSES))


_CIVILIAN_CAMP = re.compile(
    r"\b(?:" + literal_alternation(sorted(_WORDS.civilian_site_modifiers), ignore_case=False)
    + r")\s+(?:" + literal_alternation(sorted(_WORDS.camp_nouns), ignore_case=False) + r")\b"
    # ("camps for the displaced", "a camp for refugees")
    + r"|\b(?:" + literal_alternation(sorted(_WORDS.camp_nouns), ignore_case=False)
    + r")\s+for\s+(?:the\s+)?(?:" + literal_alternation(
        sorted(_WORDS.civilian_site_modifiers), ignore_case=False) + r")\b")


def _civilian_camp_told(doc: Doc, cues: list[Span]) -> bool:
    """Does the text call a camp a shelter for civilians ("the Zamzam
    displacement camp", "camps for the displaced") while some other camp word
    is a forces cue? ACLED: an attack on a displacement or refugee camp is
    violence against civilians; "the camp" told later is the same camp."""
    if not any(c.label_ == "state_forces" and c.text.lower() in _WORDS.camp_nouns
               for c in cues):
        return False
    return _CIVILIAN_CAMP.search(doc_text(doc).lower()) is not None


def detect_mentions(doc: Doc, article: Article) -> list[EventMention]:
    """One mention per event reported in the document (see module docstring)."""
    if TRIGGER_GROUP not in doc.spans or not len(doc.spans[TRIGGER_GROUP]):
        return []
    lexicon = load_lexicon()
    all_triggers = list(doc.spans[TRIGGER_GROUP])
    doc_cues = _doc_cue_counts(doc)
    mentions: list[EventMention] = []
    harm = _HarmTold()
    sentence_info: list[_SentenceInfo] = []
    all_cues = sorted(doc.spans[CUE_GROUP], key=lambda c: c.start) if CUE_GROUP in doc.spans \
        else []
    civilian_camp = _civilian_camp_told(doc, all_cues)
    if civilian_camp:
        # ("the Zamzam displacement camp ... The RSF stormed the camp"): the
        # camp is the civilians' shelter all through the text, no forces' site
        all_cues = [c for c in all_cues if not (
            c.label_ == "state_forces" and c.text.lower() in _WORDS.camp_nouns)]
    ti = ci = 0
    for sent in doc.sents:
        in_sent: list[Span] = []
        while ti < len(all_triggers) and all_triggers[ti].start < sent.end:
            if all_triggers[ti].start >= sent.start:
                in_sent.append(all_triggers[ti])
            ti += 1
        if not in_sent:
            continue
        sent_cues: list[Span] = []
        while ci < len(all_cues) and all_cues[ci].start < sent.end:
            if all_cues[ci].start >= sent.start:
                sent_cues.append(all_cues[ci])
            ci += 1
        cues = StatusCues.for_sentence(doc, sent, [c for c in sent_cues if c.end <= sent.end])
        cue_labels = _effective_cue_labels(cues)
        trigs: list[Trig] = []
        for span in in_sent:
            cls = lexicon.triggers.get(span.label_)
            if cls is None:
                continue
            status, why = status_of_trigger(doc, span, cues, article.published)
            trigs.append(Trig(span, cls, status, why))
        # "without a fight": the fight inside it did not happen.
        absent = [t.span for t in trigs if t.cls.name == "nonviolent_transfer"
                  and t.span.text.lower().startswith("without")]
        if absent:
            trigs = [t for t in trigs if t.cls.name == "nonviolent_transfer" or not any(
                a.start <= t.span.start and t.span.end <= a.end for a in absent)]
        if any(t.cls.name in _CAPTURE_CLASSES for t in trigs):
            # "took control of the towns without any armed clashes": the fight
            # named after "without" did not happen, the place changed hands peacefully
            trigs += [Trig(t.span, lexicon.triggers["nonviolent_transfer"], "new",
                           "a fight named after 'without'")
                      for t in trigs if t.cls.name in _FIGHTING_CLASSES
                      and t.status == "negated" and t.status_reason == "'without'"]
        if "weapons_noun" not in cue_labels:
            # "police thwarted an attack on the town" with no weapon seized or
            # defused: the forces fought it off, no weapons use was disrupted
            trigs = [t for t in trigs if not (t.cls.name == "disrupted_weapons" and len(t.span) > 1
                                              and t.span[0].lower_ in _WORDS.prevention_verbs)]
        trigs = _drop_enclosed(trigs)
        story_note = ""  # what was done to someone the demonstrators speak for
        # "The attackers withdrew after the raid", "They later retreated": a side
        # leaving after the violence just told is how that violence ended; no
        # territory changed hands without a fight.
        told_before = sentence_info[-1].labels if sentence_info else set()
        trigs = [t for t in trigs if not _retreat_after_violence(t, trigs, told_before)]
        # "marching their captives into the forest": a march with people as its
        # object leads them away; it is no demonstration.
        trigs = [t for t in trigs if not (t.cls.name == "protest" and _leads_people(t.span.root))]
        # "burnt a coffin bearing his name": a symbol, no property destroyed
        trigs = [t for t in trigs if not (
            t.cls.name == "property_destruction" and any(
                c.dep_ == "dobj" and c.lower_ in _WORDS.symbolic_objects
                for c in t.span.root.children))]
        # "police pursued the kidnappers", "a mob killed a suspected rapist":
        # the doer's noun names no act; "lynched for suspected rape": the act
        # is the accusation, not an event
        trigs = [t for t in trigs if not (_names_a_doer(t) or _accused_of(t))]
        # "suspended peace talks with the rebels": no one agreed to anything;
        # "pulled out of the talks": no territory was left either
        trigs = [t for t in trigs if not (t.cls.name == "agreement" and _talks_broken_off(t)
                                          or t.cls.name == "nonviolent_transfer"
                                          and _leaves_talks(t))]
        # "Detainees in the prison protested": people held, not an arrest
        trigs = [t for t in trigs if not (
            t.cls.name == "arrest" and t.span.text.lower() in _WORDS.detained_people
            and t.span.root.dep_ in ("nsubj", "nsubjpass"))]
        # "according to vigilantes", "vigilantes said": the source, not a mob at work
        trigs = [t for t in trigs if not (t.cls.name == "mob_violence"
                                          and _only_a_source(t.span.root, cues))]
        # ("police disrupted the opposition's meeting"): the forces' disruption is
        # no crowd violence (their intervention has its own words)
        trigs = [t for t in trigs if not _forces_disrupted(t, cues)]
        recent_protest = any("protest" in si.labels for si in sentence_info[-_PROTEST_WINDOW:])
        if recent_protest or any(t.cls.name == "protest" for t in trigs):
            # "traders protested the demolition of their stalls", "... as the estate
            # demolitions continued": what the authorities demolished is the
            # grievance, not the demonstrators' violence
            trigs = [t for t in trigs if not _authorities_demolished(t, cues)]
        # "youths stormed the law courts to demand an explanation": a crowd that
        # rushed in to make its demand, hurting nobody, is demonstrating
        trigs = _storming_as_protest(trigs, cues, lexicon.triggers["protest"])
        trigs = _demonstrators_attack(trigs, cues, lexicon.triggers["protest_violence"],
                                      recent_protest)
        trigs = _forces_attack_demonstrators(trigs, cues, lexicon.triggers["protest_intervention"])
        if "serious_injury_cue" in cue_labels and not (
                _serious_injury_to_crowd(trigs, cues) and _forces_intervene(trigs, cue_labels)):
            cue_labels.discard("serious_injury_cue")
        if "protest" in {t.cls.name for t in trigs} or recent_protest:
            # "the students marched peacefully and dispersed in the evening": a
            # crowd leaving of its own accord is no intervention
            left = [t for t in trigs if t.cls.name == "protest_intervention"
                    and _crowd_left(t.span)]
            dispersal_cues = cues.by_label.get("intervention_cue", ())
            if left and all(_crowd_left(s) for s in dispersal_cues):
                trigs = [t for t in trigs if t not in left]
                cue_labels.discard("intervention_cue")
        if "protest" in {t.cls.name for t in trigs} or recent_protest:
            # ("protests broke out following the arrest of opposition leaders",
            # "... after three officials were arrested"): an arrest that sets the
            # scene is what the demonstrators protest, not an arrest of them; so
            # too in the sentences that go on about the demonstration ("Drivers
            # protested his death. He had collapsed after he was arrested.")
            trigs = [t for t in trigs if not (t.cls.name == "arrest" and _sets_scene(t.span))]
            scene_cues = cues.by_label.get("intervention_cue", ())
            if scene_cues and all(_sets_scene(c) for c in scene_cues):
                cue_labels.discard("intervention_cue")
        # ("detained three men suspected of organising the riots"): the demonstration
        # is the charge, not the scene of the arrest
        charged = _demonstrations_charged(trigs)
        trigs = [t for t in trigs if t not in charged]
        if "protest" in {t.cls.name for t in trigs}:
            told = [t for t in trigs if _someone_elses_story(t, trigs, cues)]
            story = [t.span.text for t in told]
            trigs = [t for t in trigs if t not in told]
            scene_cues = cues.by_label.get("intervention_cue", ())
            if scene_cues and all(_sets_scene(c) or _describes_another_person(c, trigs, cues)
                                  for c in scene_cues):
                cue_labels.discard("intervention_cue")
                story += [c.text for c in scene_cues if _describes_another_person(c, trigs, cues)]
            if story:
                story_note = f"; {_STORY_NOTE}: '{', '.join(dict.fromkeys(story))}'"
            grievance = _grievance_tokens(trigs, cues)
            if grievance:
                trigs = [t for t in trigs
                         if t.cls.name == "protest" or t.span.root.i not in grievance]
                # cues inside the grievance do not type the protest either
                if not any(s.root.i not in grievance
                           for s in cues.by_label.get("intervention_cue", ())):
                    cue_labels.discard("intervention_cue")
            trigs = _violent_protests(trigs, cues, lexicon.triggers["protest_violence"])
            trigs.sort(key=lambda t: t.span.start)
        harm.add(trigs)
        sentence_info.append(_SentenceInfo(
            first_mention=len(mentions),
            labels={t.cls.name for t in trigs if t.status == "new"
                    and t not in _harm_setting_scene(trigs, cues)},
            cue_labels=cue_labels, cues=cues, riot=any(
                t.span.text.lower() in _RIOT_WORDS for t in trigs if t.status == "new"),
            intervention_deaths=_deaths_in_intervention(
                [t for t in trigs if t.status == "new"]),
            killed_at_protest=_killed_without_doer(trigs),
            forces_killed=_forces_killed_demonstrators(trigs, cues),
            refers_back=bool(sentence_info) and _names_protest_again(trigs),
            start_char=sent.start_char))
        segments = _segments(sent) if len(trigs) > 1 else [(sent.start, sent.end)]
        results: list[tuple[tuple[int, int], Candidate, str, list[Trig]]] = []
        for seg in segments:
            seg_trigs = [t for t in trigs if seg[0] <= t.span.start < seg[1]]
            if not seg_trigs:
                continue
            new = [t for t in seg_trigs if t.status == "new"]
            ctx = _Context(cues=cues, cue_labels=cue_labels, doc_cues=doc_cues,
                           civilian_camp=civilian_camp, story_of_protests=any(
                               "protest" in i.labels for i in sentence_info[:-1]))
            best = type_triggers(new or seg_trigs, ctx, sent, seg_trigs)
            if best is None:
                continue
            reject = _rejected(ctx, best, doc_cues)
            if reject is not None:
                continue
            status = best.trigger.status
            # A clause whose only triggers are casualty words belongs to the
            # event of the clause before it ("a bomb exploded and 3 died").
            if results and (
                best.trigger.cls.name in GENERIC_CLASSES
                or results[-1][1].sub_event_type == best.sub_event_type
            ) and doc[seg[0] - 1].text != ";":
                prev_seg, prev_best, prev_status, prev_trigs = results[-1]
                results[-1] = ((prev_seg[0], seg[1]), prev_best, prev_status,
                               prev_trigs + seg_trigs)
                continue
            results.append((seg, best, status, seg_trigs))
        # ... and a casualty-only clause before a typed one belongs to it
        # ("three troops died and a fourth was hurt when an IED went off").
        for i in range(len(results) - 2, -1, -1):
            (a0, _a1), first, _st, first_trigs = results[i]
            (b0, b1), nxt, nxt_status, nxt_trigs = results[i + 1]
            if first.trigger.cls.name in GENERIC_CLASSES \
                    and nxt.trigger.cls.name not in GENERIC_CLASSES and doc[b0 - 1].text != ";":
                results[i:i + 2] = [((a0, b1), nxt, nxt_status, first_trigs + nxt_trigs)]
        for (start, end), best, status, seg_trigs in results:
            span = doc[start:end]
            trig = best.trigger.span
            n_typed = sum(1 for t in trigs if t.cls.name not in GENERIC_CLASSES)
            ctx = _Context(cues=cues, cue_labels=cue_labels)
            reason = best.reason
            if story_note and best.sub_event_type in _PROTEST_FAMILY:
                reason += story_note
            if status != "new":
                reason += f"; status {status}: {best.trigger.status_reason}"
            mentions.append(
                EventMention(
                    doc_id=article.doc_id,
                    sent_start=span.start_char,
                    sent_end=span.end_char,
                    trigger_start=trig.start_char,
                    trigger_end=trig.end_char,
                    trigger_text=trig.text,
                    sub_event_type=best.sub_event_type,
                    event_type=event_type_of(best.sub_event_type),
                    type_score=round(best.score, 3),
                    type_reason=reason,
                    status=status,
                    evidence=[
                        Evidence(article.doc_id, trig.start_char, trig.end_char, trig.text,
                                 field="trigger"),
                        Evidence(article.doc_id, sent.start_char, sent.end_char, span_text(sent),
                                 field="sentence"),
                        # The clause's other event words ("killed", "wounded").
                        *(
                            Evidence(article.doc_id, t.span.start_char, t.span.end_char,
                                     t.span.text, field="supporting_trigger")
                            for t in seg_trigs
                            if t.span != trig and t.cls.name in _SUPPORTING
                        ),
                    ],
                    confidence=_confidence(best, status, n_typed, ctx),
                )
            )
    _unify_protests(mentions, sentence_info, doc_text(doc))
    mentions = _without_disorder_beside_crowds_fight(mentions, doc)
    if any(_CROWD_DISPERSED in m.type_reason for m in mentions):
        # ("Residents beat a suspect. Officers then scattered the crowd."):
        # the forces broke up the violence told beside it, not a demonstration
        violent = any(_CROWD_DISPERSED not in m.type_reason and m.status == "new"
                      and m.event_type not in _NON_VIOLENT_EVENT_TYPES for m in mentions)
        if violent:
            mentions = [m for m in mentions if _CROWD_DISPERSED not in m.type_reason]
    harm.retype_property_attacks(mentions)
    _rank_beside_violence(mentions, doc)
    _rank_operations_below_violence(mentions)
    _retype_unopposed_captures(mentions)
    _retype_attacks_fought_back(mentions, doc)
    _rank_fight_over_attack(mentions)
    _retype_bombings_told_again(mentions, doc)
    return _without_unrest_beside_violence(_without_displacement_beside_violence(mentions), doc)


def _retype_bombings_told_again(mentions: list[EventMention], doc: Doc) -> None:
    """An attack noun with a definite determiner ("the attack", "these attacks")
    after a bombing the text told ("an IED killed eight officers ... Following
    the attack the militants took their weapons", "... claimed the attacks") names
    that bombing again: it takes the bombing's type, so that the merged event keeps
    it (a battle read from "the attack" would outrank it by ACLED precedence)."""
    bombings = [m for m in mentions if m.status == "new" and m.sub_event_type in _EXPLOSIONS]
    if not bombings:
        return
    for m in mentions:
        if m.status != "new" or m.sub_event_type in _EXPLOSIONS \
                or "' (attack)" not in m.type_reason.split(":", 1)[0]:
            continue
        earlier = [b for b in bombings if b.trigger_start < m.trigger_start]
        if not earlier:
            continue
        span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN" or not _definite(span.root):
            continue
        m.sub_event_type = earlier[-1].sub_event_type
        m.event_type = event_type_of(m.sub_event_type)
        m.type_reason += f"; '{m.trigger_text}' names the bombing told before"


def _without_displacement_beside_violence(mentions: list[EventMention]) -> list[EventMention]:
    """People fleeing is no ACLED event of its own: told in a text that reports
    the violence they fled ("gunmen killed 20 in the village ... 6,000 people
    fled"), the flight is part of that violence and gives no mention."""
    if not any(m.status == "new" and m.event_type in _VIOLENT_EVENT_TYPES
               and _SCENE_MARK not in m.type_reason for m in mentions):
        return mentions
    return [m for m in mentions if not (
        m.sub_event_type == OTHER and _WORDS.displacement_words & set(
            m.trigger_text.lower().split()))]


_FOUGHT_BACK = "confidence raised: the attackers were fought (ACLED codes the battle)"


_ANSWERS_VIOLENCE = "a security operation, ranked below the violence it answers"
_CAPTURES = frozenset({NSA, GOV})


def _retype_unopposed_captures(mentions: list[EventMention]) -> None:
    """ACLED: a place taken while the text denies any fighting ("overtook the
    village on Friday night. No violence was reported") changed hands without
    a battle: Non-violent transfer of territory."""
    denied = any(m.status == "negated" and (
        m.trigger_text.lower() in _VAGUE_VIOLENCE or "' (armed_clash)" in m.type_reason)
        for m in mentions)
    if not denied or any(m.status == "new" and m.event_type in _VIOLENT_EVENT_TYPES
                         and m.sub_event_type not in _CAPTURES for m in mentions):
        return
    for m in mentions:
        if m.status == "new" and m.sub_event_type in _CAPTURES:
            m.sub_event_type = NVT
            m.event_type = event_type_of(NVT)
            m.type_reason += "; no violence reported: taken without a fight"


def _rank_operations_below_violence(mentions: list[EventMention]) -> None:
    """ACLED codes the violence that set off a security operation ("gunmen
    killed two. Security forces later launched a sweep of the area"): an
    operation word told beside a new violent event is made less confident than it."""
    operations = [m for m in mentions if m.status == "new" and m.sub_event_type == CLASH
                  and m.trigger_text.lower() in _WORDS.response_operations]
    violent = [m.confidence for m in mentions
               if m.status == "new" and m.event_type in _VIOLENT_EVENT_TYPES
               and m not in operations and _SCENE_MARK not in m.type_reason]
    if not operations or not violent:
        return
    ceiling = round(max(violent) - 0.05, 3)
    for m in operations:
        if m.confidence > ceiling:
            m.confidence = max(0.05, ceiling)
            m.type_reason += f"; {_ANSWERS_VIOLENCE}"


def _rank_fight_over_attack(mentions: list[EventMention]) -> None:
    """An attack whose doers were then fought and hit ("raiders attacked the
    village ... police intervened, killing 30 of the raiders") is coded by
    ACLED as the battle: the mention in which armed men were killed or hurt
    by armed men leads an attack on civilians told beside it."""
    attacks = [m.confidence for m in mentions if m.status == "new" and m.sub_event_type == ATTACK]
    if not attacks:
        return
    top = max(attacks)
    for m in mentions:
        if m.status == "new" and m.sub_event_type == CLASH and _BOTH_ARMED in m.type_reason \
                and m.confidence <= top:
            m.confidence = round(min(0.99, top + 0.01), 3)
            m.type_reason += f"; {_FOUGHT_BACK}"


# Reasons of _clash_or_attack that found no armed victim in the clause itself.
_NO_ARMED_VICTIM = ("no armed opponent reported", "civilian victims")


def _retype_attacks_fought_back(mentions: list[EventMention], doc: Doc) -> None:
    """ACLED: an attack whose targets fought back ("raiders attacked the
    village. The herders retaliated, leading to an hour of gunfire"; "the
    Borana group responded with heavy resistance") is a battle between armed
    sides. An attack told before or in the sentence that says so becomes an
    armed clash."""
    attacks = [m for m in mentions if m.status == "new" and m.sub_event_type == ATTACK
               and any(r in m.type_reason for r in _NO_ARMED_VICTIM)]
    if not attacks:
        return
    if _FOUGHT_BACK_WORDS.holds(doc_text(doc)) is False:
        return
    told = _FOUGHT_BACK_TOLD.search(doc_text(doc))
    if told is None:
        return
    for m in attacks:
        if m.sent_start <= told.start():
            m.sub_event_type = CLASH
            m.event_type = event_type_of(CLASH)
            m.type_reason += f"; {_BOTH_ARMED}: the people attacked fought back ('{told.group(0)}')"


@dataclass(slots=True)
class _HarmTold:
    """What the whole text says about harm to people and to property."""

    casualties: bool = False  # a casualty word reported as new
    no_casualties: bool = False  # "no one was hurt", "no injuries"
    property_harmed: bool = False  # a property destruction word reported as new

    def add(self, trigs: list[Trig]) -> None:
        for t in trigs:
            if t.cls.name in ("kill", "injure"):
                if t.status == "new":
                    self.casualties = True
                elif t.status == "negated":
                    self.no_casualties = True
            elif t.cls.name == "property_destruction" and t.status == "new":
                self.property_harmed = True

    def retype_property_attacks(self, mentions: list[EventMention]) -> None:
        """ACLED: an attack that destroyed property and hurt nobody ("attacked
        two masts; no one was injured but the equipment was destroyed") is a
        looting/property destruction, not violence against civilians. Only an
        attack typed by the generic attack words is retyped."""
        if not (self.no_casualties and self.property_harmed) or self.casualties:
            return
        for m in mentions:
            if m.status == "new" and m.sub_event_type == ATTACK \
                    and "' (attack)" in m.type_reason.split(":", 1)[0]:
                m.sub_event_type = LOOT
                m.event_type = event_type_of(LOOT)
                m.type_reason += "; property destroyed, nobody hurt: looting/property destruction"


# Strategic developments that a violent event told beside them outranks.
# (Disrupted weapons use is kept: a seizure is coded for itself.)
_OUTRANKED_BY_VIOLENCE = frozenset({ARREST, LOOT, CHANGE, AGREE, OTHER, NVT})
_VIOLENT_EVENT_TYPES = frozenset({"Battles", "Violence against civilians",
                                  "Explosions/Remote violence", "Riots"})
_BESIDE_VIOLENCE = "ranked below the violence the text also reports"


def _attack_noun(mention: EventMention, doc: Doc) -> bool:
    """Typed by a noun of the generic attack class ("an attack", "a
    gunshot"): such a noun often names an event told elsewhere or not at all."""
    if "' (attack)" not in mention.type_reason.split(":", 1)[0]:
        return False
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "PROPN")


def _rank_beside_violence(mentions: list[EventMention], doc: Doc) -> None:
    """ACLED codes an event by its most severe violence: the arrests made in a
    raid that killed someone, the houses burnt in an attack, the recruitment
    of the men who did it are told around the violence, and the violence is
    the event. A strategic development reported beside a new violent event is
    made less confident than it, so that the violence leads."""
    violent = [m.confidence for m in mentions
               if m.status == "new" and m.event_type in _VIOLENT_EVENT_TYPES
               and _SCENE_MARK not in m.type_reason and not _attack_noun(m, doc)]
    if not violent:
        return
    ceiling = round(max(violent) - 0.05, 3)
    for m in mentions:
        if m.sub_event_type in _OUTRANKED_BY_VIOLENCE and m.confidence > ceiling:
            m.confidence = max(0.05, ceiling)
            m.type_reason += f"; confidence {_BESIDE_VIOLENCE}"


@dataclass(slots=True)
class _SentenceInfo:
    first_mention: int  # index in the mention list of the sentence's first mention
    labels: set[str]
    cue_labels: set[str]
    cues: StatusCues
    riot: bool
    intervention_deaths: bool = False
    killed_at_protest: bool = False  # people killed, no doer named (see _killed_at_protest)
    forces_killed: bool = False  # see _forces_killed_demonstrators
    refers_back: bool = False  # its protest words name a demonstration told before
    start_char: int = 0


_PROTEST_FAMILY = frozenset({PEACE, INTER, FORCE, VIOL})
# What a following sentence may say about the same demonstration.
_PROTEST_FOLLOW_UP = frozenset({VIOL, INTER, FORCE, PEACE, LOOT, ARREST})
_PROTEST_WINDOW = 2  # following sentences (with event words) that can describe it


def _unify_protests(mentions: list[EventMention], info: list[_SentenceInfo], text: str
                    ) -> None:
    """Type a demonstration by everything the nearby sentences say about it:
    "Students marched on the ministry. They burnt tyres and police fired tear
    gas" is one violent demonstration, not a peaceful protest plus an arrest.
    The window ends at a paragraph break: the next paragraph tells another
    incident ("Men armed with machetes stormed a farm ..." after the march)."""
    n = len(info)
    absorbed: set[int] = set()  # sentences typed with an earlier demonstration
    for i, head in enumerate(info):
        if i in absorbed:
            continue
        end = info[i + 1].first_mention if i + 1 < n else len(mentions)
        own = [m for m in mentions[head.first_mention:end] if m.sub_event_type in _PROTEST_FAMILY]
        if not own or "protest" not in head.labels and not head.riot:
            continue
        group = info[i:i + 1 + _PROTEST_WINDOW]
        for j in range(1, len(group)):
            if paragraph_break(text, group[j - 1].start_char, group[j].start_char):
                group = group[:j]
                break
        labels = set().union(*(g.labels for g in group))
        cue_labels = set().union(*(g.cue_labels for g in group))
        ctx = _Context(cues=head.cues, labels=labels, cue_labels=cue_labels,
                       intervention_deaths=any(g.intervention_deaths for g in group),
                       killed_at_protest=head.killed_at_protest,
                       forces_killed=head.forces_killed)
        sub, why = _protest_type(ctx)
        for j, g in enumerate(group):
            stop = info[i + j + 1].first_mention if i + j + 1 < n else len(mentions)
            # ("Officers dispersed a rally. The demonstrators had gathered at
            # noon."): a demonstration named again with "the" is the same one
            same = j > 0 and "protest" in g.labels and g.refers_back
            if same:
                absorbed.add(i + j)
            # ("Police fired rubber bullets and tear gas, injuring dozens"): harm
            # told with the forces' crowd-control means, in a sentence after the
            # demonstration's, is what the intervention did to the crowd
            crowd_control = j > 0 and any(
                c.text.lower() in _WORDS.crowd_control_means
                for c in g.cues.by_label.get("intervention_cue", ()))
            for m in mentions[g.first_mention:stop]:
                follows = m.sub_event_type in _PROTEST_FOLLOW_UP or (
                    crowd_control and m.sub_event_type == ATTACK)
                if j and (("protest" in g.labels and not same) or not follows):
                    continue  # a new demonstration, or another kind of event
                if m.sub_event_type != sub and follows:
                    m.type_reason += f"; demonstration typed over {len(group)} sentences: {why}"
                    m.sub_event_type = sub
                    m.event_type = event_type_of(sub)


_CROWDS_FIGHT = ("fight between rival crowds, no forces involved",
                 "fight between unarmed groups or a mob")


def _without_disorder_beside_crowds_fight(mentions: list[EventMention], doc: Doc
                                          ) -> list[EventMention]:
    """Words that only say a gathering became disorderly ("violence erupted at
    the party's rally", "the two sides became violent") name the fight the text
    tells elsewhere ("supporters of the two rivals clashed"): with such a fight
    typed Mob violence, they are that fight, no violent demonstration of their
    own. A sentence that also tells a demonstration (a protest word other than a
    rally) or other violence of demonstrators keeps its mention."""
    if not any(m.status == "new" and m.sub_event_type == MOB
               and any(why in m.type_reason for why in _CROWDS_FIGHT) for m in mentions):
        return mentions
    triggers = list(doc.spans.get(TRIGGER_GROUP, ()))
    return [m for m in mentions if not _only_disorder(m, doc, triggers)]


def _only_disorder(mention: EventMention, doc: Doc, triggers: list[Span]) -> bool:
    """A violent demonstration typed by a disorder word alone, in a sentence
    that tells no demonstration but a rally."""
    if mention.sub_event_type != VIOL or mention.trigger_text.lower() not in _WORDS.disorder_words:
        return False
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    return not any(sent.start <= t.start < sent.end and t.label_ in ("protest", "protest_violence")
                   and t.text.lower() not in _WORDS.disorder_words
                   and t.text.lower() not in _WORDS.rally_words for t in triggers)


# Actor-informed refinement ------------------------------------------------

_ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_UNNAMED_ARMED = "Unidentified Armed Group"


def _named_armed(actor: Actor | None) -> bool:
    """An armed actor the text names (not the fallback for "nobody named")."""
    return (actor is not None and actor.inter in _ARMED_INTER
            and not (actor.name.startswith(_UNNAMED_ARMED) and actor.start is None))


_NON_STATE_INTER = frozenset({2, 3, 4})


def _teller_as_subject(verb: Token) -> Token | None:
    """The capture verb's subject; when a group tells its own capture ("the
    Arakan Army said it had seized the town", "the rebels claimed to have
    taken the base"), the teller, whom the pronoun or the missing subject stands for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subject is None and verb.dep_ == "xcomp"
            or subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _non_state_taker(mention: EventMention, doc: Doc) -> bool:
    """Is the subject of the capture verb a named non-state group, with no state
    forces beside it ("the Arakan Army seized", not "ground was regained after a
    rebel assault" nor "the army and allied militias liberated")?"""
    actor = mention.actor1  # a rebel group or militia the dictionary knows, named in the text
    if actor is None or actor.start is None or not actor.normalised \
            or actor.inter not in _NON_STATE_INTER or actor.name.startswith(_UNNAMED_ARMED):
        return False
    trigger = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if trigger is None:
        return False
    root = trigger.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    subject = _teller_as_subject(verb)
    if subject is None:
        return False
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if not first <= actor.start < last:
        return False
    state_words = [c for c in doc.spans.get(CUE_GROUP, ()) if c.label_ == "gov_actor_cue"
                   and first <= c.start_char < last]
    actor_end = actor.end if actor.end is not None else actor.start
    return all(actor.start <= c.start_char < actor_end for c in state_words)


_REFINE_LABELS = frozenset({"crowd_cue", "reporting_verb", "identity_group"})


def _refine_cues(doc: Doc) -> list[Span]:
    """The document's crowd, reporting-verb and identity cues, sorted, found
    once per Doc (refinement runs once per mention). Only their indices are
    kept in ``doc.user_data``, so the Doc still serialises."""
    if CUE_GROUP not in doc.spans:
        return []
    group = doc.spans[CUE_GROUP]
    cached = doc.user_data.get("ec_refine_cues")
    if cached is None:
        picked = [i for i, c in enumerate(group) if c.label_ in _REFINE_LABELS]
        if not any(group[i].label_ == "crowd_cue" for i in picked):
            picked = []
        cached = sorted(picked, key=lambda i: group[i].start)
        doc.user_data["ec_refine_cues"] = cached
    return [group[i] for i in cached]


def refine_type_with_actors(mention: EventMention, doc: Doc) -> bool:
    """Second look at the type once actors are known (call after
    ``assign_actors``); returns True when the type changed, and the caller
    must then assign actors again (ACLED's actor rules depend on the type).

    Rule: a "battle" in which the actor stage found at most one armed side
    (the other is the unnamed fallback), or an "attack" with no armed
    perpetrator named, while the sentence names crowds as the doers ("two
    groups clashed", "police officers were attacked by residents") is
    violence by unarmed groups: Mob violence. Only these two weakly
    evidenced types are re-typed; explosions, strategic developments and
    protests keep the type their triggers gave.

    Rule: a government capture whose taker is a rebel group or militia the
    dictionary knows ("the Kachin Independence Army captured Bhamo": "army"
    is part of the name) is a non-state actor overtaking territory. (Not the
    reverse: ACLED codes a foreign state's capture as a non-state one too.)
    """
    if mention.status != "new":
        return False
    if mention.sub_event_type == GOV and _non_state_taker(mention, doc):
        # "The Arakan Army seized a border post": the army word that made the
        # capture a government one is part of a rebel group's name
        mention.sub_event_type = NSA
        mention.type_reason += "; actors: the taker is a named non-state group"
        return True
    if mention.sub_event_type == CLASH:
        if _named_armed(mention.actor1) and _named_armed(mention.actor2):
            return False  # two armed sides: a battle
        if _COMMUNAL_FIGHT in mention.type_reason:
            return False  # neighbours fighting each other are communal militias
    elif mention.sub_event_type == ATTACK:
        if _named_armed(mention.actor1):
            return False
    else:
        return False
    crowd_cues = _refine_cues(doc)
    if not crowd_cues:
        return False
    sent = doc.char_span(mention.sent_start, mention.sent_end, alignment_mode="expand")
    if sent is None:
        return False
    by_label: dict[str, list[Span]] = {}
    for span in crowd_cues[bisect_left(crowd_cues, sent.start, key=lambda c: c.start):]:
        if span.start >= sent.end:
            break
        by_label.setdefault(span.label_, []).append(span)
    cues = StatusCues(by_label=by_label)
    if "identity_group" in by_label or not _crowd_subject(sent, cues):
        return False
    if _crowd_armed_itself(span_text(sent).lower()):
        return False  # the crowd took up arms or fought back: an armed side
    mention.sub_event_type = MOB
    mention.event_type = event_type_of(MOB)
    mention.type_reason += "; actors: no armed perpetrator named, crowds as the doers"
    return True
