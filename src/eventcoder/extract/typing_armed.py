"""Typing rules of armed violence and strategic developments.

Who fought whom (an armed clash, or an attack on civilians when only one side was armed),
territory taken or regained and by whom, weapons seized or defused, talks broken off, and the
cues that tell an accident or a punitive demolition from an attack. Each rule is a predicate over
a trigger and its sentence, called by ``events`` when it proposes a type; the reason a rule gives
goes into the event's ``type_reason``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.filters import StatusCues, active_accusation
from eventcoder.extract.triggers import TRIGGER_GROUP
from eventcoder.extract.typing_base import (
    ABDUCT,
    ARREST,
    ATTACK,
    CLASH,
    FOUGHT_BACK_TOLD,
    FOUGHT_BACK_WORDS,
    GOV,
    NSA,
    NVT,
    SELF_ARMED_TARGETS,
    WEAK_EXPLOSIVE,
    WORDS,
    Context,
    Trig,
    agents_of,
    armed,
    head_phrase,
    in_context_clause,
    in_dictionary_name,
    in_trigger_of,
    noun_group,
    overlaps_cue,
    scene_preposition,
    subject_or_teller,
    subtree_of,
    verb_objects,
)
from eventcoder.text import parse_table, token_children


def clash_or_attack(trig: Trig, ctx: Context, sent: Span) -> tuple[str, str]:
    """Were both sides armed? Armed clash if so, Attack (on civilians) if not."""
    sub, why = _sides_armed(trig, ctx, sent)
    if sub == ATTACK and ctx.civilian_camp and any(t.lower_ in WORDS.camp_nouns for t in sent):
        why += _CIVILIAN_CAMP_NOTE
    if sub == ATTACK and any(w in WORDS.outsider_nouns for w in ctx.cues.text_lower.split())\
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
                                     and c.lower_ in WORDS.victim_prepositions):
        why += _DOERS_UNDER_TARGET_NOTE
    return sub, why


def _violence_between_sides(ctx: Context) -> bool:
    """An attack word of the sentence has a "between" phrase ("violence
    between the Borana and the Gabra", "an attack between two villages"):
    two sides fought each other, whoever the victims were."""
    return any(t.cls.name == "attack" and t.span.root.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" for g in c.children)
        for c in t.span.root.children) for t in ctx.trigs)


# What ``clash_or_attack`` adds to its reason when a reading rule decided the
# sides (the rule's certainty is looked up without them).
_CIVILIAN_CAMP_NOTE = " (the camp is the shelter for civilians the text named, no forces' site)"
_SHARED_OBJECT_NOTE = " (the object the coordinated verb carries is this verb's too)"
_DOERS_UNDER_TARGET_NOTE = " (the 'by' phrase under the target names the doers)"
_OUTSIDER_NOTE = " (a group's name on a critic, defector or returnee names no member)"
_AIMED_AT_NOTE = " (the shots' target after 'at/on' is among the victims)"
_DIRECT_ENGAGEMENT_NOTE = " (a bomb and gunfire: the attackers engaged directly)"
_SIDE_NOTES = (_CIVILIAN_CAMP_NOTE, _SHARED_OBJECT_NOTE, _DOERS_UNDER_TARGET_NOTE,
               _OUTSIDER_NOTE, _AIMED_AT_NOTE, _DIRECT_ENGAGEMENT_NOTE)


def without_side_notes(why: str) -> str:
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


def _sides_armed(trig: Trig, ctx: Context, sent: Span) -> tuple[str, str]:
    """``clash_or_attack``'s reading of the victims and the doers."""
    root = trig.span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    victims: list[Token] = []
    included: list[Token] = []
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
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")\
            and not any(c.dep_ == "dobj" for c in verb.children):
        # "5 raiders killed by police" (a participle with an object is the doers' verb
        # the parser hung on them: "fighters killed 15 civilians in a raid")
        victims.extend(noun_group(verb.head))
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            victims.extend(noun_group(child))
            # ("a herder who was shot"): the noun the relative pronoun stands for
            victims.extend(_relative_antecedent(child))
            # ("killed seven, including two police officers"): who the victims included
            included.extend(t for p in child.children for t in _included(p))
        elif child.dep_ == "nsubj":
            if reduced_passive or root.lower_ in WORDS.death_words\
                    or verb.lower_ in WORDS.victim_subject_verbs:
                victims.extend(noun_group(child))
                victims.extend(_relative_antecedent(child))
            else:
                agents.extend(child.subtree)
                # ("the gunmen who shot two traders"): the gunmen did it
                agents.extend(_relative_antecedent(child))
        elif child.dep_ == "agent":
            agents.extend(subtree_of(child.children))
        elif victims:
            # ("killed seven, including police officers")
            included.extend(_included(child))
    victims.extend(_among_civilians_only(included, ctx.cues))
    for obj in shared:
        victims.extend(noun_group(obj))
    if root.pos_ in ("VERB", "AUX"):
        victims.extend(_aimed_at(verb))
    if root.pos_ == "NOUN":
        # "the killing of three soldiers", "an attack on a convoy"
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in WORDS.victim_prepositions:
                target, doers = _target_and_doers(child)
                victims.extend(target)
                agents.extend(doers)
            elif child.dep_ == "prep" and child.lower_ == "by":
                agents.extend(subtree_of(child.children))
    # ("a youth thought to be one of the gang's fighters was shot"): who he is said to be
    victims.extend(t for v in list(victims) for t in _told_identity(v))
    victims.extend(_identity_clause_misread(verb))
    cues = ctx.cues
    # ("an al-Shabaab critic was shot"): the group's name on an outsider noun
    victims = [t for t in victims if not _names_outsider(t)]
    # ("a former militia member was killed", "a retired police officer"): left the force
    victims = [t for t in victims if not _no_longer_member(t)]
    if overlaps_cue(trig.span, cues, "non_state", "state_forces"):
        # "the attackers", "raiders": the trigger names the doers, not the victims
        own = set(range(trig.span.start, trig.span.end))
        victims = [t for t in victims if t.i not in own]
        agents = [*agents, *trig.span]
    agent_state = overlaps_cue(agents or agents_of(verb), cues, "state_forces")
    # (the object the parse may hang on the trigger's last word: "shot dead his boss")
    struck = [*victims, *(c for t in trig.span for c in t.children if c.dep_ == "dobj")]
    if agent_state and any(_fellow_of_the_doer(t, cues) for t in struck):
        # ("a rogue officer shot dead two colleagues"): the force turned on its own men
        return CLASH, OWN_FORCE_HARMED
    # "a suspected militant was found dead", "police shot dead a suspected
    # terrorist": a suspect killed is not a battle unless the text reports
    # fighting (an exchange of fire is an armed_clash trigger of the clause)
    # or names the suspect's armed group ("suspected al-Shabaab members").
    suspected = any(t.lower_ in WORDS.suspect_words
                    for t in victims)
    # (the tagger often reads a group's acronym as an adjective: "suspected SLDF
    # militiamen"; the actor matcher's dictionary names say it is a name)
    named_group = suspected and any(
        t.pos_ == "PROPN" or in_dictionary_name(t)
        for t in victims if overlaps_cue([t], cues, "non_state"))
    # (the doers may be left unparsed: "shot dead ... by security personnel")
    if (agent_state or not agents and acting_state_forces(cues))\
            and _band_suspected_of_violence(victims):
        return CLASH, "forces against a band suspected of armed violence"
    # ("police killed two suspected gang members", "suspected kidnappers",
    # "suspected mungiki members"): forces against an armed band
    if suspected and agent_state and any(
            t.lower_ in WORDS.suspected_armed_bands
            or t.dep_ in ("compound", "amod", "nmod") and overlaps_cue([t], cues, "non_state")
            for t in victims):
        return CLASH, "forces against suspects named as an armed band"
    if suspected and agent_state and not named_group\
            and "armed_clash" not in ctx.context_labels:
        return ATTACK, "suspects killed or hurt by forces, no exchange of fire reported"
    suspected = suspected and not named_group
    if agent_state and _community_named_alone(victims, cues):
        return CLASH, _COMMUNITY_FOUGHT
    # ("stormed Kakuma camp"): a camp named by its place shelters civilians
    victims = [t for t in victims if not _camp_named_by_place(t, cues)]
    victims_armed = (armed(victims, cues) and not suspected) or any(
        # ("an army post", not "post-election violence")
        t.lower_ in SELF_ARMED_TARGETS and t.dep_ not in ("compound", "amod", "nmod")
        # ("a refugee camp" shelters civilians)
        and not any(c.lower_ in WORDS.civilian_site_modifiers for c in t.children)
        # ("the camp" of a text that named it a displacement camp)
        and not (ctx.civilian_camp and t.lower_ in WORDS.camp_nouns)
        for t in victims
    )
    victims_civil = overlaps_cue(victims, cues, "civilians") and not victims_armed
    agents_armed = armed(agents, cues) or armed(agents_of(verb), cues)
    # (the subject of "died" is its victim, no doer)
    doer_told = bool(agents) or not set(agents_of(verb)).issubset(victims)
    if victims_armed and not doer_told:
        # ("Two officers and three soldiers were killed", "one of its peacekeepers
        # died"): a toll of armed men whose clause names no doer
        return CLASH, ARMED_VICTIMS_ALONE
    if victims_armed and (agents_armed or not agents):
        return CLASH, BOTH_ARMED
    if victims_civil:
        return ATTACK, CIVILIAN_VICTIMS
    if victims_armed:
        return CLASH, "armed victims"
    state = acting_state_forces(cues)
    nonstate = ctx.cue("non_state")
    if state and nonstate and not ctx.cue("civilians"):
        return CLASH, "state forces and an armed group in the sentence"
    if state and nonstate and agents_armed and not victims:
        return CLASH, "state forces and an armed group in the sentence"
    return ATTACK, NO_ARMED_OPPONENT


def _among_civilians_only(included: list[Token], cues: StatusCues) -> list[Token]:
    """The people an "including" phrase names, less a member of the forces named among
    civilians ("killed 20 people, including 12 children and a police officer"): the
    attack struck the civilians the list names first, and the one officer among them
    makes no battle. Forces named alone or first ("killed seven, including two police
    officers and a driver") stay armed victims."""
    civil = [t for t in included if overlaps_cue([t], cues, "civilians")]
    forces = [t for t in included if armed([t], cues)]
    if civil and forces and civil[0].i < forces[0].i:
        return [t for t in included if t not in forces]
    return included


def _relative_antecedent(pronoun: Token) -> list[Token]:
    """The noun group a relative pronoun that is a subject or object of its clause
    stands for ("a herder who was shot": the herder), or nothing. A plural
    auxiliary after a list whose last noun is singular ("two reservists and a
    herder who were shot") takes up the whole list."""
    clause = pronoun.head
    if pronoun.tag_ not in ("WP", "WDT") or clause.dep_ != "relcl" or clause.i == pronoun.i:
        return []
    noun = clause.head
    if noun.dep_ == "conj" and noun.tag_ in ("NN", "NNP") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in WORDS.plural_auxiliaries
            for c in clause.children):
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
    return noun_group(noun)


