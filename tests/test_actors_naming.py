"""Actor naming rules (hand-written sentences): a case-kept alias that
opens a sentence, who holds a place, the group unnamed attackers belong to, and a
figure's possessive in copy without apostrophes."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import side_names, story_mention
from spacy.language import Language

from eventcoder.extract.actors import COUNTRY_ENV_VAR, document_country
from eventcoder.resolve.actors import default_actor_dictionary
from eventcoder.schema import Place

DAY = dt.date(2021, 5, 3)
NAIROBI = Place("Nairobi", -1.2864, 36.8172, "Kenya", "KEN", "Nairobi Area")


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str,
           country: str, place: Place | None = None) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, trigger, sub_event_type, country, DAY, place)
    return side_names(mention)


def test_a_case_kept_alias_matches_when_it_opens_the_sentence(nlp: Language) -> None:
    # the acronym keeps the whole alias case-sensitive; its first word is capitalised
    # only because it opens the sentence
    dictionary = default_actor_dictionary()
    actor = dictionary.resolve("Dissidents of the former FARC", "Colombia", DAY)
    assert actor is not None and actor.name == "EMC: FARC Central General Staff"
    text = ("Dissidents of the former FARC ambushed an army patrol near the town of "
            "Argelia on Sunday, killing three soldiers.")
    assert "EMC: FARC Central General Staff" in _names(
        nlp, text, "ambushed", "Armed clash", "Colombia")


def test_who_holds_a_place_is_no_side_of_a_strike_on_it(nlp: Language) -> None:
    text = ("Insurgents fired rockets at the government-held district of Jabal on "
            "Friday, wounding six residents.")
    actor1, actor2 = _names(nlp, text, "fired rockets", "Shelling/artillery/missile attack",
                            "Syria")
    assert actor2 == "Civilians (Syria)"
    text = ("Opposition fighters shelled the regime-held village of Tell Salhab, "
            "wounding three people, a monitor said.")
    assert _names(nlp, text, "shelled", "Shelling/artillery/missile attack",
                  "Syria")[1] == "Civilians (Syria)"


def test_who_holds_a_place_stays_the_other_side_of_a_battle_there(nlp: Language) -> None:
    text = "Syrian troops stormed a rebel-held village on Monday after two days of fighting."
    assert _names(nlp, text, "stormed", "Armed clash", "Syria") == (
        "Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)")


def test_unnamed_attackers_believed_to_belong_to_a_group_are_that_group(
        nlp: Language) -> None:
    text = ("The gunmen, believed to belong to the Islamic State-linked ISWAP, planted a "
            "roadside bomb that struck a bus near Monguno.")
    actor1, actor2 = _names(nlp, text, "roadside bomb", "Remote explosive/landmine/IED",
                            "Nigeria")
    assert actor1 == "Islamic State West Africa Province (ISWAP)"
    assert actor2 != actor1
    text = ("Attackers suspected to be members of Al Shabaab threw a grenade into a bar "
            "in Garissa, wounding five people.")
    assert _names(nlp, text, "grenade", "Grenade", "Kenya")[0] == "Al Shabaab"


def test_a_figures_possessive_without_its_apostrophe_names_the_country(
        nlp: Language) -> None:
    # copy that lost its apostrophes: "Kibakis win" for "Kibaki's win"
    doc = nlp("Youths burned tyres in the slums after Kibakis victory was announced.")
    assert document_country(doc) == "Kenya"


def test_a_word_for_a_thing_only_one_country_has_names_the_country(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(COUNTRY_ENV_VAR, raising=False)  # no national feed
    doc = nlp("Matatu operators barricaded the road with stones after a driver was beaten.")
    assert document_country(doc) == "Kenya"
    doc = nlp("Youths stormed the IEBC tallying centre and tore up ballot papers.")
    assert document_country(doc) == "Kenya"
    # a marker is no actor: the crowd is still the protesters
    mention = story_mention(nlp, "Matatu drivers protested against new fines in the town.",
                            "protested", "Peaceful protest", None, DAY)
    assert mention.actor1 is not None and mention.actor1.name == "Protesters (Kenya)"


def test_a_community_listed_in_the_events_country_wins_over_a_namesake() -> None:
    # "Auliyan" is an ethnic group in Kenya's file and a clan in Somalia's
    dictionary = default_actor_dictionary()
    kenyan = dictionary.resolve("Auliyan militia", "Kenya", DAY)
    assert kenyan is not None and kenyan.name == "Auliyan Ethnic Militia (Kenya)"
    somali = dictionary.resolve("Auliyan militia", "Somalia", DAY)
    assert somali is not None and somali.name == "Auliyan Clan Militia (Somalia)"


def test_rioters_who_attack_workers_have_civilian_victims(nlp: Language) -> None:
    # "traders" and "teachers" are also the words of labour groups (kind "assoc")
    text = "Rioting youths in Kisumu pelted traders with stones and looted their stalls."
    assert _names(nlp, text, "pelted", "Violent demonstration", "Kenya") == (
        "Rioters (Kenya)", "Civilians (Kenya)")


def test_the_unarmed_doer_of_a_blast_is_not_its_target(nlp: Language) -> None:
    text = "A man hurled a grenade into a group of foreign tourists outside a Mombasa hotel."
    actor1, actor2 = _names(nlp, text, "grenade", "Grenade", "Kenya")
    assert actor1 == "Unidentified Armed Group (Kenya)"
    assert actor2 is not None and actor2.startswith("Civilians")
    mention = story_mention(nlp, text, "grenade", "Grenade", "Kenya", DAY)
    assert mention.actor2 is not None and mention.actor2.text != "man"


def test_a_day_after_on_is_not_the_unnamed_side_hit(nlp: Language) -> None:
    # "on" aims an act at what follows ("an attack on the convoy"), but not at a day
    mention = story_mention(nlp, "Gunmen attacked on Monday night in the village.",
                            "attacked", "Attack", "Kenya", DAY)
    assert mention.actor2 is not None and mention.actor2.name == "Civilians (Kenya)"
    assert mention.actor2.text is None
    mention = story_mention(nlp, "Hooligans skirmish ahead of the match in the port city "
                            "on Saturday.", "skirmish", "Armed clash", "Kenya", DAY)
    assert mention.actor2 is not None and mention.actor2.text != "Saturday"


def test_foreign_protesters_and_rioters_take_their_own_country(nlp: Language) -> None:
    # events placed in Kenya
    text = "Ethiopian refugees marched to the UNHCR office in Nairobi to protest delays."
    assert _names(nlp, text, "marched", "Peaceful protest", "Kenya", NAIROBI)[0] == \
        "Protesters (Ethiopia)"
    text = "Thousands of Somalis gathered outside parliament in Nairobi to protest the raids."
    assert _names(nlp, text, "gathered", "Peaceful protest", "Kenya", NAIROBI)[0] == \
        "Protesters (Somalia)"
    # a crowd that also names the event's own people stays the event country's
    text = "Kenyan and Ugandan traders rioted at the Busia border post over new levies."
    assert _names(nlp, text, "rioted", "Violent demonstration", "Kenya", NAIROBI)[0] == \
        "Rioters (Kenya)"


def test_a_plural_demonym_names_people_of_that_nation(nlp: Language) -> None:
    text = "Gunmen shot dead three Ethiopians at a farm near Moyale on Friday."
    assert _names(nlp, text, "shot dead", "Attack", "Kenya", NAIROBI) == (
        "Unidentified Armed Group (Kenya)", "Civilians (Ethiopia)")


def test_a_blasts_armed_doer_named_after_it_is_actor1(nlp: Language) -> None:
    for text, trigger, sub in (
            ("Shopkeeper hurt in grenade attack by suspected Al Shabaab", "grenade attack",
             "Grenade"),
            ("Three herders were hurt after a pickup ran over a landmine thought to have been "
             "laid by Al Shabaab in Lamu.", "ran over a landmine",
             "Remote explosive/landmine/IED")):
        actor1, actor2 = _names(nlp, text, trigger, sub, "Kenya", NAIROBI)
        assert actor1 == "Al Shabaab", text
        assert actor2 == "Civilians (Kenya)", text


def test_the_unnamed_side_that_kills_a_named_groups_men_is_the_police(
        nlp: Language) -> None:
    # the forces are implied, not named: the named group stays first
    text = "Five suspected Mungiki adherents killed during a night raid in Kayole."
    assert _names(nlp, text, "killed", "Armed clash", "Kenya", NAIROBI) == (
        "Mungiki Militia", "Police Forces of Kenya (2013-)")
    # a group that does the killing still fights an unidentified side
    text = "Al Shabaab fighters ambushed a convoy near Mandera on Monday."
    assert _names(nlp, text, "ambushed", "Armed clash", "Kenya", NAIROBI) == (
        "Al Shabaab", "Unidentified Armed Group (Kenya)")


def test_words_for_a_non_state_group_never_refer_back_to_state_forces(
        nlp: Language) -> None:
    text = ("Al Shabaab fighters overran a police post near Mandera on Friday. "
            "Kenyan soldiers later fought the militants along the border road.")
    assert _names(nlp, text, "fought", "Armed clash", "Kenya", NAIROBI) == (
        "Military Forces of Kenya (2013-)", "Al Shabaab")
