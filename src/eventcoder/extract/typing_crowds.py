"""Typing rules of demonstrations and crowds.

Peaceful protest, protest with intervention, excessive force, violent demonstration and mob
violence: what the demonstrators did, what the forces did to them, when a crowd's violence has
no demonstration behind it (mob justice, neighbours fighting over land, an attack on a rival's
rally), what a protest's grievance is (the killing that protesters denounce is not a new event),
and when an arrest told with a demonstration is an arrest of its own (organisers charged).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.filters import StatusCues
from eventcoder.extract.road_blocks import blockade
from eventcoder.extract.triggers import (
    TRIGGER_GROUP,
    TriggerClass,
)
from eventcoder.extract.typing_armed import (
    acting_state_forces,
    casualty_noun,
    definite,
    fight_sides,
    subject_is_victim,
)
from eventcoder.extract.typing_base import (
    FORCE,
    INTER,
    MARK_ELECTION_UNREST,
    MARK_SCENE,
    PEACE,
    RIOT_WORDS,
    SELF_ARMING,
    VAGUE_VIOLENCE,
    VIOL,
    VIOLENT_EVENT_TYPES,
    WORDS,
    Context,
    Trig,
    agents_of,
    armed,
    head_phrase,
    in_context_clause,
    in_trigger_of,
    noun_group,
    overlaps_cue,
    scene_preposition,
    sets_scene,
    verb_objects,
)
from eventcoder.schema import EventMention
from eventcoder.text import token_children


def authorities_demolished(trig: Trig, cues: StatusCues) -> bool:
    """A demolition word ("demolished", "the demolitions", "bulldozed") not done
    by demonstrators or a crowd: authorities clear stalls and homes, crowds
    burn and smash them. Any destruction word whose doers are named as the
    forces or the authorities ("found their stalls destroyed by council
    officers") is theirs too."""
    if trig.cls.name != "property_destruction":
        return False
    agents = agents_of(trig.span.root)
    if overlaps_cue(agents, cues, "state_forces", "gov_actor_cue") and not overlaps_cue(
            agents, cues, "protesters_cue", "crowd_cue", "non_state"):
        return True
    if trig.span.root.lower_ not in WORDS.authority_destruction_words:
        return False
    return not overlaps_cue(agents, cues, "protesters_cue", "crowd_cue", "non_state")


def mob_acts_on_someone(trig: Trig) -> bool:
    """The mob word is the subject of a verb with a direct object ("a mob
    chopped the foot off a suspect", "the mob frogmarched him to the road"):
    what a mob does to someone is its violence, whatever the verb."""
    root = trig.span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" for c in root.head.children)


def armed_men_fell_on(trig: Trig, cues: StatusCues) -> bool:
    """A phrase of falling on someone ("set upon", "descended on") whose doers are
    armed ("bandits descended on the village and torched ten houses", "hired
    goons descended on the church"): a raid of armed men, no mob at work, so the
    phrase types neither itself nor the acts told beside it as a mob's."""
    if trig.cls.name != "mob_violence" or trig.span.text.lower() not in WORDS.armed_mob_verbs:
        return False
    root = trig.span.root
    # ("militants set upon a post" read as "militants [who] set upon")
    doers = agents_of(root) or ([root.head] if root.dep_ == "acl" else [])
    return armed(doers, cues)


def mob_word_counts_armed_men(trig: Trig, cues: StatusCues) -> bool:
    """A mob noun that only counts the armed men named with it, whom the cues read as
    armed ("a mob of Jubilee supporters beat a trader", "Mob of <party> members attack
    ...", parsed as the members' modifier): the armed side did the act, no mob of its
    own was at work."""
    root = trig.span.root
    if trig.cls.name != "mob_violence" or root.pos_ != "NOUN"\
            or trig.span.text.lower() not in WORDS.mob_words:
        return False
    members = [c for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj"]
    if root.dep_ in ("nmod", "compound") and root.head.i != root.i:
        members.append(root.head)
    return armed(members, cues)


def mob_at_work(ctx: Context) -> bool:
    """A mob word of the clause tells a mob at work (not armed men who fell on
    their target: ``armed_men_fell_on``)."""
    return any(t.cls.name == "mob_violence" and not armed_men_fell_on(t, ctx.cues)
               for t in ctx.trigs)


def mob_set_out_to_harm(trig: Trig, ctx: Context) -> bool:
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


def crowd_armed_itself(text_lower: str) -> bool:
    """The sentence says a crowd took up arms or fought back ("villagers took
    up arms", "residents who fought back"): it is an armed side."""
    return SELF_ARMING.search(text_lower) is not None


def marches_under_a_banner(verb: Token) -> bool:
    """A march verb in the present with "under the banner/flag of" ("the rebels, who
    march under the banner of the alliance"): the group's allegiance told as an
    idiom, not a demonstration (a past march under a banner still happened; the
    tagger may call the bare "march" a past tense, so the form is read too)."""
    present = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VBD" and not verb.lower_.endswith("ed")
    return verb.pos_ == "VERB" and present and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(
            g.dep_ == "pobj" and g.lower_ in WORDS.allegiance_nouns
            and any(o.dep_ == "prep" and o.lower_ == "of" for o in g.children)
            for g in c.children)
        for c in verb.children)


def harmed_in_custody(span: Span) -> bool:
    """"custody" right after harm and "in" ("a trader who died in police custody", "beaten
    to death in their custody"): where the harm was done, no arrest reported (a
    death in custody is a common grievance of demonstrations, never the forces
    arresting the demonstrators). Read on the words, not the parse, which often
    hangs the next clause on "custody"."""
    if span.root.lower_ != "custody":
        return False
    i = span.start - 1
    doc = span.doc
    while i > 0 and doc[i].lower_ in WORDS.custody_modifiers and span.start - i <= 2:
        i -= 1
    return i > 0 and doc[i].lower_ == "in" and doc[i - 1].lower_ in WORDS.custody_harm_words


def names_protest_again(trigs: list[Trig]) -> bool:
    """Every protest word of the sentence is definite ("the marchers", "the
    protest", "the demonstrators were chanting", "they marched"): it names a
    demonstration the text has already told."""
    protest = [t for t in trigs if t.cls.name == "protest"]
    return bool(protest) and all(definite(t.span.root) for t in protest)


def protest_of_people_told(trigs: list[Trig]) -> bool:
    """Every protest word of the sentence names people or an act told before:
    a definite demonstration or definite demonstrators ("the protest", "the
    youths were protesting", "they marched"), or a protest word that says what
    a told act was ("the attack was meant as a protest")."""
    protest = [t for t in trigs if t.cls.name == "protest"]
    return bool(protest) and all(
        definite(t.span.root) or _predicate_of_told_act(t.span.root) for t in protest)


def _predicate_of_told_act(token: Token) -> bool:
    """A noun that is what a definite subject was said to be ("the attack was a
    protest", "the stoning was reported as a protest", "the blockade was thought to
    be a protest"): from the noun to its verb, up the raising verbs to the subject."""
    if token.dep_ in ("attr", "oprd"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
        verb = token.head.head
    else:
        return False
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return all(s.lower_ in WORDS.anaphoric_words or definite(s) for s in subjects)
        if verb.dep_ != "xcomp":
            break
        verb = verb.head
    return False


def deaths_in_intervention(trigs: list[Trig]) -> bool:
    """Deaths told in one sentence with the forces' intervention ("two men died
    when officers broke up the rally", "a crackdown on the sit-in left one
    dead"); a death told
    "after ..." or in another sentence may be what the protest is about."""
    return any(t.cls.name == "protest_intervention" for t in trigs) and any(
        t.cls.name == "kill" and not in_context_clause(t.span.root) for t in trigs)


def over_a_grievance(trig: Trig) -> bool:
    """Crowd violence that says what it is about ("pupils ran riot over the
    exam dates", "a rampage against the new tax") is a demonstration."""
    heads = [trig.span.root]
    for _ in range(2):  # "went on the rampage over ...": up to the verb
        if heads[-1].dep_ not in ("pobj", "prep"):
            break
        heads.append(heads[-1].head)
    return any(c.dep_ == "prep" and c.lower_ in WORDS.grievance_markers
               for h in heads for c in h.children)


def for_a_demand(trig: Trig) -> bool:
    """Crowd violence done to resist, stop or demand something ("pelted
    officers with rocks to block the demolition", "hurled stones at the officers to
    stop them from towing the car"): its purpose is a grievance, so it is a
    demonstration, as one that says what it is "over" or "against"."""
    root = trig.span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    return any(c.dep_ in ("advcl", "xcomp") and c.lower_ in WORDS.demand_purpose_verbs
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def crowd_agent(trig: Trig, ctx: Context) -> bool:
    """Did an unarmed crowd (residents, students, supporters...) do it?"""
    root = trig.span.root
    if casualty_noun(trig):
        return False  # "workers pulled bodies from the rubble": not who killed them
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    if subject_is_victim(trig, verb):
        return False  # "four fishermen are dead", "6 locals killed": the victims
    agents = agents_of(verb) or led_into(verb) or doers_of_verbless_lead(verb)
    agents += doers_before_a_place(verb, agents)
    # ("by a group of boda boda operators", "dozens of residents burnt ..."):
    # the crowd is named after "of" (not "an unidentified group of youths":
    # doers nobody could name are coded as an unidentified armed group)
    agents += [t for a in agents if not any(c.lower_ in WORDS.unknown_doer_modifiers
                                            for c in a.children)
               and not overlaps_cue([a], ctx.cues, "crowd_cue")  # ("residents of Kisii")
               for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" for t in head_phrase(g)]
    # ("beaten by men said to be the senator's backers"): what the doers
    # were said to be names them
    agents += [t for a in agents for t in said_to_be(a)]
    if not agents or crowd_armed_itself(ctx.cues.text_lower):
        return False
    if any(c.lower_ in WORDS.unknown_doer_modifiers for a in agents for c in a.children):
        return False  # ("unidentified youths attacked"): an unidentified armed group
    cues = ctx.cues
    if not overlaps_cue(agents, cues, "crowd_cue") and any(crowd_named_before(a) for a in agents):
        # ("Villagers caught a man stealing a goat. They beat him to death."): the
        # crowd of the sentence before, unless this one names an armed group
        return not (ctx.cue("non_state") or ctx.cue("identity_group"))
    # what an apposition says they are counts too ("a youth, a Pokot militia, shot ...")
    described = agents + [t for a in agents for c in a.children if c.dep_ == "appos"
                          for t in head_phrase(c)]
    return (overlaps_cue(agents, cues, "crowd_cue") or _counted_crowd(agents)) and not (
        armed(described, cues) or overlaps_cue(described, cues, "identity_group")
        or any(said_to_be_armed_group(a, cues) for a in agents)
    )


def _counted_crowd(agents: list[Token]) -> bool:
    """Plain people counted in the hundreds or thousands ("hundreds of men burnt
    the church", "thousands of people stormed the station"): so many people are
    a crowd. Not when they carry arms ("hundreds of men armed with machetes"),
    nor a people of a named kind ("hundreds of settlers"), which the crowd and
    actor cues read for what they are."""
    return any(a.lower_ in WORDS.crowd_numbers and any(
        g.lower_ in WORDS.counted_people and not any(
            t.lower_ in WORDS.armed_modifiers for t in g.subtree)
        for p in token_children(a) if p.dep_ == "prep" and p.lower_ == "of"
        for g in token_children(p) if g.dep_ == "pobj") for a in agents)


def doers_before_a_place(verb: Token, agents: list[Token]) -> list[Token]:
    """The doers told before a place the parser took for the subject ("a band of
    youths from a village in one constituency, X county have burnt down three
    homes": "county" is the verb's subject, the band hangs on the verb as
    another dependent before the comma). The subject must be an area noun or a
    place name right after a comma; the noun before the comma is who did it."""
    if not agents:
        return []
    subject = agents[0]
    if subject.dep_ != "nsubj" or not (subject.lower_ in WORDS.area_nouns
                                       or subject.ent_type_ in ("GPE", "LOC")):
        return []
    start = min(t.i for t in agents)
    comma = subject.doc[start - 1] if start > 0 else None
    if comma is None or comma.text != ",":
        return []
    return [t for c in token_children(verb) if c.i < comma.i and c.pos_ in ("NOUN", "PROPN")
            and c.dep_ in ("advcl", "npadvmod", "dep", "nsubj", "appos")
            for t in head_phrase(c)]


def doers_of_verbless_lead(verb: Token) -> list[Token]:
    """The noun that heads a sentence the parser left without a finite verb,
    its act read as a clause on it ("A group of miners attacked and badly hurt
    three officers": 'attacked' an acl of 'group'): the noun did the act when the
    act has a direct object of its own ("a man attacked by a mob", "two men
    killed in a brawl" tell the noun's harm, with no object)."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    acts = [verb, *verb.conjuncts]
    deps = {c.dep_ for a in acts for c in token_children(a)}
    if "dobj" not in deps or deps & {"agent", "auxpass"}:
        return []
    return head_phrase(noun)


def led_into(verb: Token) -> list[Token]:
    """The people someone led into the act ("the MP led a group of rowdy youths in
    storming polling stations"): the object of a leading verb whose "in" phrase
    holds the act; they did it (their leader is named as such, not as the crowd)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lower_ not in WORDS.leading_verbs:
        return []
    return verb_objects(prep.head)


def said_to_be(token: Token) -> list[Token]:
    """What a participle of hearsay says the token's people are ("men said to be
    the senator's backers", "men believed to be youths from the next
    village"): the head phrase after "to be". The participle hangs on the token,
    or stands right after it where the parser hung it elsewhere."""
    doc = token.doc
    participles = [c for c in token.children if c.dep_ == "acl"]
    if token.i + 1 < len(doc) and doc[token.i + 1] not in participles:
        participles.append(doc[token.i + 1])
    return [t for p in participles if p.lower_ in WORDS.hearsay_participles
            for be in p.children if be.dep_ == "xcomp" and be.lower_ == "be"
            for a in be.children if a.dep_ == "attr" for t in head_phrase(a)]


CROWD_DROVE_OUT = "a crowd drove people out by force: mob violence"


def expulsion_by_no_crowd(trig: Trig, cues: StatusCues) -> bool:
    """An expulsion word ("chased away", "evicted") that no crowd did, or that
    drove out armed men: forces evicting squatters, gunmen driving villagers
    from their homes, or villagers chasing off raiders (a fight) are no mob's
    act. Only "angry villagers chased the chief away", "residents evicted
    suspected criminals from their homes" is mob violence."""
    if trig.cls.name != "mob_violence" or trig.span.text.lower() not in WORDS.expulsion_words:
        return False
    root = trig.span.root
    doers = agents_of(root)
    if not overlaps_cue(doers, cues, "crowd_cue") or armed(doers, cues)\
            or overlaps_cue(doers, cues, "identity_group")\
            or any(c.lower_ in WORDS.unknown_doer_modifiers for d in doers for c in d.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in WORDS.forceless_manners for c in root.children):
        return True  # ("verbally ejected the bishop"): words, no force
    # ("evicted suspected criminals": the people a crowd punishes, no armed side)
    objects = verb_objects(root, noun_group)
    return armed(objects, cues) and not overlaps_cue(objects, cues, "mob_target_cue")


def crowd_named_before(pronoun: Token) -> bool:
    """'They' as the doer, where the sentence before has a crowd as its doer and
    names no forces, armed group or community militia ("Traders caught a man
    stealing a phone. They beat him and set him on fire."): a lynching told over
    two sentences is the crowd's."""
    if pronoun.lower_ != "they":
        return False
    doc = pronoun.doc
    start = next(t.i for t in pronoun.sent if not t.is_space)
    last = next((doc[i] for i in range(start - 1, -1, -1) if not doc[i].is_space), None)
    if last is None or "\n\n" in doc.text[last.idx:pronoun.idx]:
        return False  # (the text's first sentence; a new paragraph tells of someone else)
    before = last.sent
    cues = StatusCues.for_sentence(doc, before)
    if any(label in cues.by_label for label in ("state_forces", "non_state", "identity_group")):
        return False  # ("Police chased the youths. They ...": who 'they' are is unclear)
    return crowd_subject(before, cues)


def said_to_be_armed_group(token: Token, cues: StatusCues) -> bool:
    """A clause on the crowd word says it belongs to an armed group ("youths
    thought to belong to the banned militia", "a group of youths, believed
    to be members of the MRC"): ACLED codes the group's attack, not a mob."""
    heads = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        heads.append(token.head.head)  # "a group of youths, suspected to be ..."
    described = [t for h in heads for c in h.children if c.dep_ in ("acl", "relcl", "appos")
                 for t in c.subtree]
    return overlaps_cue(described, cues, "non_state")


def forces_against_crowd(trig: Trig, ctx: Context) -> bool:
    """ACLED: state forces fighting an unarmed crowd outside any demonstration
    ("police and hawkers clashed", "residents engaged police in running
    battles") is a riot (mob violence), not a battle between armed sides."""
    if ctx.cue("non_state") or ctx.cue("identity_group")\
            or crowd_armed_itself(ctx.cues.text_lower):
        return False
    sides = fight_sides(trig)
    if any(t.lower_ in WORDS.armed_modifiers for t in sides):
        return False  # ("police clashed with armed residents"): an armed side
    cues = ctx.cues
    return overlaps_cue(sides, cues, "state_forces") and overlaps_cue(sides, cues, "crowd_cue")


COMMUNAL_FIGHT = "communities or residents fighting each other: communal militias"


def land_at_stake(sent: Span) -> bool:
    """The sentence, or the one before it, names land, a boundary or grazing
    as what is disputed ("clashed over a boundary", "a row over a piece of
    land. ... residents clashed for three days")."""
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lower_ in WORDS.land_dispute_words
               for t in doc[before.start:sent.end])


def communities_only(ctx: Context) -> bool:
    """Every crowd the sentence names is the people of a place or a community
    ("residents", "villagers", "the two communities"), none a crowd of some
    other kind (supporters, students, traders)."""
    crowds = ctx.cues.by_label.get("crowd_cue", ())
    return bool(crowds) and all(span.text.lower() in WORDS.community_crowds for span in crowds)


RIOT_MET_BY_FORCES = "property destroyed by crowds that forces dispersed: a riot met by the forces"


def forces_broke_up_crowd(ctx: Context) -> bool:
    """The sentence tells forces breaking up the crowd with crowd-control means
    or a dispersal ("police fired rubber bullets to disperse them")."""
    return acting_state_forces(ctx.cues) and any(
        c.text.lower() in WORDS.crowd_control_means
        or c.root.lower_ in WORDS.self_dispersal_verbs
        for c in ctx.cues.by_label.get("intervention_cue", ()))


RIOT_IN_STORY_OF_PROTESTS = "a crowd's violence in a story of demonstrations: their riot"


def crowd_riot_in_protest_story(trig: Trig, ctx: Context) -> bool:
    """Violence of a demonstration's kind (stones thrown, a building broken
    into) done by a crowd (a crowd word, "hundreds of people", a movement's
    activists; "a group of men" may be a gang), neither armed nor forces, in a
    story whose earlier sentence's event was typed a demonstration ("Protesters
    attacked a base on the second day of demonstrations. On Monday, hundreds of
    people broke into the mission's offices"): the demonstrators' riot, not a
    mob's. A crowd that hurts or kills someone, a mob word, an attack on
    someone's rally and a crowd that hits the demonstrators keep their own
    rules; so does a rally where rival crowds fought (its event is no
    demonstration)."""
    if not ctx.demonstration_typed:
        return False
    root = trig.span.root
    doers = agents_of(root) if root.pos_ in ("VERB", "AUX") else []
    crowd = overlaps_cue(doers, ctx.cues, "crowd_cue", "protesters_cue")\
        or any(d.lower_ in WORDS.crowd_doers or d.lower_ in WORDS.crowd_numbers
               for d in doers)
    if not crowd or armed(doers, ctx.cues) or ctx.cue("identity_group"):
        return False
    # (a crowd that beat a man to death punished someone: a mob)
    victims = verb_objects(root, noun_group)
    if ctx.labels & {"kill", "injure"} or overlaps_cue(victims, ctx.cues, "civilians")\
            and not overlaps_cue(victims, ctx.cues, "state_forces"):
        return False
    return not violence_at_someones_rally(ctx) and not crowd_attacked_demonstrators(ctx)


_FIREARM_HARM = frozenset({"attack", "kill", "injure"})
FIRED_ON_CROWD_IN_STORY = "forces fired on the crowd of a demonstration told before"


def forces_fired_on_crowd_in_story(trig: Trig, ctx: Context) -> bool:
    """People hurt or killed when state forces used firearms on a crowd, in a
    story whose earlier sentence's event was typed a demonstration ("Troops
    shot dead ten protesters on Monday. More than 100 people were wounded when
    soldiers fired live rounds at crowds near the bridge"): the toll of the
    same force used on the demonstrators, not an attack on civilians of its
    own. Victims who are forces, and a sentence naming an armed group or a
    community militia, keep their own rules."""
    if not ctx.demonstration_typed or trig.cls.name not in _FIREARM_HARM:
        return False
    if not acting_state_forces(ctx.cues) or not _shots_at_people(ctx.cues):
        return False
    if ctx.cue("non_state") or ctx.cue("identity_group"):
        return False
    root = trig.span.root
    victims = verb_objects(root, noun_group) if root.pos_ == "VERB" else list(trig.span)
    if overlaps_cue(victims, ctx.cues, "state_forces"):
        return False  # ("two officers were wounded"): the forces were hurt
    return overlaps_cue(victims, ctx.cues, "civilians", "crowd_cue", "protesters_cue")\
        or ctx.cue("crowd_cue") or ctx.cue("protesters_cue")


CLASHES_TOLD_AGAIN = "the demonstration's clashes named again: its riot"
_DEFINITE = frozenset({"the", "these", "those"})
_TOLL_OF_CLASHES = frozenset({"armed_clash", "kill", "injure"})


def clashes_told_again(trig: Trig, ctx: Context) -> bool:
    """A fighting noun with the definite article and no sides of its own ("A member of
    the party's youth wing also died in the clashes", "dozens were hurt in the
    fighting"), in a story whose earlier sentence's event was typed a demonstration:
    the fight that sentence told, named again, not a battle of two unidentified armed
    groups. Sides named ("clashes between two militias"), an armed group or a
    community militia in the sentence, or another act told beside keep their rules."""
    return ctx.demonstration_typed and fight_named_again(trig, ctx.labels, ctx.cue_labels)


def fight_named_again(trig: Trig, labels: set[str], cue_labels: set[str]) -> bool:
    """A definite fighting noun with no sides of its own, its sentence telling no
    other act than the fight's toll (see clashes_told_again)."""
    root = trig.span.root
    if trig.cls.name != "armed_clash" or root.pos_ != "NOUN" or labels - _TOLL_OF_CLASHES\
            or cue_labels & {"non_state", "identity_group"}:
        return False
    children = token_children(root)
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)\
        and not any(c.dep_ == "prep" and c.lower_ == "between" for c in children)


def crowd_went_past_barriers(trig: Trig, cues: StatusCues) -> bool:
    """A barricade noun that a crowd pushed aside, crossed, removed or got through
    ("farmers pushed aside barricades on the bridge", "marchers climbed the barriers",
    "students pushed through barricades"): the
    barriers were someone else's, put up against the crowd, so they are no road
    block of the crowd's own (ACLED's violent road block is one the crowd builds
    or burns). The forces clearing barricades ("police removed the barricades")
    cleared the crowd's, which stay its road block."""
    root = trig.span.root
    if trig.cls.name != "protest_violence" or root.lower_ not in WORDS.barrier_nouns:
        return False
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in WORDS.barrier_passing_preps:
        verb = verb.head  # ("pushed through barricades", "climbed over the barriers")
    elif root.dep_ != "dobj":
        return False
    if verb.lower_ not in WORDS.barrier_passing_verbs:
        return False
    doers = agents_of(verb)
    return bool(doers) and not overlaps_cue(doers, cues, "state_forces")\
        and not armed(doers, cues)


def people_marched_off(trig: Trig, cues: StatusCues) -> bool:
    """A marching verb whose object is people ("gunmen ... marched the passengers away",
    "marched their captives into a forest"): the captors made them walk, no one
    demonstrated. ("Protesters marched the streets": a place, still a march.)"""
    root = trig.span.root
    if trig.cls.name != "protest" or root.pos_ != "VERB"\
            or root.lower_ not in WORDS.forced_walk_verbs:
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    # (armed doers march no demonstrators: "gunmen marched the travellers into the bush")
    return bool(objects) and (armed(agents_of(root), cues) or any(
        c.pos_ == "PRON" or overlaps_cue([c], cues, "civilians")
        or in_trigger_of(c, ("abduction",)) for c in objects))


def shots_into_the_air(trig: Trig) -> bool:
    """A shooting word whose shots went "in/into the air" ("officers fired into
    the air to scatter a crowd", "lobbed teargas and shooting in the air") with no
    one as its object: warning shots hit nobody, so they are no attack on anyone
    (the dispersal they serve types the demonstration or the riot). Shots at
    someone told beside them ("fired in the air and shot two marchers") are a
    trigger of their own."""
    if trig.cls.name != "attack":
        return False
    root = trig.span.root
    if any(c.dep_ == "dobj" and c.lower_ not in WORDS.shot_nouns for c in root.children):
        return False  # ("shot the man in the air base"): someone was shot
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into")
               and any(o.dep_ == "pobj" and o.lower_ in WORDS.skyward_words for o in c.children)
               for c in root.children)


LOOTING_IN_UNREST = "looting or arson by no one named, told in unrest: a riot"


def looting_in_unrest(trig: Trig, ctx: Context) -> bool:
    """Looting or arson whose doers are not named, or are named only as
    looters ("a looted supermarket was set on fire", "looters ransacked a
    mall"), in a sentence that sets it in unrest ("as the unrest spread", "as
    the worst violence in years swept two provinces"): ACLED codes the looting
    of a country's riots as rioters' violence, a violent demonstration with no
    demonstration word. Armed men, forces or a crowd the sentence names keep
    their own rules."""
    if ctx.cue("state_forces") and not _forces_only_in_scene(ctx) or ctx.cue("non_state")\
            or ctx.cue("identity_group") or ctx.cue("crowd_cue"):
        return False
    root = trig.span.root
    doers = agents_of(root) if root.pos_ == "VERB" else []
    if any(d.lower_ not in WORDS.looting_words for d in doers):
        return False  # (a doer the sentence names: "the gang set the shop on fire")
    if _people_burned(trig, ctx):
        return False  # ("set him on fire", "a trader was burnt to death"): harm to people
    return any(t is not trig and _unrest_word(t) and _in_backdrop(t.span.root)
               for t in ctx.trigs)


def _in_backdrop(token: Token) -> bool:
    """The token is in a clause marked "as/while/after ..." that tells the scene
    ("as the unrest spread despite soldiers on the streets"), or in an
    "amid/during ..." phrase."""
    if in_context_clause(token) or token.dep_ == "pobj" and token.head.lower_ in _SCENE_PREPS:
        return True
    for above in [token, *list(token.ancestors)[:4]]:
        if above.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in WORDS.backdrop_marks
                                         for c in above.children):
            return True
    return False


_SCENE_PREPS = WORDS.context_prepositions


def _people_burned(trig: Trig, ctx: Context) -> bool:
    """The arson word's objects are people ("set him on fire", "a trader and his
    son were burnt to death"), not property."""
    root = trig.span.root
    objects = list(trig.span) + (verb_objects(root, noun_group) if root.pos_ == "VERB" else [])
    return any(t.pos_ == "PRON" and t.lower_ not in WORDS.anaphoric_words
               or t.ent_type_ == "PERSON" for t in objects)\
        or overlaps_cue(objects, ctx.cues, "civilians", "crowd_cue", "protesters_cue")\
        or any(t.lower_ == "death" for t in root.subtree)


def _unrest_word(trig: Trig) -> bool:
    """A word that names a country's or a city's unrest ("unrest", "riots", "the
    violence"), not a particular act."""
    text = trig.span.text.lower()
    return text in WORDS.disorder_words or text in RIOT_WORDS or text in VAGUE_VIOLENCE


def ranks_a_day_of_unrest(trig: Trig, trigs: list[Trig]) -> bool:
    """An unrest word under a period a superlative rates ("in the deadliest day of unrest
    the country has seen", "the bloodiest day in two weeks of unrest"), beside another act
    of its sentence: it measures that act against the days of unrest around it, and tells
    no violence of the crowd's own."""
    if not _unrest_word(trig) or not any(t is not trig for t in trigs):
        return False
    token = trig.span.root
    for _ in range(3):  # (unrest -> of -> weeks -> in -> day)
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return False
        token = token.head.head
        if token.lower_ in WORDS.rated_period_nouns and any(
                c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in WORDS.rating_superlatives)
                for c in token_children(token)):
            return True
    return False