# Words on a fellow noun that keep it the doer's own ("his fellow officers").
_OWN_MARKS = frozenset({"fellow", "own"})


def _fellow_of_the_doer(token: Token, cues: StatusCues) -> bool:
    """Is the victim word one that names the doer's own fellows ("two colleagues", "his
    commander"), with no word tying it to another body ("a rebel commander", "the
    gang's commander", "the commander of the militia")?"""
    if token.lower_ not in WORDS.fellow_member_nouns:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        # ("killed ten people, two of them his colleagues"): a part of a larger toll,
        # whose victims the text tells as others
        return False
    # (an adjective may be the verb's, misread: "shot dead three colleagues")
    return not any(c.dep_ in ("compound", "nmod") and c.lower_ not in _OWN_MARKS
                   or c.dep_ == "amod" and (c.pos_ != "ADJ" or overlaps_cue([c], cues, "non_state"))
                   or c.dep_ == "poss" and c.pos_ != "PRON"
                   or c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _told_identity(token: Token) -> list[Token]:
    """What a clause on the noun says the person is ("a youth thought to be one of
    the gang's fighters": "one of the gang's fighters"), or what an apposition says he
    is ("Omar, a commander of the rebels,": "a commander of the rebels"), or nothing."""
    for appos in token.children:
        # (a described one, "a commander of ...", not a count's part: "eleven people,
        # among them police officers" names some of them)
        if appos.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                         for c in appos.children)\
                and not any(c.dep_ == "nummod" for c in token.children):
            return noun_group(appos)
    for clause in token.children:
        if clause.dep_ != "acl" or clause.lower_ not in WORDS.identity_report_verbs:
            continue
        for be in clause.children:
            if be.dep_ == "xcomp" and be.lower_ == "be":
                return [t for a in be.children if a.dep_ == "attr" for t in noun_group(a)]
    return []


def _identity_clause_misread(verb: Token) -> list[Token]:
    """The victim and what he is said to be when the parser makes the saying verb the
    clause's head ("a herder believed to be an ONLF fighter was gunned down":
    "believed" the root with "herder" its subject, "gunned" a conjunct with no subject of
    its own)."""
    # (or the saying verb a clause or the subject of the passive: "a herder thought to be
    # a militiaman was gunned down", after a bracketed day that threw the parse off)
    said = verb.head if verb.dep_ == "conj" else next(
        (c for c in token_children(verb) if c.dep_ in ("ccomp", "nsubjpass") and c.i < verb.i
         and c.lower_ in WORDS.identity_report_verbs), verb)
    if said is verb or said.lower_ not in WORDS.identity_report_verbs\
            or any(c.dep_ in ("nsubj", "nsubjpass") and c is not said
                   for c in token_children(verb))\
            or not any(c.dep_ == "auxpass" for c in token_children(verb)):
        return []
    subjects = [c for c in token_children(said) if c.dep_ == "nsubj"]
    told = [t for be in token_children(said) if be.dep_ == "xcomp" and be.lower_ == "be"
            for a in token_children(be) if a.dep_ == "attr" for t in noun_group(a)]
    return [t for s in subjects for t in noun_group(s)] + told if subjects and told else []


# Trigger classes that name armed violence a suspect can be accused of.
_ARMED_ACT_CLASSES = frozenset({"kill", "attack", "armed_clash", "abduction", "remote_explosive",
                                "grenade", "suicide_bomb", "shelling"})


def _band_suspected_of_violence(victims: list[Token]) -> bool:
    """Are the victims several people said to have done armed violence ("three
    men suspected of murdering a chief", "five suspects linked to the
    bombings")? Forces against them fought an armed band (ACLED: an armed
    clash), unless the text calls them unarmed; a lone suspect stays an attack."""
    for token in victims:
        if token.tag_ not in ("NNS", "NNPS") or token.dep_ in _MODIFIER_DEPS:
            continue
        if any(c.lower_ in WORDS.unarmed_modifiers for c in token.children):
            return False
        acts = [g for c in token.children
                if c.dep_ in ("acl", "amod") and c.lower_ in WORDS.suspicion_links
                for p in c.children if p.dep_ == "prep"
                for g in p.children if g.dep_ in ("pobj", "pcomp")]
        if acts and any(_names_armed_act(g) for g in acts):
            return True
    return False


def _names_armed_act(token: Token) -> bool:
    """Is the token inside a trigger of armed violence ("murdering", "the attacks")?"""
    return in_trigger_of(token, _ARMED_ACT_CLASSES)


BOTH_ARMED = "armed victims (both sides armed)"
ARMED_VICTIMS_ALONE = f"{BOTH_ARMED}, no doer in the clause"
CIVILIAN_VICTIMS = "civilian victims"
NO_ARMED_OPPONENT = "no armed opponent reported"
OWN_FORCE_HARMED = "force members harmed by one of their own (armed victims)"


def _camp_named_by_place(token: Token, cues: StatusCues) -> bool:
    """A camp named only by its place ("Kakuma camp", "an attack on Olgana
    camp"): a settlement of refugees, herders or fishermen; a forces' camp
    says whose it is ("Mokowe GSU camp", "a police camp")."""
    if token.lower_ not in WORDS.camp_nouns:
        return False
    names = [c for c in token.children if c.dep_ == "compound"]
    return bool(names) and all(c.pos_ == "PROPN" for c in names)\
        and not overlaps_cue(names, cues, "state_forces", "non_state")
_COMMUNITY_FOUGHT = "forces against a community named alone (its armed men): an identity militia"


