"""Which side is which: battle order, untargeted blasts, police named only as a crowd's
grievance, the side that answers an attack, a community's people who fight, and a role
word on a site whose owner is told after (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import kenyan_mention, side_names, story_mention
from spacy.language import Language

from eventcoder.extract.actors import COUNTRY_ENV_VAR


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str
           ) -> tuple[str | None, str | None]:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    return side_names(mention)


def _code(nlp: Language, text: str, trigger: str,
          sub_event_type: str) -> tuple[str | None, str | None]:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    return side_names(mention)


# (sentence, trigger, sub-event type, expected actor1 and actor2)
SIDES = [
    pytest.param(
        "Gunmen on motorbikes opened fire on a police patrol outside Wajir on Monday night.",
        "opened fire", "Armed clash",
        ("Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)"),
        id="state_forces_are_listed_first_in_a_battle"),
    pytest.param(
        "Pokot raiders fought Turkana herders for several hours near Kainuk on Friday.",
        "fought", "Armed clash",
        ("Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"),
        id="two_non_state_sides_keep_their_order"),
    pytest.param(
        "A grenade went off outside a busy bar in Mombasa late on Saturday, wounding four.",
        "grenade", "Grenade",
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        id="a_blast_with_no_named_target_hits_civilians"),
    pytest.param(
        "Three Kenyan soldiers died and two were hurt when a roadside bomb hit their truck.",
        "roadside bomb", "Remote explosive/landmine/IED",
        ("Unidentified Armed Group (Kenya)", "Military Forces of Kenya (2013-)"),
        id="soldiers_killed_by_a_blast_are_its_target_not_its_author"),
    pytest.param(
        "Motorcycle taxi riders barricaded the highway in Kisumu with burning tyres "
        "in protest of police harassment.",
        "barricaded", "Violent demonstration", ("Rioters (Kenya)", None),
        id="police_named_as_the_grievance_are_no_side_of_a_riot"),
    pytest.param(
        "Youths set tyres ablaze on the Kisii road to protest the killing of a "
        "hawker by police officers.",
        "set tyres ablaze", "Violent demonstration", ("Rioters (Kenya)", None),
        id="police_killings_a_crowd_protests_against_are_no_side"),
    pytest.param(
        "Traders angry over new market fees blocked the road and fought running battles "
        "with police in Eldoret.",
        "blocked the road", "Violent demonstration",
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-)"),
        id="police_who_confront_the_crowd_stay_its_opponent"),
    pytest.param(
        "Two bodies were found after overnight violence between police and rioters "
        "in Kondele.",
        "violence", "Violent demonstration",
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-)"),
        id="police_set_against_the_crowd_by_between_are_a_side"),
    pytest.param(
        "A Jubilee party representative was shot dead outside his home in Nakuru "
        "late on Tuesday.",
        "shot dead", "Attack",
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        id="the_party_of_a_victim_is_not_the_attacker"),
    pytest.param(
        "Several ODM supporters were beaten and robbed on their way home from a rally "
        "in Kisumu.",
        "beaten", "Attack",
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        id="supporters_of_a_party_beaten_by_nobody_named"),
    pytest.param(
        "A Samburu gang was seen attacking two herders near Baragoi on Sunday evening.",
        "attacking", "Attack",
        ("Samburu Ethnic Militia (Kenya)", "Civilians (Kenya)"),
        id="the_subject_of_was_seen_attacking_is_the_attacker"),
    pytest.param(
        "Youths angry over the closure of a market in Nyeri stoned a man who was "
        "driving past the barricade.",
        "stoned", "Violent demonstration",
        ("Rioters (Kenya)", "Civilians (Kenya)"),
        id="civilians_hit_by_a_crowd_of_civilians"),
    pytest.param(
        "Two Al Shabaab fighters died in an exchange of fire with security forces "
        "near Kiunga on Tuesday.",
        "exchange of fire", "Armed clash",
        ("Military Forces of Kenya (2013-)", "Al Shabaab"),
        id="security_forces_fighting_rebels_are_the_army"),
    pytest.param(
        "Security forces fought Pokot raiders for two hours near Kapedo on Tuesday.",
        "fought", "Armed clash",
        ("Police Forces of Kenya (2013-)", "Pokot Ethnic Militia (Kenya)"),
        id="security_forces_fighting_raiders_stay_the_kenyan_reading"),
    pytest.param(
        "Al Shabaab fighters ambushed security forces near Kiunga on Tuesday. Three "
        "police officers were wounded.",
        "ambushed", "Armed clash",
        ("Police Forces of Kenya (2013-)", "Al Shabaab"),
        id="security_forces_the_text_calls_police_stay_police"),
    pytest.param(
        "A police bomb squad defused an explosive device left outside a church in "
        "Garissa on Sunday.",
        "defused", "Disrupted weapons use",
        ("Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)"),
        id="forces_that_defuse_a_device_are_actor1"),
    pytest.param(
        "Soldiers seized a cache of rifles and grenades from Al Shabaab fighters near "
        "Kiunga.",
        "seized", "Disrupted weapons use",
        ("Military Forces of Kenya (2013-)", "Al Shabaab"),
        id="forces_that_seize_a_group_s_weapons_come_first_the_group_second"),
    pytest.param(
        "An explosive device was found by police at a bus stop in Mombasa and later "
        "destroyed.",
        "found", "Disrupted weapons use",
        ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2013-)"),
        id="a_weapon_told_as_the_subject_keeps_its_owner_first"),
    pytest.param(
        "Herders assaulted a farmer near Naivasha after a quarrel over grazing land.",
        "assaulted", "Attack",
        ("Unidentified Communal Militia (Kenya)", "Civilians (Kenya)"),
        id="herders_who_attack_are_a_communal_militia"),
    pytest.param(
        "Gunmen shot dead two herders near Garissa on Monday.",
        "shot dead", "Attack",
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        id="herders_who_are_attacked_stay_civilians"),
]


@pytest.mark.parametrize("text, trigger, sub_event_type, expected", SIDES)
def test_sides(nlp: Language, text: str, trigger: str, sub_event_type: str,
               expected: tuple[str | None, str | None]) -> None:
    assert _code(nlp, text, trigger, sub_event_type) == expected


def test_raiders_from_abroad_keep_their_origin_and_hit_the_feeds_civilians(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COUNTRY_ENV_VAR, "Kenya")
    text = "Raiders from Uganda stormed a village near the border and shot dead two herders."
    assert _code(nlp, text, "shot dead", "Attack") == (
        "Unidentified Ethnic Militia (Uganda)", "Civilians (Kenya)")


def test_foreign_herders_who_attack_are_their_country_s_communal_militia(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COUNTRY_ENV_VAR, "Kenya")
    text = "A Borana elder was attacked and killed by Somali herders near Isiolo."
    assert _code(nlp, text, "attacked", "Attack") == (
        "Unidentified Communal Militia (Somalia)", "Civilians (Kenya)")


def test_a_demonym_of_the_attackers_does_not_place_the_attack(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COUNTRY_ENV_VAR, "Kenya")
    text = "Ethiopian militiamen killed three fishermen on the lake at dawn."
    assert _code(nlp, text, "killed", "Attack") == (
        "Unidentified Armed Group (Ethiopia)", "Civilians (Kenya)")


def test_an_event_word_is_never_the_words_behind_a_side(nlp: Language) -> None:
    mention = kenyan_mention(nlp, "Small skirmishes along the border could easily spark deadly "
                       "clashes.", "skirmishes", "Armed clash")
    for actor in (mention.actor1, mention.actor2):
        assert actor is None or actor.text is None or "skirmish" not in actor.text
        assert actor is None or actor.text is None or "clashes" not in actor.text


def test_a_newspaper_is_no_side(nlp: Language) -> None:
    for text in ("The Daily Globe ran a full-page advert denying the massacre of hundreds "
                 "of villagers in 1952.",
                 "The Lakeside Times published a report on the killing of three herders "
                 "near the river."):
        trigger = "massacre" if "massacre" in text else "killing"
        mention = kenyan_mention(nlp, text, trigger, "Attack")
        assert mention.actor1 is not None, text
        assert mention.actor1.name == "Unidentified Armed Group (Kenya)", text
        assert mention.actor1.text is None, text
        assert mention.actor2 is not None and mention.actor2.name == "Civilians (Kenya)"


def test_an_event_word_tagged_as_an_organisation_is_no_group(nlp: Language) -> None:
    for text, trigger, sub in (
            ("Raids continue across the whole division, with several killings reported.",
             "killings", "Attack"),
            ("Two soldiers died after their lorry ran over an Improvised Explosive Device "
             "at a junction near the border.", "Improvised Explosive Device",
             "Remote explosive/landmine/IED")):
        mention = kenyan_mention(nlp, text, trigger, sub)
        assert mention.actor1 is not None, text
        assert mention.actor1.name == "Unidentified Armed Group (Kenya)", text


def test_the_target_of_an_attack_on_something_is_its_evidence(nlp: Language) -> None:
    # "an attack on X": X is the side hit; no actor word names it, so the side keeps
    # its category and X becomes the words behind it
    text = "Al Shabaab fighters launched a grenade attack on a quarry camp near Mandera."
    mention = kenyan_mention(nlp, text, "attack", "Grenade")
    assert mention.actor2 is not None
    assert (mention.actor2.name, mention.actor2.text) == ("Civilians (Kenya)", "a quarry camp")


def test_foreign_nationals_are_civilians_of_their_country(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COUNTRY_ENV_VAR, "Kenya")  # a Kenyan feed
    text = "An angry mob beat up three Ugandan nationals at a Kenyan border market on Friday."
    assert _code(nlp, text, "beat up", "Mob violence") == (
        "Rioters (Kenya)", "Civilians (Uganda)")


def _myanmar(nlp: Language, text: str, trigger: str,
             sub_event_type: str) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, trigger, sub_event_type, "Myanmar",
                            dt.date(2023, 4, 12))
    return side_names(mention)


def test_a_crowd_hit_by_an_air_strike_is_civilians(nlp: Language) -> None:
    text = ("Myanmar's military carried out an air strike on a crowd at a village "
            "festival in Magway on Sunday.")
    assert _myanmar(nlp, text, "air strike", "Air/drone strike") == (
        "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")


def test_a_claim_about_who_the_dead_were_is_not_the_target(nlp: Language) -> None:
    # the army's version of the victims is a claim, not the strike's target
    text = ("An army spokesman confirmed the strike but said most of those killed "
            "were members of the People's Defence Force.")
    assert _myanmar(nlp, text, "strike", "Air/drone strike") == (
        "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")


def _in(nlp: Language, text: str, trigger: str, sub_event_type: str, country: str,
        day: dt.date) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, trigger, sub_event_type, country, day)
    return side_names(mention)


def test_unnamed_allies_of_the_first_side_are_not_the_enemy(nlp: Language) -> None:
    text = ("The army said its troops and allied fighters had repelled an RSF assault "
            "on the northern outskirts of the city.")
    assert _in(nlp, text, "assault", "Armed clash", "Sudan", dt.date(2025, 1, 25)) == (
        "Military Forces of Sudan (2019-)", "Rapid Support Forces")


def test_who_a_place_is_taken_from_is_the_other_side(nlp: Language) -> None:
    text = "The port town was retaken from Al Shabaab by Somali troops on Sunday."
    assert _in(nlp, text, "retaken", "Government regains territory", "Somalia",
               dt.date(2024, 3, 10)) == ("Military Forces of Somalia (2022-)", "Al Shabaab")


def test_fighters_of_a_named_group_are_that_group(nlp: Language) -> None:
    text = "Fighters of the Sabaot Land Defence Force attacked a village near Mount Elgon."
    assert _code(nlp, text, "attacked", "Attack")[0] == "SLDF: Sabaot Land Defence Force"


def test_a_speaker_who_tells_of_its_own_act_is_its_doer(nlp: Language) -> None:
    text = "Police said they shot dead two robbery suspects in Eastleigh on Monday."
    assert _code(nlp, text, "shot dead", "Attack")[0] == "Police Forces of Kenya (2013-)"


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    # the attack's sentence names the attackers; the next one the side that answered
    ("Pokot raiders attacked a village near Tot on Monday. Marakwet herders fought back, "
     "leading to hours of gunfire.", "attacked",
     ("Pokot Ethnic Militia (Kenya)", "Marakwet Ethnic Militia (Kenya)")),
    # the answering side's sentence: its other side is the attacker told before, who is
    # listed first (the Kenya coders list the side that retaliated second:
    # actor_sides.answering_side_second)
    ("Suspected Turkana raiders stormed a grazing camp at dawn. Samburu herders "
     "retaliated, and the gunfire lasted an hour.", "retaliated",
     ("Turkana Ethnic Militia (Kenya)", "Samburu Ethnic Militia (Kenya)")),
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
