"""Actor rules read from English news phrasing: verbs that share a doer, party office
holders as victims, a feed's own country, era words and unnamed looters
(hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import kenyan_mention, side_names
from spacy.language import Language

from eventcoder.extract.actors import COUNTRY_ENV_VAR
from eventcoder.resolve.actors import default_actor_dictionary
from eventcoder.schema import Article


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str,
           day: dt.date | None = dt.date(2017, 8, 14)) -> tuple[str | None, str | None]:
    """actor1 and actor2 of a mention of ``trigger`` in a Kenyan story."""
    mention = kenyan_mention(nlp, text, trigger, sub_event_type, day)
    return side_names(mention)


def test_a_verb_coordinated_with_the_trigger_shares_its_target(nlp: Language) -> None:
    # the officers are the object of "pelted", the second of two verbs of one mob
    text = "An angry mob chased and pelted two traffic officers with stones in Kisii town."
    assert _names(nlp, text, "chased", "Mob violence") == (
        "Rioters (Kenya)", "Police Forces of Kenya (2013-)")


def test_a_party_office_holder_is_a_civilian_victim(nlp: Language) -> None:
    for text, trigger, sub in (
            ("Gunmen shot and wounded a Jubilee MP outside his home in Nairobi.",
             "shot", "Attack"),
            ("A crowd of youths stoned an ODM ward candidate at a rally in Homa Bay.",
             "stoned", "Mob violence")):
        actor1, actor2 = _names(nlp, text, trigger, sub)
        assert actor2 == "Civilians (Kenya)", text
        assert actor1 in ("Unidentified Armed Group (Kenya)", "Rioters (Kenya)"), text
    # the party's own members stay the party
    text = "ODM youths clashed with Jubilee supporters in Kisumu on Sunday."
    assert _names(nlp, text, "clashed", "Mob violence")[1] == "Jubilee Coalition"


def test_a_national_feed_keeps_a_story_naming_two_countries_once_at_home(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Activists marched in the capital against British meddling in Kenyan politics."
    monkeypatch.delenv(COUNTRY_ENV_VAR, raising=False)
    assert _names(nlp, text, "marched", "Peaceful protest")[0] == "Protesters (United Kingdom)"
    monkeypatch.setenv(COUNTRY_ENV_VAR, "Kenya")
    assert _names(nlp, text, "marched", "Peaceful protest")[0] == "Protesters (Kenya)"


def test_words_of_the_mount_elgon_and_post_election_crises_date_a_text() -> None:
    dictionary = default_actor_dictionary()
    for text in ("Police exchanged fire with SLDF gunmen in the hills on Tuesday.",
                 "Youths burned houses in Naivasha amid the post-election violence.",
                 "Two settlers died in the Chebyuk scheme land dispute.",
                 "Youths stoned a civic candidate's car outside the town council offices.",
                 "Supporters of Prime Minister Raila Odinga clashed with police."):
        day = dictionary.era_day(text, "Kenya")
        assert day is not None and day < dt.date(2013, 3, 4), text
        police = dictionary.resolve("police", "Kenya", day)
        assert police is not None and police.name == "Police Forces of Kenya (2002-2013)"


def test_undated_police_in_the_post_election_crisis_are_of_their_era(nlp: Language) -> None:
    text = "Police shot dead three youths in Kibera during the post election violence."
    assert _names(nlp, text, "shot dead", "Attack", day=None)[0] == \
        "Police Forces of Kenya (2002-2013)"


def test_unnamed_looters_are_an_unidentified_armed_group(nlp: Language) -> None:
    text = "Shops at the Kongowea market were looted and set ablaze overnight."
    assert _names(nlp, text, "looted", "Looting/property destruction")[0] == \
        "Unidentified Armed Group (Kenya)"


def test_a_clause_describing_the_weapon_or_act_names_its_doer(nlp: Language) -> None:
    cases = [
        ("Three soldiers were hurt by a landmine planted by Al Shabaab near Kiunga.",
         "landmine", "Remote explosive/landmine/IED"),
        ("A hand grenade attack blamed on Al Shabaab wounded four traders in Garissa.",
         "grenade", "Grenade"),
        ("Two people died when their car hit a bomb believed to have been planted by "
         "Al Shabaab fighters outside Mandera.", "bomb", "Remote explosive/landmine/IED"),
    ]
    for text, trigger, sub in cases:
        actor1, actor2 = _names(nlp, text, trigger, sub)
        assert actor1 == "Al Shabaab", text
        assert actor2 != "Al Shabaab", text


def test_government_qualifying_another_noun_is_no_side(nlp: Language) -> None:
    cases = [
        ("Gunmen threw a grenade at the county government offices in Wajir, wounding two "
         "clerks.", "grenade", "Grenade",
         ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")),
        ("Al Shabaab fighters fought a pro-government Somali militia near the border on "
         "Thursday.", "fought", "Armed clash", ("Al Shabaab", None)),
    ]
    for text, trigger, sub, (actor1, actor2) in cases:
        names = _names(nlp, text, trigger, sub)
        assert names[0] == actor1, text
        assert "Government of Kenya" not in (names[1] or ""), text
        if actor2 is not None:
            assert names[1] == actor2, text


def test_a_violent_demonstration_against_a_rival_crowd_has_rioters_on_both_sides(
        nlp: Language) -> None:
    text = "Rival groups of youths clashed and barricaded the main road in Kakamega town."
    assert _names(nlp, text, "barricaded", "Violent demonstration") == (
        "Rioters (Kenya)", "Rioters (Kenya)")
    # forces named: they are the other side
    text = "Youths barricaded the main road in Kakamega and clashed with police."
    assert _names(nlp, text, "barricaded", "Violent demonstration") == (
        "Rioters (Kenya)", "Police Forces of Kenya (2013-)")


def test_the_words_behind_unnamed_sides_follow_the_trigger_and_its_verbs(
        nlp: Language) -> None:
    # a pronoun with no named group before it is still the doer's words; the trigger's
    # own object is the victim, not the object of the verb before it
    mention = kenyan_mention(nlp, "They stormed the farm at dawn and killed two watchmen.",
                       "killed", "Attack")
    assert mention.actor1 is not None and mention.actor1.text == "They"
    assert mention.actor2 is not None and mention.actor2.text == "two watchmen"
    # "began stoning": the crowd that began is the crowd that stoned
    mention = kenyan_mention(nlp, "An angry crowd began stoning two traffic officers in Embu.",
                       "stoning", "Mob violence")
    assert mention.actor1 is not None and mention.actor1.name == "Rioters (Kenya)"
    assert mention.actor1.text is not None and "crowd" in mention.actor1.text
    assert mention.actor2 is not None and mention.actor2.name == "Police Forces of Kenya (2013-)"


def test_a_community_named_in_the_plural_names_people_not_a_place(nlp: Language) -> None:
    text = "Kipsigis and Maasais clashed over grazing land near Olololunga on Monday."
    assert _names(nlp, text, "clashed", "Armed clash") == (
        "Kipsigi Ethnic Militia (Kenya)", "Maasai Ethnic Militia (Kenya)")


def test_a_phrase_that_names_its_own_actor_is_not_the_unnamed_sides_words(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.pipeline import code_articles

    # "a group of herders" names herders: an unnamed armed side is not tied to "A group"
    monkeypatch.delenv(COUNTRY_ENV_VAR, raising=False)
    text = "A group of herders carrying clubs attacked and injured three police officers."
    coded = next(code_articles([Article(doc_id="t", text=text)]))
    sides = [a for m in coded.mentions for a in (m.actor1, m.actor2) if a is not None]
    assert sides
    assert all(a.text != "A group" for a in sides)