def _community_named_alone(victims: list[Token], cues: StatusCues) -> bool:
    """Are the victims a community's name standing alone ("seven Pokot were
    killed by police", "soldiers attacked Kenyan Pokot"), not a modifier of
    civilians ("Maasai herders", "a Pokot village")? Forces that fight a
    community fight its armed men: ACLED codes its identity militia."""
    if not victims or not cues.by_label.get("identity_group")\
            or overlaps_cue(victims, cues, "civilians"):
        return False
    return any(t.dep_ not in _MODIFIER_DEPS and overlaps_cue([t], cues, "identity_group")
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
        if token.lower_ in WORDS.outsider_nouns:
            return True
    return False


def _no_longer_member(token: Token) -> bool:
    """Is the token (part of) a noun that a "former/retired" modifier qualifies ("a
    former Mungiki member", "a retired police officer")? Whoever left a force or a
    group is no armed side of it."""
    for _ in range(3):
        if any(c.dep_ in ("amod", "compound") and c.lower_ in WORDS.former_modifiers
               for c in token.children):
            return True
        if token.dep_ not in _MODIFIER_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _aimed_at(verb: Token) -> list[Token]:
    """Whom shots were aimed at: "fired shots at the officers", "opened fire on
    a patrol", "shot at soldiers" (an "at/on" phrase on the verb or on its
    object "shots/fire")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not all(o.lower_ in WORDS.shot_nouns for o in objects)\
            or not objects and verb.lower_ not in WORDS.shooting_verbs:
        return []  # ("shot dead two civilians at a checkpoint": a place)
    preps = sorted((p for h in (verb, *objects) for p in h.children
                    if p.dep_ == "prep" and p.i > verb.i), key=lambda p: p.i)
    if not preps or preps[0].lower_ not in WORDS.aim_prepositions:
        return []
    return [t for o in preps[0].children if o.dep_ == "pobj" for t in noun_group(o)]


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


def acting_state_forces(cues: StatusCues) -> bool:
    """State forces in the sentence other than as the source of the report
    ("..., police said"): a spokesman is not a side in the fight."""
    reporting = {i for s in cues.by_label.get("reporting_verb", ()) for i in range(s.start, s.end)}
    for span in cues.by_label.get("state_forces", ()):
        root = span.root
        speaker = root
        while speaker.dep_ == "compound" and speaker.head.i != speaker.i:
            speaker = speaker.head  # ("a police commander told reporters"): the title's noun
        if speaker.dep_ == "nsubj" and speaker.head.i in reporting:
            continue
        if _no_longer_member(root):
            continue  # ("a retired army officer"): no force any more
        return True
    return False


# Trigger classes that say a place was fought over (so not taken peacefully):
# a side that pulled out under shellfire or air raids was driven out.
CAPTURE_CLASSES = frozenset({"territory_capture", "territory_regain"})
FIGHTING_CLASSES = frozenset({"armed_clash", "kill", "air_strike", "shelling",
                               "remote_explosive", "grenade", "suicide_bomb"})


def _after_the_holders_left(verb: Token) -> bool:
    """A capture verb with an "after" clause whose verb is a leaving ("took control of
    the district after al Shabaab evacuated it"): the side that held it had gone,
    whatever the words that name it."""
    return any(c.dep_ == "advcl" and _verb_phrase(c) in WORDS.departure_verbs
               and any(m.dep_ == "mark" and m.lower_ == "after" for m in token_children(c))
               for c in token_children(verb))


def _names_a_person(name: Token, cues: StatusCues) -> bool:
    """Is a proper noun a person's name ("troops captured Ovidio Guzman, a son of
    the jailed drug lord", "seized pilot Philip Mehrtens"): one whose apposition or
    title before it is a word for a person (a civilian,
    a fighter or a member of the forces)? People taken are no territory. (The
    entity label alone is not read: the tagger calls towns with unfamiliar names
    PERSON, "retook Wad Madani, the capital of the state".)"""
    while name.dep_ == "compound" and name.head.pos_ == "PROPN":
        name = name.head  # ("Ovidio" of "Ovidio Guzman")
    if _apposition_names_a_person(name, cues):
        return True
    # ("Troops seized Guzman before dawn", after the lead's "captured Ovidio Guzman,
    # a son of the drug lord"): the name the text told as a person's before
    return any(t.lower_ == name.lower_ and t.pos_ == "PROPN" and t.dep_ != "compound"
               and _apposition_names_a_person(t, cues) for t in name.doc[:name.i])


def _side_named_inside(trig: Trig, objects: list[Token]) -> bool:
    """Is the side driven out named inside the trigger, between the drive verb and
    its particle ("driving the rebels out of")?"""
    if len(trig.span) < 4 or [t.lower_ for t in trig.span[-2:]] != ["out", "of"]:
        return False
    return any(trig.span.start < t.i < trig.span.end - 2 for t in objects)


def _possessor(name: Token, verb: Token) -> bool:
    """Is the name the owner of what the verb acted on ("driving commander X's troops
    out of the base"): the troops were driven out, not the commander taken."""
    tok = name
    while tok.head is not tok and tok.head != verb:
        if tok.dep_ == "poss":
            return True
        tok = tok.head
    return False


def _apposition_names_a_person(name: Token, cues: StatusCues) -> bool:
    # (also a title before the name: "seized pilot Philip Mehrtens")
    titles = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if any(t.lower_ in WORDS.person_appositions for t in titles):
        return True
    appositions = [c for c in token_children(name) if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return any(a.lower_ in WORDS.person_appositions for a in appositions) or bool(
        appositions) and overlaps_cue(appositions, cues, "civilians", "state_forces", "non_state")


def _person_taken(verb: Token, cues: StatusCues) -> tuple[str | None, str]:
    """A named person captured or seized: state forces arrest him ("troops captured
    Ovidio Guzman, a son of the drug lord"), an armed group abducts him; with no
    taker told, no type."""
    agents = agents_of(verb)
    gov = overlaps_cue(agents, cues, "gov_actor_cue")
    nonstate = overlaps_cue(agents, cues, "nonstate_actor_cue")
    if gov and not nonstate:
        return ARREST, "a named person taken by state forces"
    if nonstate and not gov:
        return ABDUCT, "a named person taken by an armed group"
    return None, "a named person taken, by no one told"


def _people_taken(verb: Token, cues: StatusCues) -> tuple[str, str]:
    """People captured: state forces that take them arrest them ("the authorities
    said they had captured six more men"), anyone else abducts them."""
    takers = _taker_told(verb, cues)
    state = overlaps_cue(takers, cues, "gov_actor_cue") or any(
        t.lower_ in WORDS.detaining_authorities for t in takers)
    if state and not overlaps_cue(takers, cues, "nonstate_actor_cue"):
        return ARREST, "people taken by state forces"
    return ABDUCT, "people captured"


def territory(trig: Trig, ctx: Context) -> tuple[str | None, str]:
    """Who took the place: the state regains, a non-state actor overtakes."""
    cues = ctx.cues
    root = trig.span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    peaceful = [t.span for t in ctx.trigs if t.cls.name == "nonviolent_transfer"]
    violent = [t.span for t in ctx.trigs if t.cls.name in FIGHTING_CLASSES
               and not any(p.start <= t.span.start < p.end for p in peaceful)]
    if peaceful and not violent:
        return NVT, "taken without fighting / after a withdrawal"
    if (ctx.cue("departure_cue") or _after_the_holders_left(verb)) and not violent\
            and "attack" not in ctx.labels:
        # "occupied the town after the troops left": the holders had gone
        return NVT, "taken after the other side left"
    # The object: people captured are not territory; drugs seized are not either.
    objects = verb_objects(verb)
    if not objects and _counted_people_subject(verb):
        # ("30 were killed and five captured", "eight captured, two killed"): the
        # count is of people taken, told without their passive auxiliary ("captured"
        # is the fighting word: the counted are the other side's men)
        return CLASH, "counted people captured"
    if not objects and _journey_told(trig, verb):
        return None, "a journey: the drive verb takes no one and no place"
    # "drove the militants back from the village": the men expelled are the
    # losers, the place (after "from") is what was taken.
    expelled_from = any(
        c.dep_ == "prep" and c.lower_ in WORDS.expelled_from_prepositions
        and any(g.dep_ == "pobj" and not overlaps_cue(head_phrase(g), cues, "state_forces",
                                                       "non_state")  # "from the unit"
                for g in c.children)
        for head in (verb, *trig.span) for c in head.children)
    if _side_named_inside(trig, objects) and not (
            overlaps_cue(objects, cues, "state_forces", "non_state")
            or any(t.pos_ == "PRON" for t in objects)):
        # ("a scare that drove aid staff out of the region"): only armed men driven
        # out leave a place to the other side
        return None, "those driven out are no armed side"
    if objects and expelled_from and not agents_of(verb):
        if overlaps_cue(objects, cues, "non_state") and not overlaps_cue(
                objects, cues, "state_forces"):
            return GOV, "non-state fighters driven from a place"
        if overlaps_cue(objects, cues, "state_forces") and not overlaps_cue(
                objects, cues, "non_state"):
            return NSA, "state forces driven from a place"
    # ("took control", "raised the national flag"): the phrase names what it took hold
    # of itself; the verb's object is no thing or person seized
    whole = "control" in trig.span.text.lower() or any(
        trig.span.start <= t.i < trig.span.end and t.pos_ == "NOUN" for t in objects)
    if objects and not whole and any(
            t.pos_ == "PROPN" and _names_a_person(t, cues) and not _possessor(t, verb)
            for t in objects):
        return _person_taken(verb, cues)
    if objects and not whole and not (
        overlaps_cue(objects, cues, "territory_noun", "base_noun", "state_forces", "non_state",
                      "civilians")
        or any(t.ent_type_ in ("GPE", "LOC", "FAC")
               or t.pos_ == "PROPN" and not _names_a_person(t, cues) for t in objects)
        or _place_told_before(objects, cues)
    ):
        return None, "object is not a place"
    if objects and any(t.lower_ in WORDS.vehicle_nouns for t in objects)\
            and not overlaps_cue(objects, cues, "territory_noun"):
        return None, "a vehicle or vessel seized, not a place"
    if objects and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in objects):
        if overlaps_cue(objects, cues, "civilians") and not overlaps_cue(
            objects, cues, "state_forces", "non_state"
        ) and not any(t.lower_ in WORDS.territory_nouns
                      for t in objects):
            return _people_taken(verb, cues)
        if overlaps_cue(objects, cues, "state_forces", "non_state") and not any(
            t.lower_ in WORDS.military_sites or t.lower_ in WORDS.force_site_heads
            for t in objects
        ) and not expelled_from:
            # ("drove the militants out of the village" takes the place, not the men)
            return CLASH, "combatants captured"
    agents = _taker_told(verb, cues)
    if trig.span.text.lower().startswith(WORDS.fall_to_phrases):
        agents = subtree_of(t for t in trig.span.root.children if t.dep_ == "pobj") or [
            t for t in trig.span.doc[trig.span.end: trig.span.end + 6]
        ]
    gov = overlaps_cue(agents, cues, "gov_actor_cue")
    nonstate = overlaps_cue(agents, cues, "nonstate_actor_cue")
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


def _counted_people_subject(verb: Token) -> bool:
    """Is the capture verb's subject a bare number, counting nothing after it ("and
    five captured")? The parser reads the elided passive as active with the number
    as its doer, or the verb as a participle on the number ("nine captured and two
    killed"); a number alone names people taken, not takers, and no place."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and not subjects:
        subjects = [verb.head]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if not subjects and before is not None and before.dep_ == "ROOT":
        subjects = [before]  # (the number cut off as a sentence of its own)
    return len(subjects) == 1 and subjects[0].like_num and not any(
        c.dep_ in ("prep", "compound", "amod", "det") for c in subjects[0].children)


def _taker_told(verb: Token, cues: StatusCues) -> list[Token]:
    """Who took the place: the capture verb's doers, or, when a side tells its own
    capture with a pronoun ("the army said it had taken control of the town"), the
    side that tells it (only a saying verb's teller: "residents feared they ...")."""
    agents = agents_of(verb)
    if not agents or not all(t.pos_ == "PRON" for t in agents)\
            or not overlaps_cue([verb.head], cues, "reporting_verb"):
        return agents
    teller = subject_or_teller(verb)
    return head_phrase(teller) if teller is not None and teller.pos_ != "PRON" else agents


def _journey_told(trig: Trig, verb: Token) -> bool:
    """A drive verb with its particle and no object, in the active voice ("kidnapped
    a priest as they drove back from a funeral"), tells where people travelled: a
    side driven back or out is the verb's object ("drove back the attackers") or its
    passive subject. (A relative clause's object is its head noun: "the rebels the
    army drove out" is left to the capture rules.)"""
    if trig.span.text.lower() not in WORDS.journey_phrases or verb.dep_ in ("relcl", "acl"):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token_children(verb))


def _place_told_before(objects: list[Token], cues: StatusCues) -> bool:
    """The object is "it" and the clause before it names a place ("attacked the
    village and seized it"): the pronoun takes that place up."""
    if [t.lower_ for t in objects] != ["it"]:
        return False
    before = [t for t in objects[0].sent if t.i < objects[0].i]
    return overlaps_cue(before, cues, "territory_noun")\
        or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in before)


def leads_people(verb: Token) -> bool:
    """A verb whose direct object is people led ("marched the hostages", "marching
    them"), not a route or a place."""
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in WORDS.led_people)
               for c in verb.children)