def _forces_only_in_scene(ctx: Context) -> bool:
    """The forces are named only in what sets the scene ("as the unrest spread
    despite soldiers on the streets") or as who tells it ("police said"), none
    doing anything the sentence tells."""
    reporting = {s.root.i for s in ctx.cues.by_label.get("reporting_verb", ())}
    spans = ctx.cues.by_label.get("state_forces", ())
    return all(_in_backdrop(s.root) or s.root.dep_ == "nsubj" and s.root.head.i in reporting
               for s in spans)


def unarmed_groups_only(ctx: Context) -> bool:
    """Only crowds in the sentence, no forces or armed groups: a fight between
    supporters or students is mob violence, not a battle."""
    return (ctx.cue("crowd_cue") and not ctx.cue("state_forces") and not ctx.cue("non_state")
            and not ctx.cue("identity_group") and not crowd_armed_itself(ctx.cues.text_lower))


def crowds_are_the_sides(trig: Trig, ctx: Context) -> bool:
    """The fighting word names both its sides in a "between" phrase, each a
    crowd known by whom it follows or what it is ("a fight between supporters
    of the senator and those of the governor", "a brawl between rival
    youths"), none said to be armed: the crowds fought (they are no subject
    the parse could show). Crowds labelled by a party ("between ODM and PNU
    supporters", "rival political supporters": ACLED has coded these as the
    parties' militias), communities (neighbours' fights have rules of their
    own) or anything else ("between herders and police") keep the battle."""
    return _crowds_between(trig.span.root, ctx)


