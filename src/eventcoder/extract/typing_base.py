"""What every typing rule shares.

ACLED's sub-event names, the word lists of ``data/typing.yaml`` (``TypingWords``), the records a
trigger and its proposed type travel in (``Trig``, ``Candidate``, ``Context``), and small
parse-tree helpers: a verb's objects and agents, a noun's group, whether a phrase only sets the
scene ("after clashes in X, ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from eventcoder.alternation import WordPresence, literal_alternation
from eventcoder.extract.actor_matcher import actor_dictionary, actor_spans
from eventcoder.extract.filters import StatusCues
from eventcoder.extract.triggers import (
    TRIGGER_GROUP,
    TriggerClass,
    expand_braces,
)
from eventcoder.text import group_spans, parse_table, token_children

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
    plural_auxiliaries: frozenset[str]
    livestock_nouns: frozenset[str]
    livestock_theft_words: frozenset[str]
    harm_denied_phrases: frozenset[str]
    farm_nouns: frozenset[str]
    victim_prepositions: frozenset[str]
    suspect_words: frozenset[str]
    suspected_armed_bands: frozenset[str]
    suspicion_links: frozenset[str]
    former_modifiers: frozenset[str]
    unarmed_modifiers: frozenset[str]
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
    allegiance_nouns: frozenset[str]
    custody_harm_words: frozenset[str]
    custody_modifiers: frozenset[str]
    armed_mob_verbs: frozenset[str]
    framing_prepositions: frozenset[str]
    mob_words: frozenset[str]
    hearsay_participles: frozenset[str]
    leading_verbs: frozenset[str]
    expulsion_words: frozenset[str]
    forceless_manners: frozenset[str]
    community_crowds: frozenset[str]
    disorder_words: frozenset[str]
    land_dispute_words: frozenset[str]
    demand_purpose_verbs: frozenset[str]
    crowd_pronouns: frozenset[str]
    party_crowd_modifiers: frozenset[str]
    unnamed_group_words: frozenset[str]
    fight_scene_prepositions: frozenset[str]
    bystander_words: frozenset[str]
    bystander_act_verbs: frozenset[str]
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
    truce_nouns: frozenset[str]
    truce_ending_verbs: frozenset[str]
    person_appositions: frozenset[str]
    detonating_verbs: frozenset[str]
    bomb_pronouns: frozenset[str]
    ability_adjectives: frozenset[str]
    weapon_container_nouns: frozenset[str]
    departure_verbs: frozenset[str]
    violence_target_prepositions: frozenset[str]
    armed_men_nouns: frozenset[str]
    carried_weapons: frozenset[str]
    carrying_verbs: frozenset[str]
    doer_nouns: frozenset[str]
    violent_doer_nouns: frozenset[str]
    accusation_heads: frozenset[str]
    link_heads: frozenset[str]
    link_nouns: frozenset[str]
    neutralising_verbs: frozenset[str]
    people_count_heads: frozenset[str]
    reason_prepositions: frozenset[str]
    participation_prepositions: frozenset[str]
    impact_bomb_nouns: frozenset[str]
    bomb_impact_verbs: frozenset[str]
    bomber_nouns: frozenset[str]
    flag_nouns: frozenset[str]
    round_up_phrases: frozenset[str]
    ranking_heads: frozenset[str]
    rated_period_nouns: frozenset[str]
    rating_superlatives: frozenset[str]
    self_arming_phrases: tuple[str, ...]
    self_dispersal_verbs: frozenset[str]
    self_dispersal_prepositions: frozenset[str]
    demonstrator_nouns: frozenset[str]
    victims_fought_back: tuple[str, ...]
    forces_answering_verbs: frozenset[str]
    answer_killing_words: frozenset[str]
    inclusion_prepositions: frozenset[str]
    retreat_words: frozenset[str]
    crowd_control_means: frozenset[str]
    looting_words: frozenset[str]
    forced_entry_phrases: frozenset[str]
    goods_carried_phrases: frozenset[str]
    disruption_verbs: frozenset[str]
    keeping_out_verbs: frozenset[str]
    disrupted_gatherings: frozenset[str]
    rally_words: frozenset[str]
    entourage_words: frozenset[str]
    away_from_scene_prepositions: frozenset[str]
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
    voting_place_modifiers: frozenset[str]
    voting_place_nouns: frozenset[str]
    protest_instigation_words: frozenset[str]
    injury_negations: frozenset[str]
    continuing_modifiers: frozenset[str]
    backdrop_marks: frozenset[str]
    earlier_act_marks: frozenset[str]
    crackdown_nouns: frozenset[str]
    party_name_words: frozenset[str]
    party_crowd_nouns: frozenset[str]
    party_crowd_collectives: frozenset[str]
    partisan_crowd_labels: frozenset[str]
    allegiance_participles: frozenset[str]
    party_attack_verbs: frozenset[str]
    group_member_nouns: frozenset[str]
    identity_report_verbs: frozenset[str]
    burning_verbs: frozenset[str]
    civilian_site_nouns: frozenset[str]
    takeover_words: frozenset[str]
    force_site_heads: frozenset[str]
    detaining_authorities: frozenset[str]
    driving_out_verbs: frozenset[str]
    home_place_nouns: frozenset[str]
    eviction_words: frozenset[str]
    crowd_doers: frozenset[str]
    crowd_numbers: frozenset[str]
    counted_people: frozenset[str]
    bombed_gathering_prepositions: frozenset[str]
    bare_attack_words: frozenset[str]
    area_nouns: frozenset[str]
    barrier_nouns: frozenset[str]
    barrier_passing_verbs: frozenset[str]
    barrier_passing_preps: frozenset[str]
    forced_walk_verbs: frozenset[str]
    skyward_words: frozenset[str]
    fire_opening_verbs: frozenset[str]
    ongoing_modifiers: frozenset[str]
    going_on_verbs: frozenset[str]
    journey_phrases: frozenset[str]
    assault_words: frozenset[str]
    campaign_announcing_verbs: frozenset[str]
    campaign_start_nouns: frozenset[str]
    standing_body_nouns: frozenset[str]
    armed_doer_nouns: frozenset[str]
    party_crowds_rioters_from: frozenset[str]
    road_blocking_fragments: tuple[str, ...]
    road_blocks_violent_from: frozenset[str]
    road_blocks_period_countries: frozenset[str]
    blockade_violence_words: frozenset[str]
    day_opening_words: frozenset[str]
    day_names: frozenset[str]
    overpower_words: frozenset[str]
    fellow_member_nouns: frozenset[str]


# Lists read in order (prefixes and fragments matched by ``startswith``/``in``).
_ORDERED_LISTS = frozenset({"fall_to_phrases", "roadblock_fragments", "self_arming_phrases",
                            "victims_fought_back", "road_blocking_fragments"})


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
        values[name] = tuple(dict.fromkeys(words)) if name in _ORDERED_LISTS\
            else frozenset(words)
    return TypingWords(**values)  # type: ignore[arg-type]


WORDS = load_typing_words()
# Words too vague to decide a type alone; they yield to any stronger trigger.
WEAK_EXPLOSIVE = WORDS.weak_explosive
RIOT_WORDS = WORDS.riot_words
WEAK_CLASH = WORDS.weak_clash
# Territory words that name no capture in themselves.
STRATEGIC_VAGUE = WORDS.strategic_vague
# Words that name violence without saying anything happened to anyone: they
# never override a typed trigger of the same clause.
VAGUE_VIOLENCE = WORDS.vague_violence
ARREST_OPERATIONS = WORDS.arrest_operations
SELF_ARMED_TARGETS = WORDS.self_armed_targets
SELF_ARMING = re.compile(r"\b(?:" + literal_alternation(
    list(WORDS.self_arming_phrases), ignore_case=False) + r")\b")
# ("the herders retaliated", not "retaliated by burning houses": a new attack)
FOUGHT_BACK_TOLD = re.compile(r"\b(?:" + literal_alternation(
    list(WORDS.victims_fought_back), ignore_case=False) + r")\b(?! by\b)", re.IGNORECASE)
# (a text none of whose words is there needs no scan: see WordPresence)
FOUGHT_BACK_WORDS = WordPresence(WORDS.victims_fought_back)


@dataclass(slots=True)
class Trig:
    span: Span
    cls: TriggerClass
    status: str = "new"
    status_reason: str = ""
    status_kind: str = ""  # extract.filters.TriggerStatus.kind (what code tests)


@dataclass(slots=True)
class Candidate:
    sub_event_type: str
    trigger: Trig
    score: float
    reason: str
    certainty: float = 1.0  # how reliable the rule that chose the type is
    marks: set[str] = field(default_factory=set)  # MARK_* the rules set, for later rules
    # how near its sentence's main verb the trigger is (typing_base.prominence):
    # it lifts the mention's confidence among the document's mentions, never
    # the choice between a clause's own triggers, which the typing rules decide
    prominence: float = 0.0


def _never() -> bool:
    return False


@dataclass(slots=True)
class Context:
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
    died_at_protest: bool = False  # ... tells someone who died at the demonstration
    forces_killed: bool = False  # ... tells forces killing the demonstrators
    forces_shot: bool = False  # ... tells forces shooting at the demonstrators
    forces_hurt: bool = False  # ... tells forces hurt at the demonstration
    story_of_protests: bool = False  # an earlier sentence told a demonstration
    demonstration_typed: bool = False  # an earlier sentence's event was typed a demonstration
    mob_typed: bool = False  # ... typed Mob violence
    # is the text dated (published, or by its words) to the period in which ACLED
    # codes fights of party supporters as mob violence (extract/party_crowds.py)? Asked
    # only of a party crowds' fight: dating an undated text reads all its words
    party_crowds_riot: Callable[[], bool] = _never
    # is the text known to be older than the day from which ACLED codes a road
    # blocked in protest as a violent demonstration (extract/road_blocks.py)?
    road_blocks_peaceful: Callable[[], bool] = _never

    def cue(self, name: str) -> bool:
        return name in self.cue_labels


def head_phrase(token: Token) -> list[Token]:
    """A noun with its modifiers, without coordinated nouns: "the Syrian army"
    of "the Syrian army and allied fighters"."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod") and child.i < token.i:
            out.extend(child.subtree)
    return out