def only_a_source(token: Token, cues: StatusCues) -> bool:
    """The word names who reported ("according to vigilantes", "vigilantes
    said", "..., residents and a leader of a local vigilante group said."), not
    who acted."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    reporting = {i for s in cues.by_label.get("reporting_verb", ()) for i in range(s.start, s.end)}
    return token.dep_ == "nsubj" and token.head.i in reporting\
        or _in_closing_attribution(token, reporting)


def _in_closing_attribution(token: Token, reporting: set[int]) -> bool:
    """The word is in the tellers' phrase that closes the sentence after a comma
    (", residents and a leader of a local vigilante group said."): no verb
    between the comma and the reporting verb, and the verb ends the sentence.
    Read from the words, as the parser often hangs such a phrase on the last
    object of the report ("cut their throats, residents ... said")."""
    if not reporting:
        return False
    doc = token.doc
    sent = token.sent
    j = token.i + 1
    while j < sent.end and j not in reporting:
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";"):
            return False
        j += 1
    if j >= sent.end or j + 1 < sent.end and not doc[j + 1].is_punct:
        return False
    k = token.i - 1
    while k >= sent.start and doc[k].text != ",":
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
        k -= 1
    return k >= sent.start


def places_held(trig: Trig, cues: StatusCues) -> bool:
    """A hostage word whose holding verb takes places, not people ("attacked and
    held hostage two police posts", "held the town hostage"): a siege of the place,
    which the attack words type; nobody was taken away."""
    if "hostage" not in trig.span.text.lower():
        return False
    root = trig.span.root
    if root.dep_ == "compound":
        # (the parser may hang the word on the object or its number: "hold hostage
        # three police posts")
        held = root.head
        while held.dep_ in ("compound", "nummod") and held.head.i != held.i:
            held = held.head
        objects = [held] if held.pos_ == "NOUN" else []
    else:
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        objects = [c for c in token_children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(
        overlaps_cue([o], cues, "base_noun", "territory_noun") for o in objects)


def names_a_doer(trig: Trig) -> bool:
    """An agent noun ("the kidnappers", "a suspected rapist") names who did an
    act, not an act the sentence reports ("police pursued the kidnappers")."""
    return trig.span.text.lower() in WORDS.doer_nouns


def _verb_phrase(verb: Token) -> str:
    """A verb with its particle and the preposition its object hangs on:
    "called off", "pulled out of", "broke down"."""
    words = [verb.lower_]
    words += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join(words)


def talks_broken_off(trig: Trig) -> bool:
    """Talks that were suspended, called off or broke down ("Petro suspended
    peace talks with the ELN", "the peace talks collapsed"): no agreement."""
    root = trig.span.root
    if root.lower_ not in WORDS.talk_nouns:
        return False
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return _verb_phrase(head) in WORDS.talks_ending_verbs
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        return _verb_phrase(head) in WORDS.talks_failing_verbs
    if root.dep_ == "pobj":
        # ("pulled out of the talks", "withdrew from negotiations")
        preps: list[str] = []
        while head.dep_ in ("prep", "prt") and len(preps) < 3:
            preps.insert(0, head.lower_)
            head = head.head
        if preps and head.pos_ == "VERB":
            return " ".join([_verb_phrase(head), *preps]) in WORDS.talks_ending_verbs
    return False


def _ending_phrase(noun: Token) -> str | None:
    """The verb phrase a noun is the object (or passive subject) of, with the
    prepositions between them: "called off", "pulled out of"; None if none."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return _verb_phrase(head)
    if noun.dep_ != "pobj":
        return None
    preps: list[str] = []
    while head.dep_ in ("prep", "prt") and len(preps) < 3:
        preps.insert(0, head.lower_)
        head = head.head
    return " ".join([_verb_phrase(head), *preps]) if preps and head.pos_ == "VERB" else None


def truce_called_off(trig: Trig) -> bool:
    """A truce a party ends ("the rebels were calling off a ceasefire", "the truce
    was scrapped"): that party changes what it does, no agreement is made. (A truce
    that collapsed with no one ending it stays an Agreement.)"""
    root = trig.span.root
    if root.lower_ not in WORDS.truce_nouns:
        return False
    after = root.nbor(1) if root.i + 1 < len(root.doc) else None
    if after is not None and after.lower_ in WORDS.agreement_nouns:
        # ("pulled out of the ceasefire deal", where the parser may read "deal" as
        # a verb): leaving a deal stays an Agreement, as test_typing_agreements_and_
        # territory decided (see the lane's report)
        return False
    return _ending_phrase(root) in WORDS.truce_ending_verbs


def leaves_talks(trig: Trig) -> bool:
    """A withdrawal from talks or a deal ("pulled out of the peace talks",
    "withdrew from the accord"), not from a place."""
    last = trig.span[-1]
    objects = [c for c in last.children if c.dep_ == "pobj"] if last.dep_ == "prep" else []
    return any(o.lower_ in WORDS.talk_nouns or o.lower_ in WORDS.agreement_nouns
               for o in objects)


def accused_of(trig: Trig) -> bool:
    """The act is what someone was accused of, not an event: "a man suspected
    of rape", "lynched for suspected rape", "beaten over alleged kidnapping";
    so too a later act of the same list, "accused of killing four people and
    of arson attacks")."""
    token = _first_of_list(trig.span.root)
    for _ in range(3):
        if _named_in_accusation(token):
            return True
        taking = _act_taking(token)
        if taking is token:
            return False
        token = taking
    return False


def _act_taking(token: Token) -> Token:
    """What the word belongs to inside a clause: the verb whose object it is ("the
    bomber" of "suspected of having accompanied the bomber"), or the noun a relative
    clause it heads tells of ("killed" of "suspected of planting the bomb that killed
    four"); the word itself otherwise. Who or what an act the text accuses someone of
    took, what the thing so taken did, and the act they took part in belong to the
    accusation too."""
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head
    if token.dep_ == "relcl" and token.head.pos_ == "NOUN":
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ in WORDS.participation_prepositions\
            and token.head.head.pos_ == "VERB":
        # ("suspected of taking part in the ambush"): the part someone took in an act
        return token.head.head
    return token


def _named_in_accusation(root: Token) -> bool:
    prep = root.head
    if root.dep_ not in ("pobj", "pcomp") or prep.i == root.i:
        return False
    if prep.lower_ == "of" and prep.head.lower_ in WORDS.accusation_heads:
        # ("residents accused soldiers of killing two men on Sunday"): an active
        # accusation with its accuser and the accused tells the act it alleges; that
        # it is only alleged is the filters' to weigh, as for any claim
        return not active_accusation(prep.head)
    if prep.lower_ == "in" and prep.head.lower_ in WORDS.suspect_words:
        return True  # ("a suspect in the murder of a rider")
    if prep.lower_ in ("to", "with", "for") and prep.head.lower_ in WORDS.link_heads\
            and prep.head.dep_ == "acl":
        return True  # ("suspects linked to the bombings", "a man wanted for murder")
    if prep.lower_ == "with" and prep.head.lower_ in WORDS.link_nouns\
            and prep.head.dep_ == "pobj":
        return True  # ("six were held in connection with that raid"): the arrest's reason
    return prep.lower_ in WORDS.reason_prepositions and any(
        c.dep_ == "amod" and c.lower_ in WORDS.suspect_words for c in root.children)


# Armed acts a superlative can rank (unrest ranked so, "the worst violence in years",
# still tells the crowds' riot the crowd rules read).
_RANKED_ACTS = frozenset({"attack", "armed_clash", "air_strike", "shelling",
                          "remote_explosive", "suicide_bomb", "grenade"})


def ranks_an_event_told(trig: Trig, trigs: list[Trig]) -> bool:
    """An event noun a superlative ranks among others ("one of the deadliest attacks on
    the mission in years", "one of the most serious attacks"), beside another event word
    of its sentence: it places the act the sentence tells among others, and is no act of
    its own."""
    root = trig.span.root
    if trig.cls.name not in _RANKED_ACTS or root.pos_ != "NOUN"\
            or root.lower_ in WORDS.vague_violence or not any(t is not trig for t in trigs):
        return False
    # ("one of the ...": one act among others; "the worst explosion was at the station"
    # picks the story's own act out of several, and stays)
    if not (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lower_ in WORDS.ranking_heads):
        return False
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(
        m.dep_ == "advmod" and m.tag_ == "RBS" for m in token_children(c)))
        for c in token_children(root))


