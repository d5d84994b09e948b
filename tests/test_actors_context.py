"""Words of the event's sentence that say which kind of unnamed armed side fought:
communal or ethnic violence names an unidentified communal or ethnic militia, not
an unidentified armed group (hand-written sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention, story_mention
from spacy.language import Language

COMMUNAL = "Unidentified Communal Militia (Kenya)"
ETHNIC = "Unidentified Ethnic Militia (Kenya)"

# (sentence, trigger, sub-event type, expected actor1 and actor2)
CONTEXT = [
    pytest.param(
        "Four villagers died in fresh inter-community clashes near Lowangila on Monday.",
        "clashes", "Armed clash", (COMMUNAL, COMMUNAL),
        id="inter_community_clashes_are_fought_by_communal_militias"),
    pytest.param(
        "Six people died in a gunfight between armed pastoralists near Kapedo on Friday.",
        "gunfight", "Armed clash", (COMMUNAL, COMMUNAL),
        id="armed_pastoralists_are_communal_militias"),
    pytest.param(
        "Twelve were killed in an ethnically motivated gun battle near Rhamu overnight.",
        "gun battle", "Armed clash", (ETHNIC, ETHNIC),
        id="ethnically_motivated_violence_is_fought_by_ethnic_militias"),
    pytest.param(
        "Armed men shot dead a herdsman and drove off some 200 goats near Kainuk on Sunday.",
        "shot dead", "Attack", (COMMUNAL, "Civilians (Kenya)"),
        id="raiders_who_drive_off_livestock_are_a_communal_militia"),
    pytest.param(
        "A roadside bomb struck an Anti-Stock Theft Unit truck near Kotulo on Friday.",
        "roadside bomb", "Remote explosive/landmine/IED",
        ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2013-)"),
        id="a_livestock_word_inside_a_force_name_is_no_raid"),
    pytest.param(
        "Gunmen shot dead two traders near Mandera on Monday.",
        "shot dead", "Attack", ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        id="without_such_words_gunmen_stay_an_unidentified_armed_group"),
]


@pytest.mark.parametrize("text, trigger, sub_event_type, expected", CONTEXT)
def test_context_names_the_unnamed_side(nlp: Language, text: str, trigger: str,
                                        sub_event_type: str,
                                        expected: tuple[str, str]) -> None:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    assert (mention.actor1.name if mention.actor1 else None,
            mention.actor2.name if mention.actor2 else None) == expected


def test_an_unknown_group_whose_commander_is_killed_is_the_target(nlp: Language) -> None:
    # the Hamrin Resistance Units are made up: a group the dictionary cannot know
    text = ("A drone struck a car near Tuz Khurmatu on Monday, killing a senior commander of "
            "the Hamrin Resistance Units and his driver, local officials said.")
    mention = story_mention(nlp, text, "struck", "Air/drone strike", "Iraq")
    assert mention.actor2 is not None
    assert mention.actor2.name == "Hamrin Resistance Units"
    assert not mention.actor2.normalised  # kept as written, flagged


def test_supporters_of_a_person_do_not_make_the_person_a_side(nlp: Language) -> None:
    text = ("Five people were injured in a clash between supporters of Kiprono Mutai and "
            "those of his rival in Eldoret.")
    mention = kenyan_mention(nlp, text, "clash", "Armed clash")
    names = {a.name for a in (mention.actor1, mention.actor2) if a is not None}
    assert not any("Mutai" in name for name in names)


def test_the_sinjar_resistance_units_are_in_the_dictionary(nlp: Language) -> None:
    text = "Turkish drones struck YBS positions near Sinjar on Tuesday, killing three fighters."
    mention = story_mention(nlp, text, "struck", "Air/drone strike", "Iraq")
    assert mention.actor2 is not None and mention.actor2.name == "Sinjar Resistance Units"
    assert mention.actor2.inter == 3


def test_who_backs_a_side_is_its_ally_not_the_enemy(nlp: Language) -> None:
    text = ("Soldiers backed by local militiamen fought Al Shabaab fighters for hours near "
            "Kiunga on Sunday.")
    mention = kenyan_mention(nlp, text, "fought", "Armed clash")
    assert mention.actor1 is not None and mention.actor2 is not None
    assert (mention.actor1.name, mention.actor2.name) == (
        "Military Forces of Kenya (2013-)", "Al Shabaab")
    assert [a.name for a in mention.assoc_actor_1] == ["Unidentified Armed Group (Kenya)"]


def test_unnamed_attackers_that_forces_fought_are_the_group_that_claimed_them(
        nlp: Language) -> None:
    text = ("Police repulsed gunmen who stormed a police post near Mandera on Monday "
            "night. Al Shabaab claimed responsibility for the raid on Tuesday.")
    mention = kenyan_mention(nlp, text, "repulsed", "Armed clash")
    assert mention.actor1 is not None and mention.actor2 is not None
    assert (mention.actor1.name, mention.actor2.name) == (
        "Police Forces of Kenya (2013-)", "Al Shabaab")


def test_fighting_set_off_by_an_attack_keeps_the_attack_s_sides(nlp: Language) -> None:
    text = ("Pokot raiders attacked Turkana herders near Kainuk on Friday, sparking clashes "
            "that left six people dead.")
    mention = kenyan_mention(nlp, text, "clashes", "Armed clash")
    assert mention.actor1 is not None and mention.actor2 is not None
    assert (mention.actor1.name, mention.actor2.name) == (
        "Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")


@pytest.mark.parametrize("text, expected", [
    ("A gang of Kikuyu youths attacked a Luo family in Naivasha on Sunday.",
     "Kikuyu Ethnic Militia (Kenya)"),
    ("A gang of thugs attacked a shopkeeper in Nakuru on Sunday.",
     "Unidentified Armed Group (Kenya)"),
])
def test_a_gang_made_of_a_community_is_that_community_s_militia(
        nlp: Language, text: str, expected: str) -> None:
    mention = kenyan_mention(nlp, text, "attacked", "Attack")
    assert mention.actor1 is not None and mention.actor1.name == expected
