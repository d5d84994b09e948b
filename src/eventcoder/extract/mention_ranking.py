"""Decisions over all the mentions of a document, after each sentence is typed.

Arrests, looting or agreements told beside violence rank below it; an attack whose victims fought
back becomes a clash; a capture nobody resisted is a non-violent transfer; "the attack" told after
a bombing keeps the bombing's type; a protest's follow-up sentences join the protest; and once the
actors are resolved, ``refine_type_with_actors`` fixes the types that depend on who acted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventcoder.extract.filters import RETOLD, StatusCues
from eventcoder.extract.triggers import (
    CUE_GROUP,
    TRIGGER_GROUP,
)
from eventcoder.extract.typing_armed import BOTH_ARMED, definite
from eventcoder.extract.typing_base import (
    ABDUCT,
    AGREE,
    AIR,
    ARREST,
    ATTACK,
    CHANGE,
    CLASH,
    EXPLOSIONS,
    FORCE,
    FOUGHT_BACK_TOLD,
    FOUGHT_BACK_WORDS,
    GOV,
    INTER,
    LOOT,
    MARK_BOTH_ARMED,
    MARK_BYSTANDERS_HIT,
    MARK_COMMUNAL_FIGHT,
    MARK_CROWDS_FIGHT,
    MARK_LIVESTOCK,
    MARK_NO_ARMED_VICTIM,
    MARK_SCENE,
    MOB,
    NSA,
    NVT,
    OTHER,
    PEACE,
    REM,
    SHELL,
    VAGUE_VIOLENCE,
    VIOL,
    VIOLENT_EVENT_TYPES,
    WORDS,
    Context,
    Trig,
    fighting_goes_on_behind,
    partisan_crowd_attacked,
    subject_or_teller,
)
from eventcoder.extract.typing_crowds import (
    crowd_armed_itself,
    crowd_subject,
    protest_type,
)
from eventcoder.schema import Actor, EventMention
from eventcoder.taxonomy import event_type_of
from eventcoder.text import doc_text, group_spans, paragraph_break, span_text, token_children

# Strikes from aircraft or guns far off: no attacker, assailant or raider is there.
_STRIKES_FROM_AFAR = frozenset({AIR, SHELL})


def retype_bombings_told_again(mentions: list[EventMention], doc: Doc) -> None:
    """An attack noun with a definite determiner ("the attack", "these attacks")
    after a bombing the text told ("an IED killed eight officers ... Following
    the attack the militants took their weapons", "... claimed the attacks") names
    that bombing again: it takes the bombing's type, so that the merged event keeps
    it (a battle read from "the attack" would outrank it by ACLED precedence).
    So does the bombing's doer named by its weapon ("a suicide bomber rammed a car
    into a checkpoint ... The bomber also died"): a teller of that sentence would
    otherwise give another account of the bombing (a planted bomb)."""
    bombings = [m for m in mentions if m.status == "new" and m.sub_event_type in EXPLOSIONS]
    if not bombings:
        return
    for m in mentions:
        bomber = m.sub_event_type in EXPLOSIONS and m.trigger_text.lower() in WORDS.bomber_nouns
        if m.status != "new" or m.sub_event_type in EXPLOSIONS and not bomber\
                or m.trigger_class != "attack" and not bomber:
            continue
        earlier = [b for b in bombings if b.trigger_start < m.trigger_start]
        if not earlier or earlier[-1].sub_event_type in _STRIKES_FROM_AFAR\
                and m.trigger_text.lower() in WORDS.violent_doer_nouns:
            # ("drones fired on the camp ... Hamas said the attacker was one of its
            # members"): an air strike or shelling has no attacker on the scene
            continue
        span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN" or not definite(span.root):
            continue
        m.sub_event_type = earlier[-1].sub_event_type
        m.event_type = event_type_of(m.sub_event_type)
        m.type_reason += f"; '{m.trigger_text}' names the bombing told before"


def retype_bombs_of_an_air_strike(mentions: list[EventMention], doc: Doc) -> None:
    """Bombs told as what hit or fell on a place ("Witnesses said several bombs struck a
    walled compound", "Two bombs hit the store"), after the text told an air or drone
    strike, are that strike's bombs, dropped from the air, not bombs someone planted:
    the mention takes the strike's type, so that the merge reads one strike."""
    strikes = [m.trigger_start for m in mentions if m.status == "new" and m.sub_event_type == AIR]
    if not strikes:
        return
    for m in mentions:
        if m.status != "new" or m.sub_event_type != REM\
                or m.trigger_text.lower() not in WORDS.impact_bomb_nouns\
                or not any(start < m.trigger_start for start in strikes):
            continue
        span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj"\
                or span.root.head.lower_ not in WORDS.bomb_impact_verbs:
            continue
        m.sub_event_type = AIR
        m.event_type = event_type_of(AIR)
        m.type_reason += "; the bombs that hit, told after an air strike, are the strike's"


def without_displacement_beside_violence(mentions: list[EventMention]) -> list[EventMention]:
    """People fleeing is no ACLED event of its own: told in a text that reports
    the violence they fled ("gunmen killed 20 in the village ... 6,000 people
    fled"), the flight is part of that violence and gives no mention."""
    if not any(m.status == "new" and m.event_type in VIOLENT_EVENT_TYPES
               and MARK_SCENE not in m.rule_marks for m in mentions):
        return mentions
    return [m for m in mentions if not (
        m.sub_event_type == OTHER and WORDS.displacement_words & set(
            m.trigger_text.lower().split()))]


_FOUGHT_BACK = "confidence raised: the attackers were fought (ACLED codes the battle)"


_ANSWERS_VIOLENCE = "a security operation, ranked below the violence it answers"
_CAPTURES = frozenset({NSA, GOV})


def retype_unopposed_captures(mentions: list[EventMention], doc: Doc) -> None:
    """ACLED: a place taken while the text denies any fighting ("overtook the
    village on Friday night. No violence was reported"), or taken over with no
    violence told at all by forces of a state or by men who then left it again,
    changed hands without a battle: Non-violent transfer of territory."""
    if any(m.status == "new" and m.event_type in VIOLENT_EVENT_TYPES
           and m.sub_event_type not in _CAPTURES and not _names_only_the_doers(m)
           for m in mentions):
        return
    denied = any(m.status == "negated" and (
        m.trigger_text.lower() in VAGUE_VIOLENCE or m.trigger_class == "armed_clash")
        for m in mentions)
    for m in mentions:
        if m.status != "new" or m.sub_event_type not in _CAPTURES:
            continue
        if denied:
            why = "no violence reported: taken without a fight"
        elif _taken_over_peacefully(m, doc):
            why = "taken over with no violence told: no battle"
        else:
            continue
        m.sub_event_type = NVT
        m.event_type = event_type_of(NVT)
        m.type_reason += f"; {why}"


_CHANGES_OF_HANDS = frozenset({NSA, GOV, NVT})


def flags_raised_after_a_change_told(mentions: list[EventMention]) -> None:
    """A flag raised over a place after the text told a capture or handover ("took
    control of the town ... Soldiers entered it and raised the national flag over the
    district office") marks that change of hands once more: the mention retells it
    (it joins the incident it matches, and starts none)."""
    told: list[int] = []
    for m in sorted(mentions, key=lambda m: m.trigger_start):
        flag = m.sub_event_type in _CHANGES_OF_HANDS and bool(
            WORDS.flag_nouns & set(m.trigger_text.lower().split()))
        if flag and m.status == "new" and told:
            m.status, m.status_kind = "reference", RETOLD
            m.type_reason += "; a flag raised over a change of hands told before"
        elif m.status == "new" and m.sub_event_type in _CHANGES_OF_HANDS:
            told.append(m.trigger_start)


def round_ups_before_violence(mentions: list[EventMention], doc: Doc) -> None:
    """People rounded up, then attacked in that sentence or the next ("the soldiers
    rounded up the men of the market ... Over the next days groups of them were led away
    and shot"; "gunmen rounded up farm hands and cut their throats"): the round-up is
    how the attack began, not an arrest of its own. The mention retells the attack (it
    joins it or is dropped). Arrests told after the violence ("Police later rounded up
    twenty suspects") stay arrests."""
    attacks = [m for m in mentions if m.status == "new"
               and m.event_type == "Violence against civilians"]
    if not attacks:
        return
    starts = [s.start_char for s in doc.sents]
    for m in mentions:
        if m.status != "new" or m.sub_event_type != ARREST\
                or m.trigger_text.lower() not in WORDS.round_up_phrases:
            continue
        here = bisect_right(starts, m.trigger_start)
        if any(a.trigger_start > m.trigger_end
               and bisect_right(starts, a.trigger_start) - here <= 1 for a in attacks):
            m.status, m.status_kind = "reference", RETOLD
            m.type_reason += "; people rounded up, then attacked: part of the attack"


def _names_only_the_doers(mention: EventMention) -> bool:
    """A mention read from a noun for the doers alone ("the attackers have also held
    prayers in the mosques"): it names who came, not any violence they did."""
    return mention.trigger_text.lower() in WORDS.violent_doer_nouns


def _taken_over_peacefully(mention: EventMention, doc: Doc) -> bool:
    """A word of coming to hold a place ("took over"), no violence told in its
    clause ("took over the town after a gun battle") nor in the text, and
    either a state's forces took it (no government regains anything without
    a fight: "foreign soldiers took over a police station") or the takers
    left it again ("took over the village, addressed the elders and then
    retreated"): a passing incursion, not a place won in battle. (A bare
    "rebels have taken over four localities" keeps the capture.)"""
    if mention.trigger_text.lower() not in WORDS.takeover_words or any(
            e.field == "supporting_trigger" for e in mention.evidence):
        return False
    if mention.sub_event_type == GOV:
        return True
    after = doc_text(doc)[mention.trigger_end:].lower()
    return any(w in WORDS.retreat_words for w in _WORD.findall(after))


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def rank_operations_below_violence(mentions: list[EventMention]) -> None:
    """ACLED codes the violence that set off a security operation ("gunmen
    killed two. Security forces later launched a sweep of the area"): an
    operation word told beside a new violent event is made less confident than it."""
    operations = [m for m in mentions if m.status == "new" and m.sub_event_type == CLASH
                  and m.trigger_text.lower() in WORDS.response_operations]
    violent = [m.confidence for m in mentions
               if m.status == "new" and m.event_type in VIOLENT_EVENT_TYPES
               and m not in operations and MARK_SCENE not in m.rule_marks]
    if not operations or not violent:
        return
    ceiling = round(max(violent) - 0.05, 3)
    for m in operations:
        if m.confidence > ceiling:
            m.confidence = max(0.05, ceiling)
            m.type_reason += f"; {_ANSWERS_VIOLENCE}"


_ONGOING_BACKDROP = "ranked below the violence it is the backdrop of (fighting told as going on)"
_HAVE_FORMS = frozenset({"have", "has", "had", "'ve", "'d"})


def _told_as_going_on(mention: EventMention, doc: Doc) -> bool:
    """The fight word tells fighting that has been going on for a while, not a
    day's fight: a noun qualified so ("linked to the ongoing clashes in the
    area", "a long-running feud"), or a verb in the perfect progressive ("the
    two clans have been clashing over pasture")."""
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    children = token_children(root)
    if root.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "amod" and c.lower_ in WORDS.ongoing_modifiers
                   for c in children) or fighting_goes_on_behind(root)
    if root.tag_ != "VBG":
        return False
    if fighting_goes_on_behind(root):
        return True
    auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
    return "been" in auxiliaries and not _HAVE_FORMS.isdisjoint(auxiliaries)


def rank_ongoing_fighting_below_violence(mentions: list[EventMention], doc: Doc) -> None:
    """A report of the day's violence often places it in a conflict that has been
    going on ("attackers burnt three houses. The attack is linked to the ongoing
    clashes in the area"; "... The two clans have been clashing for months"). The
    fighting told as going on is the backdrop, and ACLED codes the violence told
    beside it: its mention is made less confident than that violence. A report of
    the fighting alone keeps it."""
    ongoing = [m for m in mentions if m.status == "new" and m.sub_event_type == CLASH
               and _told_as_going_on(m, doc)]
    if not ongoing:
        return
    violent = [m.confidence for m in mentions
               if m.status == "new" and m.event_type in VIOLENT_EVENT_TYPES
               and m not in ongoing and MARK_SCENE not in m.rule_marks]
    if not violent:
        return
    ceiling = round(max(violent) - 0.05, 3)
    for m in ongoing:
        if m.confidence > ceiling:
            m.confidence = max(0.05, ceiling)
            m.type_reason += f"; {_ONGOING_BACKDROP}"


_ARMED_DOER_OVER_CROWDS = ("an armed group named as the killer leads the crowds' unrest "
                           "told beside it")
_CROWD_EVENTS = frozenset({MOB, VIOL, PEACE, INTER, FORCE})
_ARMED_DOER_LABELS = frozenset({"non_state", "identity_group"})


def _armed_group_did_it(mention: EventMention, doc: Doc) -> bool:
    """The attack's sentence names an armed group or an identity militia as the
    doer of its harm: the subject of the harm verb ("Mungiki killed one civilian
    during the violence", "Luhya tribesmen hacked to death a man") or the word
    that qualifies the violence noun ("victims of Mungiki violence")."""
    roots = [t.root for t in group_spans(doc, TRIGGER_GROUP)
             if t.label_ in _HARM_CLASSES
             and mention.sent_start <= t.start_char < mention.sent_end]
    if not roots:
        return False
    # (and the verb a harm noun ends: "hacked two residents to death")
    harm = {r.i for r in roots} | {r.head.head.i for r in roots
                                   if r.dep_ == "pobj" and r.head.dep_ == "prep"
                                   and r.head.head.pos_ == "VERB"}
    for cue in group_spans(doc, CUE_GROUP):
        if cue.label_ not in _ARMED_DOER_LABELS\
                or not mention.sent_start <= cue.start_char < mention.sent_end:
            continue
        word = cue.root
        if word.dep_ == "compound" and word.head.i in harm and cue.label_ == "non_state":
            # ("Mungiki violence"; a people's name so placed tells among whom, not
            # by whom: "clan killings")
            return True
        while word.dep_ == "compound" and word.head.pos_ in ("NOUN", "PROPN"):
            word = word.head  # ("Luhya" of "Luhya tribesmen")
        if word.dep_ == "nsubj" and word.head.i in harm:
            return True
    return False


_HARM_CLASSES = frozenset({"kill", "injure", "attack"})


def rank_armed_group_killings_over_crowds(mentions: list[EventMention], doc: Doc) -> None:
    """An armed group or an identity militia named as the killer in a story of
    riots or protests ("Riots broke out over the beheading ... Mungiki killed one
    civilian during the violence"; "tribesmen hacked to death a man ... the
    killing sparked off a protest") did violence of its own, against civilians:
    ACLED codes the group's attack, which the crowds' unrest told beside it does
    not swallow. The attack's mention, told in a sentence of its own, is made more
    confident than the crowds' of the other sentences."""
    crowds = [m for m in mentions if m.status == "new" and m.sub_event_type in _CROWD_EVENTS]
    if not crowds:
        return
    for m in mentions:
        if m.status != "new" or m.sub_event_type != ATTACK:
            continue
        # (the crowds of other sentences: within one sentence the clause's typing
        # has already read how the killing and the gathering relate, "marched
        # calling for an end to clan killings")
        others = [c.confidence for c in crowds if c.sent_start != m.sent_start]
        if others and m.confidence <= max(others) and _armed_group_did_it(m, doc):
            m.confidence = round(min(0.99, max(others) + 0.01), 3)
            m.type_reason += f"; {_ARMED_DOER_OVER_CROWDS}"


_BYSTANDERS_OVER_CROWDS = ("the forces' harm to people who were only there leads the "
                           "crowds' unrest told beside it")


def rank_bystanders_hit_over_crowds(mentions: list[EventMention]) -> None:
    """State forces who harmed people told as no part of the crowd (a child killed
    while running from the scene, an onlooker hit by their fire) in a sentence of its own, after
    the sentence of a demonstration or riot ("Rioting broke out over the MP's
    killing. Police shot dead a boy who was fleeing the area."): ACLED codes the
    attack on those civilians, and the unrest told beside it is its setting, as
    when one sentence tells both (typing_crowds.forces_harmed_bystanders). The
    attack's mention is made more confident than the crowds' of other sentences."""
    crowds = [m for m in mentions if m.status == "new" and m.sub_event_type in _CROWD_EVENTS]
    for m in mentions:
        if m.status != "new" or MARK_BYSTANDERS_HIT not in m.rule_marks:
            continue
        others = [c.confidence for c in crowds if c.sent_start != m.sent_start]
        if others and m.confidence <= max(others):
            m.confidence = round(min(0.99, max(others) + 0.01), 3)
            m.type_reason += f"; {_BYSTANDERS_OVER_CROWDS}"


def rank_fight_over_attack(mentions: list[EventMention]) -> None:
    """An attack whose doers were then fought and hit ("raiders attacked the
    village ... police intervened, killing 30 of the raiders") is coded by
    ACLED as the battle: the mention in which armed men were killed or hurt
    by armed men leads an attack on civilians told beside it."""
    attacks = [m.confidence for m in mentions if m.status == "new" and m.sub_event_type == ATTACK]
    if not attacks:
        return
    top = max(attacks)
    for m in mentions:
        if m.status == "new" and m.sub_event_type == CLASH and MARK_BOTH_ARMED in m.rule_marks\
                and m.confidence <= top:
            m.confidence = round(min(0.99, top + 0.01), 3)
            m.type_reason += f"; {_FOUGHT_BACK}"


# Reasons of typing_armed.clash_or_attack that found no armed victim in the clause itself.


def retype_attacks_fought_back(mentions: list[EventMention], doc: Doc) -> None:
    """ACLED: an attack whose targets fought back ("raiders attacked the
    village. The herders retaliated, leading to an hour of gunfire"; "the
    Borana group responded with heavy resistance") is a battle between armed
    sides. An attack told before or in the sentence that says so becomes an
    armed clash."""
    attacks = [m for m in mentions if m.status == "new" and m.sub_event_type == ATTACK
               and MARK_NO_ARMED_VICTIM in m.rule_marks]
    if not attacks:
        return
    if FOUGHT_BACK_WORDS.holds(doc_text(doc)) is False:
        return
    told = FOUGHT_BACK_TOLD.search(doc_text(doc))
    if told is None:
        return
    for m in attacks:
        if m.sent_start <= told.start():
            m.sub_event_type = CLASH
            m.event_type = event_type_of(CLASH)
            m.type_reason += f"; {BOTH_ARMED}: the people attacked fought back ('{told.group(0)}')"
            m.rule_marks |= {MARK_BOTH_ARMED}


def retype_attacks_forces_answered(mentions: list[EventMention], doc: Doc) -> None:
    """ACLED: forces who answer an attack and kill ("gunmen raided a farm; troops
    responded, killing three", "the police intervened by shooting dead 4"), the dead
    told only by their number, fought the attackers: an attack told before or in that sentence
    becomes an armed clash. Demonstrations and riots keep their type (the forces'
    answer to a crowd is part of it), and a victim named after the number ("killing
    one young boy") is the forces' own attack on a bystander."""
    attacks = [m for m in mentions if m.status == "new" and m.sub_event_type == ATTACK
               and MARK_NO_ARMED_VICTIM in m.rule_marks]
    if not attacks or CUE_GROUP not in doc.spans or any(
            m.sub_event_type in (PEACE, INTER, FORCE, VIOL, MOB) for m in mentions
            if m.status == "new"):
        return
    told = _forces_killed_in_answer(doc)
    if told is None:
        return
    for m in attacks:
        if m.sent_start <= told.start_char:
            m.sub_event_type = CLASH
            m.event_type = event_type_of(CLASH)
            m.type_reason += f"; {BOTH_ARMED}: forces answered the attack and killed " \
                             f"('{told.text}')"
            m.rule_marks |= {MARK_BOTH_ARMED}


def _forces_killed_in_answer(doc: Doc) -> Span | None:
    """The first "<forces> intervened/responded, (by) killing <number>" of the text,
    the number ending the phrase."""
    forces = {i for c in group_spans(doc, CUE_GROUP) if c.label_ == "state_forces"
              for i in range(c.start, c.end)}
    killing = [w.split() for w in WORDS.answer_killing_words]
    for tok in doc:
        if tok.lower_ not in WORDS.forces_answering_verbs or tok.i - 1 not in forces:
            continue
        j = tok.i + 1
        while j < len(doc) and (doc[j].is_punct or doc[j].lower_ == "by"):
            j += 1
        for words in killing:
            end = j + len(words)
            if [t.lower_ for t in doc[j:end]] != words or end >= len(doc)\
                    or not doc[end].like_num:
                continue
            after = doc[end + 1] if end + 1 < len(doc) else None
            # ("killing 2.", "shooting dead 4 (details unclear)"; not "one young boy",
            # nor "twelve of the raiders", which the armed-men-hit rule reads)
            if after is None or after.is_punct\
                    or after.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP"):
                return doc[tok.i - 1:end + 1]
    return None


@dataclass(slots=True)
class HarmTold:
    """What the whole text says about harm to people and to property."""

    casualties: bool = False  # a casualty word reported as new
    no_casualties: bool = False  # "no one was hurt", "no injuries"
    property_harmed: bool = False  # a property destruction word reported as new
    # an attack word that tells harm done to someone ("shot", "beat", "stabbed"),
    # not only that an attack took place (data/typing.yaml bare_attack_words)
    bodily_harm: bool = False
    # per sentence with triggers: its start character, its index in the text, and
    # which of casualties (1), harm denied (2) and property harmed (4) it tells
    starts: list[int] = field(default_factory=list)
    told: list[tuple[int, int]] = field(default_factory=list)

    def add(self, trigs: list[Trig], sentence: int = -1) -> None:
        flags = 0
        for t in trigs:
            if t.cls.name in ("kill", "injure"):
                if t.status == "new":
                    self.casualties = True
                    flags |= 1
                elif t.status == "negated":
                    self.no_casualties = True
                    flags |= 2
            elif t.cls.name == "property_destruction" and t.status == "new":
                self.property_harmed = True
                flags |= 4
            elif t.status == "new" and (t.cls.name == "sexual_violence" or t.cls.name == "attack"
                                        and t.span.text.lower() not in WORDS.bare_attack_words):
                self.bodily_harm = True
        if trigs:
            self.starts.append(trigs[0].span.sent.start_char)
            self.told.append((sentence, flags))

    def _harmless_passage(self, mention: EventMention) -> bool:
        """The mention's sentence and the one right before or after it say that
        property was harmed and nobody was hurt, and neither tells a casualty ("raided
        a village, torching homes. No one was hurt ...", "... No one was killed in the
        raid"): casualties the text tells of another incident (a mine that killed
        soldiers the next day) do not make it an attack."""
        at = bisect_right(self.starts, mention.sent_start) - 1
        if at < 0:
            return False
        for first in (at - 1, at):
            passage = [self.told[i] for i in (first, first + 1) if 0 <= i < len(self.told)]
            if len(passage) == 2 and passage[1][0] != passage[0][0] + 1:
                passage = [self.told[at]]  # (the next sentence with triggers is not the next)
            flags = 0
            for _sentence, told in passage:
                flags |= told
            if flags & 2 and flags & 4 and not flags & 1:
                return True
        return False

    def retype_attacks_that_abducted(self, mentions: list[EventMention]) -> None:
        """ACLED: an attack whose only harm told is the people it took ("gunmen
        attacked the village ... they abducted a woman and her two children") is
        an abduction. An Attack typed by a bare attack word ("attacked",
        "raided", "hijacked") in a text that tells a new abduction and no killing,
        injury or blow becomes an Abduction, so the merge does not give the
        incident the Attack's precedence."""
        if self.casualties or self.bodily_harm or not any(
                m.status == "new" and m.sub_event_type == ABDUCT for m in mentions):
            return
        for m in mentions:
            if m.status == "new" and m.sub_event_type == ATTACK and m.trigger_class == "attack"\
                    and m.trigger_text.lower() in WORDS.bare_attack_words:
                m.sub_event_type = ABDUCT
                m.event_type = event_type_of(ABDUCT)
                m.type_reason += "; the only harm told is people abducted: an abduction"

    def retype_property_attacks(self, mentions: list[EventMention]) -> None:
        """ACLED: an attack that destroyed property and hurt nobody ("attacked
        two masts; no one was injured but the equipment was destroyed") is a
        looting/property destruction, not violence against civilians. Only an
        attack typed by the generic attack words, or a raid on herds (herds
        driven off while "no one was hurt" are looted), is retyped."""
        whole_text = self.no_casualties and self.property_harmed and not self.casualties
        for m in mentions:
            if m.status == "new" and m.sub_event_type == ATTACK\
                    and (m.trigger_class == "attack" or MARK_LIVESTOCK in m.rule_marks)\
                    and (whole_text or self._harmless_passage(m)):
                m.sub_event_type = LOOT
                m.event_type = event_type_of(LOOT)
                m.type_reason += "; property destroyed, nobody hurt: looting/property destruction"


# Strategic developments that a violent event told beside them outranks.
# (Disrupted weapons use is kept: a seizure is coded for itself.)
_OUTRANKED_BY_VIOLENCE = frozenset({ARREST, LOOT, CHANGE, AGREE, OTHER, NVT})


_BESIDE_VIOLENCE = "ranked below the violence the text also reports"


def _attack_noun(mention: EventMention, doc: Doc) -> bool:
    """Typed by a noun of the generic attack class ("an attack", "a
    gunshot"): such a noun often names an event told elsewhere or not at all."""
    if mention.trigger_class != "attack":
        return False
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "PROPN")