def assault_retells_sexual_violence(trig: Trig, trigs: list[Trig], told: bool) -> bool:
    """A bare assault word ("the women were stopped by armed men and assaulted over
    several hours"), after a sentence of the story told sexual violence as new (``told``),
    with no other act of its own sentence: the word that a rape story uses for the same
    violence again, not an attack of another kind beside it."""
    if not told or trig.cls.name != "attack" or trig.status != "new"\
            or trig.span.text.lower() not in WORDS.assault_words:
        return False
    return not any(t.status == "new" for t in trigs if t is not trig)


def doer_arrested(trig: Trig, trigs: list[Trig]) -> bool:
    """A noun for the men who did an armed act, taken by an arrest verb of its sentence
    ("police arrested a suspected bomber", "two of the attackers were detained"): it
    names who was held, and the arrest is the event, not a bombing by the police."""
    noun = trig.span.root
    if noun.lower_ not in WORDS.armed_doer_nouns:
        return False
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in (
            "NUM", "NOUN", "PRON"):
        noun = noun.head.head  # ("two of the attackers")
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return any(t.cls.name == "arrest" and t.span.root.i == noun.head.i for t in trigs)


def names_a_standing_body(trig: Trig) -> bool:
    """An agreement word that modifies the noun of a standing body ("soldiers entered
    without coordinating with its ceasefire committee", "ceasefire monitors from both
    sides went to the area"): the body's name, no truce agreed in the story."""
    root = trig.span.root
    return trig.cls.name == "agreement" and root.dep_ in ("compound", "amod", "nmod")\
        and root.head.lower_ in WORDS.standing_body_nouns


def campaign_announced(trig: Trig) -> bool:
    """A fight noun that a group announces ("the Pakistani Taliban announced on Sunday
    the start of a spring offensive", "the rebels declared an offensive"): the
    announcement changes what the group does; the fighting has yet to come."""
    noun = trig.span.root
    if trig.cls.name != "armed_clash" or noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of"\
            and noun.head.head.lower_ in WORDS.campaign_start_nouns:
        noun = noun.head.head  # ("the start of a spring offensive")
    return noun.dep_ == "dobj" and noun.head.lower_ in WORDS.campaign_announcing_verbs


LIVESTOCK_RAIDED = "livestock raided: violence against the herders"


def livestock_taken(trig: Trig) -> bool:
    """A theft word whose loot is livestock ("raiders stole 300 goats", "drove away
    the cattle", "the rustling of 800 sheep", "cattle rustling"): ACLED codes a raid on
    herds as violence against the herders, not as looting of goods."""
    if trig.cls.name != "property_destruction":
        return False
    span = trig.span
    if any(t.lower_ in WORDS.livestock_nouns for t in span):
        return True  # ("drove away 200 cattle", "raided livestock")
    root = span.root
    if root.lower_ not in WORDS.livestock_theft_words:
        return False
    # what was taken: the object or passive subject (of the first verb of a pair:
    # "were stolen and driven off"), or "of" after a noun ("rustling of goats");
    # "cattle rustling" names the animals in front of the noun
    heads = [root, root.head] if root.dep_ == "conj" else [root]
    loot = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")
            # ("with 60 animals stolen"): a participle's subject was taken
            or c.dep_ == "nsubj" and h.tag_ == "VBN"]
    loot += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    loot += [c for c in root.children if c.dep_ in ("compound", "nmod")]
    if root.dep_ in ("amod", "acl"):
        loot.append(root.head)  # ("80 stolen animals", "over 80 animals stolen")
    return any(t.lower_ in WORDS.livestock_nouns for o in loot for t in noun_group(o))


def herds_raided(trig: Trig, ctx: Context) -> bool:
    """Livestock taken (``livestock_taken``) with no other property destroyed in the
    clause and no word that nobody was harmed: a raid on the herds, violence against
    their herders. A farm or ranch raided for its herds, a farm invaded and its trees
    cut down, or houses burnt while sheep were driven off, is a raid on property;
    herds taken "without firing a shot" or while "no one was hurt" are looted."""
    if not livestock_taken(trig) or "protest" in ctx.labels or any(
            t.cls.name == "property_destruction" and not livestock_taken(t)
            for t in ctx.trigs if t is not trig):
        # (herders "demanding the return of livestock stolen by raiders" protest
        # a past theft: their demonstration is the clause's event)
        return False
    if any(t.lower_ in WORDS.farm_nouns for t in trig.span.sent):
        return False  # ("raided a ranch, driving away cattle"): the farm's property
    # (a phrase scan of the text, run only for a theft of livestock)
    text = trig.span.doc.text.lower()
    return not any(phrase in text for phrase in WORDS.harm_denied_phrases)


def neutralises_people(trig: Trig, cues: StatusCues) -> bool:
    """A "neutralised" whose object or passive subject is people, not a device ("troops
    had neutralised around 20 assailants", "the attackers had been neutralised"): the
    forces' word for killing or capturing them, an act of violence, no bomb made safe."""
    root = trig.span.root
    if trig.cls.name != "disrupted_weapons" or root.lower_ not in WORDS.neutralising_verbs:
        return False
    return any(
        patient.lower_ in WORDS.armed_doer_nouns or patient.ent_type_ == "PERSON"
        or overlaps_cue(head_phrase(patient), cues, "civilians", "state_forces", "non_state")
        for head in root.children if head.dep_ in ("dobj", "nsubjpass")
        for patient in (head, *(c for c in head.children if c.dep_ == "conj"),
                        *_counted_people(head)))


def _counted_people(head: Token) -> list[Token]:
    """The people a count noun stands for ("a large number of fighters": fighters)."""
    if head.lower_ not in WORDS.people_count_heads:
        return []
    return [pobj for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def burns_a_person(trig: Trig, cues: StatusCues) -> bool:
    """A burning word whose object or passive subject is a person ("a herder
    was burnt with a hot iron by a soldier"): harm to the person, no property
    destroyed. Places, homes, vehicles and sites are things burnt."""
    root = trig.span.root
    if trig.cls.name != "property_destruction" or root.lower_ not in WORDS.burning_verbs:
        return False
    things = WORDS.civilian_site_nouns | WORDS.dwelling_nouns | WORDS.road_vehicles\
        | WORDS.military_sites | WORDS.vehicle_nouns
    return any(
        patient.lower_ not in things and (
            patient.ent_type_ == "PERSON"
            or overlaps_cue([patient], cues, "civilians", "state_forces", "non_state"))
        for head in root.children if head.dep_ in ("dobj", "nsubjpass")
        for patient in (head, *(c for c in head.children if c.dep_ == "conj")))


def destroys_to_drive_out(trig: Trig) -> bool:
    """Property destroyed to drive people out of it ("police burned houses to
    flush out suspected gang members", "torched huts to smoke out the
    rebels"): the burning is aimed at the people who live or hide there, an
    attack on them, not property destroyed for itself. Read on the
    destruction verb's purpose clause: a driving-out verb (word list
    driving_out_verbs) with its particle 'out' and an object."""
    if trig.cls.name != "property_destruction":
        return False
    root = trig.span.root
    purposes = [c for c in root.children if c.dep_ in ("advcl", "xcomp")]
    purposes += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                 for o in c.children if o.lower_ == "order"
                 for g in o.children if g.dep_ == "acl"]  # "in order to smoke out"
    return any(
        p.lower_ in WORDS.driving_out_verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in p.children)
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in p.children)
        and any(c.dep_ == "dobj" for c in p.children)
        for p in purposes)


def raids_homes(root: Token) -> bool:
    """Is what the raid or attack fell on a place where people live ("attacked a
    village", "raided homesteads", "an IDP camp was raided")? ACLED codes
    such a raid as an attack on its people even when only their animals or
    goods are reported taken (unless the text says nobody was hurt:
    HarmTold.retype_property_attacks); a raid on a farm, a school or a shop
    that took only things is looting (word list home_place_nouns; a camp
    only when a word of civilian_site_modifiers says it shelters civilians)."""
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children if g.dep_ == "pobj"]  # "a raid on a village"
    return any(
        o.lower_ in WORDS.home_place_nouns
        or o.lower_ in WORDS.camp_nouns and any(
            m.dep_ in ("compound", "amod") and m.lower_ in WORDS.civilian_site_modifiers
            for m in o.children)
        for head in objects for o in (head, *(c for c in head.children if c.dep_ == "conj")))


# Explosive weapons a gathering can be the target of.
_EXPLOSIVE_CLASSES = frozenset({"grenade", "remote_explosive", "suicide_bomb"})


def bombed_gathering(context: list[Trig]) -> list[Trig]:
    """Protest words that name the target of an explosive ("two men lobbed a
    grenade into a campaign rally", "a bomb went off at a prayer meeting", "a
    grenade hurled into a crowd of marchers"): ACLED codes the bombing, with the
    gathering's people as its victims, not a demonstration. Every protest word
    of the clause must be such a target (a march told for itself stays)."""
    weapons = [t for t in context if t.cls.name in _EXPLOSIVE_CLASSES and t.status == "new"]
    gathering = [t for t in context if t.cls.name == "protest"]
    if not weapons or not gathering:
        return []
    # the verb the weapon word is, or hangs on ("threw a grenade", "grenades were lobbed")
    anchors = {i for w in weapons for i in (w.span.root.i, w.span.root.head.i)}
    if all(_target_of(t.span.root, anchors) for t in gathering):
        return gathering
    return []


def _target_of(noun: Token, anchors: set[int]) -> bool:
    """Is the noun (or the noun its "of" phrase hangs on: "a crowd of marchers")
    the object of a target preposition of one of the anchor tokens?"""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in WORDS.bombed_gathering_prepositions\
        and prep.head.i in anchors


