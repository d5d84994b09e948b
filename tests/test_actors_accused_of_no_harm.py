"""A named group the text accuses of something other than harm ("accused the ruling
party of rigging the count", "a man they accused of passing information to the rebels")
is not blamed for an attack whose doer the text leaves unnamed: only an accusation of an
act of harm names a doer (actor_sides.apply_attribution, _accused_of_no_harm; data:
accused_act_classes in actor_words.yaml). Hand-written sentences."""

from __future__ import annotations

from fixtures_actors import story_mention
from spacy.language import Language


def test_a_party_accused_of_rigging_is_not_the_killer(nlp: Language) -> None:
    text = ("In Kisumu on Tuesday, youths who accused the ruling Jubilee Party of rigging the "
            "count burned tyres on the main road. A boy and his uncle were gunned down near "
            "the bus park, a medic said.")
    mention = story_mention(nlp, text, "gunned down", "Attack", "Kenya")
    assert mention.actor1 is not None
    assert not mention.actor1.name.startswith("Jubilee"), mention.actor1.name


def test_a_militia_named_in_a_charge_of_spying_is_not_the_killer(nlp: Language) -> None:
    text = ("Villagers near Beni held a man they accused of passing information to the ADF "
            "on Monday. He was found dead the next morning, a local official said.")
    mention = story_mention(nlp, text, "found dead", "Attack", "Democratic Republic of Congo")
    assert mention.actor1 is not None
    assert not mention.actor1.name.startswith("ADF"), mention.actor1.name


def test_a_group_accused_of_the_killing_is_still_blamed(nlp: Language) -> None:
    # the guard: an accusation of the harm itself names the doer
    text = ("Gunmen shot dead four traders at a market near Beni on Monday. Local leaders "
            "accused the ADF of the killings.")
    mention = story_mention(nlp, text, "shot dead", "Attack", "Democratic Republic of Congo")
    assert mention.actor1 is not None
    assert mention.actor1.name.startswith("ADF"), mention.actor1.name