def _crowds_between(noun: Token, ctx: Context) -> bool:
    """The noun's "between" phrase names crowds on both sides."""
    sides = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    return bool(sides) and all(t.lower_ in WORDS.crowd_pronouns or _plain_crowd(t, ctx)
                               for t in sides)


CROWDS_FIGHT_SCENE = "harm in a fight between crowds: mob violence"


def harm_in_crowds_fight(trig: Trig, ctx: Context) -> bool:
    """Harm told as happening in a fight whose "between" phrase names crowds
    ("a voter was knifed in a brawl between backers of two aspirants",
    "hurt in a scuffle between students and touts"), the fight word being no
    trigger of its own: the crowds' fight is the event, Mob violence."""
    root = trig.span.root
    if trig.cls.name not in HARM_TO_PEOPLE or root.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and c.lower_ in WORDS.fight_scene_prepositions
               and _crowds_between(g, ctx)
               for c in root.children for g in c.children if g.dep_ == "pobj")


RIOT_WITH_FORCES_SCENE = "harm in a fight of a crowd with the forces: rioters against them"


def harm_in_riot_with_forces(trig: Trig, ctx: Context) -> bool:
    """Harm told as happening in a fight of an unarmed crowd with state forces
    ("pupils were hurt during a confrontation with residents and police",
    "a man was shot during running battles between youths and police"), no
    demonstration told: the fight is the crowd's riot against the forces, Mob
    violence (as the fighting word itself is: ``forces_against_crowd``), not an
    attack on civilians by whoever the harm's own clause names. Only where the
    fight word only sets the scene ("during"): "killed in confrontations between
    police and supporters" is typed by the fight word itself."""
    root = trig.span.root
    if trig.cls.name not in HARM_TO_PEOPLE or root.pos_ != "VERB":
        return False
    scenes = {g.i for c in token_children(root) if c.dep_ == "prep"
              and c.lower_ in WORDS.fight_scene_prepositions
              for g in token_children(c) if g.dep_ == "pobj"}
    return any(t.cls.name == "armed_clash" and t.span.root.i in scenes
               and scene_preposition(t.span) is not None
               and forces_against_crowd(t, ctx) for t in ctx.trigs)