def _first_of_list(token: Token) -> Token:
    """The first item of the list a word belongs to, from the noun it
    qualifies ("arson" in "... and arson attacks" -> the list's first act)."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def downs_manned_aircraft(trig: Trig) -> bool:
    """The object shot down is a crewed aircraft ("shot down a fighter jet"),
    not a drone or a missile."""
    return any(t.lower_ in WORDS.manned_aircraft for t in verb_objects(trig.span.root))


def hands_over_goods(trig: Trig, ctx: Context) -> bool:
    """What was handed over is named and is no place, base or force
    ("handed over the stolen cattle", not "handed over the town"), also as the
    subject it shares with the verb before it ("those held were questioned and
    handed over to the police": people, not a place)."""
    root = trig.span.root
    objects = verb_objects(root, noun_group)
    if not objects and root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX"):
        objects = verb_objects(root.head, noun_group)
    return bool(objects) and not (
        overlaps_cue(objects, ctx.cues, "territory_noun", "base_noun", "state_forces",
                      "non_state")
        or any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" for t in objects))


def definite(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        subjects = [c for c in token_children(token) if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.lower_ in WORDS.anaphoric_words or definite(s) for s in subjects)
    # ("Two other protesters were hospitalised"): more of the ones told before
    return any(c.dep_ in ("det", "poss") and c.lower_ in WORDS.anaphoric_words
               or c.dep_ == "amod" and c.lower_ in WORDS.continuing_modifiers
               for c in token_children(token))


def _included(prep: Token) -> list[Token]:
    """The noun groups an "including"/"among" phrase names ("..., including two police
    officers"); nothing for any other word."""
    if prep.dep_ != "prep" or prep.lower_ not in WORDS.inclusion_prepositions:
        return []
    return [t for o in prep.children if o.dep_ == "pobj" for t in noun_group(o)]


def disruption_doer(trig: Trig, ctx: Context) -> bool:
    """The weapon did the destroying ("a rocket destroyed two of their
    tanks"): it was used, not disrupted."""
    root = trig.span.root
    return any(
        root.i in {t.i for c in other.span.root.children if c.dep_ == "nsubj" for t in c.subtree}
        for other in ctx.trigs if other.cls.name == "disrupted_weapons")


def disrupted_weapon(trig: Trig, ctx: Context) -> bool:
    """The weapon word is what a disrupted-weapons word acted on: "sappers
    cleared the mines", "a device was spotted and made safe", "seized explosives"."""
    return _acted_on_by_disruption(trig.span.root, ctx)


def fired_weapon_disrupted(trig: Trig, ctx: Context) -> bool:
    """The attack verb is a relative clause on the weapon a disrupted-weapons word
    acted on ("intercepted two rockets that the militia fired at the town", "shot
    down a drone sent against the base"): it tells how the stopped weapon was used,
    no attack of its own."""
    verb = trig.span.root
    return verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN")\
        and _acted_on_by_disruption(verb.head, ctx)


def _acted_on_by_disruption(root: Token, ctx: Context) -> bool:
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


def weapon_found(trig: Trig) -> bool:
    """Is the weapon word what a finding or seizing verb acted on ("troops
    seized a mortar and 40 shells", "a parcel was discovered to be a bomb")?
    A weapon found was not fired."""
    tok = trig.span.root
    if tok.lower_ in WORDS.weapon_user_nouns:
        return False  # "the bomber was found": a person, no weapon
    for _ in range(6):
        if tok.dep_ in ("conj", "compound", "appos") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "a mortar and 40 shells", "mortar rounds"
        elif tok.dep_ == "attr" and tok.head.lower_ == "be" and tok.head.dep_ == "xcomp":
            return tok.head.head.lower_ in WORDS.weapon_finding_verbs  # "found to be a bomb"
        else:
            break
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in WORDS.weapon_finding_verbs


CIVILIANS_ATTACKED = "civilians attacked by the clause's verb; the clash noun names the unrest"


def civilians_attacked_beside(trig: Trig, ctx: Context) -> bool:
    """A clash noun with no sides of its own ("ethnic clashes", "four days of
    clashes", not "clashes with police") beside a verb of the clause that kills
    or attacks people it calls civilians ("as militia attack civilians",
    "raiders kill civilians"): the clause reports that attack."""
    root = trig.span.root
    if root.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ in WORDS.fight_side_prepositions
                                  for c in root.children):
        return False
    if not any(w in ctx.cues.text_lower for w in WORDS.explicit_civilian_nouns):
        return False  # (a substring check before any parse walk)
    return any(t.cls.name in ("kill", "attack") and _attacks_civilians(t.span.root)
               for t in ctx.trigs)


def _attacks_civilians(verb: Token) -> bool:
    """Does the verb take "civilians" as its object ("kill civilians"; a
    headline's "militia attack civilians", parsed as a compound noun)?"""
    if verb.dep_ == "compound" and verb.head.lower_ in WORDS.explicit_civilian_nouns:
        return True
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in WORDS.explicit_civilian_nouns for c in verb.children)


def overpowered_on_the_way(trig: Trig, ctx: Context) -> bool:
    """Guards or officers overpowered ("gunmen overpowered two watchmen") in a
    sentence that also tells people killed, hurt or attacked ("... then shot the
    pupils in their dormitory"): overcoming them was the way to the victims, and
    that harm is the event, not a fight with the guards."""
    if trig.span[0].lower_ not in WORDS.overpower_words:
        return False
    # (a verb: in "the attackers overpowered the guards" an attack noun names the doers)
    return any(t is not trig and t.status == "new" and t.cls.name in ("kill", "injure", "attack")
               and t.span.root.pos_ == "VERB" for t in ctx.trigs)


def only_attempted(trig: Trig) -> bool:
    """An abduction verb that an attempt verb governs ("tried to kidnap",
    "had attempted to abduct"): nobody was taken away."""
    root = trig.span.root
    return root.dep_ == "xcomp" and root.head.lower_ in WORDS.attempt_verbs


def forces_blew_up_a_home(trig: Trig, ctx: Context) -> bool:
    """State forces blew up a building and nobody was hurt ("troops blew up
    the family home of the gunman"): a punitive demolition, not a bombing."""
    root = trig.span.root
    if trig.span.text.lower() not in WORDS.demolition_blast_words\
            or ctx.labels & {"kill", "injure"}:
        return False
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lower_ in WORDS.dwelling_nouns for o in objects)\
        and overlaps_cue(agents_of(root), ctx.cues, "state_forces")


def forces_set_off_a_bomb(trig: Trig, ctx: Context, sent: Span) -> bool:
    """State forces set off the explosive the sentence tells of, and nobody was hurt
    ("Police came across a roadside bomb and detonated it without incident", "the
    army blew up the device"): a controlled detonation, no bombing. The verb's
    object is the bomb word itself, a weapon word or a pronoun for it."""
    if ctx.labels & {"kill", "injure"}:
        return False
    bomb_words = {i for t in ctx.trigs if t.cls.name in ("remote_explosive", "grenade")
                  for i in range(t.span.start, t.span.end)}
    for verb in sent:
        if verb.pos_ != "VERB" or _verb_phrase(verb) not in WORDS.detonating_verbs:
            continue
        objects = [c for c in token_children(verb) if c.dep_ == "dobj"]
        if (any(o.i in bomb_words or o.lower_ in WORDS.bomb_pronouns for o in objects)
                or overlaps_cue(objects, ctx.cues, "weapons_noun")) \
                and overlaps_cue(_doers_of(verb), ctx.cues, "state_forces"):
            return True
    return False


def grenades_with_gunfire_on_forces(trig: Trig, ctx: Context, sent: Span) -> bool:
    """Grenades thrown in a fight with armed men: the sentence also tells guns
    fired ("hurled grenades at the checkpoint and fired their weapons", "lobbed
    a grenade into the camp and then opened fire on the officers") and the
    target is armed. ACLED codes a grenade used beside gunfire against forces as
    the Armed clash; grenades and shots at a bar's patrons stay a Grenade attack."""
    own = set(range(trig.span.start, trig.span.end))
    if not any(_gunfire(t, own, ctx) for t in sent if t.i not in own):
        return False
    return any(clash_or_attack(t, ctx, sent)[0] == CLASH for t in (trig, *(
        o for o in ctx.trigs if o.cls.name == "attack")))


def explosive_beside_gunfire(trig: Trig, ctx: Context, sent: Span) -> tuple[str, str] | None:
    """A planted or set-off bomb that its attackers followed with gunfire ("blew up
    the track and opened fire on the train", "the bus drove over a mine, and the
    militants then fired on it"): they engaged their targets directly, so ACLED
    codes the Attack (or the Armed clash, with armed targets) the sides make, not a
    remote explosion. Shots by the forces (at fleeing bombers) do not count."""
    own = set(range(trig.span.start, trig.span.end))
    if not any(_gunfire(t, own, ctx) and not overlaps_cue(
            agents_of(t if t.pos_ == "VERB" else t.head), ctx.cues, "state_forces")
            # ("a bomb fired by the army"; "hours after a shooting at the consulate")
            and not (t.dep_ in ("acl", "relcl") and t.head.i in own) and not _told_before(t)
            for t in sent if t.i not in own):
        return None
    readings = [clash_or_attack(t, ctx, sent) for t in (
        *(o for o in ctx.trigs if o.cls.name == "attack"), trig)]
    sub, why = next((r for r in readings if r[0] == CLASH), readings[0])
    if ctx.doc_cues.get("state_forces", 0) and (
            why == NO_ARMED_OPPONENT or _shots_at_things_told_before(sent, own)):
        # ("used a bomb before opening fire on the vehicles" after "an ambush on a
        # military convoy", "then opened fire on the trucks"): the targets may be the
        # forces another sentence names
        return None
    return sub, why + _DIRECT_ENGAGEMENT_NOTE