def noun_group(token: Token) -> list[Token]:
    """A noun with its modifiers and its coordinated nouns ("a woman and five
    police officers"), without relative clauses or attached phrases."""
    out = head_phrase(token)
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(noun_group(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            # "members of al-Shabaab", "supporters of the opposition"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(head_phrase(pobj))
    return out


def verb_objects(verb: Token, group: Callable[[Token], list[Token]] = head_phrase
                  ) -> list[Token]:
    """What the verb acted on: its direct object or passive subject, each
    expanded by ``group`` (its head phrase by default)."""
    return [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in group(c)]


def agents_of(verb: Token) -> list[Token]:
    """Who did it: the subject, the passive agent, or the subject of the verb
    this one depends on ("troops pushed in, capturing a village")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj":
                return head_phrase(child)
            if child.dep_ == "agent":
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if pobj:
                    return head_phrase(pobj[0])
        if verb.dep_ in ("advcl", "conj", "xcomp", "acl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return []


def agents_shared_in_a_passive(verb: Token) -> list[Token]:
    """Who did it, also when the passive agent hangs on a participle coordinated
    with the verb: "were beaten and robbed by guards" parses "by guards" under
    "robbed" alone, though it did both."""
    own = agents_of(verb)
    if own:
        return own
    for child in verb.children:
        if child.dep_ == "conj" and child.tag_ == "VBN":
            for grand in child.children:
                if grand.dep_ == "agent":
                    pobj = [g for g in grand.children if g.dep_ == "pobj"]
                    if pobj:
                        return head_phrase(pobj[0])
    return []


def subject_or_teller(verb: Token) -> Token | None:
    """The verb's subject; when a group tells its own act ("the Arakan Army said it
    had seized the town", "the rebels claimed to have taken the base"), the teller,
    whom the pronoun or the missing subject stands for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subject is None and verb.dep_ == "xcomp"
            or subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def overlaps_cue(tokens: Iterable[Token], cues: StatusCues, *labels: str) -> bool:
    idx = {t.i for t in tokens}
    if not idx:
        return False
    for label in labels:
        for span in cues.by_label.get(label, ()):
            if any(i in idx for i in range(span.start, span.end)):
                return True
    return False


def subtree_of(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.extend(t.subtree)
    return out


def prominence(span: Span) -> float:
    """Triggers nearer the sentence's main verb report the main event."""
    depth = 0
    tok = span.root
    # spaCy makes a new Token on each access: compare indices, not identity.
    while tok.head.i != tok.i and depth < 6:
        tok = tok.head
        depth += 1
    return {0: 0.15, 1: 0.1, 2: 0.05}.get(depth, 0.0)


def armed(tokens: list[Token], cues: StatusCues) -> bool:
    return overlaps_cue(tokens, cues, "state_forces", "non_state")


def named_armed_group_cues(doc: Doc, cues: list[Span]) -> list[Span]:
    """The armed groups the actor matcher found by name ("the SLDF", "Fano",
    "Imbonerakure"), as ``non_state`` cue spans the cue words do not already cover.

    The typing tells an armed side by its cue words ("militia", "rebels"); a group
    known only to the actor dictionary is as armed (a name the cue words already
    read as an armed side, "RSF" as forces, keeps their reading). Reads the matcher's spans
    (found once per Doc, before typing) and resolves each name once (memoised):
    no second pass over the text."""
    covered = {i for c in cues if c.label_ in ("non_state", "state_forces")
               for i in range(c.start, c.end)}
    dictionary = actor_dictionary()
    out: list[Span] = []
    for span in actor_spans(doc):
        if span.label_ != "named" or covered.intersection(range(span.start, span.end)):
            continue
        if _qualifies_a_non_member(span):
            continue
        actor = dictionary.resolve(span.text, None)
        if actor is None:
            continue
        if _armed_non_state(actor.inter, actor.name):
            out.append(Span(doc, span.start, span.end, label="non_state"))
        elif actor.inter == 3 and (crowd := _party_crowd_attacks(span)) is not None:
            # (the cue reaches the acting noun: "[a mob of Jubilee supporters]")
            out.append(Span(doc, min(span.start, crowd.i), max(span.end, crowd.i + 1),
                            label="non_state"))
    out.extend(_partisan_crowd_cues(doc, covered, out))
    return out


def _partisan_crowd_cues(doc: Doc, covered: set[int], found: list[Span]) -> list[Span]:
    """Crowds told by their side alone ("opposition supporters", "youths allied to
    his rival") who attacked someone: an unnamed armed side at work, as a party's
    crowd named by the party is (ACLED codes such killings an attack, not a mob)."""
    taken = covered | {i for s in found for i in range(s.start, s.end)}
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in WORDS.party_crowd_nouns or tok.i in taken:
            continue
        if not _told_by_side(tok) or (crowd := _crowd_attacks(tok)) is None\
                or _demonstrators_hit(crowd):
            continue
        start = min(tok.left_edge.i, crowd.i)
        out.append(Span(doc, start, max(tok.i, crowd.i) + 1, label="non_state"))
    return out


def partisan_crowd_attacked(sent: Span) -> bool:
    """Does a crowd told by its side alone attack someone in the sentence (see
    _partisan_crowd_cues)? Such a crowd is no mob once the actors are read."""
    return any(tok.lower_ in WORDS.party_crowd_nouns and _told_by_side(tok)
               and (crowd := _crowd_attacks(tok)) is not None
               and not _demonstrators_hit(crowd) for tok in sent)


def _demonstrators_hit(crowd: Token) -> bool:
    """The crowd's victims are demonstrators ("beat marchers", "protesters were
    stoned by ..."): a crowd attacking a demonstration is mob violence on it."""
    verb = crowd.head.head if crowd.dep_ == "pobj" else crowd.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in WORDS.demonstrator_nouns
               for v in verbs for c in v.children)


def _told_by_side(noun: Token) -> bool:
    """The crowd noun carries a side label ("opposition supporters") or a participle
    of allegiance with its "to" phrase ("youths allied to the MP")."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in WORDS.partisan_crowd_labels:
            return True
        if c.dep_ in ("acl", "amod", "relcl") and c.lower_ in WORDS.allegiance_participles\
                and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children):
            return True
    return False


def _party_crowd_attacks(span: Span) -> Token | None:
    """The party's crowd ("PNU supporters", "the party's youths") is the subject of a
    verb of bodily attack that has an object ("attacked a candidate", "beat up three
    men"): the party's political militia attacked someone, which ACLED codes under the
    party's name, not as a mob. Returns the crowd's noun that is the subject, or None."""
    crowd = span[-1] if span[-1].lower_ in WORDS.party_crowd_nouns else span.root
    if crowd.lower_ not in WORDS.party_crowd_nouns:
        head = crowd.head
        if crowd.dep_ in ("compound", "amod", "nmod", "poss") and head.i != crowd.i\
                and head.lower_ in WORDS.party_crowd_nouns:
            crowd = head
        elif (holder := _holder_of(crowd)) is not None\
                and holder.lower_ in WORDS.party_crowd_nouns:
            crowd = holder  # ("supporters of the ODM")
        else:
            return None
    return _crowd_attacks(crowd)


def _crowd_attacks(crowd: Token) -> Token | None:
    """The crowd noun (or the collective whose "of" phrase holds it: "a group of
    ODM youths") is the subject of a verb of bodily attack with a victim as object
    ("attacked a candidate"), or the agent of such a verb in the passive ("a shopkeeper
    was murdered by opposition youths"). Returns the acting noun."""
    holder = _holder_of(crowd)
    if holder is not None and holder.lower_ in WORDS.party_crowd_collectives:
        crowd = holder  # ("a group of ODM youths"): the group is the subject
    if crowd.dep_ == "pobj" and crowd.head.dep_ == "agent":
        verb = crowd.head.head
        victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
        attacked = verb.lower_ in WORDS.party_attack_verbs and any(
            v.lower_ not in WORDS.rally_words for v in victims)
        return crowd if attacked else None
    if crowd.dep_ != "nsubj":
        return None
    verb = crowd.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # (not "attacked a rally": an attack on a gathering is typed as such)
    attacks = any(v.lower_ in WORDS.party_attack_verbs
                  and any(c.dep_ == "dobj" and c.lower_ not in WORDS.rally_words
                          for c in v.children) for v in verbs)
    return crowd if attacks else None


def _holder_of(noun: Token) -> Token | None:
    """The noun whose "of" phrase this noun ends ("a mob of [supporters]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    return prep.head


def in_trigger_of(token: Token, classes: Iterable[str]) -> bool:
    """Is the token inside a trigger of one of these classes ("murdering" of kill)?"""
    return any(s.label_ in classes and s.start <= token.i < s.end
               for s in group_spans(token.doc, TRIGGER_GROUP))


def in_dictionary_name(token: Token) -> bool:
    """Is the token part of a name the actor dictionary knows ("SLDF", "Mungiki")?"""
    return any(s.label_ == "named" and s.start <= token.i < s.end
               for s in actor_spans(token.doc))


def _qualifies_a_non_member(span: Span) -> bool:
    """The name qualifies a noun that is none of the group's armed men ("an ONLF
    sympathiser", "the ONLF target"): that person is of its cause, not an armed side."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "amod", "nmod", "poss") and head is not root\
        and not span.start <= head.i < span.end and head.pos_ in ("NOUN", "PROPN")\
        and head.lower_ not in WORDS.group_member_nouns


def _armed_non_state(inter: int, name: str) -> bool:
    """A rebel group, militia or identity militia; not a political party the
    dictionary codes as a political militia (its name says party: "... Party")."""
    if inter in (2, 4):
        return True
    return inter == 3 and not names_a_party(inter, name)


def names_a_party(inter: int, name: str) -> bool:
    """A dictionary actor that is a political party ("Jubilee Coalition", "ODM:
    Orange Democratic Movement"): a political militia whose name says party."""
    return inter == 3 and not WORDS.party_name_words.isdisjoint(
        re.findall(r"[a-z]+", name.lower()))


def sets_scene(span: Span) -> bool:
    """The trigger is inside "after/following ..." ("following the arrest of
    the leaders", parsed as a verb's object too) or an "after ..." clause."""
    root = span.root
    return _backgrounded(span) or in_context_clause(root) or (
        root.dep_ in ("dobj", "pobj") and root.head.lower_ in _CONTEXT_PREPS)


def in_context_clause(token: Token, depth: int = 4) -> bool:
    """The token is in a clause introduced by "after/before/since..." ("after
    five guards were killed"): the scene of the sentence's event."""
    # (read from the Doc's parse table: this walk runs for every trigger)
    table = parse_table(token.doc)
    deps, lowers = table.deps, table.lowers
    i = token.i
    for _ in range(depth):
        if deps[i] == "advcl" and any(deps[c] == "mark" and lowers[c] in _CONTEXT_PREPS
                                      for c in table.children[i]):
            return True
        if table.heads[i] == i:
            break
        i = table.heads[i]
    return False


def fighting_goes_on_behind(word: Token) -> bool:
    """The fight word is the subject or complement of a verb of going on in a clause
    of time hung on another clause ("shelled the airport, as fighting raged on around
    the city"; "... as the clashes on the frontier entered a fifth day"; "as the two sides
    kept fighting"). A main clause ("clashes continued on Tuesday") tells that day's
    fight and is not one."""
    verb = word.head
    if word.dep_ not in ("nsubj", "xcomp") or verb.dep_ != "advcl":
        return False
    children = token_children(verb)
    # (a verb with its particle: "as the fighting went on")
    said = {verb.lower_} | {f"{verb.lower_} {c.lower_}" for c in children if c.dep_ == "prt"}
    return not said.isdisjoint(WORDS.going_on_verbs) and any(
        c.dep_ == "mark" and c.lower_ in WORDS.backdrop_marks for c in children)


EXPLOSIONS = frozenset({CHEM, AIR, SUIC, SHELL, REM, GREN})


_CONTEXT_PREPS = WORDS.context_prepositions
SCENE_MARK = ": context)"  # written into the reason of a trigger that sets the scene

# Named marks a typing rule sets on its candidate, kept by the mention in
# ``EventMention.rule_marks``: later rules test these, never the reason's wording.
MARK_SCENE = "scene"  # the trigger only sets the scene of the clause's event
MARK_BOTH_ARMED = "both_armed"  # the victims were armed and so were the doers
MARK_ARMED_VICTIMS_ALONE = "armed_victims_alone"  # armed victims, no doer in the clause
MARK_NO_ARMED_VICTIM = "no_armed_victim"  # an attack on civilians or on no armed side
MARK_CIVILIAN_VICTIMS = "civilian_victims"  # the victims are named as civilians
MARK_COMMUNAL_FIGHT = "communal_fight"  # communities or residents fighting each other
MARK_ELECTION_UNREST = "election_unrest"  # vague election violence typed as rioting
MARK_CROWD_DISPERSED = "crowd_dispersed"  # forces broke up a crowd, no protest word
MARK_CROWDS_FIGHT = "crowds_fight"  # a fight between crowds or unarmed groups
MARK_LIVESTOCK = "livestock_raided"  # herds driven off typed as an attack on the herders
MARK_BYSTANDERS_HIT = "bystanders_hit"  # forces harmed people told as no part of the crowd
MARK_OWN_FORCE = "own_force"  # state forces harmed fellow members of their own force
MARK_WEAPONS_SEIZED_WITH = "weapons_seized_with"  # an arrest told with weapons seized in its clause


def _backgrounded(span: Span) -> bool:
    """A noun trigger inside "after/amid/following ..." sets the scene for
    another event rather than reporting one."""
    return scene_preposition(span) is not None


def _names_cause(prep: Token) -> bool:
    """Does the preposition open a phrase that names a cause ("because of the
    clashes", "due to ethnic violence", "as a result of the fighting")? What it
    names led to the sentence's event; it is not that event."""
    words = WORDS.cause_words
    if prep.lower_ == "to" and prep.head.lower_ in words:  # due to, owing to
        prep = prep.head
    elif not (prep.lower_ in words  # because (of)
              or (prep.lower_ == "as" and any(c.lower_ in words for c in prep.children))):
        return False
    # ("twenty dead as a result of a gun battle"): the cause of the harm is the event
    return prep.head.lower_ not in WORDS.harm_outcomes


def scene_preposition(span: Span) -> Token | None:
    """The "after/amid/following" word whose phrase holds a noun trigger."""
    root = span.root
    # (the walk up reads the Doc's parse table: it runs for every trigger)
    table = parse_table(span.doc)
    deps, pos, lowers = table.deps, table.pos, table.lowers
    if pos[root.i] not in ("NOUN", "PROPN") and deps[root.i] != "pobj":  # "of fighting"
        return None
    head = table.heads[root.i]
    for _ in range(5):
        if (deps[head] == "prep" or pos[head] == "ADP") and lowers[head] != "of":
            prep = span.doc[head]
            if lowers[head] in _CONTEXT_PREPS or _names_cause(prep) or (
                    # "in retaliation to a raid"
                    lowers[head] == "to" and lowers[table.heads[head]] in WORDS.response_nouns):
                return prep
            if span.label_ == "agreement" and lowers[head] in WORDS.framing_prepositions:
                # ("left the town under an evacuation deal", "handed over as
                # part of a peace deal"): the deal frames the act it governs
                return prep
            return None
        # "following two weeks of fighting": look past "of" and its noun
        head = table.heads[head]
    return None


VIOLENT_EVENT_TYPES = frozenset({"Battles", "Violence against civilians",
                                  "Explosions/Remote violence", "Riots"})