def rank_beside_violence(mentions: list[EventMention], doc: Doc) -> None:
    """ACLED codes an event by its most severe violence: the arrests made in a
    raid that killed someone, the houses burnt in an attack, the recruitment
    of the men who did it are told around the violence, and the violence is
    the event. A strategic development reported beside a new violent event is
    made less confident than it, so that the violence leads."""
    violent = [m.confidence for m in mentions
               if m.status == "new" and m.event_type in VIOLENT_EVENT_TYPES
               and MARK_SCENE not in m.rule_marks and not _attack_noun(m, doc)]
    if not violent:
        return
    ceiling = round(max(violent) - 0.05, 3)
    for m in mentions:
        if m.sub_event_type in _OUTRANKED_BY_VIOLENCE and m.confidence > ceiling:
            m.confidence = max(0.05, ceiling)
            m.type_reason += f"; confidence {_BESIDE_VIOLENCE}"


@dataclass(slots=True)
class SentenceInfo:
    first_mention: int  # index in the mention list of the sentence's first mention
    labels: set[str]
    cue_labels: set[str]
    cues: StatusCues
    riot: bool
    intervention_deaths: bool = False
    killed_at_protest: bool = False  # people killed, no doer named (see _killed_at_protest)
    died_at_protest: bool = False  # someone died at it (see typing_crowds.died_at_protest)
    forces_killed: bool = False  # see typing_crowds.forces_killed_demonstrators
    forces_shot: bool = False  # see typing_crowds.forces_shot_demonstrators
    forces_hurt: bool = False  # see typing_crowds.forces_hurt_at_demonstration
    refers_back: bool = False  # its protest words name a demonstration told before
    # its protest words name people or an act told before ("they were protesting")
    tells_told_act: bool = False
    start_char: int = 0
    # the nouns of what its demonstration is about ("the release of the owner")
    grievance_words: frozenset[str] = frozenset()


