"""Demonstration and riot typing rules of session 10 (issue #3), each on a
hand-written sentence that the rule decides (each case fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)

PRIMARY_TYPES = [
    # Election violence told with nothing more specific is rioting, also when the
    # parser leaves the noun phrase flat and "violence" is not the span's root.
    ("Sporadic post-election violence - details not specified", "Mob violence"),
    ("Ongoing post-election violence - details unclear", "Mob violence"),
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
    # ... not a death that does not say how, nor a killing the protest is about
    ("One person died during protests in the town on Tuesday.", "Peaceful protest"),
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
    # (grenades thrown into a rally are no crowd's violence, nor the forces' lethal force)
    ("Six people were killed and dozens injured when a group of men threw two grenades into "
     "a church rally in the capital.", "Peaceful protest"),
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