def _plain_crowd(token: Token, ctx: Context) -> bool:
    """A crowd word with no party label, no arms and no community to it, that
    says what kind of people it is ("rival groups" may be armed men)."""
    if not overlaps_cue([token], ctx.cues, "crowd_cue") or token.lower_ in WORDS.community_crowds\
            or token.lower_ in WORDS.unnamed_group_words:
        return False
    labels = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    return not any(c.pos_ == "PROPN" or c.lower_ in WORDS.party_crowd_modifiers
                   or c.lower_ in WORDS.armed_modifiers for c in labels)


def crowd_subject(sent: Span, cues: StatusCues) -> bool:
    """A crowd word is the doer of some verb in the sentence ("residents beat
    the man", "attacked by villagers"), not a witness ("residents said")."""
    reporting = {i for s in cues.by_label.get("reporting_verb", ()) for i in range(s.start, s.end)}
    for span in cues.by_label.get("crowd_cue", ()):
        root = span.root
        if any(c.lower_ in WORDS.unknown_doer_modifiers for c in root.children):
            continue  # ("unidentified youths"): doers nobody could name, an armed group
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "nsubj":
            root = root.head.head  # "a group of fishermen", "dozens of residents"
        if root.dep_ == "appos" and root.head.dep_ == "nsubj":
            # ("the men, supporters of the MP, clashed", "Kisumu, supporters of two
            # candidates clashed": a fronted place the parser took for the subject):
            # a crowd in apposition to the subject names who did it
            root = root.head
        if root.dep_ == "nsubj" and root.head.i not in reporting\
                and not _harm_suffered(root.head):
            return True
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True
        if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and not reporting:
            # ("Two groups of students of a boys school clash for three days"): the
            # parser left the headline without a verb, the crowd heading it
            return True
    return False


def _harm_suffered(verb: Token) -> bool:
    """A killing or injury verb in a headline's reduced passive ("..., three
    residents killed"): no object, no auxiliary; its subject suffered it."""
    if verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    return in_trigger_of(verb, ("kill", "injure"))


def crowd_violence(ctx: Context, sent: Span) -> bool:
    """Violence with no armed group named, done by a crowd or against a
    suspected thief or "witch": ACLED codes it as mob violence."""
    if ctx.cue("state_forces") or ctx.cue("non_state") or ctx.cue("identity_group"):
        return False
    if crowd_armed_itself(ctx.cues.text_lower):
        return False  # ("residents took up arms against the raiders"): an armed side
    return ctx.cue("mob_target_cue") or crowd_subject(sent, ctx.cues)


# Dependencies of a doer on its verb (or on a headline's event noun).
_DOER_DEPS = frozenset({"nsubj", "nmod", "compound", "poss", "agent"})
# Trigger classes of harm done to people.
HARM_TO_PEOPLE = frozenset({"attack", "kill", "injure"})


MOB_AT_GATHERING = "a mob lynched or harmed someone at the gathering: mob violence"


def mob_justice(ctx: Context) -> bool:
    """A lynching ("demonstrators beat up and nearly lynched a pickpocket"), or
    harm whose doer is a mob ("a driver was stoned to death by a mob during the
    protest"), told of a demonstration: ACLED codes the mob's violence against
    the person it punished, not the demonstrators' violence."""
    mob = {i for t in ctx.trigs if t.cls.name == "mob_violence" and t.status == "new"
           and t.span.text.lower() in WORDS.mob_words for i in range(t.span.start, t.span.end)}
    if not mob:
        return False
    if any(t.span.text.lower() in WORDS.mob_justice_words and t.status == "new"
           for t in ctx.trigs):
        return True
    return any(t.cls.name in HARM_TO_PEOPLE | {"protest_violence"} and t.status == "new"
               and any(a.i in mob for a in agents_of(t.span.root)) for t in ctx.trigs)


def riot_without_demonstration(ctx: Context) -> bool:
    """ACLED: rioters who attack people outside a demonstration ("rioters beat
    up the clerks", "voters rioted and attacked people") are mob violence; a
    violent demonstration needs demonstrators (a protest, march, rally...
    word in the clause), what demonstrators do (stones, tyres, barricades),
    or confronts forces. Property destroyed by a crowd the text calls only
    "rioters" (a noun: "kiosks destroyed by rioters") is the mob's too; a
    named crowd that "rioted and burned" something stays a riot."""
    if not ctx.riot or "protest" in ctx.context_labels:
        return False
    riot_tokens = {i for t in ctx.trigs if t.span.text.lower() in RIOT_WORDS
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
                    a.i in rioter_nouns for a in agents_of(t.span.root)):
                return True
            continue
        if t.cls.name not in HARM_TO_PEOPLE:
            continue
        verb = t.span.root
        # "rioters attacked", "the rioters' attack" (a headline's noun), "rioted
        # and attacked", "Rioters attack and injure journalists"
        heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        by_rioters = any(a.i in riot_tokens for a in agents_of(verb)) or any(
            h.i in riot_tokens or any(c.i in riot_tokens and c.dep_ in _DOER_DEPS
                                      for c in h.children)
            for h in heads)
        victims = verb_objects(verb, noun_group)
        if by_rioters and not armed(victims, ctx.cues):
            return True
    return False


def _is_noun(i: int, trigs: list[Trig]) -> bool:
    """Is token ``i`` (of a trigger) a noun ("rioters"), not a verb ("rioted")?"""
    return any(t.span.start <= i < t.span.end and t.span.doc[i].pos_ in ("NOUN", "PROPN")
               for t in trigs)


ELECTION_UNREST = "election violence, no armed group named: rioters"


def without_unrest_beside_violence(mentions: list[EventMention], doc: Doc
                                    ) -> list[EventMention]:
    """Election violence told with nothing specific ("Continuation of the
    post-election violence", "The violence followed the disputed poll") in a
    text that reports a specific violent event in another sentence frames that
    event; it is no riot of its own. A bare casualty noun ("Fatalities: not
    specified") reports no event that the unrest could frame."""
    vague = [m for m in mentions if MARK_ELECTION_UNREST in m.rule_marks]
    if not vague:
        return mentions
    told = {m.sent_start for m in mentions
            if m.status == "new" and m.event_type in VIOLENT_EVENT_TYPES
            and MARK_ELECTION_UNREST not in m.rule_marks and MARK_SCENE not in m.rule_marks
            and not _casualty_noun_mention(m, doc)}
    return [m for m in mentions if m not in vague or not told - {m.sent_start}]


def _casualty_noun_mention(mention: EventMention, doc: Doc) -> bool:
    """Typed by a casualty noun alone ("deaths", "fatalities", "injuries")."""
    if mention.trigger_class not in ("kill", "injure"):
        return False
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "PROPN")


def _vague_violence_word(trig: Trig) -> bool:
    """The trigger is only a word for violence ("violence", "post-election
    violence"): its head noun, the last word of a noun phrase the parser may
    have left flat ("post-election violence - details not specified"), or the
    span's root."""
    return trig.span.root.lower_ in VAGUE_VIOLENCE or (
        trig.span.root.pos_ != "VERB" and trig.span[-1].lower_ in VAGUE_VIOLENCE)


def election_unrest(trig: Trig, ctx: Context) -> bool:
    """Violence at an election told with nothing more specific ("post-election
    violence continued") and no forces or armed group named: ACLED codes such
    unorganised violence as rioting, and as a violent demonstration: the unrest is
    the crowds' answer to the disputed vote, the same unrest that a text naming it
    "post-election riots" tells."""
    return _vague_violence_word(trig) and ctx.cue("election_cue") and not (
        ctx.cue("state_forces") or ctx.cue("non_state") or ctx.cue("identity_group")
    ) and all(_vague_violence_word(t) for t in ctx.trigs)


ELECTION_UNREST_TOLL = "harm told in election violence, no doer named: rioters"


def harm_in_election_unrest(trig: Trig, ctx: Context) -> bool:
    """Harm to people with no doer told, set in election violence ("ten killed in
    post-election violence", "several injured during electoral violence") and no
    forces or armed group named: the toll of the unrest, a violent demonstration like
    the unrest itself (election_unrest), not the attack of an armed group nobody named."""
    root = trig.span.root
    if trig.cls.name not in HARM_TO_PEOPLE or root.pos_ != "VERB" or agents_of(root):
        return False
    if not ctx.cue("election_cue") or ctx.cue("state_forces") or ctx.cue("non_state")\
            or ctx.cue("identity_group"):
        return False
    return any(t is not trig and _vague_violence_word(t) and _scene_of(t, root)
               for t in ctx.trigs)


def _scene_of(scene: Trig, verb: Token) -> bool:
    """The scene word hangs on the verb by "in/during/amid" ("killed in
    post-election violence"; a noun phrase the parser left flat counts by its
    last noun)."""
    noun = scene.span[-1]
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in WORDS.fight_scene_prepositions\
        and noun.head.head.i == verb.i


# Means no crowd of rioters uses: bombs, shells, grenades, chemical agents.
_ARMED_MEANS = frozenset({"air_strike", "shelling", "grenade", "remote_explosive",
                          "suicide_bomb", "chemical_weapon"})
RALLY_VIOLENCE = "a crowd harmed people at someone's rally or convoy: rioters attacking civilians"
_STONE_WORDS = ("stone", "rock", "pelt")


def violence_at_someones_rally(ctx: Context) -> bool:
    """A crowd that harms the people of a politician's rally or convoy ("youths
    threw stones at the senator's convoy", "journalists were assaulted during
    the party's rally") attacks civilians: ACLED codes rioters' violence against
    civilians outside a demonstration as mob violence. Only a rally word may
    stand for the gathering (a protest word tells demonstrators of their own),
    and with no gathering word only a convoy or motorcade hit; the forces'
    violence, or the crowd's against the forces, stays with the demonstration."""
    protest = [t for t in ctx.trigs if t.cls.name == "protest"]
    if ctx.labels & _ARMED_MEANS or any(
            not any(w.lower_ in WORDS.rally_words and w.pos_ != "VERB" for w in t.span)
            for t in protest):
        return False  # (grenades lobbed into a rally: an armed attack)
    return any(_harms_civilians(t, ctx, entourage_only=not protest) for t in ctx.trigs)


def rallies_left_behind(gathering: list[Trig], triggers: list[Trig]) -> bool:
    """Rally words that only tell where the victim of the clause's harm came
    from or when the harm came ("beaten while walking back from a candidate's rally",
    "stabbed after the rally"): the rally noun the object of one of
    away_from_scene_prepositions. No gathering to code beside the harm, and
    no harm at the rally: the harm's own word types the clause."""
    return bool(gathering) and all(_rally_left_behind(t) for t in gathering) and any(
        t.cls.name in HARM_TO_PEOPLE and t.status == "new" for t in triggers)


def _rally_left_behind(gathering: Trig) -> bool:
    noun = gathering.span.root
    if noun.lower_ not in WORDS.rally_words:
        return False
    # ("from a Party of National Unity rally", parsed as "from a Party of ...
    # rally"): the "of" phrases the parser hung the rally noun in
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head is not noun:
        noun = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in WORDS.away_from_scene_prepositions


