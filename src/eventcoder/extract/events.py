"""Event detection and ACLED typing.

``detect_mentions(doc, article)`` returns one ``EventMention`` per event a
sentence reports. A sentence that reports several events in separate clauses
("in X a bomb killed 4; in Y troops clashed with rebels") gives one mention per
clause that has its own typed trigger.

How a type is chosen (every step is written into ``type_reason``):

1. The TriggerMatcher (``extract/triggers.py``) marks trigger words with a
   class from ``data/triggers.yaml`` and context cues (actors, weapons,
   delivery, status words).
2. Each trigger's status comes from ``extract/filters/``; triggers reported
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

The rules live in ``typing_armed`` and ``typing_crowds``, their shared records and word lists in
``typing_base``, and the decisions over a whole document's mentions in ``mention_ranking``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventcoder.alternation import literal_alternation
from eventcoder.extract.casualties import accident_casualty
from eventcoder.extract.filters import StatusCues, clauses_of_other_records, trigger_status
from eventcoder.extract.mention_ranking import (
    PROTEST_FAMILY,
    PROTEST_WINDOW,
    HarmTold,
    SentenceInfo,
    flags_raised_after_a_change_told,
    rank_armed_group_killings_over_crowds,
    rank_beside_violence,
    rank_bystanders_hit_over_crowds,
    rank_fight_over_attack,
    rank_ongoing_fighting_below_violence,
    rank_operations_below_violence,
    refine_type_with_actors,
    retype_attacks_forces_answered,
    retype_attacks_fought_back,
    retype_bombings_told_again,
    retype_bombs_of_an_air_strike,
    retype_unopposed_captures,
    round_ups_before_violence,
    unify_protests,
    without_disorder_beside_crowds_fight,
    without_displacement_beside_violence,
)
from eventcoder.extract.party_crowds import (
    PARTY_CROWDS_RIOT,
    party_crowds_fight,
    party_crowds_riot,
)
from eventcoder.extract.road_blocks import (
    ROAD_BLOCK_PEACEFUL,
    blockade,
    blocks_a_road,
    road_blocks_peaceful,
)
from eventcoder.extract.time_clauses import retold_earlier_acts
from eventcoder.extract.triggers import (
    CUE_GROUP,
    TRIGGER_GROUP,
    load_lexicon,
    read_as,
)
from eventcoder.extract.typing_armed import (
    ARMED_VICTIMS_ALONE,
    BOTH_ARMED,
    CAPTURE_CLASSES,
    CIVILIAN_VICTIMS,
    CIVILIANS_ATTACKED,
    FIGHTING_CLASSES,
    LIVESTOCK_RAIDED,
    NO_ARMED_OPPONENT,
    OWN_FORCE_HARMED,
    accused_of,
    acting_state_forces,
    aircraft_beside_target,
    aircraft_near,
    aircraft_told_apart,
    assault_retells_sexual_violence,
    battle_of_the_raid,
    bombed_gathering,
    burns_a_person,
    campaign_announced,
    casualty_noun,
    civilians_attacked_beside,
    clash_or_attack,
    deployed_against_violence,
    describes_a_place_taken,
    destroys_to_drive_out,
    disrupted_weapon,
    disruption_doer,
    disruption_in_sentence,
    doer_arrested,
    downs_manned_aircraft,
    explosive_beside_gunfire,
    fights_for_life,
    fired_weapon_disrupted,
    forces_blew_up_a_home,
    forces_set_off_a_bomb,
    grenades_with_gunfire_on_forces,
    hands_over_goods,
    held_by_an_armed_group,
    herds_raided,
    incendiary,
    leads_people,
    leaves_talks,
    names_a_doer,
    names_a_standing_body,
    names_a_weapon,
    neutralises_people,
    only_a_source,
    only_attempted,
    overpowered_on_the_way,
    people_hijacked,
    places_held,
    raids_forces,
    raids_homes,
    ranks_an_event_told,
    resistance_told,
    road_collision,
    talks_broken_off,
    tells_the_bases_use,
    territory,
    truce_called_off,
    weapon_found,
    went_off_in_handlers_hands,
    without_side_notes,
)
from eventcoder.extract.typing_base import (
    ABDUCT,
    AGREE,
    AIR,
    ARREST,
    ARREST_OPERATIONS,
    ATTACK,
    CHANGE,
    CHEM,
    CLASH,
    DISR,
    EXPLOSIONS,
    FORCE,
    GENERIC_CLASSES,
    GOV,
    GREN,
    HQ,
    INTER,
    LOOT,
    MARK_ARMED_VICTIMS_ALONE,
    MARK_BOTH_ARMED,
    MARK_BYSTANDERS_HIT,
    MARK_CIVILIAN_VICTIMS,
    MARK_COMMUNAL_FIGHT,
    MARK_CROWD_DISPERSED,
    MARK_CROWDS_FIGHT,
    MARK_ELECTION_UNREST,
    MARK_LIVESTOCK,
    MARK_NO_ARMED_VICTIM,
    MARK_OWN_FORCE,
    MARK_SCENE,
    MARK_WEAPONS_SEIZED_WITH,
    MOB,
    NSA,
    NVT,
    OTHER,
    PEACE,
    REM,
    RIOT_WORDS,
    SCENE_MARK,
    SEX,
    SHELL,
    STRATEGIC_VAGUE,
    SUIC,
    VAGUE_VIOLENCE,
    VIOL,
    WEAK_CLASH,
    WEAK_EXPLOSIVE,
    WORDS,
    Candidate,
    Context,
    Trig,
    TypingWords,
    agents_of,
    agents_shared_in_a_passive,
    armed,
    fighting_goes_on_behind,
    in_context_clause,
    load_typing_words,
    named_armed_group_cues,
    overlaps_cue,
    prominence,
    scene_preposition,
    sets_scene,
)
from eventcoder.extract.typing_crowds import (
    BYSTANDERS_HIT,
    CLASHES_TOLD_AGAIN,
    COMMUNAL_FIGHT,
    CROWD_DROVE_OUT,
    CROWD_ON_DEMONSTRATORS,
    CROWDS_FIGHT_SCENE,
    ELECTION_UNREST,
    ELECTION_UNREST_TOLL,
    FIRED_ON_CROWD_IN_STORY,
    FORCES_HURT_BY_CROWD,
    FORCES_HURT_IN_STORY,
    HARM_TO_PEOPLE,
    LOOTING_IN_UNREST,
    MOB_AT_GATHERING,
    RALLY_VIOLENCE,
    RIOT_IN_STORY_OF_PROTESTS,
    RIOT_MET_BY_FORCES,
    RIOT_WITH_FORCES_SCENE,
    STORY_NOTE,
    acts_share_protest_status,
    armed_men_fell_on,
    arrest_of_grievance_person,
    authorities_demolished,
    bomb_of_the_demonstrators,
    clashes_told_again,
    communities_only,
    crowd_agent,
    crowd_armed_itself,
    crowd_attacked_demonstrators,
    crowd_left,
    crowd_riot_in_protest_story,
    crowd_subject,
    crowd_violence,
    crowd_went_past_barriers,
    crowds_are_the_sides,
    deaths_in_intervention,
    demonstrations_charged,
    demonstrators_attack,
    describes_another_person,
    died_at_protest,
    disorder_of_the_forces,
    election_unrest,
    expulsion_by_no_crowd,
    fight_named_again,
    for_a_demand,
    forces_against_crowd,
    forces_attack_demonstrators,
    forces_broke_up_crowd,
    forces_fired_on_crowd_in_story,
    forces_harmed_bystanders,
    forces_hurt_in_protest_story,
    forces_hurt_in_sentence,
    forces_intervene,
    forces_killed_at_demonstration,
    forces_killed_demonstrators,
    forces_shot_demonstrators,
    forces_wreck_demonstrators_things,
    grievance_tokens,
    grievance_words,
    harm_in_crowds_fight,
    harm_in_election_unrest,
    harm_in_riot_with_forces,
    harm_setting_scene,
    harmed_in_custody,
    killed_without_doer,
    land_at_stake,
    looting_in_unrest,
    marches_under_a_banner,
    mob_acts_on_someone,
    mob_at_work,
    mob_justice,
    mob_set_out_to_harm,
    mob_word_counts_armed_men,
    names_protest_again,
    over_a_grievance,
    people_marched_off,
    protest_of_people_told,
    protest_type,
    rallies_left_behind,
    ranks_a_day_of_unrest,
    riot_without_demonstration,
    said_to_be_armed_group,
    serious_injury_to_crowd,
    sets_scene_of_bystanders_hit,
    shots_into_the_air,
    someone_elses_story,
    storming_as_protest,
    unarmed_groups_only,
    violence_at_someones_rally,
    violent_protests,
    without_unrest_beside_violence,
)
from eventcoder.schema import Article, EventMention, Evidence
from eventcoder.taxonomy import event_type_of, precedence
from eventcoder.text import (
    doc_text,
    group_spans,
    parse_table,
    semicolon_tokens,
    span_text,
    token_children,
)

__all__ = [
    "Candidate",
    "TypingWords",
    "detect_mentions",
    "load_typing_words",
    "refine_type_with_actors",
    "type_triggers",
]


# Rules that decide between close types from thin context are less reliable:
# their mentions get lower confidence (reason text -> certainty).
_SHAKY_RULES: dict[str, float] = {
    "demonstrators killed or shot by forces": 0.75,
    "forces dispersed, stopped or arrested demonstrators": 0.85,
    "fight between unarmed groups or a mob": 0.8,
    PARTY_CROWDS_RIOT: 0.85,
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


def _drop_enclosed(trigs: list[Trig]) -> list[Trig]:
    """Without the triggers of other classes that lie strictly inside a longer
    trigger of a class that names the violence it ends or prevents ("a prisoner
    swap", "averting an attack", "shot down a drone"): that violence is part of
    the longer phrase, not an event of its own."""
    enclosing = [t.span for t in trigs if t.cls.name in WORDS.enclosing_classes]
    if not enclosing:
        return trigs
    return [t for t in trigs if not any(
        e.label_ != t.span.label_ and e.start <= t.span.start and t.span.end <= e.end
        and len(e) > len(t.span) for e in enclosing)]


def _absorbed_by_other(ctx: Context) -> bool:
    """A coup or a mass grave is the clause's event: the ruler's detention and
    the bodies found are part of it, not an arrest or a killing of their own."""
    return any(t.cls.name == "other_strategic" and t.status == "new"
               and t.span.text.lower() in WORDS.absorbing_other_words
               # ("arrested for opposing the coup", "after the coup": another event)
               and (t.span.root.head.dep_ != "prep"
                    or t.span.root.head.lower_ in WORDS.absorbing_prepositions)
               for t in ctx.trigs)


def _agreement_topic(trig: Trig, ctx: Context) -> bool:
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
_RIVAL_CROWDS_FIGHT = "fight between rival crowds, no forces involved"
_UNARMED_GROUPS_FIGHT = "fight between unarmed groups or a mob"
_CROWD_SEIZED = "a crowd seized someone: a mob"

# The rules whose decision later steps test (mention_ranking, typing_crowds), each
# by the phrase it gives ``cand``, and the mark the candidate takes from it.
_RULE_MARKS: tuple[tuple[str, str], ...] = (
    (BOTH_ARMED, MARK_BOTH_ARMED),
    (ARMED_VICTIMS_ALONE, MARK_ARMED_VICTIMS_ALONE),
    (CIVILIAN_VICTIMS, MARK_NO_ARMED_VICTIM),
    (CIVILIAN_VICTIMS, MARK_CIVILIAN_VICTIMS),
    (NO_ARMED_OPPONENT, MARK_NO_ARMED_VICTIM),
    (COMMUNAL_FIGHT, MARK_COMMUNAL_FIGHT),
    (ELECTION_UNREST, MARK_ELECTION_UNREST),
    (_CROWD_DISPERSED, MARK_CROWD_DISPERSED),
    (_RIVAL_CROWDS_FIGHT, MARK_CROWDS_FIGHT),
    (_UNARMED_GROUPS_FIGHT, MARK_CROWDS_FIGHT),
    (PARTY_CROWDS_RIOT, MARK_CROWDS_FIGHT),
    (LIVESTOCK_RAIDED, MARK_LIVESTOCK),
    (BYSTANDERS_HIT, MARK_BYSTANDERS_HIT),
    (OWN_FORCE_HARMED, MARK_OWN_FORCE),
)
# Places of a fighting noun that make it the object of talk, not a clause's
# subject ("fighting erupted" after a broken truce is new fighting).
_TOPIC_DEPS = frozenset({"pobj", "dobj", "compound"})


def _strength(trig: Trig) -> float:
    text = trig.span.text.lower()
    base = trig.cls.strength
    name = trig.cls.name
    if name == "remote_explosive" and text in WEAK_EXPLOSIVE:
        return 0.6
    if name == "armed_clash" and text in WEAK_CLASH:
        return 0.55
    if name in ("change_group", "property_destruction", "nonviolent_transfer",
                "hq_established") and text in STRATEGIC_VAGUE:
        return 0.45
    if name == "protest" and text in WORDS.weak_protest:
        return 0.65
    return base


def _propose(trig: Trig, ctx: Context, sent: Span) -> Candidate | None:
    name = trig.cls.name
    labels = ctx.labels
    text = trig.span.text.lower()
    strength = _strength(trig)
    lift = prominence(trig.span)
    context = ctx.context_labels
    disrupted = "disrupted_weapons" in labels
    mob_ctx = "mob_violence" in labels and mob_at_work(ctx)
    # A riot word with a mob and no demonstration word ("a rioting mob torched a
    # car", "a riot broke out after a mob lynched two men") is the mob's violence.
    mob_word = any(t.cls.name == "mob_violence" and t.span.text.lower() in WORDS.mob_words
                   for t in ctx.trigs)
    protest_ctx = "protest" in context or (ctx.riot and not mob_word)

    def cand(sub: str, why: str, score: float = strength) -> Candidate:
        certainty = _SHAKY_RULES.get(without_side_notes(why), 1.0)
        if sub == ARREST and not ctx.cue("political"):
            certainty = 0.7  # ACLED codes politically significant arrests only
        return Candidate(sub, trig, min(score, 1.0),
                         f"trigger '{trig.span.text}' ({name}): {why}", certainty,
                         {mark for phrase, mark in _RULE_MARKS if phrase in why}, lift)

    if name == "chemical_weapon":
        if disrupted:
            return None
        return cand(CHEM, "chemical agent")
    if name in ("air_strike", "shelling", "remote_explosive", "grenade", "suicide_bomb"):
        if disrupted and ("kill" not in labels or disrupted_weapon(trig, ctx))\
                and not disruption_doer(trig, ctx):
            # a defused or seized bomb did not explode (even when the sentence
            # reports deaths from other blasts: "an IED was found and defused
            # after bombings killed dozens")
            return None
        if incendiary(trig):
            if protest_ctx or mob_ctx or ctx.cue("crowd_cue") or disruption_in_sentence(sent):
                # a crowd's firebombs: the riot words type them; ones that "failed
                # to explode": the disruption does
                return None
            fire_sub, fire_why = clash_or_attack(trig, ctx, sent)
            return cand(fire_sub, f"{fire_why} (a petrol or fire bomb, no explosive)")
        if bomb_of_the_demonstrators(trig, ctx):
            return None  # (the marchers' bomb: the riot words type it)
        if weapon_found(trig):
            # ACLED: seized or discovered weapons are disrupted, whatever the weapon
            return cand(DISR, "a weapon found or seized, not used")
        if name != "suicide_bomb" and went_off_in_handlers_hands(sent):
            return cand(DISR, "the bomb went off in its handlers' hands")
        if forces_blew_up_a_home(trig, ctx):
            return cand(LOOT, "forces blew up a building, nobody hurt: a demolition")
        if forces_set_off_a_bomb(trig, ctx, sent):
            return cand(DISR, "forces set off the explosive, nobody hurt: a controlled detonation")
        if name == "suicide_bomb":
            return cand(SUIC, "suicide attacker")
        if name == "air_strike":
            return cand(AIR, "delivered from the air")
        if name == "grenade":
            if grenades_with_gunfire_on_forces(trig, ctx, sent):
                return cand(CLASH, "grenades and gunfire against armed men: a fight")
            return cand(GREN, "grenade")
        if ctx.cue("suicide_cue"):
            return cand(SUIC, "explosive with a suicide attacker")
        if ctx.cue("aircraft_cue") and not aircraft_told_apart(trig, ctx):
            return cand(AIR, f"{'missile' if name == 'shelling' else 'bomb'} from aircraft/drone")
        if name == "shelling":
            return cand(SHELL, "artillery, mortar, rocket or missile")
        if "grenade" in labels:
            return cand(GREN, "explosion of a grenade", strength - 0.2)
        if "shelling" in labels and text in WEAK_EXPLOSIVE:
            return cand(SHELL, "explosion of a shell/rocket", strength - 0.2)
        if ctx.cue("chemical_cue") and "chemical_weapon" in labels:
            return cand(CHEM, "chemical explosive", strength - 0.2)
        direct = explosive_beside_gunfire(trig, ctx, sent)
        if direct is not None:
            return cand(*direct)
        return cand(REM, "planted or remotely detonated explosive")
    if name == "disrupted_weapons":
        if text in WORDS.shoot_down_words and downs_manned_aircraft(trig):
            # ACLED: intercepting a missile or drone disrupts a weapon; downing a
            # crewed warplane or helicopter is fighting between two armed sides
            return cand(CLASH, "a crewed aircraft shot down")
        if text in WORDS.air_destruction_verbs and aircraft_beside_target(trig, ctx) or (
            ctx.cue("aircraft_cue") and "cache" not in text and "depot" in text
        ):
            return cand(AIR, "weapons destroyed from the air")
        return cand(DISR, "weapons seized, defused or intercepted")
    if name == "armed_clash":
        if road_collision(trig):
            return None  # a vehicle ran into people or another vehicle
        if fights_for_life(trig):
            return None  # a wounded person, told by the harm words beside it
        if _agreement_topic(trig, ctx) and trig.span.root.dep_ in _TOPIC_DEPS:
            # ("a deal ending weeks of fighting", "swapped prisoners near the
            # scene of fierce fighting"): what the deal is about
            return None
        if labels & _SEIZURES and text in ARREST_OPERATIONS | WEAK_CLASH:
            return None  # "arrested ... in a security operation", "arms seized in a raid"
        if ctx.cue("aircraft_cue") and text in WORDS.raid_words:
            return cand(AIR, "raid by aircraft")
        if overpowered_on_the_way(trig, ctx):
            return None  # ("overpowered a sentry and shot four pupils"): the shooting
        if protest_ctx and unarmed_groups_only(ctx):
            # "rival supporters clashed at a rally": crowds fighting each
            # other, no forces involved, is mob violence (ACLED: rioters vs rioters)
            return cand(MOB, _RIVAL_CROWDS_FIGHT)
        if protest_ctx:
            return cand(VIOL, "clashes during a demonstration")
        if party_crowds_fight(ctx, sent) and ctx.party_crowds_riot():
            # (two parties' youths brawling at a 2017 nomination): rioters, by the period
            return cand(MOB, PARTY_CROWDS_RIOT)
        if clashes_told_again(trig, ctx):
            # ("A member of the youth wing also died in the clashes", after the rally's
            # sentence): the demonstration's fight named again, its riot
            return cand(VIOL, CLASHES_TOLD_AGAIN)
        if crowd_armed_itself(ctx.cues.text_lower):
            return cand(CLASH, "a crowd that took up arms or fought back is an armed side")
        if not mob_ctx and unarmed_groups_only(ctx) and communities_only(ctx)\
                and land_at_stake(sent):
            # ("residents of two villages clashed over a boundary", "the two
            # communities are fighting over land"): ACLED codes neighbours who
            # fight each other for land as communal militias in a battle, not
            # a mob (villagers brawling over a cow that ate a crop stay a mob)
            return cand(CLASH, COMMUNAL_FIGHT)
        if mob_ctx or (unarmed_groups_only(ctx) and (
                crowd_subject(sent, ctx.cues) or crowds_are_the_sides(trig, ctx))):
            # (the crowd must do something: "residents said the exchange of fire
            # lasted hours" names witnesses, not fighters; "hurt in a fight between
            # supporters of two aspirants": the crowds are the fight's sides)
            if resistance_told(trig, sent):
                return None  # ("the villagers responded with heavy resistance")
            return cand(MOB, _UNARMED_GROUPS_FIGHT)
        if forces_against_crowd(trig, ctx):
            return cand(MOB, "forces against an unarmed crowd, no demonstration: rioters")
        if civilians_attacked_beside(trig, ctx):
            return cand(ATTACK, CIVILIANS_ATTACKED)
        return cand(CLASH, "fighting between armed sides")
    if name in ("territory_regain", "territory_capture"):
        if any(t.cls.name == "disrupted_weapons" and t.span.start <= trig.span.root.i < t.span.end
               for t in ctx.trigs):
            return None  # "weapons were seized": not territory
        if describes_a_place_taken(trig, ctx):
            return None  # "mines were cleared in the liberated villages": the clearing
        sub, why = territory(trig, ctx)
        if sub == ABDUCT and crowd_agent(trig, ctx):
            return cand(MOB, _CROWD_SEIZED)  # ("villagers seized two suspected thieves")
        return cand(sub, why) if sub else None
    if name == "nonviolent_transfer":
        if labels & {"territory_regain", "territory_capture"}:
            return None  # the capture proposes the type (as NVT)
        if text in WORDS.handover_words and hands_over_goods(trig, ctx):
            return None  # "handed over 30 stolen cattle": goods, not a place
        return cand(NVT, "withdrawal/handover without fighting")
    if name in ("protest", "protest_violence", "protest_intervention", "excessive_force"):
        if sets_scene_of_bystanders_hit(trig, ctx):
            return None  # (the forces' attack on people who were only there is the event)
        if name == "protest_violence" and not protest_ctx:
            if for_a_demand(trig) and not mob_word:
                # ("angry residents pelted the officers with stones to stop the
                # demolition"): an angry crowd with a demand demonstrates
                return cand(VIOL, "violence over a grievance: a demonstration", strength - 0.1)
            if mob_ctx:
                return cand(MOB, "violence by a crowd")
            if text in WORDS.property_damage_words and not crowd_riot_in_protest_story(trig, ctx):
                if crowd_agent(trig, ctx) and not ctx.story_of_protests\
                        and not forces_broke_up_crowd(ctx):
                    # ("residents smashed the windows of the chief's office"): a
                    # crowd's damage, as the property_destruction branch reads it
                    return cand(MOB, "property destroyed by a mob")
                return cand(LOOT, "property destroyed")
            if any(w in text for w in WORDS.roadblock_fragments):
                if ctx.cue("nonpolitical") and not (ctx.cue("crowd_cue")
                                                    or ctx.cue("protesters_cue")):
                    return None  # ("a landslide blocked the road"): no people blocked it
                if armed(agents_of(trig.span.root), ctx.cues):
                    # ("gunmen of the cartel blocked roads and fired on the troops",
                    # "militants have blockaded the town"): an armed group's
                    # blockade is part of its operations, no demonstration
                    return None
                if blocks_a_road(text) and ctx.road_blocks_peaceful():
                    # (a 2013 text: "traders blocked the highway"): by the period
                    return cand(PEACE, ROAD_BLOCK_PEACEFUL, strength - 0.1)
                return cand(VIOL, "roads blocked or tyres burnt: a violent demonstration",
                            strength - 0.1)
            if crowd_riot_in_protest_story(trig, ctx):
                return cand(VIOL, RIOT_IN_STORY_OF_PROTESTS, strength - 0.1)
            if over_a_grievance(trig):
                return cand(VIOL, "violence over a grievance: a demonstration", strength - 0.1)
            if text in WORDS.forced_entry_phrases and (
                    ctx.cue("crowd_cue") or ctx.cue("protesters_cue")) and not (
                    ctx.cue("non_state")
                    or WORDS.armed_modifiers & set(ctx.cues.text_lower.split())):
                # (a crowd's: "insurgents tried to force their way into a barracks" is
                # an armed attack, "a group armed with machetes" no demonstration)
                return cand(VIOL, "a crowd forced its way at a building or police line: "
                            "a violent demonstration", strength - 0.1)
            if (ctx.cue("crowd_cue") or crowd_agent(trig, ctx)) and _goods_carried_off(
                    sent, ctx):
                return cand(LOOT, CROWD_CARRIED_GOODS_OFF, strength - 0.1)
            # (a crowd named as such, or counted: "hundreds of people threw bricks
            # at the police", crowd_agent)
            if ctx.cue("crowd_cue") or crowd_agent(trig, ctx):
                crowds = ctx.cues.by_label.get("crowd_cue", [])
                if crowds and all(said_to_be_armed_group(c.root, ctx.cues) for c in crowds):
                    # ("youths, suspected to be members of the MRC, petrol-bombed
                    # two churches"): the armed group's violence
                    sub, why = clash_or_attack(trig, ctx, sent)
                    return cand(sub, f"{why} (the crowd is said to be an armed group's)",
                                strength - 0.1)
                return cand(MOB, "violence by a crowd, no demonstration reported",
                            strength - 0.1)
            if violence_at_someones_rally(ctx):
                # ("The group hurled stones at the motorcade"): with no crowd word
                return cand(MOB, RALLY_VIOLENCE, strength - 0.1)
            return None
        if name in ("protest_intervention", "excessive_force") and not protest_ctx:
            if name == "protest_intervention" and acting_state_forces(ctx.cues) and (
                    ctx.cue("crowd_cue") or ctx.cue("protesters_cue")):
                # ("police halted the May Day event, dispersing the crowds"):
                # a gathering broken up is a demonstration met by force; weak,
                # so any violence of the crowd itself outranks it
                if any(t.lower_ in RIOT_WORDS and t.i > 0 and t.nbor(-1).text != "-"
                       and not overlaps_cue([t], ctx.cues, "state_forces") for t in sent):
                    # ("fired teargas to disperse rioting voters"): the crowd
                    # was rioting, so the demonstration was violent
                    return cand(VIOL, "forces dispersed a rioting crowd", strength - 0.3)
                return cand(INTER, _CROWD_DISPERSED, strength - 0.3)
            return None
        if name == "protest_violence" and riot_without_demonstration(ctx):
            return cand(MOB, "rioters attacked people, no demonstration reported")
        if name == "protest" and "armed_clash" in labels and unarmed_groups_only(ctx):
            return None  # the rival crowds' fight at the rally is the event
        if name == "protest" and mob_ctx and "kill" in labels:
            return cand(MOB, "mob violence during a gathering")
        if name in ("protest", "protest_violence") and mob_justice(ctx):
            return cand(MOB, MOB_AT_GATHERING)
        if name in ("protest", "protest_violence"):
            hitting = crowd_attacked_demonstrators(ctx)
            if trig.span.root.i in hitting:
                return cand(MOB, CROWD_ON_DEMONSTRATORS)  # ("pelted the marchers")
            if hitting:
                # the demonstrators' word names the victims, and the other
                # violence words ("tearing down tents") are the attackers':
                # the verb that hit the demonstrators is the event
                return None
        if violence_at_someones_rally(ctx):
            return cand(MOB, RALLY_VIOLENCE)
        sub, why = protest_type(ctx)
        return cand(sub, why)
    if name == "mob_violence":
        if text in WORDS.expulsion_words:
            # (a crowd's: the others were dropped before typing)
            return cand(MOB, CROWD_DROVE_OUT)
        if armed_men_fell_on(trig, ctx.cues):
            # ("insurgents set upon a base"): armed men, not a crowd
            sub, why = clash_or_attack(trig, ctx, sent)
            return cand(sub, f"{why} (an armed group fell on its target)")
        if labels & (GENERIC_CLASSES | {"property_destruction", "protest_violence"})\
                or text in WORDS.mob_justice_words:
            return cand(MOB, "violence by a mob")
        if text in WORDS.mob_words and mob_acts_on_someone(trig):
            # ("a mob chopped off the man's foot"): the act has no word of its own
            return cand(MOB, "a mob acted on someone", strength - 0.1)
        if mob_set_out_to_harm(trig, ctx):
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
        if only_attempted(trig):
            return None  # ("attacked and tried to kidnap a nun"): the attack is the event
        if places_held(trig, ctx.cues):
            return None  # ("held hostage two police posts"): a siege, the attack's
        if crowd_agent(trig, ctx):
            # ("villagers grabbed the suspect from the officers escorting him and
            # clubbed him", "villagers seized two men they accused of theft"): an unarmed
            # crowd that takes someone by force is a mob (ACLED: rioters' violence
            # against people), not a kidnapping by whoever held him
            return cand(MOB, _CROWD_SEIZED)
        return cand(ABDUCT, "abduction/kidnapping")
    if name == "arrest":
        if _absorbed_by_other(ctx):
            return None
        if protest_ctx:
            return cand(INTER, "arrests at a demonstration")
        if held_by_an_armed_group(trig, ctx):
            return cand(ABDUCT, "people seized by an armed group: no arrest")
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
        if ctx.cue("aircraft_cue") and aircraft_near(trig, ctx):
            return cand(AIR, "destruction by aircraft or drones")
        if protest_ctx and riot_without_demonstration(ctx):
            return cand(MOB, "rioters destroyed property, no demonstration reported")
        if protest_ctx:
            return cand(VIOL, "property destroyed by demonstrators")
        if mob_ctx or crowd_agent(trig, ctx):
            if not mob_ctx and ctx.story_of_protests:
                # ("On Wednesday crowds set fire to a TV station", in a story of
                # demonstrations): the crowd is the demonstrators' unrest, a riot
                return cand(VIOL, "property destroyed by crowds in a story of demonstrations")
            if not mob_ctx and forces_broke_up_crowd(ctx):
                # ("crowds looted shops and set buildings on fire, while police
                # fired rubber bullets to disperse them"): a riot met by the
                # forces, rioters against the police, not a mob against civilians
                return cand(VIOL, RIOT_MET_BY_FORCES)
            return cand(MOB, "property destroyed by a mob")
        if looting_in_unrest(trig, ctx):
            return cand(VIOL, LOOTING_IN_UNREST)
        if herds_raided(trig, ctx):
            sub, why = clash_or_attack(trig, ctx, sent)
            return cand(sub, f"{why} ({LIVESTOCK_RAIDED})")
        return cand(LOOT, "looting/destruction of property")
    if name == "other_strategic":
        if text in WORDS.eviction_words and crowd_agent(trig, ctx):
            # ("residents forcibly evicted suspected thieves from their homes"):
            # a crowd driving people out acts on them, as a mob does
            return cand(MOB, "a crowd drove people from their homes", strength - 0.1)
        return cand(OTHER, "other strategic development")
    if name in GENERIC_CLASSES:
        if _absorbed_by_other(ctx) and _not_a_clause_verb(trig) or _agreement_topic(trig, ctx):
            return None
        if name == "attack" and fired_weapon_disrupted(trig, ctx):
            return None  # the weapon's use was what the interception stopped
        if name != "attack" and any(t.cls.name == "armed_clash" and road_collision(t)
                                    for t in ctx.trigs):
            return None  # the dead and hurt of a road collision
        if name != "attack" and went_off_in_handlers_hands(sent):
            return None  # the bomb-makers' own dead and hurt
        if people_hijacked(trig, ctx.cues):
            return cand(ABDUCT, "people hijacked: taken away")
        if text in WORDS.property_raid_words and trig.span.root.pos_ == "VERB"\
                and "property_destruction" in labels and not labels & {"kill", "injure"}\
                and not overlaps_cue([c for c in trig.span.root.children if c.dep_ == "dobj"],
                                      ctx.cues, "territory_noun")\
                and not raids_forces(trig, ctx) and not crowd_agent(trig, ctx)\
                and not raids_homes(trig.span.root):
            # ("raided villages, burning houses" attacks the people who live there;
            # a crowd that stormed a tallying centre and burnt ballots is a mob)
            return None  # the raid's destruction or theft is the event
        if (mob_ctx or protest_ctx or ctx.demonstration_typed)\
                and forces_harmed_bystanders(trig, ctx.cues):
            # ("police shot dead a bystander during the riots"; "Rioting broke out
            # in the town. Officers killed a youngster fleeing from it."): people
            # who were only there, not the crowd the forces faced
            return cand(ATTACK, BYSTANDERS_HIT)
        if mob_ctx:
            return cand(MOB, "violence by a mob")
        if riot_without_demonstration(ctx):
            return cand(MOB, "rioters attacked people, no demonstration reported")
        if protest_ctx:
            if violence_at_someones_rally(ctx):
                return cand(MOB, RALLY_VIOLENCE)
            if trig.span.root.i in crowd_attacked_demonstrators(ctx):
                return cand(MOB, CROWD_ON_DEMONSTRATORS)
            sub, why = protest_type(ctx)
            return cand(sub, why)
        if election_unrest(trig, ctx):
            # (only when nothing more specific is told: "one killed in election
            # violence" is typed by the killing)
            return cand(VIOL, ELECTION_UNREST)
        if harm_in_election_unrest(trig, ctx):
            return cand(VIOL, ELECTION_UNREST_TOLL)
        if ctx.cue("aircraft_cue") and aircraft_near(trig, ctx):
            return cand(AIR, "violence by aircraft or drones", strength - 0.05)
        if crowd_agent(trig, ctx):
            if _goods_carried_off(sent, ctx):
                return cand(LOOT, CROWD_CARRIED_GOODS_OFF, strength - 0.05)
            return cand(MOB, "violence by an unarmed crowd", strength - 0.05)
        if harm_in_crowds_fight(trig, ctx):
            return cand(MOB, CROWDS_FIGHT_SCENE, strength - 0.05)
        if harm_in_riot_with_forces(trig, ctx):
            return cand(MOB, RIOT_WITH_FORCES_SCENE, strength - 0.05)
        if forces_fired_on_crowd_in_story(trig, ctx):
            # ("... were wounded when troops fired live rounds at crowds", after
            # the demonstration's sentence): the force used on the demonstrators
            sub, why = protest_type(ctx)
            return cand(sub, f"{why} ({FIRED_ON_CROWD_IN_STORY})")
        if forces_hurt_in_protest_story(trig, ctx):
            # ("Two officers were injured.", after the march's or the riot's sentence)
            if not ctx.demonstration_typed:
                return cand(MOB, FORCES_HURT_BY_CROWD)
            sub, why = protest_type(ctx)
            return cand(sub, f"{why} ({FORCES_HURT_IN_STORY})")
        sub, why = clash_or_attack(trig, ctx, sent)
        if sub == ATTACK and crowd_violence(ctx, sent) and (
                not casualty_noun(trig) or ctx.cue("mob_target_cue")):
            # (a casualty noun names no doer, but "one injury and houses destroyed
            # after claims of witchcraft" tells whom a crowd punished)
            sub, why = MOB, "unarmed crowd or punished suspect, no armed group named"
        weak = 0.0 if name == "kill" else 0.05
        return cand(sub, why, strength - weak)
    return None


CROWD_CARRIED_GOODS_OFF = "a crowd forced its way in and carried goods off, hurting no one"


def _goods_carried_off(sent: Span, ctx: Context) -> bool:
    """Does the sentence tell goods carried off, with no one killed or hurt?"""
    text = sent.text.lower()
    return not ctx.labels & _CASUALTY_CLASSES and any(
        p in text for p in WORDS.goods_carried_phrases)


# Trigger classes of munitions that can carry a chemical agent.
_MUNITION_CLASSES = frozenset({"air_strike", "shelling", "grenade", "remote_explosive"})
# What a police raid or operation can end in without any fighting.
_SEIZURES = frozenset({"arrest", "disrupted_weapons"})
_NON_VIOLENT_EVENT_TYPES = frozenset({"Strategic developments"})
_CASUALTY_CLASSES = frozenset({"kill", "injure"})
# The sub-event types of a demonstration (Protests, and a demonstration that turned violent).
_DEMONSTRATION_TYPES = frozenset({PEACE, INTER, FORCE, VIOL})


def _absorbs_casualties(best: Candidate, clause: Candidate) -> bool:
    """Whether a clause's event (``best``) can be the one a clause beside it
    typed by a generic word (``clause``) belongs to ("a bomb went off and
    three died"). Houses burnt, cattle taken or men arrested kill no one: "two
    were killed and property destroyed" tells a killing of its own beside the
    destruction. (A raid beside the theft, "raided homes and stole cattle",
    stays one event; so does a toll beside background, "the group, listed as
    terrorist, has waged a war in which thousands were killed", whose status
    the typed clause carries.)"""
    return clause.trigger.cls.name not in _CASUALTY_CLASSES\
        or event_type_of(best.sub_event_type) not in _NON_VIOLENT_EVENT_TYPES\
        or best.trigger.status != "new"

# Trigger classes worth keeping as supporting evidence of a mention.
_SUPPORTING = frozenset({
    "kill", "injure", "attack", "armed_clash", "air_strike", "shelling", "remote_explosive",
    "grenade", "suicide_bomb", "chemical_weapon", "sexual_violence", "abduction",
    "mob_violence", "protest_violence", "excessive_force",
})


def _doc_cue_counts(cues: list[Span]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for span in cues:
        counts[span.label_] = counts.get(span.label_, 0) + 1
    return counts


def _rejected(ctx: Context, best: Candidate, doc_cues: dict[str, int]) -> str | None:
    """Why a segment is not political violence at all (None: it is)."""
    sub = best.sub_event_type
    if ctx.cue("weapons_test") and sub in EXPLOSIONS:
        return "a weapons test or launch, not an attack"
    politically_armed = ctx.cue("non_state") or ctx.cue("political")
    # A chemical agent fired in a munition is a weapon, never an industrial leak.
    fired_agent = sub == CHEM and bool(ctx.labels & _MUNITION_CLASSES)
    # A casualty sentence in a story about an accident or a disaster.
    # ("shot dead by police as he helped the victims of a road accident"):
    # forces who shot or beat someone did not have an accident
    # ("were beaten and robbed by guards": the agent of both participles)
    forces_did_it = best.trigger.cls.name in HARM_TO_PEOPLE and overlaps_cue(
        agents_shared_in_a_passive(best.trigger.span.root), ctx.cues, "state_forces")
    politically_armed = politically_armed or forces_did_it
    # ("broke into a gas cylinder factory and looted it"): looting is done on
    # purpose, whatever accident words name the place looted
    looted = sub == LOOT and best.trigger.span.text.lower() in WORDS.looting_words
    if looted and (doc_cues.get("nonpolitical", 0) or ctx.cue("nonpolitical")):
        best.reason += "; property looted on purpose: no accident or disaster"
    if forces_did_it and (doc_cues.get("nonpolitical", 0) or ctx.cue("nonpolitical")):
        best.reason += "; done by state forces: no accident or disaster"
    vague = best.trigger.cls.name in GENERIC_CLASSES or (
        sub == REM and best.trigger.span.text.lower() in WEAK_EXPLOSIVE
    ) or sub == LOOT or (sub == CHEM and not fired_agent) or _strength(best.trigger) < 0.6
    if vague and doc_cues.get("nonpolitical", 0) and not (
        doc_cues.get("non_state", 0) or doc_cues.get("political", 0) or forces_did_it or looted
    ):
        return "casualties in a story about an accident or disaster"
    if best.trigger.cls.name in _CASUALTY_CLASSES\
            and accident_casualty(best.trigger.span.root):
        return "the dead of a structure or craft that failed: an accident"
    strong = {AIR, SUIC, SHELL, GREN, CLASH, GOV, NSA, PEACE, INTER, FORCE, VIOL, MOB, SEX,
              AGREE, HQ}
    if ctx.cue("nonpolitical") and sub not in strong and not politically_armed\
            and not fired_agent and not looted and not deployed_against_violence(best.trigger):
        return "disaster, accident or non-political context"
    if sub in (GOV, NSA) and ctx.cue("nonpolitical") and not any(
            ctx.cue(c) for c in ("state_forces", "non_state", "gov_actor_cue",
                                 "nonstate_actor_cue")):
        # ("crews took control of the bush fire"): nobody armed took a place
        return "ground gained with no armed actor, in a non-political story"
    if ctx.cue("crime") and not ctx.cue("political") and sub in (
        ARREST, DISR, LOOT, ABDUCT, OTHER, CHANGE, NVT
    ) and not (sub == DISR and names_a_weapon(ctx)):
        # (guns seized in a drug raid are weapons disrupted all the same, as the
        # robbers' guns police recover are; a stash of heroin is no weapon)
        return "ordinary crime"
    if ctx.cue("diplomacy") and scene_preposition(best.trigger.span) is not None\
            and best.trigger.cls.name != "agreement":
        # ("an envoy was recalled after the shelling of the consulate"): the
        # news is the diplomatic reaction, the attack is its scene
        return "a diplomatic reaction to an earlier event"
    if ctx.cue("diplomacy") and sub in (AGREE, CHANGE, OTHER) and not (
        ctx.cue("non_state") or best.trigger.cls.name == "agreement"
        and best.trigger.span.text.lower() not in WORDS.agreement_nouns
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


def type_triggers(triggers: list[Trig], ctx: Context, sent: Span,
                  context: list[Trig] | None = None) -> Candidate | None:
    """The sub-event type of one segment (a clause) from its triggers
    (``context``: all the segment's triggers, whatever their status)."""
    if not triggers:
        return None
    scene_gathering = _gathering_as_scene(triggers, context or triggers, ctx)
    # ("lobbed a grenade into a rally"): the gathering the bombing struck
    bombed = [] if scene_gathering else bombed_gathering(context or triggers)
    if scene_gathering or bombed:
        triggers = [t for t in triggers if t not in scene_gathering + bombed]
        context = [t for t in (context or triggers) if t not in scene_gathering + bombed]
    ctx.labels = {t.cls.name for t in triggers}
    ctx.context_labels = {t.cls.name for t in (context or triggers)}
    # (the demonstration the victims took part in may be told as background: "killed
    # a nurse who was taking part in a march")
    ctx.forces_killed = ctx.forces_killed or forces_killed_demonstrators(
        context or triggers, ctx.cues)
    ctx.riot = any(t.span.text.lower() in RIOT_WORDS for t in triggers)
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
    # ("youths beat up two traders after a friend of theirs was killed in a
    # fight with police", "a teacher attacked by raiders during ethnic clashes"): when the
    # typed violence only sets the scene, an act whose doers the clause names
    # is the clause's own event ("ten killed following clashes" names none:
    # the clashes killed them)
    doers_beside_scene = bool(strong_violent) and all(
        c.sub_event_type == CLASH and sets_scene(c.trigger.span) for c in strong_violent)
    if not strong_violent or killing_in_abduction or doers_beside_scene:
        for trig in triggers:
            if killing_in_abduction and trig.cls.name != "kill":
                continue
            if doers_beside_scene and not killing_in_abduction and not (
                    _doers_and_victims_told(trig.span.root) and not sets_scene(trig.span)
                    # (forces that shot men during ethnic clashes fought the clans' men)
                    and not overlaps_cue(agents_of(trig.span.root), ctx.cues, "state_forces")):
                continue
            if proposals and trig.span.text.lower() in VAGUE_VIOLENCE\
                    and not _violence_used_on_someone(trig):
                continue  # "arrested for incitement to violence": the arrest is the event
            if ctx.labels & _SEIZURES and trig.span.text.lower() in ARREST_OPERATIONS:
                continue  # a police raid that made arrests (or seized arms) is the arrest
            if proposals and _carried_weapon(trig):
                continue  # "men wielding machetes destroyed a billboard": the act is the event
            if trig.cls.name in GENERIC_CLASSES and not any(
                    o.cls.name not in GENERIC_CLASSES and o.span.start == trig.span.start
                    and o.span.end == trig.span.end for o in triggers):
                # (a word that a typed class also reads, kiosks "set on fire", is
                # typed by that class)
                cand = _propose(trig, ctx, sent)
                if cand is not None and doers_beside_scene and not killing_in_abduction\
                        and cand.sub_event_type == ATTACK\
                        and MARK_CIVILIAN_VICTIMS not in cand.marks:
                    # ("police killed two during ethnic clashes"): victims not called
                    # civilians were the fighters of the clashes
                    continue
                if cand is not None:
                    proposals.append(cand)
    if not proposals:
        return None
    crowd_dispersed = [c for c in proposals if MARK_CROWD_DISPERSED in c.marks]
    if crowd_dispersed and any(c not in crowd_dispersed and event_type_of(c.sub_event_type)
                               not in _NON_VIOLENT_EVENT_TYPES for c in proposals):
        # (police breaking up a mob that lynched a man: the mob's violence is the event)
        proposals = [c for c in proposals if c not in crowd_dispersed]
    bases = [c.trigger for c in proposals if c.sub_event_type == HQ]
    if bases:
        # ("the army opened a camp on the ridge and deployed tanks there"): the
        # deployment serves the base (a strategic type ACLED does not rank); so do
        # the raids a relative clause says are launched from it
        proposals = [c for c in proposals if not (
            c.sub_event_type == CHANGE and c.trigger.span.text.lower() in WORDS.deployment_words
            or c.sub_event_type != HQ and any(tells_the_bases_use(c.trigger, b) for b in bases)
        )] or proposals
    scene_tokens: set[int] = set()
    for cand in proposals:
        prep = scene_preposition(cand.trigger.span)
        if prep is not None:
            cand.score -= 0.3
            cand.reason += f" (in an 'after/amid/following' phrase{SCENE_MARK}"
            cand.marks.add(MARK_SCENE)
            scene_tokens.update(t.i for t in prep.subtree)
    # (a trigger inside that phrase is part of the scene too: "after fighting
    # between the army and a splinter group")
    scene = {i for i, c in enumerate(proposals) if c.trigger.span.root.i in scene_tokens}
    # A verb in an "after/before ..." clause ("a day after police arrested
    # protesters, three members were abducted") tells what came before the
    # clause's own event; it sets the scene when the clause reports another.
    # So does fighting told as going on in an "as/while" clause ("..., as fighting
    # raged on around the city"): the backdrop of the clause it hangs on.
    in_clause = {i for i, c in enumerate(proposals)
                 if in_context_clause(c.trigger.span.root, depth=6)
                 or c.sub_event_type == CLASH and fighting_goes_on_behind(c.trigger.span.root)}
    if in_clause and any(i not in in_clause | scene and event_type_of(c.sub_event_type)
                         not in _NON_VIOLENT_EVENT_TYPES for i, c in enumerate(proposals)):
        for i in in_clause - scene:
            proposals[i].reason += f" (in an 'after/before' clause{SCENE_MARK}"
            proposals[i].marks.add(MARK_SCENE)
        scene |= in_clause
    top = max(c.score for c in proposals)
    # Within reach of the best, ACLED's precedence decides; an event that only
    # sets the scene ("a truce was signed amid shelling", "a man was hacked to
    # death during the clashes") never takes precedence over the one the clause reports.
    reach = [i for i, c in enumerate(proposals) if c.score >= top - 0.25]
    contenders = [proposals[i] for i in reach if i not in scene]\
        or [proposals[i] for i in reach]
    best = min(contenders, key=_precedence_key)
    violent_scene = [c for c in (proposals[i] for i in scene) if event_type_of(
        c.sub_event_type) not in _NON_VIOLENT_EVENT_TYPES and (
        c.trigger.cls.name not in ("attack", "injure") or c.trigger.span.root.pos_ == "VERB")]
    if best.trigger.cls.name == "armed_clash"\
            and best.trigger.span.text.lower() in WORDS.response_operations and violent_scene:
        # ("security operations are under way after a bomb hit an army truck"):
        # the operation answers the violence, which is the event
        best = max(violent_scene, key=lambda c: c.score)
    if best.sub_event_type == ATTACK and best.trigger.span.root.pos_ == "VERB":
        # ("raiders drove off the cattle after a battle with police reservists"):
        # the raiders fought the forces on their raid
        battle = next((c for c in (proposals[i] for i in scene) if c.sub_event_type == CLASH
                       and battle_of_the_raid(c.trigger, best.trigger, ctx)), None)
        if battle is not None:
            best = battle
            best.reason += "; the raiders fought the forces in their raid's 'after' phrase"
    if best.sub_event_type == OTHER and violent_scene:
        # "families fled after gunmen killed ten", "... after clashes": ACLED codes
        # the violence that set off the displacement (not a mere "death" or
        # "rumours of an attack")
        best = max(violent_scene, key=lambda c: c.score)
    if len(contenders) > 1 and best.score < top:
        others = sorted({c.sub_event_type for c in contenders} - {best.sub_event_type})
        best.reason += f"; precedence over {', '.join(others)}"
        if best.sub_event_type == ARREST and DISR in others:
            # ("Police arrested 81 people and seized dozens of rifles"): the merge
            # reads such arrests as made in the fighting told before them
            best.marks.add(MARK_WEAPONS_SEIZED_WITH)
    if bombed:
        best.reason += f"; '{bombed[0].span.text}' is the gathering the explosive struck"
    if scene_gathering:
        best.reason += (f"; '{scene_gathering[0].span.text}' in an 'after/amid/during'"
                        " phrase is where armed men struck, not a demonstration")
    return best


def _violence_used_on_someone(trig: Trig) -> bool:
    """The violence word is what doers used "against" someone ("police used violence
    against civilians during a disarmament drive"): an act done, not a word that
    only names what another event was about."""
    root = trig.span.root
    verb = root.head
    return root.dep_ == "dobj" and verb.pos_ == "VERB"\
        and any(c.dep_ == "nsubj" for c in token_children(verb))\
        and any(c.dep_ == "prep" and c.lower_ in WORDS.violence_target_prepositions
                for c in (*token_children(root), *token_children(verb)))


def _doers_and_victims_told(verb: Token) -> bool:
    """A verb that names both who did it and to whom: a subject and an object
    ("a gang attacked civilians"), or a passive's subject and its "by" phrase
    ("a teacher was attacked by raiders"); not a headline's "13 people killed"."""
    if verb.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in verb.children}
    # ("Teacher attacked by raiders": the headline's victim is the noun the verb qualifies)
    return "agent" in deps and (bool(deps & {"nsubj", "nsubjpass"}) or verb.dep_ == "acl")\
        or "nsubj" in deps and "dobj" in deps


def _forces_disrupted(trig: Trig, cues: StatusCues) -> bool:
    """Forces who broke up a gathering or kept people out ("police blocked the
    reporters from entering") did what a crowd's word tells, but no crowd acted."""
    first = trig.span[0].lower_
    crowd_act = trig.cls.name == "protest_violence" and first in WORDS.disruption_verbs\
        or trig.cls.name == "protest" and first in WORDS.keeping_out_verbs
    return crowd_act and overlaps_cue(agents_of(trig.span.root), cues, "state_forces")


def _no_gathering_disrupted(trig: Trig) -> bool:
    """A passive disruption word whose subject is neither a gathering nor people
    holding one ("traffic was disrupted by protesters"): the crowd held something up,
    it broke up nobody's gathering."""
    root = trig.span.root
    if trig.cls.name != "protest_violence" or root.lower_ not in WORDS.disruption_verbs\
            or root.i + 1 >= len(root.doc) or root.doc[root.i + 1].lower_ != "by":
        return False
    subjects = [s for c in root.children if c.dep_ == "nsubjpass" for s in (c, *c.conjuncts)]
    return bool(subjects) and not any(
        s.lower_ in WORDS.disrupted_gatherings or s.pos_ in ("PROPN", "PRON")
        for s in subjects)


_HARMING_CLASSES = frozenset({"attack", "kill", "injure", "armed_clash", "abduction",
                              "sexual_violence"})


def _gathering_as_scene(triggers: list[Trig], context: list[Trig], ctx: Context) -> list[Trig]:
    """Protest words that only tell where an armed group's violence happened
    ("gunmen stormed a church during a night vigil, killing 14"): every protest
    word of the clause sits in an "after/amid/during" phrase, an armed
    non-state group is named, and violence is told outside that phrase. ACLED
    codes an armed group's attack on a gathering as the attack."""
    gathering = [t for t in context if t.cls.name == "protest"]
    if rallies_left_behind(gathering, triggers):
        return gathering  # ("beaten while walking back from a rally"): whoever did it
    if not gathering or not ctx.cue("non_state") or ctx.cue("state_forces"):
        return []
    if any(t.cls.name in ("protest_violence", "protest_intervention", "excessive_force")
           for t in context):
        return []
    if not all(scene_preposition(t.span) is not None for t in gathering):
        return []
    if not any(t.cls.name in _HARMING_CLASSES and t.status == "new" for t in triggers):
        return []
    return gathering


def _carried_weapon(trig: Trig) -> bool:
    """A weapon the doers carry ("wielding machetes", "armed with machetes")."""
    root = trig.span.root
    if trig.cls.name != "attack" or root.lower_ not in WORDS.carried_weapons:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "with":
        return True
    return root.dep_ == "dobj" and head.lower_ in WORDS.carrying_verbs


def _segments(sent: Span, trigs: Sequence[Trig] = ()) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence that can report separate events:
    split at semicolons, at coordinated clauses with their own subject, and at
    the mob's clause after an arrest (see _mob_clause_after_arrest)."""
    cuts: set[int] = set(_mob_clause_after_arrest(trigs))
    # (read from the Doc's parse table: every sentence with a trigger is scanned)
    table = parse_table(sent.doc)
    deps, heads = table.deps, table.heads
    semicolons = {i for i in semicolon_tokens(sent.doc) if sent.start <= i and i + 1 < sent.end}
    cuts.update(i + 1 for i in semicolons)
    for i in range(sent.start, sent.end):
        if i not in semicolons and deps[i] == "conj" and table.pos[i] in ("VERB", "AUX") \
                and deps[heads[i]] == "ROOT":
            if any(deps[c] in ("nsubj", "nsubjpass") for c in table.children[i]):
                left = sent.doc[i].left_edge.i
                # include a preceding "and"/"while" in the new clause
                if left > sent.start:
                    cuts.add(left)
    bounds = [sent.start, *sorted(c for c in cuts if sent.start < c < sent.end), sent.end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _mob_clause_after_arrest(trigs: Sequence[Trig]) -> list[int]:
    """Where an "after" clause with its own subject begins and ends, when the verb
    it hangs on is an arrest and its subject is a mob ("police have detained 40
    villagers after a mob stoned a trader to death"): the arrests and the lynching
    they answer are two events (ACLED codes the arrests of a lynching's suspects
    apart from it); typed together, the mob's precedence hid the arrests."""
    arrests = {t.span.root.i for t in trigs if t.cls.name == "arrest" and t.status == "new"}
    mobs = {i for t in trigs if t.cls.name == "mob_violence" and t.status == "new"
            for i in range(t.span.start, t.span.end)}
    if not arrests or not mobs:
        return []
    cuts = []
    for i in arrests:
        verb = trigs[0].span.doc[i]
        if verb.pos_ != "VERB":
            continue
        for clause in token_children(verb):
            if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in WORDS.context_prepositions
                    for c in token_children(clause))\
                    and any(c.dep_ == "nsubj" and c.i in mobs for c in token_children(clause)):
                # (the clause alone: "..., the commander said on Monday" after it
                # dates the report of the arrests, not the lynching)
                cuts += [clause.left_edge.i, clause.right_edge.i + 1]
    return cuts


def _confidence(best: Candidate, status: str, n_typed: int, ctx: Context) -> float:
    conf = (0.45 + 0.5 * min(best.score + best.prominence, 1.0)) * best.certainty
    if best.trigger.cls.name in GENERIC_CLASSES:
        conf -= 0.1
    if status != "new":
        conf *= 0.5
    if ctx.cue("hypothetical") or ctx.cue("attribution"):
        conf -= 0.05
    if n_typed > 1:
        conf += 0.03
    return round(max(0.05, min(conf, 0.99)), 3)


_VIOLENT_CLASSES = FIGHTING_CLASSES | {"attack"}


def _retreat_after_violence(trig: Trig, trigs: list[Trig], told_before: set[str]) -> bool:
    """Is the trigger a withdrawal told with violence in its own sentence or right
    after a sentence that told violence or a capture ("overran the base on Sunday.
    They later withdrew")? A capture in its own sentence keeps the withdrawal: "took
    the town after the troops withdrew" is the transfer without a fight."""
    if trig.cls.name != "nonviolent_transfer" or trig.span[0].lower_ not in WORDS.retreat_words:
        return False
    here = {t.cls.name for t in trigs if t.status == "new"}
    if here & CAPTURE_CLASSES:
        return False
    return bool(here & _VIOLENT_CLASSES or told_before & (_VIOLENT_CLASSES | CAPTURE_CLASSES))


_CIVILIAN_CAMP = re.compile(
    r"\b(?:" + literal_alternation(sorted(WORDS.civilian_site_modifiers), ignore_case=False)
    + r")\s+(?:" + literal_alternation(sorted(WORDS.camp_nouns), ignore_case=False) + r")\b"
    # ("camps for the displaced", "a camp for refugees")
    + r"|\b(?:" + literal_alternation(sorted(WORDS.camp_nouns), ignore_case=False)
    + r")\s+for\s+(?:the\s+)?(?:" + literal_alternation(
        sorted(WORDS.civilian_site_modifiers), ignore_case=False) + r")\b")


def _civilian_camp_told(doc: Doc, cues: list[Span]) -> bool:
    """Does the text call a camp a shelter for civilians ("the Zamzam
    displacement camp", "camps for the displaced") while some other camp word
    is a forces cue? ACLED: an attack on a displacement or refugee camp is
    violence against civilians; "the camp" told later is the same camp."""
    if not any(c.label_ == "state_forces" and c.text.lower() in WORDS.camp_nouns
               for c in cues):
        return False
    return _CIVILIAN_CAMP.search(doc_text(doc).lower()) is not None


def detect_mentions(doc: Doc, article: Article) -> list[EventMention]:
    """One mention per event reported in the document (see module docstring)."""
    if TRIGGER_GROUP not in doc.spans or not len(doc.spans[TRIGGER_GROUP]):
        return []
    lexicon = load_lexicon()
    all_triggers = list(group_spans(doc, TRIGGER_GROUP))
    mentions: list[EventMention] = []
    harm = HarmTold()
    sentence_info: list[SentenceInfo] = []
    all_cues = list(group_spans(doc, CUE_GROUP)) if CUE_GROUP in doc.spans else []
    # (armed groups known by name only to the actor dictionary are armed sides too)
    all_cues = sorted(all_cues + named_armed_group_cues(doc, all_cues), key=lambda c: c.start)
    doc_cues = _doc_cue_counts(all_cues)

    def party_riot() -> bool:
        return party_crowds_riot(doc, article)

    @cache  # (asked for each blockade trigger; it reads the whole text)
    def road_blocks_old() -> bool:
        return road_blocks_peaceful(doc, article)

    civilian_camp = _civilian_camp_told(doc, all_cues)
    if civilian_camp:
        # ("the Zamzam displacement camp ... The RSF stormed the camp"): the
        # camp is the civilians' shelter all through the text, no forces' site
        all_cues = [c for c in all_cues if not (
            c.label_ == "state_forces" and c.text.lower() in WORDS.camp_nouns)]
    ti = ci = 0
    for sent_index, sent in enumerate(doc.sents):
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
        # ("deaths recorded separately as a battle with police"): the other record's
        # words name none of this event's sides
        other_records = clauses_of_other_records(sent)
        cues = StatusCues.for_sentence(doc, sent, [
            c for c in sent_cues if c.end <= sent.end
            and not any(a <= c.start and c.end <= b for a, b in other_records)])
        cue_labels = _effective_cue_labels(cues)
        trigs: list[Trig] = []
        for span in in_sent:
            cls = lexicon.triggers.get(span.label_)
            if cls is None:
                continue
            found = trigger_status(doc, span, cues, article.published)
            trigs.append(Trig(span, cls, found.status, found.reason, found.kind))
        # "without a fight": the fight inside it did not happen.
        absent = [t.span for t in trigs if t.cls.name == "nonviolent_transfer"
                  and t.span.text.lower().startswith("without")]
        if absent:
            trigs = [t for t in trigs if t.cls.name == "nonviolent_transfer" or not any(
                a.start <= t.span.start and t.span.end <= a.end for a in absent)]
        if any(t.cls.name in CAPTURE_CLASSES for t in trigs):
            # "took control of the towns without any armed clashes": the fight
            # named after "without" did not happen, the place changed hands peacefully
            trigs += [Trig(t.span, lexicon.triggers["nonviolent_transfer"], "new",
                           "a fight named after 'without'")
                      for t in trigs if t.cls.name in FIGHTING_CLASSES
                      and t.status == "negated" and t.status_reason == "'without'"]
        if "weapons_noun" not in cue_labels:
            # "police thwarted an attack on the town" with no weapon seized or
            # defused: the forces fought it off, no weapons use was disrupted; nor
            # by a bare "thwarted" ("officers thwarted the pupils' plan to set a
            # dormitory alight", "elders averted a fight")
            trigs = [t for t in trigs if not (t.cls.name == "disrupted_weapons"
                                              and t.span[0].lower_ in WORDS.prevention_verbs)]
        trigs = _drop_enclosed(trigs)
        # ("..., a day after soldiers shot at marchers", the shooting told in its own
        # sentence too): the earlier act dates the main one and does not type it
        retold = retold_earlier_acts(trigs, sent, [
            s for s in all_triggers if not sent.start <= s.start < sent.end])
        trigs = [t for t in trigs if t not in retold]
        story_note = ""  # what was done to someone the demonstrators speak for
        told_grievance: frozenset[str] = frozenset()
        # "The attackers withdrew after the raid", "They later retreated": a side
        # leaving after the violence just told is how that violence ended; no
        # territory changed hands without a fight.
        told_before = sentence_info[-1].labels if sentence_info else set()
        trigs = [t for t in trigs if not _retreat_after_violence(t, trigs, told_before)]
        # "marching their captives into the forest": a march with people as its
        # object leads them away; it is no demonstration.
        trigs = [t for t in trigs if not (t.cls.name == "protest" and leads_people(t.span.root))]
        # "died in police custody": where the harm was done, no arrest
        trigs = [t for t in trigs if not (t.cls.name == "arrest" and harmed_in_custody(t.span))]
        # "rebels who march under the banner of the alliance": an allegiance
        trigs = [t for t in trigs if not (t.cls.name == "protest"
                                          and marches_under_a_banner(t.span.root))]
        # "burnt a coffin bearing his name": a symbol, no property destroyed
        trigs = [t for t in trigs if not (
            t.cls.name == "property_destruction" and any(
                c.dep_ == "dobj" and c.lower_ in WORDS.symbolic_objects
                for c in t.span.root.children))]
        # "police pursued the kidnappers", "a mob killed a suspected rapist":
        # the doer's noun names no act; "lynched for suspected rape": the act
        # is the accusation, not an event
        trigs = [t for t in trigs if not (names_a_doer(t) or accused_of(t))]
        # ("... killed 54 soldiers ..., one of the deadliest attacks on the mission in
        # years"): a ranking of the act told, no act of its own
        trigs = [t for t in trigs if not ranks_an_event_told(t, trigs)]
        # ("..., killing 17, in the deadliest day of unrest in years"): the day rated
        trigs = [t for t in trigs if not ranks_a_day_of_unrest(t, trigs)]
        # ("police arrested a suspected bomber"): the man held, no bombing
        trigs = [t for t in trigs if not doer_arrested(t, trigs)]
        # "a herder was burnt with a hot iron": harm done to a person, read by
        # the attack words (who did it to whom), not property destroyed
        # "burned houses to flush out the gang": an attack on the people driven out
        # "troops neutralised 20 assailants": people killed or taken, no device defused
        trigs = [replace(t, cls=lexicon.triggers["attack"])
                 if burns_a_person(t, cues) or destroys_to_drive_out(t)
                 or neutralises_people(t, cues) else t
                 for t in trigs]
        # ("soldiers raped twelve women ... The women were stopped and assaulted"):
        # the assault of a rape story is that violence told again
        sexual_told = any("sexual_violence" in si.labels for si in sentence_info)
        trigs = [replace(t, cls=lexicon.triggers["sexual_violence"])
                 if assault_retells_sexual_violence(t, trigs, sexual_told) else t
                 for t in trigs]
        # "suspended peace talks with the rebels": no one agreed to anything;
        # "pulled out of the talks": no territory was left either
        # "coordinating with its ceasefire committee": a body's name, no agreement
        trigs = [t for t in trigs if not names_a_standing_body(t)]
        trigs = [t for t in trigs if not (t.cls.name == "agreement" and talks_broken_off(t)
                                          or t.cls.name == "nonviolent_transfer"
                                          and leaves_talks(t))]
        # "the rebels called off the ceasefire", "announced the start of an
        # offensive": a change in what they do
        trigs = [replace(t, cls=lexicon.triggers["change_group"])
                 if t.cls.name == "agreement" and truce_called_off(t) or campaign_announced(t)
                 else t for t in trigs]
        # "Detainees in the prison protested": people held, not an arrest
        trigs = [t for t in trigs if not (
            t.cls.name == "arrest" and t.span.text.lower() in WORDS.detained_people
            and t.span.root.dep_ in ("nsubj", "nsubjpass"))]
        # "according to vigilantes", "vigilantes said": the source, not a mob at work
        trigs = [t for t in trigs if not (t.cls.name == "mob_violence"
                                          and only_a_source(t.span.root, cues))]
        # ("a mob of the party's supporters beat a man"): the armed side's act, no mob's
        trigs = [t for t in trigs if not mob_word_counts_armed_men(t, cues)]
        # ("police evicted the squatters", "gunmen drove villagers out"): driving
        # people out is a mob's act only when a crowd did it
        trigs = [t for t in trigs if not expulsion_by_no_crowd(t, cues)]
        # ("police disrupted the opposition's meeting"): the forces' disruption is
        # no crowd violence (their intervention has its own words)
        trigs = [t for t in trigs if not _forces_disrupted(t, cues)
                 and not _no_gathering_disrupted(t)]
        # ("the march turned violent as police dispersed it"): the forces' disorder
        trigs = disorder_of_the_forces(trigs, cues)
        # ("officers fired in the air to scatter a crowd"): warning shots hit nobody
        trigs = [t for t in trigs if not shots_into_the_air(t)]
        # ("gunmen marched the passengers away"): people made to walk by their captors
        trigs = [t for t in trigs if not people_marched_off(t, cues)]
        # ("farmers pushed aside barricades on the bridge"): barriers put up against
        # the crowd, no road block of its own
        trigs = [t for t in trigs if not crowd_went_past_barriers(t, cues)]
        # ("troops burned the protesters' tents"): the forces' act on the demonstration
        trigs = forces_wreck_demonstrators_things(
            trigs, cues, lexicon.triggers["protest_intervention"])
        recent_protest = any("protest" in si.labels for si in sentence_info[-PROTEST_WINDOW:])
        if recent_protest or any(t.cls.name == "protest" for t in trigs):
            # "traders protested the demolition of their stalls", "... as the estate
            # demolitions continued": what the authorities demolished is the
            # grievance, not the demonstrators' violence
            trigs = [t for t in trigs if not authorities_demolished(t, cues)]
        # "youths stormed the law courts to demand an explanation": a crowd that
        # rushed in to make its demand, hurting nobody, is demonstrating
        trigs = storming_as_protest(trigs, cues, lexicon.triggers["protest"])
        trigs = demonstrators_attack(trigs, cues, lexicon.triggers["protest_violence"],
                                      recent_protest)
        trigs = forces_attack_demonstrators(trigs, cues, lexicon.triggers["protest_intervention"])
        trigs = acts_share_protest_status(trigs)
        if "serious_injury_cue" in cue_labels and not (
                serious_injury_to_crowd(trigs, cues) and forces_intervene(trigs, cue_labels)):
            cue_labels.discard("serious_injury_cue")
        if "protest" in {t.cls.name for t in trigs} or recent_protest:
            # "the students marched peacefully and dispersed in the evening": a
            # crowd leaving of its own accord is no intervention
            left = [t for t in trigs if t.cls.name == "protest_intervention"
                    and crowd_left(t.span)]
            dispersal_cues = cues.by_label.get("intervention_cue", ())
            if left and all(crowd_left(s) for s in dispersal_cues):
                trigs = [t for t in trigs if t not in left]
                cue_labels.discard("intervention_cue")
        if "protest" in {t.cls.name for t in trigs} or recent_protest:
            # ("protests broke out following the arrest of opposition leaders",
            # "... after three officials were arrested"): an arrest that sets the
            # scene is what the demonstrators protest, not an arrest of them; so
            # too in the sentences that go on about the demonstration ("Drivers
            # protested his death. He had collapsed after he was arrested.")
            trigs = [t for t in trigs if not (t.cls.name == "arrest" and sets_scene(t.span))]
            # ("... to demand the release of the owner. The owner was arrested after
            # the collapse."): the arrest the demonstrators protest, told again
            told_people = frozenset().union(*(si.grievance_words
                                              for si in sentence_info[-PROTEST_WINDOW:]))
            retold = [t for t in trigs if arrest_of_grievance_person(t, told_people)]
            trigs = [t for t in trigs if t not in retold]
            retold_cues = cues.by_label.get("intervention_cue", ())
            if retold and retold_cues and all(
                    any(r.span.start <= c.start and c.end <= r.span.end for r in retold)
                    for c in retold_cues):
                cue_labels.discard("intervention_cue")
            scene_cues = cues.by_label.get("intervention_cue", ())
            if scene_cues and all(sets_scene(c) for c in scene_cues):
                cue_labels.discard("intervention_cue")
        # ("detained three men suspected of organising the riots"): the demonstration
        # is the charge, not the scene of the arrest
        charged = demonstrations_charged(trigs)
        trigs = [t for t in trigs if t not in charged]
        if "protest" in {t.cls.name for t in trigs}:
            told = [t for t in trigs if someone_elses_story(t, trigs, cues)]
            story = [t.span.text for t in told]
            trigs = [t for t in trigs if t not in told]
            scene_cues = cues.by_label.get("intervention_cue", ())
            if scene_cues and all(sets_scene(c) or describes_another_person(c, trigs, cues)
                                  for c in scene_cues):
                cue_labels.discard("intervention_cue")
                story += [c.text for c in scene_cues if describes_another_person(c, trigs, cues)]
            if story:
                story_note = f"; {STORY_NOTE}: '{', '.join(dict.fromkeys(story))}'"
            grievance = grievance_tokens(trigs, cues)
            told_grievance = grievance_words(doc, grievance)
            if grievance:
                trigs = [t for t in trigs
                         if t.cls.name == "protest" or t.span.root.i not in grievance]
                # cues inside the grievance do not type the protest either
                if not any(s.root.i not in grievance
                           for s in cues.by_label.get("intervention_cue", ())):
                    cue_labels.discard("intervention_cue")
            trigs = violent_protests(trigs, cues, lexicon.triggers["protest_violence"])
            trigs.sort(key=lambda t: t.span.start)
        harm.add(trigs, sent_index)
        # (the earlier sentences' events: a rally where rival crowds fought is no
        # demonstration told)
        demonstration_typed = any(m.status == "new" and m.sub_event_type in _DEMONSTRATION_TYPES
                                  for m in mentions)
        # (harm the demonstrators protest, read once for the sentence)
        scene_harm = harm_setting_scene(trigs, cues)
        told_labels = {t.cls.name for t in trigs if t.status == "new" and t not in scene_harm
                       and not (blockade(t) and road_blocks_old())}
        if demonstration_typed and any(fight_named_again(t, {u.cls.name for u in trigs},
                                                         cue_labels) for t in trigs):
            # ("Two people died in the clashes", after the march's sentence): the
            # demonstration's fight, its violence for the typing over its sentences
            told_labels.add("protest_violence")
        sentence_info.append(SentenceInfo(
            first_mention=len(mentions),
            labels=told_labels,
            cue_labels=cue_labels, cues=cues, riot=any(
                t.span.text.lower() in RIOT_WORDS for t in trigs if t.status == "new"),
            # (bystanders the forces killed died in no intervention on the crowd)
            intervention_deaths=deaths_in_intervention(
                [t for t in trigs if t.status == "new" and not forces_harmed_bystanders(t, cues)]),
            killed_at_protest=killed_without_doer(trigs),
            died_at_protest=died_at_protest(trigs),
            # (people the forces killed in the demonstration's own clause count too,
            # not a killing the demonstrators protest)
            forces_killed=forces_killed_demonstrators(trigs, cues)
            or forces_killed_at_demonstration(
                [t for t in trigs if t not in scene_harm], cues),
            forces_shot=forces_shot_demonstrators(trigs, cues),
            forces_hurt=forces_hurt_in_sentence(
                [t for t in trigs if t not in scene_harm], cues),
            refers_back=bool(sentence_info) and names_protest_again(trigs),
            tells_told_act=bool(sentence_info) and protest_of_people_told(trigs),
            start_char=sent.start_char, grievance_words=told_grievance))
        segments = _segments(sent, trigs) if len(trigs) > 1 else [(sent.start, sent.end)]
        results: list[tuple[tuple[int, int], Candidate, str, list[Trig]]] = []
        for seg in segments:
            seg_trigs = [t for t in trigs if seg[0] <= t.span.start < seg[1]]
            if not seg_trigs:
                continue
            new = [t for t in seg_trigs if t.status == "new"]
            ctx = Context(cues=cues, cue_labels=cue_labels, doc_cues=doc_cues,
                           civilian_camp=civilian_camp, story_of_protests=any(
                               "protest" in i.labels for i in sentence_info[:-1]),
                           demonstration_typed=demonstration_typed, mob_typed=any(
                               m.status == "new" and m.sub_event_type == MOB for m in mentions),
                           party_crowds_riot=party_riot,
                           road_blocks_peaceful=road_blocks_old)
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
                and _absorbs_casualties(results[-1][1], best)
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
            if first.trigger.cls.name in GENERIC_CLASSES\
                    and nxt.trigger.cls.name not in GENERIC_CLASSES\
                    and _absorbs_casualties(nxt, first) and doc[b0 - 1].text != ";":
                results[i:i + 2] = [((a0, b1), nxt, nxt_status, first_trigs + nxt_trigs)]
        for (start, end), best, status, seg_trigs in results:
            span = doc[start:end]
            trig = best.trigger.span
            n_typed = sum(1 for t in trigs if t.cls.name not in GENERIC_CLASSES)
            ctx = Context(cues=cues, cue_labels=cue_labels)
            reason = best.reason
            if story_note and best.sub_event_type in PROTEST_FAMILY:
                reason += story_note
            if status != "new":
                reason += f"; status {status}: {best.trigger.status_reason}"
            for written, form in read_as(trig).items():
                reason += f"; '{written}' read as '{form}'"
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
                    status_kind=best.trigger.status_kind,
                    trigger_class=best.trigger.cls.name,
                    rule_marks=frozenset(best.marks),
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
    unify_protests(mentions, sentence_info, doc_text(doc))
    mentions = without_disorder_beside_crowds_fight(mentions, doc)
    if any(MARK_CROWD_DISPERSED in m.rule_marks for m in mentions):
        # ("Residents beat a suspect. Officers then scattered the crowd."):
        # the forces broke up the violence told beside it, not a demonstration
        violent = any(MARK_CROWD_DISPERSED not in m.rule_marks and m.status == "new"
                      and m.event_type not in _NON_VIOLENT_EVENT_TYPES for m in mentions)
        if violent:
            mentions = [m for m in mentions if MARK_CROWD_DISPERSED not in m.rule_marks]
    harm.retype_property_attacks(mentions)
    harm.retype_attacks_that_abducted(mentions)
    rank_beside_violence(mentions, doc)
    rank_operations_below_violence(mentions)
    rank_ongoing_fighting_below_violence(mentions, doc)
    retype_unopposed_captures(mentions, doc)
    flags_raised_after_a_change_told(mentions)
    round_ups_before_violence(mentions, doc)
    retype_attacks_fought_back(mentions, doc)
    retype_attacks_forces_answered(mentions, doc)
    rank_fight_over_attack(mentions)
    rank_armed_group_killings_over_crowds(mentions, doc)
    rank_bystanders_hit_over_crowds(mentions)
    retype_bombs_of_an_air_strike(mentions, doc)
    retype_bombings_told_again(mentions, doc)
    return without_unrest_beside_violence(without_displacement_beside_violence(mentions), doc)
