"""Who unnamed armed men or arrested people are thought to be, told by a verb of suspicion
and a copula or in an apposition: "raiders, believed to be Pokot herders", "a local
militia (suspected Ilchamus fighters)", "The gunmen are believed to be Turkana", "arrested
a man suspected to be an Al Shabaab recruiter". The people or group named so is the side, as
ACLED codes a community's or a group's suspected men. Each of the first seven tests fails
without its rule (actor_candidates._named_by_belonging with _identity_told,
_renamed_in_apposition and _who_they_are_thought_to_be; actor_sides.doers_identified;
actor_sides.suspects_believed_members; actor_candidates._target_of_another_act); the last
one guards a group the text blames for other acts."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention, side_names
from spacy.language import Language


@pytest.mark.parametrize(("text", "trigger", "sub_event_type", "wanted"), [
    # a band made of raiders whose people the apposition tells (made up)
    ("A farmer was hacked to death on Tuesday by a gang of raiders, believed to be "
     "Pokot herders, at Kapedo in Baringo County.", "hacked", "Attack",
     "Pokot Ethnic Militia (Kenya)"),
    # the doers told again in the next sentence, with a people's name that is also a
    # county's (made up)
    ("Two boys herding camels were shot and wounded near Lokori on Thursday night. "
     "The gunmen are believed to be Turkana.", "wounded", "Attack",
     "Turkana Ethnic Militia (Kenya)"),
    # an apposition naming the same men more closely (made up)
    ("A shopkeeper was stabbed to death near Marigat on Sunday by a local militia "
     "(suspected Ilchamus fighters).", "stabbed", "Attack", "Ilchamus Ethnic Militia (Kenya)"),
    # a named group told as who the killers are thought to be (made up)
    ("Two shopkeepers were shot dead in Mandera town on Friday night. The killers are "
     "thought to be members of Al Shabaab.", "shot", "Attack", "Al Shabaab"),
    # "assumed", a verb of suspicion like "presumed" (made up)
    ("Two traders were hacked to death in Molo on Sunday by a gang assumed to be Mungiki "
     "members.", "hacked", "Attack", "Mungiki Militia"),
])
def test_doers_thought_to_be_a_people_or_group(nlp: Language, text: str, trigger: str,
                                               sub_event_type: str, wanted: str) -> None:
    # (the doers stayed an unidentified armed group or communal militia)
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    assert side_names(mention)[0] == wanted


@pytest.mark.parametrize("text", [
    # the arrested man himself, in a clause on him (made up)
    "Police in Wajir arrested a man suspected to be an Al Shabaab recruiter on Sunday.",
    # the arrested told again in the next sentence (made up)
    "Detectives arrested two men in Lamu on Monday. The detainees are thought to be "
    "members of Al Shabaab.",
])
def test_arrested_thought_to_be_members_of_a_group(nlp: Language, text: str) -> None:
    # (the arrested were civilians)
    mention = kenyan_mention(nlp, text, "arrested", "Arrests")
    assert side_names(mention)[1] == "Al Shabaab"


def test_a_people_the_men_attacked_is_not_who_they_are(nlp: Language) -> None:
    # a verb of another act between the men and the people: the people were its target,
    # not the men's own (made up; the raiders were Pokot's militia before the rule
    # of actor_candidates._target_of_another_act)
    mention = kenyan_mention(
        nlp, "Raiders suspected to have attacked Pokot herders last week killed two "
        "people in Tiaty on Monday.", "killed", "Attack")
    assert side_names(mention)[0] == "Unidentified Ethnic Militia (Kenya)"


def test_a_group_blamed_for_other_acts_is_not_the_arrested(nlp: Language) -> None:
    # the group of the next sentence is not said to be the arrested (made up)
    mention = kenyan_mention(
        nlp, "Police arrested three traders in Eastleigh on Monday. Al Shabaab is "
        "believed to be behind a string of blasts in the area.", "arrested", "Arrests")
    assert side_names(mention)[1] == "Civilians (Kenya)"