def _harms_civilians(trig: Trig, ctx: Context, entourage_only: bool) -> bool:
    """An attack, killing or injury (or stones thrown) not done by forces or armed
    men, whose targets are people, not forces or armed men."""
    root = trig.span.root
    stones = trig.cls.name == "protest_violence" and any(
        w in trig.span.text.lower() for w in _STONE_WORDS)
    if entourage_only and not stones or not stones and (
            trig.cls.name not in HARM_TO_PEOPLE or _vague_violence_word(trig)):
        return False  # ("rallies descended into violence": nobody said to be hurt)
    cues = ctx.cues
    doers = agents_of(root) if root.pos_ == "VERB" else []
    if armed(doers, cues):
        return False
    if not doers and ctx.cue("state_forces"):
        return False  # (who hurt them is not told, and forces were there)
    targets = [t for c in root.children if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pobj" for t in noun_group(g)]
    targets += [t for t in (verb_objects(root, noun_group) if root.pos_ == "VERB" else [])
                if not any(w in t.lower_ for w in _STONE_WORDS)]  # what was thrown
    # ("the senator's convoy"; a convoy word alone is read as the forces' own: "a
    # police convoy" or "a military convoy" names them)
    if armed([t for t in targets if t.lower_ not in WORDS.entourage_words], cues):
        return False
    if entourage_only:
        return any(t.lower_ in WORDS.entourage_words for t in targets)
    return not stones or any(t.lower_ in WORDS.entourage_words or t.ent_type_ == "PERSON"
                             or overlaps_cue([t], cues, "civilians") for t in targets)


# Acts of the demonstrators that make their demonstration violent: an attack, or
# a bomb they threw ("marchers hurled a crude bomb at the police post"; ACLED's
# riot, by precedence over the explosion, like the petrol bombs they throw).
_DEMONSTRATORS_ACTS = frozenset({"attack", "grenade"})


def demonstrators_attack(trigs: list[Trig], cues: StatusCues, violent_cls: TriggerClass,
                          recent_protest: bool) -> list[Trig]:
    """Demonstrators who attack someone make the demonstration violent
    ("students protested and beat up their teacher"; after a protest
    sentence, "They stoned passing cars"): an attack word, or a thrown bomb,
    whose doers are the demonstrators also counts as violence by them."""
    protest_tokens = {i for t in trigs if t.cls.name == "protest"
                      for i in range(t.span.start, t.span.end)}
    if not protest_tokens and not recent_protest:
        return trigs
    extra: list[Trig] = []
    for t in trigs:
        if t.cls.name not in _DEMONSTRATORS_ACTS or t.span.root.pos_ != "VERB":
            continue
        agents = agents_of(t.span.root)
        by_demonstrators = any(a.i in protest_tokens for a in agents) or overlaps_cue(
            agents, cues, "protesters_cue") or any(
            # ("a group of elders protesting the sale ... attacked them"): the doers
            # are described by a demonstration participle
            c.dep_ == "acl" and c.i in protest_tokens for a in agents for c in a.subtree) or (
            # (the parser may hang the attack on the participle itself)
            t.span.root.dep_ == "conj" and t.span.root.head.i in protest_tokens)
        if not by_demonstrators and recent_protest:
            # "They pelted the police": the demonstrators of the sentence before
            by_demonstrators = any(a.lower_ == "they" for a in agents)
        if by_demonstrators and not armed(agents, cues)\
                and not _demonstrators_hit(t.span.root, protest_tokens):
            extra.append(replace(t, cls=violent_cls))
    return trigs + extra


def bomb_of_the_demonstrators(trig: Trig, ctx: Context) -> bool:
    """A thrown bomb that ``demonstrators_attack`` read as the demonstrators' own
    violence ("They then hurled a crude bomb at the police post", after the
    march's sentence): the riot words type it, as they type the crowd's petrol
    bombs; it is no bombing by an unidentified armed group beside the riot (nor
    is the bomb word inside it, "a homemade bomb", another explosive's)."""
    if trig.cls.name not in _THROWN_BOMB_CLASSES:
        return False
    thrown = {(t.span.start, t.span.end) for t in ctx.trigs if t.cls.name == "grenade"}
    return any(t.cls.name == "protest_violence" and (t.span.start, t.span.end) in thrown
               and t.span.start <= trig.span.start and trig.span.end <= t.span.end
               for t in ctx.trigs)


_THROWN_BOMB_CLASSES = frozenset({"grenade", "remote_explosive"})


def _demonstrators_hit(verb: Token, protest_tokens: set[int]) -> bool:
    """The attack's object is the demonstrators ("supporters of the ruling
    party attacked anti-government demonstrators"): those who attacked them
    are someone else, even when their word ("supporters") may name
    demonstrators elsewhere. The people, not their gathering ("youths
    disrupted the rally" is violence at it, with rules of its own)."""
    return any(o.i in protest_tokens and o.lower_ in WORDS.demonstrator_nouns
               for o in verb_objects(verb))


CROWD_ON_DEMONSTRATORS = "a crowd attacked demonstrators: rioters against protesters"


def crowd_attacked_demonstrators(ctx: Context) -> frozenset[int]:
    """The verbs by which a crowd (supporters, a mob, youths) not named as the
    demonstrators attacked or beat them ("supporters of the ruling party
    attacked anti-government demonstrators at their camp"): ACLED codes
    rioters' violence against a demonstration as Mob violence (Rioters against
    Protesters), not a violent demonstration, nor, for the demonstrators'
    word, a peaceful one. Forces and armed men who attack demonstrators have
    rules of their own. Empty when no such verb is told."""
    protest_tokens = {i for t in ctx.trigs if t.cls.name == "protest"
                      for i in range(t.span.start, t.span.end)}
    if not protest_tokens:
        return frozenset()
    mob = {i for t in ctx.trigs if t.cls.name == "mob_violence"
           and t.span.text.lower() in WORDS.mob_words for i in range(t.span.start, t.span.end)}
    found: set[int] = set()
    for t in ctx.trigs:
        root = t.span.root
        if t.cls.name not in _HARM_ON_CROWD or t.status != "new" or root.pos_ != "VERB"\
                or not _demonstrators_hit(root, protest_tokens):
            continue
        agents = agents_of(root)
        agents += [g for a in agents for p in a.children if p.dep_ == "prep"
                   and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if any(a.i in protest_tokens for a in agents) or armed(agents, ctx.cues)\
                or overlaps_cue(agents, ctx.cues, "identity_group"):
            continue
        if overlaps_cue(agents, ctx.cues, "crowd_cue") or any(a.i in mob for a in agents):
            found.add(root.i)
    return frozenset(found)


# Harm a crowd does to demonstrators.
_HARM_ON_CROWD = frozenset({"attack", "kill", "injure", "protest_violence"})


# Trigger classes of harm that make a crowd's storming violent.
_STORM_HARM = frozenset({"kill", "injure", "property_destruction", "protest_violence",
                         "excessive_force", "sexual_violence", "abduction"})


def storming_as_protest(trigs: list[Trig], cues: StatusCues, protest_cls: TriggerClass
                         ) -> list[Trig]:
    """The storm words of ``_stormed_to_protest`` retyped as demonstration words;
    an angry-crowd phrase that names who stormed ("angry residents stormed the
    hospital to protest") is the demonstrators, no mob of its own."""
    stormed = [t for t in trigs if _stormed_to_protest(t, trigs, cues)]
    if not stormed:
        return trigs
    crowd = {a.i for t in stormed for a in agents_of(t.span.root)}
    return [replace(t, cls=protest_cls) if t in stormed else t
            for t in trigs
            if not (t.cls.name == "mob_violence" and t.span.root.i in crowd)]


def _stormed_to_protest(trig: Trig, trigs: list[Trig], cues: StatusCues) -> bool:
    """A crowd that storms a place to protest or demand something ("parents
    stormed the school to protest the transfer", "youths stormed the offices
    demanding jobs"), or storms the streets, with nobody hurt and nothing
    destroyed in the sentence: ACLED codes the demonstration, not mob
    violence or an attack. Armed men who storm a place attack it."""
    root = trig.span.root
    if trig.cls.name != "attack" or root.lower_ not in WORDS.crowd_entry_verbs\
            or root.pos_ != "VERB":
        return False
    agents = agents_of(root)
    # ("a group of youths"): the crowd named after "of"
    agents += [t for a in agents for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" for t in head_phrase(g)]
    if not overlaps_cue(agents, cues, "crowd_cue", "protesters_cue") or armed(agents, cues)\
            or WORDS.armed_modifiers & set(cues.text_lower.split()):
        return False
    if any((t.cls.name in _STORM_HARM or t.cls.name == "attack" and t is not trig
            or t.cls.name == "mob_violence" and t.span.text.lower() in WORDS.mob_words)
           and not sets_scene(t.span) for t in trigs):
        return False  # (a death "after which" they stormed in is their grievance)
    if any(o.lower_ in WORDS.street_words for o in verb_objects(root)):
        return True  # ("residents stormed the streets carrying placards")
    if any(_voting_place(o) for o in verb_objects(root)):
        return False  # ("youths stormed the polling station demanding the register")
    protest = {i for t in trigs if t.cls.name == "protest" for i in range(t.span.start, t.span.end)}
    demand = {i for s in cues.by_label.get("demand_verb", ()) for i in range(s.start, s.end)}
    # the purpose may hang lower when the parser misplaces it ("stormed the
    # hospital after the death of a patient to protest negligence")
    return any(t.i in protest | demand and t.pos_ == "VERB" and (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        or t.tag_ == "VBG" and t.dep_ == "advcl") for t in root.subtree)


def _voting_place(noun: Token) -> bool:
    """A place where votes are cast or counted ("the polling station", "two tallying
    centres")."""
    return noun.lower_ in WORDS.voting_place_nouns and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in WORDS.voting_place_modifiers
        for c in noun.children)


# The forces' acts on a demonstration, which are told with it as one event.
_ACTS_ON_DEMONSTRATORS = frozenset({"excessive_force", "protest_intervention"})
_SHARED_STATUS = "the demonstration it was done to is reported: reported with it"


def acts_share_protest_status(trigs: list[Trig]) -> list[Trig]:
    """The forces' act on demonstrators that a reaction refers to ("condemned the
    incident in which police used excessive force to disperse protesters", "condemned
    the excessive force used against the marchers"), whose clause holds a reported
    demonstration word: the act and the demonstration it was done to are one event,
    reported together, so the act types the demonstration instead of being left
    as background while the demonstrators stay a peaceful protest."""
    reported = [t.span.root for t in trigs if t.cls.name == "protest" and t.status == "new"]
    if not reported:
        return trigs
    return [Trig(t.span, t.cls, "new", _SHARED_STATUS)
            if t.status == "background" and t.cls.name in _ACTS_ON_DEMONSTRATORS
            and any(_in_clause_of(p, t.span.root) for p in reported) else t
            for t in trigs]


def _in_clause_of(token: Token, act: Token) -> bool:
    """Is the token in the act's own phrase, or in the clause whose object the act's
    noun is ("police used excessive force to disperse protesters"), a clause inside
    the sentence, not its main verb?"""
    if act.dep_ == "compound":  # ("the excessive force police used": one noun phrase)
        act = act.head
    if token in act.subtree:
        return True
    verb = act.head
    return act.pos_ == "NOUN" and act.dep_ == "dobj" and verb.dep_ in ("relcl", "acl", "ccomp") \
        and token in verb.subtree


def violent_protests(trigs: list[Trig], cues: StatusCues, violent_cls: TriggerClass
                      ) -> list[Trig]:
    """Protest words modified by "violent(ly)"/"rowdy" also count as violence by
    the demonstrators ("violent electoral protests", "students were violently
    protesting"): the trigger is kept and a violence trigger added on it."""
    marks = {s.root.i for s in cues.by_label.get("violent_modifier", ())}
    if not marks:
        return trigs
    extra = [
        replace(t, cls=violent_cls)
        for t in trigs
        if t.cls.name == "protest"
        and (any(c.i in marks and c.dep_ in ("amod", "advmod") for c in t.span.root.children)
             or _adverb_right_after(t.span, marks))
    ]
    return trigs + extra


def _adverb_right_after(span: Span, marks: set[int]) -> bool:
    """A violent adverb right after the protest word ("pupils protest violently
    over ..."), wherever the parser hung it (a headline's present tense is often
    read as a noun, the adverb given to the next verb)."""
    doc = span.doc
    return span.end < len(doc) and span.end in marks and doc[span.end].pos_ == "ADV"


_GRIEVANCE_PREPS = WORDS.grievance_prepositions


def grievance_tokens(trigs: list[Trig], cues: StatusCues) -> set[int]:
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
        people = root.lower_ in WORDS.demonstrator_nouns
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in _GRIEVANCE_PREPS:
                grievance.update(_objects_of(child, finite_verbs=not people))
            elif child.dep_ == "dobj" and root.pos_ == "VERB" and not people:
                grievance.update(_grievance_group(child))
    protest_roots = {t.span.root.i for t in trigs if t.cls.name == "protest"}
    for span in cues.by_label.get("demand_verb", ()):
        # "in protest of X": the phrase's last token governs X
        head = span.root if len(span) == 1 else span[-1]
        for child in head.children:
            if child.dep_ in ("dobj", "pobj"):
                group = _grievance_group(child)
            elif child.dep_ == "prep":
                group = _objects_of(child)
            else:
                continue
            # ("rights groups condemned the incident in which police dispersed
            # protesters"): what holds the demonstration itself is the condemned
            # event, not the grievance of that demonstration
            if not group & protest_roots:
                grievance.update(group)
    return grievance


# What was done to someone, told of a person the demonstrators speak for.
_STORY_CLASSES = frozenset({"arrest", "kill", "attack", "injure", "excessive_force",
                            "protest_intervention"})


STORY_NOTE = "what was done to someone the demonstrators speak for is their grievance"


def someone_elses_story(trig: Trig, trigs: list[Trig], cues: StatusCues) -> bool:
    """What was done to someone, told in a clause that describes a person who is not
    among the demonstrators ("the family of a hawker clubbed to death by officers
    days earlier", "for the release of an MP who was arrested on Monday"), is
    what the demonstration is about, not what the forces did to it
    ("protesters who were beaten" is)."""
    return trig.cls.name in _STORY_CLASSES and describes_another_person(trig.span, trigs, cues)


def describes_another_person(span: Span, trigs: list[Trig], cues: StatusCues) -> bool:
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
            return not (person.i in protest or person.lower_ in WORDS.demonstrator_nouns
                        or overlaps_cue(head_phrase(person), cues, "crowd_cue",
                                         "protesters_cue", "state_forces")
                        or any(t.i in protest for t in token.subtree))
        if token.head is token:
            break
        token = token.head
    return False


def grievance_words(doc: Doc, grievance: set[int]) -> frozenset[str]:
    """The nouns and names of a grievance, with what stands in apposition to them
    ("the release of Joseph Kamau, an MP who ..."), to know the person again."""
    tokens = [doc[i] for i in grievance]
    tokens += [c for t in tokens for c in t.children if c.dep_ == "appos"]
    return frozenset(t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN"))


def arrest_of_grievance_person(trig: Trig, told: frozenset[str]) -> bool:
    """An arrest, in a sentence after a demonstration's, of the person the
    demonstration was about, named again ("Parents camped outside the court to demand
    the release of the school's owner. ... The owner was arrested after the
    collapse."): the grievance told in full, not the forces acting on the crowd."""
    root = trig.span.root
    if trig.cls.name != "arrest" or root.pos_ != "VERB" or not told:
        return False
    return any(o.lower_ in told and (o.pos_ == "PROPN" or definite(o))
               for o in verb_objects(root, noun_group) if o.pos_ in ("NOUN", "PROPN"))


def _grievance_group(noun: Token) -> set[int]:
    """A noun group with its relative clauses ("a teacher who was arrested"),
    not the clauses a misparse can hang off it."""
    out: set[int] = set()
    group = noun_group(noun)
    # ("the new law and the ministry's plan for arrests of hawkers"): nouns
    # coordinated inside the group, and what a plan or call is "for"
    group += [t for tok in group for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"
              for t in noun_group(c)]
    acts = {t.i for c in group if _demonstrators_act_conjunct(c) for t in noun_group(c)}
    for tok in group:
        if tok.i in acts:
            continue
        out.add(tok.i)
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") or child.dep_ == "prep" and child.lower_ == "for":
                out.update(t.i for t in child.subtree)
    return out


# Trigger classes of what demonstrators do with their hands, never what they protest.
_ACT_CLASSES = ("protest_violence", "property_destruction")


def _demonstrators_act_conjunct(noun: Token) -> bool:
    """A noun the parser coordinated with the grievance that is an act told with
    a participle ("protested against the governor, burning posters and lighting
    bonfires", "... the governor and lit bonfires"): what the demonstrators did,
    misread as a second thing they protested against."""
    if noun.dep_ != "conj":
        return False
    done = any(c.dep_ in ("amod", "compound") and c.i < noun.i
               and (c.tag_ in ("VBG", "VBN") or c.lower_.endswith("ing"))
               for c in noun.children)
    return done and any(in_trigger_of(t, _ACT_CLASSES) for t in noun_group(noun))


def _objects_of(prep: Token, finite_verbs: bool = True) -> set[int]:
    """The noun groups a preposition governs (``finite_verbs=False``: not a
    finite verb the parser hung there, which is a clause of its own)."""
    return {i for pobj in prep.children if pobj.dep_ == "pobj"
            and (finite_verbs or pobj.tag_ not in _FINITE_VERB_TAGS)
            for i in _grievance_group(pobj)}


_FINITE_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD"})  # not a gerund


def crowd_left(span: Span) -> bool:
    """Did the crowd disperse of its own accord ("the students marched peacefully and
    dispersed in the evening")? Intransitive, not passive, no agent: nobody broke
    it up."""
    root = span.root
    if root.lower_ not in WORDS.self_dispersal_verbs or root.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in root.children):
        return False
    doer = root if root.dep_ != "conj" else root.head
    if root.dep_ == "pcomp" and root.head.lower_ in WORDS.self_dispersal_prepositions:
        # ("hundreds rallied peacefully ..., before dispersing in the afternoon"): the
        # gerund's doer is the subject of the clause the preposition hangs on
        doer = root.head.head
        while doer.dep_ in ("advcl", "conj", "xcomp") and doer.head.i != doer.i:
            doer = doer.head
    return any(c.dep_ == "nsubj" for c in doer.children)


FORCES_HURT = "forces hurt or killed at the demonstration: the demonstrators' violence"


def protest_type(ctx: Context) -> tuple[str, str]:
    labels = ctx.labels
    told = ctx.trigs
    if ctx.trigs:
        # ("protested after police shot dead a rider"): the grievance is no force
        # used on the demonstrators
        grievance = harm_setting_scene(ctx.trigs, ctx.cues)
        told = [t for t in ctx.trigs if t not in grievance]
        if ctx.road_blocks_peaceful():
            # (a text of the period in which a blockade was no violence)
            told = [t for t in told if not blockade(t)]
        labels = {t.cls.name for t in told}
    # A fight between rival crowds at a rally is their own (mob) event.
    rival_crowds = "armed_clash" in labels and unarmed_groups_only(ctx)
    if labels & {"protest_violence", "property_destruction"} or (
        "armed_clash" in labels and not rival_crowds
    ):
        return VIOL, "demonstrators used violence"
    if ctx.forces_hurt or forces_hurt_at_demonstration(told, ctx.cues):
        return VIOL, FORCES_HURT
    if "excessive_force" in labels:
        # ("dispersed the march using live bullets"): the lethal means is named
        return FORCE, "lethal force named against demonstrators"
    if labels & {"kill"} and ctx.cue("state_forces") and ctx.cue("lethal_cue"):
        return FORCE, "demonstrators killed or shot by forces"
    if ctx.forces_killed or forces_killed_demonstrators(ctx.trigs, ctx.cues):
        return FORCE, "forces named as the killers of demonstrators"
    if forces_killed_at_demonstration(told, ctx.cues):
        return FORCE, FORCES_KILLED_THERE
    if ctx.intervention_deaths or deaths_in_intervention(ctx.trigs):
        return FORCE, "deaths in the forces' intervention"
    if _killed_at_protest(ctx):
        return FORCE, _KILLED_AT_PROTEST
    if ctx.cue("serious_injury_cue") and ctx.cue("state_forces"):
        # ("beat the marchers with batons, leaving four with fractured skulls"):
        # ACLED counts serious injuries, not only deaths, as excessive force (the
        # cue is kept only in a sentence that tells the forces' intervention)
        return FORCE, "demonstrators seriously hurt by forces"
    if ctx.forces_shot or forces_shot_demonstrators(ctx.trigs, ctx.cues):
        # ("police shot two protesters"): firearms used on the demonstrators
        # themselves, whatever the toll
        return FORCE, "forces shot at the demonstrators"
    if "injure" in labels and ctx.cue("state_forces") and _shots_at_people(ctx.cues):
        # ("two marchers were shot and wounded by police", "riot police
        # opened fire on the marchers; several injured"): firearms used on them
        return FORCE, "demonstrators shot and hurt by forces"
    if labels & {"protest_intervention", "arrest"} or ctx.cue("intervention_cue"):
        return INTER, "forces dispersed, stopped or arrested demonstrators"
    if "injure" in labels and ctx.cue("state_forces"):
        return INTER, "demonstrators injured by forces"
    if ctx.died_at_protest or died_at_protest(ctx.trigs):
        return VIOL, _DIED_AT_PROTEST
    return PEACE, "no violence by or against demonstrators"


_DIED_AT_PROTEST = "someone died at the demonstration, how and by whom untold: not peaceful"
_DEATH_PATH_DEPS = frozenset({"prep", "pobj", "pcomp", "advcl"})


def died_at_protest(trigs: list[Trig]) -> bool:
    """Someone died at the demonstration itself ("one person died in a protest
    against the investor", "a man died after collapsing during the march"), the
    death verb reaching the protest word through its own phrase or clause, no
    forces or killers told (those rules come first): a demonstration with a death
    was no peaceful one. A death the demonstrators protest ("marched over the death
    of a pupil") is a noun in their grievance, not such a verb; one told of a person
    in a relative clause ("the family of a man who died in custody") is the past."""
    protest = {i for t in trigs if t.cls.name == "protest" and t.status == "new"
               for i in range(t.span.start, t.span.end)}
    deaths = {t.span.root.i for t in trigs if t.cls.name == "kill" and t.status == "new"
              and t.span.root.pos_ == "VERB" and t.span.root.lower_ in WORDS.death_words
              and t.span.root.dep_ not in ("relcl", "acl") and not sets_scene(t.span)}
    if not protest or not deaths:
        return False
    for i in protest:
        token = trigs[0].span.doc[i]
        for _ in range(4):
            if token.dep_ not in _DEATH_PATH_DEPS or token.head.i == token.i:
                break
            token = token.head
            if token.i in deaths:
                return True
    return False


_KILLED_AT_PROTEST = "people killed at a demonstration, no doer named: lethal force against it"


def _killed_at_protest(ctx: Context) -> bool:
    """People killed at a demonstration whose own violence is not told, with
    nobody named who killed them ("a student was killed during the protests",
    "two protesters shot dead"): ACLED codes the lethal force used against the
    demonstrators. A death word ("died", "one death") does not say how; a
    killing that sets the scene ("protested after a boy was killed") is the cause."""
    if ctx.labels & _ARMED_MEANS:
        return False  # (grenades thrown into a rally: an armed attack, see the bomb's type)
    return ctx.killed_at_protest or killed_without_doer(ctx.trigs)


def demonstrations_charged(trigs: list[Trig]) -> list[Trig]:
    """The demonstration words of a sentence that tells an arrest, when every one of
    them only says what the people arrested are charged with or what a crackdown is
    aimed at ("detained several people suspected of organising violence at the
    rallies", "held a student leader for inciting a march, part of a widening
    crackdown on dissent"): ACLED codes the arrest of a movement's
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
        if above.lower_ in WORDS.protest_instigation_words\
                or above.lower_ in WORDS.crackdown_nouns or _backdrop_clause(above, triggers):
            charge = True
    return False


def _backdrop_clause(verb: Token, triggers: set[int]) -> bool:
    """A clause marked "as/while" whose verb is no event word and whose subject
    is no event word either ("as the government hardened its response")."""
    if verb.dep_ != "advcl" or verb.i in triggers or not any(
            c.dep_ == "mark" and c.lower_ in WORDS.backdrop_marks for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not "as they staged a sit-in": the people arrested, at their demonstration)
    return bool(subjects) and not any(
        s.pos_ == "PRON" or any(t.i in triggers for t in s.subtree) for s in subjects)\
        and not any(c.dep_ in ("dobj", "attr") and c.i in triggers for c in verb.children)


# Harm that an "after/following ..." phrase of a demonstration's sentence may tell as
# what the demonstrators protest.
_GRIEVANCE_HARM = frozenset({"kill", "attack", "injure"})


def harm_setting_scene(trigs: list[Trig], cues: StatusCues) -> list[Trig]:
    """Harm told in an "after/following ..." phrase of a sentence whose own event is
    a demonstration ("residents protested after police shot dead a rider", "the
    marches began following the killing of a student"), done to someone who is not
    among the demonstrators: what they protest, not force used on them. Harm done
    to the crowd ("marchers fled after police fired on the crowd") stays."""
    protest = [t for t in trigs if t.cls.name == "protest"]
    if not protest or all(sets_scene(t.span) for t in protest):
        return []  # (the harm is the sentence's event: "two died after the march")
    crowd = {i for t in protest for i in range(t.span.start, t.span.end)}
    out: list[Trig] = []
    for trig in trigs:
        if trig.cls.name not in _GRIEVANCE_HARM or not sets_scene(trig.span):
            continue
        root = trig.span.root
        victims = verb_objects(root, noun_group) if root.pos_ == "VERB" else [
            t for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" for t in noun_group(g)]
        if not any(v.i in crowd or v.lower_ in WORDS.demonstrator_nouns for v in victims)\
                and not overlaps_cue(victims, cues, "protesters_cue", "crowd_cue"):
            out.append(trig)
    return out


def forces_attack_demonstrators(trigs: list[Trig], cues: StatusCues,
                                 intervention_cls: TriggerClass) -> list[Trig]:
    """State forces or armed men who attack demonstrators ("police attacked the
    protesters", "officers clobbered peaceful marchers with rungus", "hired goons
    attacked traders protesting outside the offices") intervene in the
    demonstration: an intervention trigger is added on the attack word (how
    badly they hurt anyone is for the typing to weigh; who intervened, for the
    actors)."""
    protest = {i for t in trigs if t.cls.name == "protest"
               for i in range(t.span.start, t.span.end)}
    if not protest:
        return trigs
    extra = [replace(t, cls=intervention_cls) for t in trigs
             if t.cls.name == "attack" and t.span.root.pos_ == "VERB"
             and overlaps_cue(agents_of(t.span.root), cues, "state_forces", "non_state")
             and any(v.i in protest or v.lower_ in WORDS.demonstrator_nouns
                     # ("attacked traders protesting outside the offices")
                     or any(c.dep_ == "acl" and c.i in protest for c in v.children)
                     for v in verb_objects(t.span.root, noun_group))]
    return trigs + extra


_WRECKING = frozenset({"property_destruction", "protest_violence"})


def forces_wreck_demonstrators_things(trigs: list[Trig], cues: StatusCues,
                                      intervention_cls: TriggerClass) -> list[Trig]:
    """State forces who burn, tear down or wreck what belongs to the
    demonstrators ("troops burned the protesters' tents", "police tore down the
    marchers' barricades"; the forces named as the subject or in its "of"
    phrase, "paramilitaries of the Rapid Support Forces"): their act on the
    demonstration, not the demonstrators' violence nor a grievance. The
    destruction word becomes an intervention trigger (how hard the forces hit
    is for the typing to weigh)."""
    protest = {i for t in trigs if t.cls.name == "protest"
               for i in range(t.span.start, t.span.end)}
    if not protest:
        return trigs
    return [replace(t, cls=intervention_cls)
            if t.cls.name in _WRECKING and _forces_wrecked_demonstrators_things(t, cues, protest)
            else t for t in trigs]


def _forces_wrecked_demonstrators_things(trig: Trig, cues: StatusCues, protest: set[int]) -> bool:
    verb = trig.span.root
    if verb.pos_ != "VERB":
        return False
    doers = [t for a in agents_of(verb) for t in noun_group(a)]
    if not overlaps_cue(doers, cues, "state_forces")\
            or overlaps_cue(doers, cues, "protesters_cue", "crowd_cue"):
        return False
    return any(c.dep_ == "poss" and (c.i in protest or c.lower_ in WORDS.demonstrator_nouns)
               for obj in verb_objects(verb) for c in obj.children)


def disorder_of_the_forces(trigs: list[Trig], cues: StatusCues) -> list[Trig]:
    """A word that only says a demonstration became disorderly ("turned violent",
    "spiralled into chaotic scenes"), whose verb has an "as/when ..." clause telling
    the forces' intervention ("as police dispersed the marchers", "as police fired
    tear gas at crowds"): the disorder was the forces' doing, told by the
    intervention's own words, not the demonstrators' violence. The disorder word
    is dropped."""
    if not any(t.cls.name == "protest_violence" and t.span.text.lower() in WORDS.disorder_words
               for t in trigs):
        return trigs
    interventions = {t.span.root.i for t in trigs if t.cls.name == "protest_intervention"}
    interventions |= {c.root.i for c in cues.by_label.get("intervention_cue", ())}
    return [t for t in trigs if not (
        t.cls.name == "protest_violence" and t.span.text.lower() in WORDS.disorder_words
        and _forces_intervene_as(_clause_verb(t.span.root), cues, interventions))]


def _clause_verb(token: Token) -> Token:
    """The verb a predicate word hangs on ("violent" of "turned violent", "scenes"
    of "spiralled into chaotic scenes")."""
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.dep_ not in ("acomp", "pobj", "prep", "attr",
                                                                "dobj"):
            break
        token = token.head
    return token


def _forces_intervene_as(verb: Token, cues: StatusCues, interventions: set[int]) -> bool:
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in WORDS.backdrop_marks for c in clause.children):
            continue
        subjects = [t for c in clause.children if c.dep_ == "nsubj" for t in head_phrase(c)]
        if overlaps_cue(subjects, cues, "state_forces") and any(
                t.i in interventions for t in clause.subtree):
            return True
    return False


def serious_injury_to_crowd(sent_trigs: list[Trig], cues: StatusCues) -> bool:
    """Does the sentence tell someone badly hurt ("left in a coma", "seriously
    injured") who is not among the forces, and not under a negation ("no reports
    of serious injuries")?"""
    spans = cues.by_label.get("serious_injury_cue", ())
    if not spans:
        return False
    forces_hurt = any(
        t.cls.name == "injure" and t.span.root.pos_ == "VERB"
        and overlaps_cue(verb_objects(t.span.root, noun_group), cues, "state_forces")
        for t in sent_trigs)
    if forces_hurt:
        return False  # ("two officers were seriously injured"): the forces were hurt
    return any(not any(t.lower_ in WORDS.injury_negations
                       for t in span.doc[max(span.start - 4, span.sent.start):span.start])
               for span in spans)


def forces_intervene(sent_trigs: list[Trig], cue_labels: set[str]) -> bool:
    """Does the sentence tell the forces' own intervention (tear gas, batons, a
    dispersal, an attack by them on the crowd), not only someone hurt?"""
    return "intervention_cue" in cue_labels or any(
        t.cls.name == "protest_intervention" for t in sent_trigs)


def forces_killed_demonstrators(trigs: list[Trig], cues: StatusCues) -> bool:
    """State forces named as the ones who killed demonstrators ("police killed
    three protesters", "two marchers were killed by soldiers"): lethal force used
    on them, whatever the weapon (the firearm rule above needs a gun word). Only
    the demonstrators as victims: "protested after police killed a rider" is
    their grievance."""
    protest = {i for t in trigs if t.cls.name == "protest"
               for i in range(t.span.start, t.span.end)}
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name != "kill" or trig.status != "new" or root.pos_ != "VERB"\
                or sets_scene(trig.span):
            continue
        if not overlaps_cue(agents_of(root), cues, "state_forces"):
            continue
        victims = verb_objects(root, noun_group)
        if any(v.i in protest or v.lower_ in WORDS.demonstrator_nouns for v in victims)\
                or overlaps_cue(victims, cues, "protesters_cue")\
                or any(_described_as_demonstrator(v, protest) for v in victims):
            return True
    return False


BYSTANDERS_HIT = "forces harmed people told as no part of the crowd: an attack on civilians"
# The preposition whose object a shooting verb was aimed at ("fired at people"; "on"
# also dates the act: "shot him on Tuesday").
_AIMED_AT = "at"


def forces_harmed_bystanders(trig: Trig, cues: StatusCues) -> bool:
    """State forces as the doers of a harm verb whose victims are all told as no
    part of the demonstration or riot ("police shot dead a bystander during the
    riots", "killing a boy who was trying to escape", "a trader shot dead by officers
    while he was fleeing", "fired at people watching the riots"): ACLED codes
    the forces' violence on people who were only there as an attack on civilians,
    not as force used on the demonstrators nor as part of their riot."""
    root = trig.span.root
    if trig.cls.name not in HARM_TO_PEOPLE or root.pos_ != "VERB" or trig.status != "new"\
            or sets_scene(trig.span):
        return False
    doers = agents_of(root)
    if not overlaps_cue(doers, cues, "state_forces"):
        return False
    victims = [v for c in _victim_heads(root) for v in (c, *c.conjuncts)]
    if not victims:
        return False
    # ("... shot by officers while he was fleeing", "hit by police crossfire"): the
    # clause or the means tells that the victim was no target
    by_chance = any(c.dep_ == "advcl" and _bystander_act(c) for c in token_children(root))\
        or any(t.lower_ in WORDS.bystander_words for t in doers)
    return all(by_chance or _told_as_bystander(v) for v in victims)


def sets_scene_of_bystanders_hit(trig: Trig, ctx: Context) -> bool:
    """The demonstration or riot word lies inside the clause of the forces' harm
    to bystanders ("police shot dead a bystander during the protests", "... while
    he was fleeing the riots"), not among its doers: it only says where it
    happened, and the attack is the clause's event."""
    if trig.cls.name not in ("protest", "protest_violence"):
        return False
    for harm in ctx.trigs:
        verb = harm.span.root
        if harm is trig or not forces_harmed_bystanders(harm, ctx.cues):
            continue
        doers = {t.i for a in agents_of(verb) for t in a.subtree}
        if verb.left_edge.i <= trig.span.root.i <= verb.right_edge.i\
                and trig.span.root.i not in doers:
            return True
    return False


def _victim_heads(verb: Token) -> list[Token]:
    """The heads of what a harm verb acted on: its object, its passive subject,
    what it was aimed at ("shot at people") or the noun its participle tells of
    ("a boy killed by police")."""
    heads = [c for c in token_children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        heads.append(verb.head)
    return heads + [g for c in token_children(verb) if c.dep_ == "prep" and c.lower_ == _AIMED_AT
                    for g in token_children(c) if g.dep_ == "pobj"]


def _told_as_bystander(noun: Token) -> bool:
    """The victim's own words name someone who was only there ("a bystander",
    "an innocent passer-by"), or a clause told of them does ("a boy who was
    trying to escape", "people watching the riots")."""
    if noun.lower_ in WORDS.demonstrator_nouns:
        return False  # ("innocent marchers"): the demonstrators themselves
    # (the noun with its own words, not its clauses or phrases: "an innocent
    # passer-by", which the parser may split in odd ways)
    words = [noun] + [t for c in token_children(noun) if c.dep_ not in _NOT_THE_NOUNS_WORDS
                      for t in c.subtree]
    span = noun.doc[min(t.i for t in words):max(t.i for t in words) + 1]
    if any(w in WORDS.bystander_words for w in span.text.lower().split()):
        return True
    return any(c.dep_ in ("relcl", "acl") and _bystander_act(c) for c in token_children(noun))


# Dependents of a noun that are clauses or phrases of their own, not its words.
_NOT_THE_NOUNS_WORDS = frozenset({"relcl", "acl", "prep", "conj", "cc", "appos", "punct"})


def _bystander_act(clause: Token) -> bool:
    """A verb of running away or of watching in the clause ("trying to flee")."""
    return any(t.lower_ in WORDS.bystander_act_verbs for t in clause.subtree)


FORCES_KILLED_THERE = "forces named as the killers of people at the demonstration"


def forces_killed_at_demonstration(trigs: list[Trig], cues: StatusCues) -> bool:
    """State forces named as the ones who killed people in the demonstration's own
    clause ("police killed two people during the protests"), the victims neither
    forces nor told as bystanders (``forces_harmed_bystanders``): lethal force used
    at the demonstration, whatever the weapon, where the firearm rules need a gun
    word and ``forces_killed_demonstrators`` the marchers named as the victims. A
    demonstration with people killed by the forces was no peaceful one. (The
    callers leave out killings the demonstrators protest: harm_setting_scene.)"""
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name != "kill" or trig.status != "new" or root.pos_ != "VERB"\
                or sets_scene(trig.span) or in_context_clause(root):
            continue
        if not overlaps_cue(agents_of(root), cues, "state_forces"):
            continue
        victims = verb_objects(root, noun_group)
        if victims and not overlaps_cue(victims, cues, "state_forces")\
                and not forces_harmed_bystanders(trig, cues):
            return True
    return False


def forces_shot_demonstrators(trigs: list[Trig], cues: StatusCues) -> bool:
    """State forces as the doers of a shooting verb whose object is the
    demonstrators ("police shot two protesters", "soldiers fired on the
    marchers"), the shots no warning or rubber ones ("fired rubber bullets at
    the crowd"): lethal force used on them. The forces' attack word is typed as
    their intervention (forces_attack_demonstrators) unless it is a shot."""
    protest = {i for t in trigs if t.cls.name == "protest"
               for i in range(t.span.start, t.span.end)}
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name != "attack" or trig.status != "new" or root.pos_ != "VERB"\
                or root.lower_ not in WORDS.shooting_verbs or sets_scene(trig.span):
            continue
        if not overlaps_cue(agents_of(root), cues, "state_forces"):
            continue
        if any(t.lower_ in WORDS.harmless_shot_words for t in _shot_phrase(trig.span))\
                or any(t.lower_ in WORDS.harmless_shot_words for t in root.subtree):
            continue
        victims = verb_objects(root, noun_group)
        if any(v.i in protest or v.lower_ in WORDS.demonstrator_nouns for v in victims)\
                or overlaps_cue(victims, cues, "protesters_cue"):
            return True
    return False


_HURT_CLASSES = frozenset({"injure", "kill"})


def forces_hurt_at_demonstration(trigs: list[Trig], cues: StatusCues) -> bool:
    """State forces hurt or killed at the demonstration ("two officers were injured
    during the protest", "marchers stoned the station, injuring three policemen"),
    with no armed group or community militia named and no forces as the doers: the
    demonstrators' violence, a Violent demonstration. ACLED's intervention and
    excessive force are force used on the demonstrators; a demonstration whose
    officers were hurt was no peaceful one. Harm the demonstrators protest
    ("marched after two officers were killed by bandits") is left out by the
    callers (harm_setting_scene)."""
    if cues.by_label.get("non_state") or cues.by_label.get("identity_group"):
        return False
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name not in _HURT_CLASSES or trig.status != "new" or root.pos_ != "VERB"\
                or sets_scene(trig.span):
            continue
        if overlaps_cue(agents_of(root), cues, "state_forces"):
            continue  # ("police wounded an officer's son"): the forces' own act
        if overlaps_cue(verb_objects(root, noun_group), cues, "state_forces"):
            return True
    return False


FORCES_HURT_IN_STORY = "forces hurt after a demonstration told before: its riot"
FORCES_HURT_BY_CROWD = "forces hurt after a crowd's violence told before: the mob's"


def forces_hurt_in_protest_story(trig: Trig, ctx: Context) -> bool:
    """Officers hurt or killed, told on its own in a story whose earlier sentence's
    event was typed a demonstration or a mob's violence ("Traders marched on the
    county offices. Two officers were injured.", "Hundreds of people threw bricks at
    the police ... 53 officers were injured in the disorder"), the sentence telling
    no other act: the toll of the crowd's violence, not an Armed clash of the police
    with an unidentified armed group."""
    return (ctx.demonstration_typed or ctx.mob_typed) and trig.cls.name in _HURT_CLASSES\
        and not ctx.labels - _HURT_CLASSES and forces_hurt_at_demonstration([trig], ctx.cues)


def forces_hurt_in_sentence(trigs: list[Trig], cues: StatusCues) -> bool:
    """Does the sentence tell forces hurt at a demonstration, in the demonstration's
    own sentence or alone in a sentence after it (see forces_hurt_in_protest_story;
    "Two officers were killed in an ambush near the border" tells another act)?
    Kept per sentence for the typing of the demonstration over its sentences."""
    named = {t.cls.name for t in trigs}
    return ("protest" in named or not named - _HURT_CLASSES)\
        and forces_hurt_at_demonstration(trigs, cues)


def _described_as_demonstrator(noun: Token, protest: set[int]) -> bool:
    """A victim whose own relative clause puts them in the demonstration ("a teacher
    who was taking part in a march", "a boy marching with his classmates")."""
    return any(c.dep_ in ("relcl", "acl") and any(t.i in protest for t in c.subtree)
               for c in noun.children)


def killed_without_doer(trigs: list[Trig]) -> bool:
    if any(t.cls.name in _ARMED_MEANS for t in trigs):
        return False
    for trig in trigs:
        root = trig.span.root
        if trig.cls.name != "kill" or trig.status != "new" or root.pos_ != "VERB"\
                or root.lower_ in WORDS.death_words or sets_scene(trig.span):
            continue
        if not agents_of(root) or subject_is_victim(trig, root):
            return True
    return False


def _shots_at_people(cues: StatusCues) -> bool:
    """A firearm cue that is no warning shot or rubber bullet ("shot into the
    air", "rubber bullets", "fired blanks" harm nobody) and tells no one's
    story ("protesting for a woman shot by police": what they protest)."""
    for span in cues.by_label.get("lethal_cue", ()):
        if span.root.dep_ in ("acl", "relcl"):
            continue
        if not any(t.lower_ in WORDS.harmless_shot_words for t in _shot_phrase(span)):
            return True
    return False


def _shot_phrase(span: Span) -> list[Token]:
    """The few words around a firearm cue that say what kind of shot it was, not
    crossing into the clause before or after ("fired in the air and shot two
    marchers": the air was the first clause's)."""
    doc = span.doc
    before = doc[max(span.start - 2, 0):span.start]
    after = doc[span.end:min(span.end + 3, len(doc))]
    cut = [t for t in before if t.pos_ in ("CCONJ", "PUNCT")]
    if cut:
        before = doc[cut[-1].i + 1:span.start]
    words = list(before) + list(span)
    for t in after:
        if t.pos_ in ("CCONJ", "PUNCT"):
            break
        words.append(t)
    return words