# Words whose "at"/"on" names what was shot at ("opened fire on", "shot at").
_SHOT_HEADS = WORDS.fire_opening_verbs | WORDS.shooting_verbs | {"fire"}


def _shots_at_things_told_before(sent: Span, bomb: set[int]) -> bool:
    """Is every target of the sentence's shots ("opened fire on the trucks") a definite
    noun with no word of its own saying what it is ("a passenger train" says so): a
    thing told before, such as the vehicles of a patrol another sentence names?"""
    targets = [o for t in sent if t.i not in bomb and t.lower_ in ("at", "on")
               and t.head.lower_ in _SHOT_HEADS
               for o in token_children(t) if o.dep_ == "pobj"]
    return bool(targets) and all(
        any(c.dep_ == "det" and c.lower_ == "the" for c in token_children(o))
        and not any(c.dep_ in ("amod", "compound") for c in token_children(o))
        for o in targets)


def _told_before(token: Token) -> bool:
    """A word in an "after/before ..." phrase or clause: an earlier or later act."""
    return in_context_clause(token) or token.dep_ in ("pcomp", "pobj")\
        and token.head.lower_ in WORDS.context_prepositions


def _gunfire(token: Token, grenade: set[int], ctx: Context) -> bool:
    """Is the token guns fired: a shooting verb whose object, if any, is shots or
    a firearm (not the grenade, not teargas or blanks, not into the air),
    "gunfire", or the fire someone opened?"""
    if token.pos_ == "VERB" and token.lower_ in WORDS.shooting_verbs:
        children = token_children(token)
        objects = [c for c in children if c.dep_ == "dobj"]
        aimed = [o for p in children if p.dep_ == "prep" for o in token_children(p)
                 if o.dep_ == "pobj"]
        return not any(o.i in grenade or o.lower_ in WORDS.harmless_shot_words
                       for o in objects + aimed) and all(
            o.lower_ in WORDS.shot_nouns or overlaps_cue([o], ctx.cues, "weapons_noun")
            for o in objects)
    if token.pos_ != "NOUN" or token.lower_ not in WORDS.shot_nouns:
        return False
    return token.lower_ != "fire" or token.dep_ == "dobj"\
        and token.head.lower_ in WORDS.fire_opening_verbs


def resistance_told(trig: Trig, sent: Span) -> bool:
    """The fight word is part of a phrase telling that the people attacked fought
    back ("the villagers responded with heavy resistance": victims_fought_back in
    data/typing.yaml). The resistance makes the attack told before it a fight
    (mention_ranking reads it over the text); unarmed resisters are no crowd
    fighting an event of its own."""
    if FOUGHT_BACK_WORDS.holds(sent.text) is False:
        return False
    at = trig.span.start_char - sent.start_char
    return any(m.start() <= at < m.end() for m in FOUGHT_BACK_TOLD.finditer(sent.text))


def battle_of_the_raid(clash: Trig, attack: Trig, ctx: Context) -> bool:
    """A battle with forces told in the raid's own "after" phrase ("raiders drove
    off the cattle after a fierce battle with herders and police officers"): the
    raiders fought the forces on their raid, one Armed clash, not an attack on
    civilians with a fight before it. The battle noun names the forces in a
    "with" phrase (no "between" phrase of two other sides), its phrase hangs on
    the attack's verb or a verb coordinated with it, and armed men did the attack."""
    root = clash.span.root
    prep = scene_preposition(clash.span)
    if prep is None or root.pos_ != "NOUN" or prep.lower_ not in WORDS.context_prepositions:
        return False
    with_sides = [t for c in token_children(root) if c.dep_ == "prep" and c.lower_ == "with"
                  for o in token_children(c) if o.dep_ == "pobj" for t in o.subtree]
    if not overlaps_cue(with_sides, ctx.cues, "state_forces"):
        return False
    verb = attack.span.root
    clause = {verb.i, *(c.i for c in verb.conjuncts)}
    return prep.head.i in clause and overlaps_cue(agents_of(verb), ctx.cues, "non_state")


# Trigger classes of the unrest that forces may be sent to end.
_UNREST_CLASSES = FIGHTING_CLASSES | {"attack", "protest_violence", "mob_violence"}


def deployed_against_violence(trig: Trig) -> bool:
    """A deployment whose purpose infinitive is about violence ("the president deployed
    the army to quell violence linked to the drought", "sent troops to end the clashes"):
    forces sent into unrest. The disaster behind the unrest (a drought, a flood) does not
    make the deployment relief work."""
    if trig.cls.name != "change_group" or trig.span.text.lower() not in WORDS.deployment_words:
        return False
    for clause in token_children(trig.span.root):
        if clause.dep_ in ("xcomp", "advcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token_children(clause)) \
                and any(in_trigger_of(t, _UNREST_CLASSES) for t in clause.subtree):
            return True
    return False


def tells_the_bases_use(trig: Trig, base: Trig) -> bool:
    """The act sits in a relative clause inside what a base-setting verb governs ("had
    set up a base in the reserve, from which they were launching raids on villages",
    "established camps where fighters trained for attacks"): what the base serves, told
    to describe it; the base set up is the clause's event."""
    table = parse_table(trig.span.doc)
    verb = base.span.root
    if table.pos[verb.i] != "VERB" and table.heads[verb.i] != verb.i:
        verb = verb.head  # ("set up a base": the parse may root the phrase on the noun)
    i = trig.span.root.i
    for _ in range(6):
        if table.deps[i] == "relcl":
            head = table.heads[i]
            return head != verb.i and verb.left_edge.i <= head <= verb.right_edge.i
        if table.heads[i] == i:
            break
        i = table.heads[i]
    return False


def describes_a_place_taken(trig: Trig, ctx: Context) -> bool:
    """A capture word used as an adjective of a place ("weapons were found in the
    liberated villages", "they returned to the recaptured town") tells what the place
    is since an earlier capture; the clause's own event is told by its other words."""
    root = trig.span.root
    return len(trig.span) == 1 and root.dep_ == "amod" and root.head.pos_ in ("NOUN", "PROPN")\
        and any(t.cls.name not in CAPTURE_CLASSES for t in ctx.trigs)


def names_a_weapon(ctx: Context) -> bool:
    """Does the sentence name a weapon itself ("seized three pistols"), not only a
    container that may hold anything ("a stash of heroin", "a cache")?"""
    return any(span.text.lower() not in WORDS.weapon_container_nouns
               for span in ctx.cues.by_label.get("weapons_noun", ()))


def _doers_of(verb: Token) -> list[Token]:
    """Who did it, also through an adjective of ability ("the police were able to
    detonate the bomb": "detonate" hangs on "able", whose copula has the subject)."""
    doers = agents_of(verb)
    able = verb.head
    if doers or verb.dep_ != "xcomp" or able.lower_ not in WORDS.ability_adjectives \
            or able.dep_ != "acomp":
        return doers
    return agents_of(able.head)


def held_by_an_armed_group(trig: Trig, ctx: Context) -> bool:
    """An arrest verb whose doers are armed men of no state force ("Al Shabaab
    militants detained five elders", "gunmen rounded up farm workers"): only the
    state, or a group that rules in its stead, arrests; people armed men seize are
    abducted (ACLED). A group named alone ("the Houthis detained UN staff") may
    rule where it acts and still arrests."""
    root = trig.span.root
    if root.pos_ != "VERB":
        return False
    doers = [t for t in agents_of(root) if not _inside_a_clause(t)]
    armed_men = any(t.lower_ in WORDS.armed_men_nouns or any(
        c.lower_ in WORDS.armed_modifiers for c in token_children(t)) for t in doers)
    return armed_men and overlaps_cue(doers, ctx.cues, "non_state") \
        and not overlaps_cue(doers, ctx.cues, "state_forces")


# Dependencies that open a clause or a phrase of its own inside a noun phrase.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "ccomp", "prep"})


def _inside_a_clause(token: Token) -> bool:
    """Is the token inside a clause or prepositional phrase that qualifies a noun
    ("troops, who were said to be hunting the rebels": the rebels are whom the troops
    hunt, not who they are)? Read up to the clause's verb."""
    for _ in range(6):
        if token.dep_ in _CLAUSE_DEPS:
            return True
        if token.dep_ in ("nsubj", "nsubjpass", "ROOT") or token.head.i == token.i:
            return False
        token = token.head
    return False


def road_collision(trig: Trig) -> bool:
    """A clash verb that tells a collision: it runs "into" something, or a
    vehicle is its subject ("a car clashed into supporters", "a lorry
    clashed with a bus")."""
    root = trig.span.root
    if root.lower_ not in WORDS.collision_verbs:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in root.children):
        return True
    # the vehicle as subject, as the noun the verb qualifies, or after "with"
    sides = [c for c in root.children if c.dep_ == "nsubj"] + [
        g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj"]
    if root.dep_ == "acl":
        sides.append(root.head)
    return any(t.lower_ in WORDS.road_vehicles for t in sides)


def fights_for_life(trig: Trig) -> bool:
    """"Fighting for his life" tells a gravely wounded person, no fight."""
    return any(c.dep_ == "prep" and c.lower_ == "for"
               and any(g.dep_ == "pobj" and g.lower_ in WORDS.survival_nouns for g in c.children)
               for c in trig.span.root.children)


def people_hijacked(trig: Trig, cues: StatusCues) -> bool:
    """A hijacking verb whose object is people ("five passengers were hijacked",
    "gunmen hijacked them"), not a vehicle: the people were taken away."""
    root = trig.span.root
    if root.lower_ not in WORDS.hijack_words or root.pos_ != "VERB":
        return False
    # ("he may have been kidnapped or hijacked"): the subject the verbs share
    heads = [root, root.head] if root.dep_ == "conj" else [root]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.pos_ == "PRON" and o.lower_ not in ("it", "what", "which", "that")
               or overlaps_cue([o], cues, "civilians") and o.lower_ not in WORDS.road_vehicles
               for o in objects)


