"""Typing of demonstrations and riots: a peaceful protest, a protest with intervention,
excessive force against protesters or a violent demonstration, and the crowd's force,
the forces' means and the grievance that decide between them (each case fails
without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary, primary_type, trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_statuses = partial(trigger_statuses, published=PUBLISHED)
_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)


_primary_type = partial(primary_type, published=PUBLISHED)


PRIMARY_TYPES = [
    # Election violence told with nothing more specific is rioting (a violent
    # demonstration), also when the parser leaves the noun phrase flat and
    # "violence" is not the span's root.
    ("Sporadic post-election violence - nothing more was given", "Violent demonstration"),
    ("Continuing post-election violence - the report gave no detail", "Violent demonstration"),
    # What was done to a person the demonstrators speak for, told in a clause that
    # describes that person, is their grievance, not an intervention in the march.
    ("On Friday a protest was held in the town by the family of a hawker clubbed to death "
     "by officers days earlier.", "Peaceful protest"),
    ("Hundreds marched in the town on Monday for the release of a teacher who was arrested "
     "by police last week.", "Peaceful protest"),
    # ... while what the forces did to the demonstrators themselves stays an intervention
    ("Students marched on the county offices on Monday; officers met them with teargas and "
     "detained two of the marchers.", "Protest with intervention"),
    ("Police arrested ten traders who were protesting outside the county offices on Monday.",
     "Protest with intervention"),
    # (a purpose clause is no description of anyone)
    ("Hundreds rallied outside the ministry on Sunday as officers fired tear gas to scatter "
     "the crowd.", "Protest with intervention"),
    # People killed at a demonstration, nobody named who killed them: lethal force
    # against the demonstrators (ACLED: Excessive force against protesters) ...
    ("A student was killed during protests in the town on Tuesday.",
     "Excessive force against protesters"),
    ("Two protesters were shot dead during a march in the capital on Saturday.",
     "Excessive force against protesters"),
    ("Police shoot protesters at an opposition rally in the capital.",
     "Excessive force against protesters"),
    # ... not a death that does not say how (nobody named who killed: no lethal force
    # told; but a death at the demonstration itself makes it no peaceful one, see
    # test_typing_protest_died_at_protest), nor a killing the protest is about
    ("One person died during protests in the town on Tuesday.", "Violent demonstration"),
    ("Residents protested in the town on Monday after a boy was killed by a speeding lorry.",
     "Peaceful protest"),
    # A crowd that harms the people of someone else's rally or convoy attacks civilians:
    # mob violence ...
    ("Rioting youths threw stones at the convoy of the senator in the town on Saturday.",
     "Mob violence"),
    ("A mob threw stones at opposition leader John Kamau while he addressed a campaign rally "
     "in the market square on Sunday.", "Mob violence"),
    ("Two journalists were assaulted by youths during the governor's rally in the town on "
     "Friday.", "Mob violence"),
    # (also with no crowd word: the stones hit a politician's motorcade)
    ("The group hurled stones at the governor's motorcade on the highway on Friday.",
     "Mob violence"),
    # ... not the crowd's violence against the forces, nor a demonstration's own
    ("Opposition supporters at a rally threw stones at police in the town on Friday.",
     "Violent demonstration"),
    ("Students protested in the town on Monday and threw stones at the governor's convoy.",
     "Violent demonstration"),
    # (grenades thrown into a rally are no crowd's violence, nor the forces' lethal force:
    # the rally is the bombing's target, typing_armed.bombed_gathering)
    ("Six people were killed and dozens injured when a group of men threw two grenades into "
     "a church rally in the capital.", "Grenade"),
    # A crowd heading a headline the parser left without a verb is the doer of its
    # fight: crowds fighting crowds are rioters (mob violence) ...
    ('3 June. Two groups of students of a Nyeri boys school clash for two days over '
     '"the school menu."', "Mob violence"),
    ('Two groups of pupils of a Kisumu girls school clash for two days over '
     '"the dormitory rules."', "Mob violence"),
    # ... while witnesses of a fight are not its sides
    ("Residents said the exchange of fire between the two groups lasted hours.",
     "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), PRIMARY_TYPES)
def test_primary_type(nlp: Language, text: str, sub_event_type: str) -> None:
    assert _type(nlp, text) == sub_event_type


def test_the_reason_names_election_violence(nlp: Language) -> None:
    text = "Sporadic post-election violence - details not specified"
    reasons = [m.type_reason for m in _new(nlp, text)]
    assert any("election violence, no armed group named" in r for r in reasons), reasons


def test_the_reason_names_the_grievance_told_in_a_clause(nlp: Language) -> None:
    text = ("Hundreds marched in the town on Monday for the release of a teacher who was "
            "arrested by police last week.")
    reasons = [m.type_reason for m in _new(nlp, text)]
    assert any("the demonstrators speak for is their grievance: 'arrested'" in r
               for r in reasons), reasons


def test_the_reason_names_people_killed_at_the_protest(nlp: Language) -> None:
    text = "A student was killed during protests in the town on Tuesday."
    reasons = [m.type_reason for m in _new(nlp, text)]
    assert any("people killed at a demonstration, no doer named" in r for r in reasons), reasons


def test_the_reason_names_violence_at_someones_rally(nlp: Language) -> None:
    text = ("Two journalists were assaulted by youths during the governor's rally in the town "
            "on Friday.")
    reasons = [m.type_reason for m in _new(nlp, text)]
    assert any("harmed people at someone's rally or convoy" in r for r in reasons), reasons


CROWD_FORCE_TYPES = [
    # A crowd that tried to force its way into a building, or broke the police
    # cordon, used force: a violent demonstration, also with no protest word.
    ("A crowd of protesters tried to storm the county offices in Nakuru on Tuesday.",
     "Violent demonstration"),
    ("Protesters broke through police lines and marched to the governor's office.",
     "Violent demonstration"),
    ("Demonstrators broke a police line outside the ministry on Monday.",
     "Violent demonstration"),
    ("Riot police used tear gas on hundreds of voters who tried to storm the counting "
     "centre on Wednesday.", "Violent demonstration"),
    # ... not armed men forcing their way into a camp
    ("Two soldiers were hurt when insurgents tried to force their way into a barracks on "
     "the outskirts of the town.", "Armed clash"),
    # A raid that only took or destroyed property, whatever the raid verb.
    ("Hundreds of men armed with machetes stormed a ranch near the town on Monday, "
     "cutting down trees and driving away cattle.", "Looting/property destruction"),
    # ... but a raid on a force's site is a fight.
    ("Gunmen raid a police post in the hills and set two lorries ablaze.", "Armed clash"),
    # Trees cut down by demonstrators are property destroyed.
    ("Sugarcane growers cut down trees along the road in protest over late payments.",
     "Violent demonstration"),
    # A gathering in an "after/amid/during" phrase where armed men struck is the
    # scene of their attack, not a demonstration.
    ("Gunmen stormed a church during a night vigil, killing 14 worshippers.", "Attack"),
    ("Militants opened fire on the crowd during a peace rally, killing six.", "Attack"),
    # ... while forces killing people at a demonstration stay excessive force.
    ("Police shot dead two people during a demonstration in the town.",
     "Excessive force against protesters"),
    # Demonstrators told by a participle ("elders protesting ...") who attacked
    # someone made the demonstration violent.
    ("A group of elders protesting against the land sale led two surveyors to the river "
     "and attacked them.", "Violent demonstration"),
    # A verb of attempt leading the trigger reports the attempt, not a plan.
    ("Students are tear-gassed by police after they try to forcibly enter the university "
     "senate hall.", "Violent demonstration"),
    # A former member of an armed group is no armed side when killed; former
    # members who attack forces still fight them.
    ("A former militia member who had turned to farming was killed by unknown attackers "
     "in the village.", "Attack"),
    ("Former rebels attacked a police post in the district on Monday, killing two officers.",
     "Armed clash"),
    # A crowd breaking up someone else's gathering is crowd violence; the forces
    # breaking up a rally intervene in it.
    ("Jeering youths disrupted the senator's rally at the stadium.", "Violent demonstration"),
    ("Youths armed with sticks disrupted a voter education forum at the school on Monday.",
     "Mob violence"),
    ("Police disrupted an opposition rally in the town and arrested two organisers.",
     "Protest with intervention"),
    # Looting is done on purpose: the accident words of the place looted drop nothing.
    ("A group of men broke into a gas cylinder factory in the capital and looted it.",
     "Looting/property destruction"),
    ("A gas cylinder exploded at a factory in the capital, killing two workers.", "none"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), CROWD_FORCE_TYPES)
def test_primary_type_of_crowds_using_force(nlp: Language, text: str, sub_event_type: str) -> None:
    assert _type(nlp, text) == sub_event_type


def test_the_reason_says_the_gathering_is_the_scene(nlp: Language) -> None:
    text = "Gunmen stormed a church during a night vigil, killing 14 worshippers."
    best = [m for m in _new(nlp, text) if m.sub_event_type == "Attack"]
    assert best and "'vigil' in an 'after/amid/during' phrase" in best[0].type_reason


def test_the_reason_says_looting_is_no_accident(nlp: Language) -> None:
    text = "A group of men broke into a gas cylinder factory in the capital and looted it."
    looted = [m for m in _new(nlp, text) if m.trigger_text == "looted"]
    assert looted and "looted on purpose" in looted[0].type_reason


def test_the_protest_window_ends_at_a_paragraph_break(nlp: Language) -> None:
    march = ("Riot police used tear gas on hundreds of voters who tried to march into the "
             "city centre on Monday.")
    raid = ("Hundreds of men armed with machetes stormed a farm near the town on the same day, "
            "cutting down trees and driving away sheep.")
    apart = {m.sub_event_type for m in _new(nlp, f"{march}\n\n{raid}")}
    assert apart == {"Protest with intervention", "Looting/property destruction"}
    # (in one paragraph the raid is still read as the demonstrators' violence)
    together = {m.sub_event_type for m in _new(nlp, f"{march} {raid}")}
    assert together == {"Violent demonstration"}


def test_demonstrators_barred_by_police_is_an_intervention(nlp: Language) -> None:
    text = ("Nurses marched to the county offices over unpaid salaries. "
            "They tried to enter the building but were barred by police officers.")
    subs = {m.sub_event_type for m in _new(nlp, text)}
    assert subs == {"Protest with intervention"}


# The rioting of a crowd being dispersed happened; the dispersal is the purpose.

def test_dispersing_rioting_youths_is_a_violent_demonstration(nlp: Language) -> None:
    text = "Officers lobbed teargas canisters to disperse rioting youths at the stadium."
    statuses = _statuses(nlp, text)
    assert statuses["rioting"] == "new"
    assert statuses["disperse"] == "plan"
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"


# What the authorities demolished is the demonstrators' grievance.

def test_stalls_demolished_by_the_county_make_no_violent_demonstration(
        nlp: Language) -> None:
    text = ("Hawkers whose stalls were demolished by the county government marched to the "
            "governor's office. They said nobody had warned them before the demolition.")
    subs = {m.sub_event_type for m in _new(nlp, text)}
    assert subs == {"Peaceful protest"}


def test_named_lethal_means_make_confident_excessive_force(nlp: Language) -> None:
    text = ("Officers broke up the march in Kisumu with live bullets, injuring several "
            "demonstrators. Eight more demonstrators were hurt when a second march was "
            "broken up near the bus park.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Excessive force against protesters"
    assert "lethal force named against demonstrators" in best.type_reason
    assert best.confidence >= 0.8


def test_angry_youths_rioting_stay_a_violent_demonstration(nlp: Language) -> None:
    # ("angry youths" may be demonstrators; only a mob or its justice decides)
    assert _primary_type(nlp, "Riots by angry youths went on for a third day in the "
                               "town.") == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to break up crowds at the bus station on Friday.",
        "Officers halted the May Day event in the square, dispersing the crowds.",
    ],
)
def test_forces_dispersing_a_crowd_is_a_protest_with_intervention(
        nlp: Language, text: str) -> None:
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Protest with intervention"
    assert best.confidence < 0.8  # the gathering is only implied


def test_arrests_a_protest_is_about_do_not_type_it(nlp: Language) -> None:
    text = ("Thousands marched in the capital to protest the new law and its plan for arrests "
            "of street vendors.")
    assert _primary_type(nlp, text) == "Peaceful protest"


def test_detainees_who_protest_are_no_arrest(nlp: Language) -> None:
    text = "Detainees at the remand prison protested over poor food on Monday."
    assert _primary_type(nlp, text) == "Peaceful protest"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Students burn a dormitory in protest over unpaid bursaries at their college.",
         "Violent demonstration"),
        ("Youths took to the streets burning party T-shirts and campaign posters.",
         "Violent demonstration"),
        # (symbols burnt and candles lit destroy no property)
        ("Protesters burn a coffin bearing the minister's name outside parliament.",
         "Peaceful protest"),
        ("Mourners marched through the town burning candles for the slain boy.",
         "Peaceful protest"),
    ],
)
def test_burning_in_a_protest(nlp: Language, text: str, expected: str) -> None:
    assert _primary_type(nlp, text) == expected


# A rioting crowd broken up by forces was a violent demonstration.

def test_teargas_on_rioting_traders_is_a_violent_demonstration(nlp: Language) -> None:
    text = "Police at the market fired teargas to disperse rioting traders."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"
    # (since session 7 the rioting itself is reported, not only the dispersal)
    assert "rioting" in best.type_reason


def test_teargas_on_a_crowd_is_still_an_intervention(nlp: Language) -> None:
    # (the counterpart: no riot word, the dispersal stays a protest with intervention)
    text = "Police at the market fired teargas to disperse the traders."
    assert _primary_type(nlp, text) == "Protest with intervention"


def test_anti_riot_police_make_no_rioting_crowd(nlp: Language) -> None:
    text = "Anti-riot police dispersed angry voters outside the tallying centre."
    assert _primary_type(nlp, text) == "Protest with intervention"
