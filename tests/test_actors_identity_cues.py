"""Identity and communal militias (issue #4, ACLED inter 4) told by the words around
an unnamed armed side: a cue word stuck to punctuation is still a cue, and the words
that qualify a crisis named after an election ("post-election ethnic violence") say what
the period was, not who did one act in it (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import kenyan_mention, side_names, story_mention
from spacy.language import Language

ETHNIC = "Unidentified Ethnic Militia ({})"
COMMUNAL = "Unidentified Communal Militia ({})"


def test_a_cue_before_a_comma_names_an_ethnic_militia(nlp: Language) -> None:
    text = ("Fighting between rival clans, armed with rifles and spears, killed five people "
            "near Elwak on Tuesday.")
    mention = kenyan_mention(nlp, text, "Fighting", "Armed clash")
    assert side_names(mention) == (ETHNIC.format("Kenya"), ETHNIC.format("Kenya"))


def test_a_cue_in_quotes_names_a_communal_militia(nlp: Language) -> None:
    text = ("Gunmen whom elders called 'land invaders' shot dead a farmer near Beledweyne "
            "on Friday.")
    mention = story_mention(nlp, text, "shot dead", "Attack", "Somalia")
    assert side_names(mention) == (COMMUNAL.format("Somalia"), "Civilians (Somalia)")


def test_the_words_of_a_post_election_crisis_are_no_cue(nlp: Language) -> None:
    text = ("Two traders were hacked to death in Naivasha on Sunday as the tribal "
            "post-election unrest spread to the lakeside town.")
    mention = kenyan_mention(nlp, text, "hacked to death", "Attack")
    assert side_names(mention) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_ethnic_clashes_outside_such_a_crisis_stay_a_cue(nlp: Language) -> None:
    text = "Two traders were hacked to death in Naivasha on Sunday in ethnic clashes."
    mention = kenyan_mention(nlp, text, "hacked to death", "Attack")
    assert side_names(mention)[0] == ETHNIC.format("Kenya")


def test_the_attackers_after_a_local_militia_are_that_militia(nlp: Language) -> None:
    text = ("A local militia ambushed a police patrol near Bura on Monday with bows and "
            "arrows. Officers then returned fire at the attackers, wounding two of them.")
    mention = kenyan_mention(nlp, text, "returned fire", "Armed clash")
    assert side_names(mention)[1] == COMMUNAL.format("Kenya")


def test_animals_taken_in_a_raid_name_a_communal_militia(nlp: Language) -> None:
    text = ("Armed men shot dead two boys near Kapoeta on Sunday in a raid in which some 300 "
            "animals were stolen.")
    mention = story_mention(nlp, text, "shot dead", "Attack", "South Sudan")
    assert side_names(mention)[0] == COMMUNAL.format("South Sudan")


def test_animals_only_grazed_are_no_raid(nlp: Language) -> None:
    text = ("Gunmen shot dead two boys who were grazing their animals near Kapoeta on "
            "Sunday.")
    mention = story_mention(nlp, text, "shot dead", "Attack", "South Sudan")
    assert side_names(mention)[0] == "Unidentified Armed Group (South Sudan)"
