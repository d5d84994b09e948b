"""Strategic developments and other under-detected sub-event types (issue #3):
coups, mass graves and displacement (Other), bans, leaders and splits (Change to
group/activity), deals and swaps (Agreement), new bases and hideouts, prevented
attacks, places taken after the holders left, raids on property and chemical
agents fired in munitions. Each sentence is decided by one of the rules (the
test fails without it); the scorer's primary mention is what is checked."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventcoder.evaluate.case2021 import primary_mention
from eventcoder.pipeline import DEFAULT_POLICY, code_articles
from eventcoder.schema import Article


def _primary(nlp: Language, text: str) -> str:
    """The sub-event type the CASE-style scorers give a snippet ("none": no event)."""
    (coded,) = code_articles([Article(doc_id="t", text=text)])
    best = primary_mention([m for m in coded.mentions if DEFAULT_POLICY.accepts(m)])
    return "none" if best is None else best.sub_event_type


def _check(nlp: Language, text: str, expected: str) -> None:
    assert _primary(nlp, text) == expected, text


# Chemical agents named by their family or effect, whatever fired them.
@pytest.mark.parametrize("text", [
    "Government troops fired artillery shells loaded with a blister agent at the "
    "rebel-held village on Friday, medics said.",
    "Fighters accused the army of firing rockets with a chemical payload at their trenches "
    "near the river crossing.",
    "Medics said the militants launched mortar rounds filled with sulfur mustard at the "
    "frontline on Tuesday.",
])
def test_chemical_agent_in_a_munition(nlp: Language, text: str) -> None:
    _check(nlp, text, "Chemical weapon")


def test_chemical_agent_fired_is_not_an_industrial_accident(nlp: Language) -> None:
    # "poisoning" would make a toxic gas an accident; fired from a drone it is a weapon
    _check(nlp, "Soldiers said an enemy drone dropped grenades filled with an irritant gas on "
                "their trench overnight, and four men were treated for poisoning.",
           "Chemical weapon")
    _check(nlp, "A leak at a fertiliser plant released a toxic gas, and twenty workers were "
                "treated for poisoning, the factory said.", "none")


# Other: coups, mass graves and displacement.
@pytest.mark.parametrize("text", [
    "Mutinous soldiers seized power in the capital on Monday and detained the president "
    "at his residence.",
    "Army officers detained the prime minister on Sunday and announced the dissolution of "
    "the government on state radio.",
    "Police exhumed a mass grave holding the bodies of nine men on a farm outside the "
    "town on Thursday.",
    "More than 3,000 villagers fled their homes in the valley on Sunday after strangers "
    "were seen on the hills, the chief said.",
    "Some 400 households fled their villages along the county border on Monday, the Red "
    "Cross said.",
])
def test_other_strategic_developments(nlp: Language, text: str) -> None:
    _check(nlp, text, "Other")


def test_an_arrest_after_a_coup_is_an_arrest(nlp: Language) -> None:
    # the coup is only the reason for the arrest, not the clause's event
    _check(nlp, "Police arrested an opposition activist on Monday for speaking against the "
                "coup, his lawyer said.", "Arrests")


# Change to group/activity: bans, leaders, splits, designations, handovers of security.
@pytest.mark.parametrize("text", [
    "The county security committee banned all political gatherings in the town for two "
    "weeks on Tuesday.",
    "Police banned all demonstrations in the city centre on Friday ahead of the by-election.",
    "The authorities imposed a ban on the movement of lorries at night along the border "
    "road on Monday.",
    "The militants appointed a new governor for the coastal district on Friday, a "
    "spokesman said.",
    "A faction of the rebel movement broke away from the main group on Sunday after a "
    "leadership row.",
    "The government designated the sect as a terrorist organisation on Wednesday.",
    "Soldiers took over security in the forest from police units on Thursday.",
])
def test_change_to_group_or_activity(nlp: Language, text: str) -> None:
    _check(nlp, text, "Change to group/activity")


# Agreement: swaps, local deals, and the violence a deal is about.
@pytest.mark.parametrize("text", [
    "The two armed groups exchanged 40 prisoners at a border crossing on Saturday, "
    "mediators said.",
    "Herder and farmer leaders reached a local agreement on Tuesday allowing farmers back "
    "to their fields.",
    "The two militias agreed to a truce in the market town on Monday, ending a month of "
    "cattle raids.",
    "Herders and farmers signed a peace deal on Monday, ending months of revenge killings "
    "in the valley.",
    "The rebels released two kidnapped engineers in exchange for three jailed commanders "
    "on Sunday.",
    "The two communities agreed on Saturday to return all cattle taken in the raids.",
])
def test_agreement(nlp: Language, text: str) -> None:
    _check(nlp, text, "Agreement")


def test_violence_told_by_a_verb_beside_a_deal_stays_violence(nlp: Language) -> None:
    _check(nlp, "Gunmen broke the ceasefire on Monday and shot dead four farmers in "
                "their fields.", "Attack")


# Headquarters or base established: hideouts, relocated bases.
@pytest.mark.parametrize("text", [
    "Militants set up a hideout in the forest near the village, residents said on Tuesday.",
    "The insurgents moved their headquarters to a remote valley on Monday, an army "
    "spokesman said.",
    "Rebel fighters established a new military position on a ridge above the town on "
    "Friday.",
])
def test_base_established(nlp: Language, text: str) -> None:
    _check(nlp, text, "Headquarters or base established")


# Disrupted weapons use: the attack named is the one prevented; drones shot down.
@pytest.mark.parametrize("text", [
    "Soldiers recovered two rocket launchers near the airport on Friday, thwarting an "
    "attack on the terminal.",
    "Air defences shot down three drones over the capital overnight, officials said.",
])
def test_prevented_attack(nlp: Language, text: str) -> None:
    _check(nlp, text, "Disrupted weapons use")


# Non-violent transfer: a place taken after its holders left.
def test_place_taken_after_the_holders_left(nlp: Language) -> None:
    _check(nlp, "Rebel fighters occupied the town on Sunday after government troops left "
                "overnight, residents said.", "Non-violent transfer of territory")
    # a storming is fighting, whoever fled afterwards
    _check(nlp, "Rebels stormed the town and took control of the police station after "
                "the soldiers fled.", "Non-state actor overtakes territory")


def test_occupied_as_a_state_is_no_capture(nlp: Language) -> None:
    _check(nlp, "A drone struck a checkpoint in occupied Kherson on Monday, killing two "
                "soldiers.", "Air/drone strike")


# Looting/property destruction: a raid on property with nobody hurt.
def test_raid_on_property(nlp: Language) -> None:
    _check(nlp, "Bandits raided a ranch on Thursday night, burning down two stores and "
                "stealing 60 goats.", "Looting/property destruction")
    _check(nlp, "Bandits raided a village on Thursday night, killing two herders and "
                "burning down their huts.", "Attack")


# Arrests and thefts for profit are ordinary crime, not political events.
@pytest.mark.parametrize("text", [
    "Detectives arrested two suspected carjackers at a roadblock on the highway on Tuesday.",
    "Police arrested a trader on Friday for defrauding farmers of their harvest money.",
    "Thieves broke into a pharmacy on Sunday night and stole goods worth Sh200,000.",
])
def test_crime_for_profit_is_no_event(nlp: Language, text: str) -> None:
    _check(nlp, text, "none")


def test_the_missing_found_in_a_grave_are_part_of_it(nlp: Language) -> None:
    _check(nlp, "Police on Tuesday found a shallow grave with the remains of three traders who "
                "went missing in May.", "Other")


def test_an_attack_fought_off_is_no_disrupted_weapons_use(nlp: Language) -> None:
    # no weapon seized or defused: the forces fought the attackers off
    assert _primary(nlp, "Police thwarted an attack by militants on the police station in "
                         "the town on Monday night.") != "Disrupted weapons use"


def test_displacement_after_a_killing_is_the_killing(nlp: Language) -> None:
    _check(nlp, "More than 500 families fled their homes after gunmen shot dead six herders "
                "near the border.", "Attack")


def test_a_raid_noun_in_the_background_is_not_the_property_raid(nlp: Language) -> None:
    # the raid only dates the theft; the crowd storming the office is the event
    _check(nlp, "Rival supporters stormed the tallying centre and burnt ballot papers on "
                "Tuesday night.", "Mob violence")


def test_a_killing_told_by_its_verb_is_not_absorbed_by_the_grave(nlp: Language) -> None:
    assert _primary(nlp, "Unknown men kidnapped a chief, murdered him and buried him in a "
                         "shallow grave near the river on Sunday.") != "Other"


def test_one_attacker_surrendering_makes_no_deal_of_the_attack(nlp: Language) -> None:
    assert _primary(nlp, "Gunmen killed two herders near the dam on Monday. The attacker "
                         "later surrendered to the police.") != "Agreement"


def test_raided_villages_are_an_attack_on_their_people(nlp: Language) -> None:
    _check(nlp, "Gunmen raided two villages on the island, carried off food and furniture "
                "and burned a number of homes.", "Attack")
