"""Actor rules of session 10 (hand-written sentences): the places a road joins are no
sides; the owners of property destroyed, named by their people, are its civilians; the
Islamic State in Uganda and DR Congo is the ADF; a strike from the air whose author is
untold is the state's own when the story names its forces and no foreign ones."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import kenyan_mention, story_mention
from spacy.language import Language

from eventcoder.resolve.actors import default_actor_dictionary


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str
           ) -> tuple[str | None, str | None]:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    return (mention.actor1.name if mention.actor1 else None,
            mention.actor2.name if mention.actor2 else None)


def test_the_places_a_blast_went_off_between_are_no_group(nlp: Language) -> None:
    # the tagger reads "Malelei" as an organisation; "Kulan" is a place
    for text, trigger in (
            ("Two police officers were killed on Sunday when a bomb exploded between "
             "Malelei and Kulan in Garissa county.", "bomb"),
            ("An explosion between Malelei and Kulan on Sunday left two police officers "
             "dead, Garissa county officials said.", "explosion")):
        assert _names(nlp, text, trigger, "Remote explosive/landmine/IED")[0] == \
            "Unidentified Armed Group (Kenya)", text


@pytest.mark.parametrize(("text", "trigger", "sub", "wanted"), [
    # the tagger reads the little-known town "Elele" as an organisation; "the attackers"
    # then referred back to it as a named group
    ("Bandits ambushed a bus on the highway between Elele and Takaba on Sunday. The "
     "driver escaped, but the attackers shot two passengers.", "shot", "Attack",
     ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")),
    ("Police on patrol on the road between Elele and Rhamu came under fire on Monday. "
     "The officers fought back until the attackers fled.", "fought back", "Armed clash",
     ("Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")),
])
def test_the_towns_a_road_joins_are_no_group(nlp: Language, text: str, trigger: str,
                                             sub: str, wanted: tuple[str, str]) -> None:
    assert _names(nlp, text, trigger, sub) == wanted


def _story(nlp: Language, text: str, trigger: str, sub_event_type: str, country: str
           ) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, trigger, sub_event_type, country)
    return (mention.actor1.name if mention.actor1 else None,
            mention.actor2.name if mention.actor2 else None)


@pytest.mark.parametrize(("text", "trigger", "country", "wanted"), [
    # a people's word on the place the property stands in
    ("Israeli settlers set fire to dozens of houses and cars in the Palestinian town of "
     "Huwara late on Sunday.", "set fire to", "Palestine",
     ("Settlers (Israel)", "Civilians (Palestine)")),
    # ... or on the property itself
    ("Armed settlers burned several Palestinian cars near Nablus overnight.", "burned",
     "Palestine", ("Settlers (Israel)", "Civilians (Palestine)")),
    # a community's name on the huts is the owners', not the community's militia
    ("Raiders burned down Pokot huts and looted granaries in the valley.", "burned down",
     "Kenya", ("Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)")),
    # no owner told: no second actor, as ACLED's Kenyan coders leave it
    ("An unknown group burned down homes in the village on Tuesday night.", "burned down",
     "Kenya", ("Unidentified Armed Group (Kenya)", None)),
])
def test_the_owners_a_property_destruction_names_are_civilians(
        nlp: Language, text: str, trigger: str, country: str,
        wanted: tuple[str, str | None]) -> None:
    assert _story(nlp, text, trigger, "Looting/property destruction", country) == wanted


@pytest.mark.parametrize(("text", "trigger", "country", "actor1"), [
    ("Islamic State-linked insurgents killed at least 20 villagers near Beni on Sunday, "
     "local officials said.", "killed", "Democratic Republic of Congo",
     "ADF: Allied Democratic Forces"),
    ("Militants linked to the Islamic State attacked a village in Kasese district "
     "overnight, killing seven people.", "attacked", "Uganda",
     "ADF: Allied Democratic Forces"),
    # elsewhere the Islamic State stays itself
    ("Islamic State fighters killed 12 villagers in a raid near Palmyra, a monitor said.",
     "killed", "Syria", "Islamic State (Syria)"),
])
def test_the_islamic_state_in_uganda_and_congo_is_the_adf(
        nlp: Language, text: str, trigger: str, country: str, actor1: str) -> None:
    assert _story(nlp, text, trigger, "Attack", country)[0] == actor1


@pytest.mark.parametrize(("text", "country", "actor1"), [
    # the story tells of the country's army and of no other state's forces
    ("A drone strike hit a busy market in the town on Tuesday, killing 14 people, a nurse "
     "said. The army has been fighting militia fighters in the area since April.",
     "Ethiopia", "Military Forces of Ethiopia (2018-)"),
    ("An air strike on a village killed nine civilians on Sunday, residents said. The "
     "military did not comment.", "Sudan", "Military Forces of Sudan (2019-)"),
    # no forces told at all: the author stays unknown
    ("A drone strike hit a busy market in the town on Tuesday, killing 14 people, a nurse "
     "said.", "Ethiopia", "Unidentified Armed Group (Ethiopia)"),
])
def test_an_unattributed_strike_from_the_air_is_the_states_own(
        nlp: Language, text: str, country: str, actor1: str) -> None:
    trigger = "drone strike" if "drone strike" in text else "air strike"
    mention = story_mention(nlp, text, trigger, "Air/drone strike", country,
                            dt.date(2023, 8, 14))
    assert mention.actor1 is not None and mention.actor1.name == actor1


def test_a_strike_from_the_air_in_a_story_of_foreign_forces_stays_unattributed(
        nlp: Language) -> None:
    text = ("Russian forces shelled the city overnight. Later a drone strike hit an "
            "apartment block in Kharkiv, killing three, Ukrainian troops said.")
    mention = story_mention(nlp, text, "drone strike", "Air/drone strike", "Ukraine",
                            dt.date(2023, 8, 14))
    assert mention.actor1 is not None
    assert mention.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    # the attack's sentence names the attackers; the next one the side that answered
    ("Pokot raiders attacked a village near Tot on Monday. Marakwet herders fought back, "
     "leading to hours of gunfire.", "attacked",
     ("Pokot Ethnic Militia (Kenya)", "Marakwet Ethnic Militia (Kenya)")),
    # the answering side's sentence: its other side is the attacker told before
    ("Suspected Turkana raiders stormed a grazing camp at dawn. Samburu herders "
     "retaliated, and the gunfire lasted an hour.", "retaliated",
     ("Samburu Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")),
])
def test_the_side_that_answers_an_attack_is_its_other_side(
        nlp: Language, text: str, trigger: str, wanted: tuple[str, str]) -> None:
    assert _names(nlp, text, trigger, "Armed clash") == wanted


def test_a_side_that_does_not_answer_takes_no_side_from_the_sentence_before(
        nlp: Language) -> None:
    text = ("Pokot raiders stole 200 goats near Tot on Monday. On Tuesday two groups of "
            "gunmen clashed at a watering point.")
    assert _names(nlp, text, "clashed", "Armed clash")[1] == \
        "Unidentified Armed Group (Kenya)"


def test_a_communitys_people_who_fight_are_its_militia(nlp: Language) -> None:
    text = "Turkana villagers clashed with Karamojong raiders over water points."
    assert _names(nlp, text, "clashed", "Armed clash") == (
        "Turkana Ethnic Militia (Kenya)", "Karamojong Ethnic Militia (Uganda)")
    text = "Clashes between Wardei pastoralists and Mijikenda farmers left nine dead."
    assert _names(nlp, text, "Clashes", "Armed clash") == (
        "Wardei Ethnic Militia (Kenya)", "Mijikenda Ethnic Militia (Kenya)")
    # the same people as victims of an attack stay civilians
    text = "Pokot raiders shot dead three Turkana villagers at a watering point."
    assert _names(nlp, text, "shot dead", "Attack") == (
        "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)")


def test_fighters_loyal_to_a_group_are_that_group(nlp: Language) -> None:
    # "Clan" opening the sentence is a common word, not part of a name
    text = ("Clan militiamen loyal to the SSC-Khatumo administration seized an army post "
            "near Oog on Sunday after a night of fighting.")
    mention = story_mention(nlp, text, "seized", "Non-state actor overtakes territory",
                            "Somalia", dt.date(2023, 8, 14))
    assert mention.actor1 is not None and mention.actor1.name == "SSC-Khatumo"


def test_a_role_word_on_a_site_whose_owner_is_told_after_is_no_side(
        nlp: Language) -> None:
    # "military" only qualifies the base; Somaliland's army owns it (not Somalia's)
    text = ("Gunmen loyal to a local warlord attacked the main military base of "
            "Somaliland's army near Erigavo.")
    mention = story_mention(nlp, text, "attacked", "Armed clash", "Somalia",
                            dt.date(2023, 8, 14))
    assert mention.actor1 is not None and mention.actor2 is not None
    assert {mention.actor1.name, mention.actor2.name} == {
        "Military Forces of Somaliland", "Unidentified Armed Group (Somalia)"}


def test_a_groups_name_with_a_word_for_its_men_resolves_outside_its_home() -> None:
    dictionary = default_actor_dictionary()
    for text, country in (("RED-Tabara rebel", "Rwanda"),
                          ("RED-Tabara fighters", "Democratic Republic of Congo")):
        actor = dictionary.resolve(text, country)
        assert actor is not None, text
        assert actor.name == "RED-Tabara: Resistance for the Rule of Law in Burundi"


@pytest.mark.parametrize(("text", "wanted"), [
    ("Supporters of the ruling party armed with sticks attacked anti-government "
     "demonstrators at their camp in the capital.", "Protesters (Kenya)"),
    ("A mob beat up protesters who were marching against the new tax in Kisumu.",
     "Protesters (Kenya)"),
    # not demonstrators: the people a mob attacks are civilians
    ("A mob beat up two suspected thieves at the market in Kisumu.", "Civilians (Kenya)"),
    ("A crowd of youths stoned two traders outside the tallying centre.",
     "Civilians (Kenya)"),
])
def test_demonstrators_a_mob_attacks_stay_protesters(nlp: Language, text: str,
                                                     wanted: str) -> None:
    trigger = next(w for w in ("attacked", "beat up", "stoned") if w in text)
    assert _names(nlp, text, trigger, "Mob violence") == ("Rioters (Kenya)", wanted)


@pytest.mark.parametrize(("text", "trigger", "country", "wanted"), [
    ("Sudan's Prime Minister Abdalla Hamdok and the leader of the SPLM-N signed a "
     "ceasefire deal in Juba on Saturday.", "signed a ceasefire", "Sudan",
     ("Government of Sudan", "SPLM-N: Sudan People's Liberation Movement-North")),
    # the parties named as such are left as they are
    ("The M23 and the Congolese government signed a truce in Doha on Friday.",
     "signed a truce", "Democratic Republic of Congo",
     ("M23: March 23 Movement", "Government of Democratic Republic of Congo")),
])
def test_a_head_of_state_signs_for_the_government(
        nlp: Language, text: str, trigger: str, country: str,
        wanted: tuple[str, str]) -> None:
    assert _story(nlp, text, trigger, "Agreement", country) == wanted


@pytest.mark.parametrize(("text", "trigger", "actor2"), [
    ("Soldiers fought militants in an orchard near Sopore on Tuesday, killing Abu Talha, "
     "a commander of the Jaish-e-Mohammed group, police said.", "fought", "Jaish-e-Mohammed"),
    ("Troops clashed with militants near Sopore on Tuesday and killed a senior commander "
     "of the Jaish-e-Mohammed.", "clashed", "Jaish-e-Mohammed"),
    # a member told of otherwise (not hit in the fight) names no side
    ("Soldiers fought militants near Sopore on Tuesday, a week after a commander of the "
     "Jaish-e-Mohammed surrendered.", "fought", "Unidentified Armed Group (India)"),
])
def test_unnamed_fighters_are_the_group_their_fallen_commander_led(
        nlp: Language, text: str, trigger: str, actor2: str) -> None:
    mention = story_mention(nlp, text, trigger, "Armed clash", "India", dt.date(2021, 8, 14))
    assert mention.actor2 is not None and mention.actor2.name == actor2