def went_off_in_handlers_hands(sent: Span) -> bool:
    """The sentence tells a bomb that went off while its own people handled it
    ("the device he was assembling detonated", "explosives they were carrying
    went off"): an accident of the bomb-makers, no attack."""
    # (read from the Doc's parse table: every sentence with a bomb word is scanned)
    table = parse_table(sent.doc)
    deps, heads, lowers = table.deps, table.heads, table.lowers
    return any(lowers[i] in WORDS.bomb_handling_verbs and (
        deps[i] == "relcl" and deps[heads[i]] in ("nsubj", "nsubjpass")
        and lowers[heads[heads[i]]] in WORDS.bomb_going_off_verbs
        # (the parser often hangs the handling verb of the relative clause on the
        # verb of going off: "the device he was assembling detonated")
        or deps[i] in ("aux", "auxpass") and lowers[heads[i]] in WORDS.bomb_going_off_verbs)
        for i in range(sent.start, sent.end))


def incendiary(trig: Trig) -> bool:
    """A "bomb" that is a petrol or fire bomb ("hurled a petrol bomb", "petrol
    bomb a house", "fire-bombed"): fire, not an explosion."""
    first, start = trig.span[0], trig.span.sent.start
    before = [first.nbor(-1)] if first.i > start else []
    if before and before[0].text == "-" and first.i - 1 > start:
        before.append(first.nbor(-2))  # "petrol-bombed"
    return any(t.lower_ in WORDS.incendiary_modifiers for t in before) and any(
        t.lower_.startswith("bomb") for t in trig.span)


def disruption_in_sentence(sent: Span) -> bool:
    """A disrupted-weapons word anywhere in the sentence, in any of its clauses."""
    return any(t.label_ == "disrupted_weapons" and sent.start <= t.start < sent.end
               for t in sent.doc.spans.get(TRIGGER_GROUP, ()))


def _targets_of(trig: Trig) -> set[int]:
    """The words of what the trigger acted on: its object, passive subject or
    victim phrase, or the object of a preposition the trigger ends with ("setting
    fire to his plane"), with their subtrees."""
    return {t.i for head in trig.span for c in head.children
            if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep"
            and c.lower_ in WORDS.victim_prepositions | {"at"}
            or c.dep_ == "pobj" and head.pos_ == "ADP"
            for t in c.subtree}


def aircraft_near(trig: Trig, ctx: Context) -> bool:
    """An aircraft word close to the trigger (same clause, a few words away)."""
    spans = ctx.cues.by_label.get("aircraft_cue", [])
    # ("gunmen opened fire on a plane as it landed"): the aircraft hit is the
    # target, not what delivered the violence
    targets = _targets_of(trig)
    return any(abs(s.start - trig.span.start) <= 10 and s.root.i not in targets for s in spans)


def aircraft_beside_target(trig: Trig, ctx: Context) -> bool:
    """An aircraft word of the sentence that is not what the trigger acted on
    ("air defences destroyed 27 drones": the drones are the weapons stopped,
    no aircraft delivered anything), nor a word that delivers nothing from the air
    ("anti-aircraft units")."""
    skipped = _targets_of(trig) | {i for s in ctx.cues.by_label.get("not_aircraft", [])
                                   for i in range(s.start, s.end)}
    return any(s.root.i not in skipped for s in ctx.cues.by_label.get("aircraft_cue", []))


def aircraft_told_apart(trig: Trig, ctx: Context) -> bool:
    """Every aircraft word of the sentence sits in an "after/before" clause the
    explosive is not in ("a rocket hit a house ..., days after militants first used
    drones to drop bombs"): those aircraft belong to the earlier attack the clause
    dates this one by, and deliver nothing here."""
    spans = ctx.cues.by_label.get("aircraft_cue", [])
    clause = _coordinated_clause(trig.span.root)
    if spans and all(_coordinated_clause(s.root) != clause for s in spans) and any(
            t.cls.name in _EXPLOSIVE_CLASSES and t.span.text.lower() not in WEAK_EXPLOSIVE
            and _coordinated_clause(t.span.root) == clause for t in ctx.trigs):
        # ("forces shot down a drone over the city, and rebel shelling killed two
        # children"): an aircraft of a clause with its own subject delivers nothing
        # to the other, when that clause names its own weapon ("jets hit the depot
        # and the blast killed four" retells the strike with a bare explosion word)
        return True
    if spans and trig.cls.name in _EXPLOSIVE_CLASSES \
            and trig.span.text.lower() not in WEAK_EXPLOSIVE \
            and all(_in_joined_verb_phrase(s.root, trig.span.root) for s in spans):
        # ("fired artillery at the posts and used drones to strike targets further
        # back"): verb phrases joined under one subject, each with its own weapon
        return True
    if in_context_clause(trig.span.root, depth=6):
        return False
    return bool(spans) and all(in_context_clause(s.root, depth=6) for s in spans)


def _in_joined_verb_phrase(word: Token, trigger: Token) -> bool:
    """Is the word the object side of a verb joined by "and" to the trigger's verb
    (one of two verb phrases of one subject), not in the trigger's own? Their shared
    subject ("helicopters circled the village and fired rockets") belongs to both."""
    own, _ = _verb_conjunct(trigger)
    other, via = _verb_conjunct(word)
    if own is None or other is None or own == other or via in ("nsubj", "nsubjpass"):
        return False
    table = parse_table(word.doc)
    return table.heads[other] == own or table.heads[own] == other or (
        table.heads[own] == table.heads[other] and table.deps[own] == "conj")


def _verb_conjunct(token: Token) -> tuple[int | None, str]:
    """The verb of the nearest "and"-joined verb phrase above the token (a verb that
    is a conjunct or has one), with the dependency by which the path reaches it;
    (None, "") outside any."""
    table = parse_table(token.doc)
    i, via = token.i, ""
    while True:
        verb = table.pos[i] in ("VERB", "AUX")
        if verb and (table.deps[i] == "conj" and table.pos[table.heads[i]] in ("VERB", "AUX")
                     or any(table.deps[c] == "conj" and table.pos[c] in ("VERB", "AUX")
                            for c in table.children[i])):
            return i, via
        if table.heads[i] == i:
            return None, ""
        via = table.deps[i]
        i = table.heads[i]


_EXPLOSIVE_CLASSES = frozenset({"air_strike", "shelling", "remote_explosive", "grenade",
                                "suicide_bomb"})


def _coordinated_clause(token: Token) -> int:
    """The head of the clause the token is in, among the clauses of a sentence that
    can tell acts apart: a verb with a subject of its own joined to another ("Troops
    downed a drone and a car bomb killed six", "... while rebel shelling killed two",
    "..., adding that artillery shelled a village"), or the sentence's root. A relative
    clause belongs to the noun it tells of ("a drone that carried explosives")."""
    table = parse_table(token.doc)
    i = token.i
    while table.heads[i] != i:
        if table.deps[i] in _CLAUSE_DEPS and table.pos[i] in ("VERB", "AUX") and any(
                table.deps[c] in ("nsubj", "nsubjpass") for c in table.children[i]):
            return i
        i = table.heads[i]
    return i


# How a clause with its own subject hangs on another in the sentence.
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "parataxis"})


def raids_forces(trig: Trig, ctx: Context) -> bool:
    """Is the raid's object a force or its site ("raided a police camp and made
    away with weapons")? Then the raid is a fight, not a theft of property."""
    objects = [t for c in trig.span.root.children if c.dep_ == "dobj" for t in head_phrase(c)]
    return any(t.lower_ in WORDS.military_sites for t in objects) or overlaps_cue(
        objects, ctx.cues, "state_forces")


def subject_is_victim(trig: Trig, verb: Token) -> bool:
    """The clause's subject suffered the act: a death word ("four fishermen are
    dead"), a headline's reduced passive ("6 locals killed"), or a passive
    with no doer named ("homes were set on fire" as residents fled): not the
    subject of a verb above it."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    if any(c.dep_ == "nsubjpass" for c in children):
        return True
    if trig.span.root.lower_ in WORDS.death_words or verb.lower_ in WORDS.victim_subject_verbs:
        return True
    # ("6 locals killed", tagged a past tense: a killing verb has an object when
    # its subject did it)
    reduced = verb.tag_ == "VBN" or verb.tag_ == "VBD" and trig.cls.name in ("kill", "injure")
    return reduced and any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in children)


def casualty_noun(trig: Trig) -> bool:
    """A casualty noun ("bodies", "the dead"): the subject of its verb found or
    counted the victims, it did not harm them."""
    return trig.span.root.pos_ not in ("VERB", "AUX") and trig.cls.name in ("kill", "injure")


def fight_sides(trig: Trig) -> list[Token]:
    """The two sides of a fighting word: its verb's subjects (with their
    coordinated nouns) and objects, and what follows "with/between/against"
    ("police and hawkers clashed", "residents engaged police in running
    battles", "a clash between traders and council officers")."""
    root = trig.span.root
    heads = [root]
    if root.pos_ not in ("VERB", "AUX") and root.dep_ in ("pobj", "dobj")\
            and root.head.pos_ in ("VERB", "ADP"):
        # ("engaged police in running battles": the verb above names the sides)
        verb = root.head.head if root.head.pos_ == "ADP" else root.head
        heads.append(verb)
    sides: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                sides.extend(noun_group(child))
            elif child.dep_ == "prep" and child.lower_ in WORDS.fight_side_prepositions:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        sides.extend(noun_group(pobj))
    return sides