PROTEST_FAMILY = frozenset({PEACE, INTER, FORCE, VIOL})
# What a following sentence may say about the same demonstration.
_PROTEST_FOLLOW_UP = frozenset({VIOL, INTER, FORCE, PEACE, LOOT, ARREST})
PROTEST_WINDOW = 2  # following sentences (with event words) that can describe it


def unify_protests(mentions: list[EventMention], info: list[SentenceInfo], text: str
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
        own = [m for m in mentions[head.first_mention:end] if m.sub_event_type in PROTEST_FAMILY]
        if not own or "protest" not in head.labels and not head.riot:
            continue
        group = info[i:i + 1 + PROTEST_WINDOW]
        for j in range(1, len(group)):
            if paragraph_break(text, group[j - 1].start_char, group[j].start_char)\
                    or _opens_on_another_day(text, head.start_char, group[j].start_char):
                group = group[:j]
                break
        labels = set().union(*(g.labels for g in group))
        cue_labels = set().union(*(g.cue_labels for g in group))
        earlier = _crowd_violence_told_before(i, mentions, info, text)
        if earlier:
            labels.add("protest_violence")  # the violence told before is theirs
        ctx = Context(cues=head.cues, labels=labels, cue_labels=cue_labels,
                       intervention_deaths=any(g.intervention_deaths for g in group),
                       killed_at_protest=head.killed_at_protest,
                       died_at_protest=head.died_at_protest,
                       forces_killed=head.forces_killed,
                       forces_shot=head.forces_shot,
                       forces_hurt=any(g.forces_hurt for g in group))
        sub, why = protest_type(ctx)
        for m in earlier:
            m.type_reason += f"; {_TOLD_AS_PROTEST}"
            m.sub_event_type = sub
            m.event_type = event_type_of(sub)
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
                c.text.lower() in WORDS.crowd_control_means
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


def _opens_on_another_day(text: str, head_start: int, start: int) -> bool:
    """Does the sentence at ``start`` open with a day ("On Saturday, police detained
    several of its leaders") that the text from the demonstration's sentence up to it
    does not name? Then it tells another day's incident, not the demonstration."""
    words = text[start:start + 40].lower().replace(",", " ").split()
    for n in (1, 2):
        if " ".join(words[:n]) in WORDS.day_opening_words and len(words) > n:
            day = words[n].removesuffix("'s")
            return day in WORDS.day_names and day not in text[head_start:start].lower()
    return False


_TOLD_AS_PROTEST = "the next sentence tells this crowd's violence as a demonstration"
# Marks of crowd violence that no demonstration explains: crowds fighting each other.
_CROWDS_OWN_FIGHT = frozenset({MARK_CROWDS_FIGHT, MARK_COMMUNAL_FIGHT})


def _crowd_violence_told_before(i: int, mentions: list[EventMention],
                                info: list[SentenceInfo], text: str) -> list[EventMention]:
    """The Mob violence mentions of the sentence before a demonstration's when
    the demonstration's words name the people or the act told there ("Youths
    stoned cars on the highway. They were protesting against fuel prices."):
    the crowd's violence was that demonstration's, a violent demonstration. Not
    a mob that punished someone ("lynched a suspected thief"), crowds fighting
    each other, or a sentence in another paragraph."""
    head = info[i]
    if i == 0 or not head.tells_told_act:
        return []
    before = info[i - 1]
    if "protest" in before.labels or before.riot or "mob_target_cue" in before.cue_labels\
            or paragraph_break(text, before.start_char, head.start_char):
        return []
    own = mentions[before.first_mention:head.first_mention]
    mob = [m for m in own if m.sub_event_type == MOB and m.status == "new"]
    if not mob or any(m.rule_marks & _CROWDS_OWN_FIGHT for m in own):
        return []
    return mob


def without_disorder_beside_crowds_fight(mentions: list[EventMention], doc: Doc
                                          ) -> list[EventMention]:
    """Words that only say a gathering became disorderly ("violence erupted at
    the party's rally", "the two sides became violent") name the fight the text
    tells elsewhere ("supporters of the two rivals clashed"): with such a fight
    typed Mob violence, they are that fight, no violent demonstration of their
    own. A sentence that also tells a demonstration (a protest word other than a
    rally) or other violence of demonstrators keeps its mention."""
    if not any(m.status == "new" and m.sub_event_type == MOB
               and MARK_CROWDS_FIGHT in m.rule_marks for m in mentions):
        return mentions
    triggers = list(doc.spans.get(TRIGGER_GROUP, ()))
    return [m for m in mentions if not _only_disorder(m, doc, triggers)]


def _only_disorder(mention: EventMention, doc: Doc, triggers: list[Span]) -> bool:
    """A violent demonstration typed by a disorder word alone, in a sentence
    that tells no demonstration but a rally."""
    if mention.sub_event_type != VIOL or mention.trigger_text.lower() not in WORDS.disorder_words:
        return False
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    return not any(sent.start <= t.start < sent.end and t.label_ in ("protest", "protest_violence")
                   and t.text.lower() not in WORDS.disorder_words
                   and t.text.lower() not in WORDS.rally_words for t in triggers)


_ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_UNNAMED_ARMED = "Unidentified Armed Group"


def _named_armed(actor: Actor | None) -> bool:
    """An armed actor the text names (not the fallback for "nobody named")."""
    return (actor is not None and actor.inter in _ARMED_INTER
            and not (actor.name.startswith(_UNNAMED_ARMED) and actor.start is None))


_NON_STATE_INTER = frozenset({2, 3, 4})


def _non_state_taker(mention: EventMention, doc: Doc) -> bool:
    """Is the subject of the capture verb a named non-state group, with no state
    forces beside it ("the Arakan Army seized", not "ground was regained after a
    rebel assault" nor "the army and allied militias liberated")?"""
    actor = mention.actor1  # a rebel group or militia the dictionary knows, named in the text
    if actor is None or actor.start is None or not actor.normalised\
            or actor.inter not in _NON_STATE_INTER or actor.name.startswith(_UNNAMED_ARMED):
        return False
    trigger = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if trigger is None:
        return False
    root = trigger.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    subject = subject_or_teller(verb)
    if subject is None:
        return False
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if not first <= actor.start < last:
        return False
    state_words = [c for c in group_spans(doc, CUE_GROUP) if c.label_ == "gov_actor_cue"
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
    group = group_spans(doc, CUE_GROUP)
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
        if MARK_COMMUNAL_FIGHT in mention.rule_marks:
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
    if "identity_group" in by_label or not crowd_subject(sent, cues):
        return False
    if crowd_armed_itself(span_text(sent).lower()):
        return False  # the crowd took up arms or fought back: an armed side
    if mention.sub_event_type == ATTACK and partisan_crowd_attacked(sent):
        return False  # ("killed by opposition supporters"): a side's men at work
    if _damage_of_a_riot_beside(mention, doc):
        # crowds fighting while they smash windows or break into buildings riot
        # as a demonstration does ("stormed the parliament, fighting police,
        # smashing windows")
        mention.sub_event_type = VIOL
        mention.event_type = event_type_of(VIOL)
        mention.type_reason += "; actors: crowds as the doers, with a riot's damage beside"
        return True
    mention.sub_event_type = MOB
    mention.event_type = event_type_of(MOB)
    mention.type_reason += "; actors: no armed perpetrator named, crowds as the doers"
    return True


def _damage_of_a_riot_beside(mention: EventMention, doc: Doc) -> bool:
    """Does the mention's clause hold a demonstration's act of damage (a
    protest_violence trigger other than a bare disorder word: "smashing
    windows", "broke into the building") among its supporting words?"""
    own = {(e.start, e.end) for e in mention.evidence if e.field == "supporting_trigger"}
    if not own:
        return False
    return any(t.label_ == "protest_violence" and (t.start_char, t.end_char) in own
               and t.text.lower() not in WORDS.disorder_words
               for t in doc.spans.get(TRIGGER_GROUP, ()))
