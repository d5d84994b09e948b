"""ACLED typing rules added for issue #3, each on a hand-written sentence that
the rule decides (the test fails without it)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.schema import Article, EventMention


def _new(nlp: Language, text: str) -> list[EventMention]:
    article = Article(doc_id="t", text=text, published=dt.date(2022, 3, 14))
    return [m for m in detect_mentions(nlp(text), article) if m.status == "new"]


def _types(nlp: Language, text: str) -> list[str]:
    return [m.sub_event_type for m in _new(nlp, text)]


# Riots: rioters who attack people outside a demonstration are a mob.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rioters stormed a polling station in the town and beat up two election clerks.",
         "Mob violence"),
        ("Angry voters rioted and attacked a candidate's agents with sticks.", "Mob violence"),
        # property destroyed by rioters, or a riot with no harm named, stays a riot
        ("Students rioted and destroyed the school's dormitory.", "Violent demonstration"),
        ("Riots broke out after a local councillor was killed by gunmen.",
         "Violent demonstration"),
        # demonstrators who attack people are a violent demonstration
        ("Demonstrators rioted and attacked motorists during the protest march.",
         "Violent demonstration"),
    ],
)
def test_rioters_outside_a_demonstration(nlp: Language, text: str, expected: str) -> None:
    mentions = _new(nlp, text)
    assert mentions and mentions[0].sub_event_type == expected, (text, _types(nlp, text))


def test_mob_rule_is_visible_in_the_reason(nlp: Language) -> None:
    (mention,) = _new(nlp, "Angry voters rioted and attacked a candidate's agents with sticks.")
    assert "rioters attacked people, no demonstration reported" in mention.type_reason


# Protest with intervention: forces stepping in without serious injury.
@pytest.mark.parametrize(
    "text",
    [
        "Residents marched to the chief's office over insecurity. Police intervened.",
        "Traders demonstrated outside the county offices until officers fired in the air.",
    ],
)
def test_intervention_words(nlp: Language, text: str) -> None:
    assert _types(nlp, text)[0] == "Protest with intervention", _types(nlp, text)


def test_stoning_by_demonstrators_is_violent(nlp: Language) -> None:
    text = "Students protested over the new fees and stoned the administration block."
    assert _types(nlp, text)[0] == "Violent demonstration"


# Suspects killed by forces: Attack unless fighting is reported or the
# suspect's armed group is named.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police shot dead a suspected terrorist in the estate on Monday.", "Attack"),
        ("Police shot dead two suspected robbers after an exchange of fire in the estate.",
         "Armed clash"),
        ("Soldiers killed a suspected al-Shabaab commander near the border.", "Armed clash"),
    ],
)
def test_suspects_killed_by_forces(nlp: Language, text: str, expected: str) -> None:
    assert _types(nlp, text)[0] == expected, _types(nlp, text)


def test_agent_noun_trigger_is_not_the_victim(nlp: Language) -> None:
    """'the attackers' names the doers: the herders they killed are civilians."""
    mentions = _new(nlp, "Villagers said they saw the attackers before three herders were"
                         " killed near the river.")
    assert mentions and all(m.sub_event_type == "Attack" for m in mentions), [
        (m.sub_event_type, m.type_reason) for m in mentions]


# "non-violent" negates the violence word it prefixes.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thousands of non-violent protesters marched through the capital on Sunday.",
         "Peaceful protest"),
        ("Police fired live bullets to break up a non-violent demonstration, injuring ten"
         " protesters.", "Excessive force against protesters"),
    ],
)
def test_non_violent_is_not_violent(nlp: Language, text: str, expected: str) -> None:
    assert _types(nlp, text)[0] == expected, _types(nlp, text)


def test_non_prefix_excludes_trigger_and_cue(nlp: Language) -> None:
    doc = nlp("A nonviolent sit-in and a non-violent march ended peacefully.")
    assert not [s for s in doc.spans["ec_triggers"] if s.label_ == "protest_violence"]
    assert not [s for s in doc.spans["ec_cues"] if s.label_ == "violent_modifier"]


# Attribution: casualties inside an event someone is accused of, a few clauses
# below the accusation, are referred to, not reported.
@pytest.mark.parametrize(
    "text",
    [
        "The ministry rejected allegations that its helicopters were responsible for an"
        " assault on a village school which left four pupils killed and others hurt.",
        "A rebel spokesman denied his men were behind the ambush on the bus, which wounded"
        " eleven passengers.",
    ],
)
def test_casualties_in_an_attributed_event_are_background(nlp: Language, text: str) -> None:
    assert not _new(nlp, text), [(m.sub_event_type, m.type_reason) for m in _new(nlp, text)]


# Detection: the act of setting off a bomb, limbs lost, bombs in a court story.
def test_set_off_a_bomb_is_the_trigger(nlp: Language) -> None:
    (mention, *_) = _new(nlp, "Two men set off a bomb outside the stadium, wounding nine fans.")
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert mention.trigger_text.lower().startswith("set off")


def test_lost_limbs_is_an_injury(nlp: Language) -> None:
    text = "A grenade exploded in the market and three traders lost their legs."
    mentions = _new(nlp, text)
    evidence = {e.text for m in mentions for e in m.evidence}
    assert "lost their legs" in evidence, evidence


def test_bombs_in_a_trial_story_are_not_an_accident(nlp: Language) -> None:
    """A court story ("cases", "plant") must not reject a bombing as an accident:
    bombs are political violence."""
    text = ("The court heard several cases against workers at the chemical plant. Two bombs"
            " went off outside the stadium gates after the match, killing four fans.")
    assert "Remote explosive/landmine/IED" in _types(nlp, text), _types(nlp, text)


# Demonstrators who attack someone make the demonstration violent.
@pytest.mark.parametrize(
    "text",
    [
        "Traders protested outside the market and assaulted a county officer.",
        "Students at the college protested over food shortages. They beat up the cook.",
        "Protesters began pelting the officers with stones near the electoral offices.",
    ],
)
def test_demonstrators_attacking_is_a_violent_demonstration(nlp: Language, text: str) -> None:
    assert _types(nlp, text)[0] == "Violent demonstration", _types(nlp, text)


def test_absence_of_fighting_is_negated(nlp: Language) -> None:
    text = "The celebrations were devoid of running battles between supporters and police."
    assert not _new(nlp, text), [(m.sub_event_type, m.type_reason) for m in _new(nlp, text)]


def test_victims_of_an_earlier_event_are_not_a_new_one(nlp: Language) -> None:
    text = "Victims of the ethnic clashes in the valley held a demonstration outside the offices."
    assert _types(nlp, text) == ["Peaceful protest"]


# Status: what is not known about an event does not negate it; identity and
# aspect infinitives are not intentions; an attempted attack is an event.
@pytest.mark.parametrize(
    "text",
    [
        "Raiders attacked a farm in the valley; details of the raid were not specified.",
        "A trader was killed in the market at night, the motive is not known.",
        "Armed men believed to be from a rival clan assault four farmers near the river.",
        "The gunmen continued to shoot civilians inside the shopping centre.",
        "A mob tried to lynch a man accused of stealing a motorbike.",
    ],
)
def test_reported_events_stay_new(nlp: Language, text: str) -> None:
    assert _new(nlp, text), text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A mob beats a robbery suspect at the bus stage.", "Mob violence"),
        ("A village mob torches the homes of two suspected criminals.", "Mob violence"),
    ],
)
def test_present_tense_mob_headlines(nlp: Language, text: str, expected: str) -> None:
    assert _types(nlp, text)[:1] == [expected], _types(nlp, text)


def test_communal_violence_with_civilian_victims_is_an_attack(nlp: Language) -> None:
    """'ethnic violence' names no fight between two armed sides."""
    text = "Five villagers were killed in ongoing ethnic violence near the border town."
    assert _types(nlp, text)[:1] == ["Attack"], _types(nlp, text)


def test_communal_clashes_stay_a_battle(nlp: Language) -> None:
    text = "Clan militias clashed over grazing land near the river, leaving six dead."
    assert _types(nlp, text)[:1] == ["Armed clash"], _types(nlp, text)


def test_headline_rioters_attack_is_mob_violence(nlp: Language) -> None:
    """'Rioters attack and injure journalists': the headline's noun 'attack' is
    done by the rioters."""
    assert _types(nlp, "Rioters attack and injure journalists.")[:1] == ["Mob violence"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Post-election violence continued in the town for a third day.",
         "Violent demonstration"),
        ("Violence was reported at several polling stations in the county.",
         "Violent demonstration"),
        # an armed group named: not rioters
        ("Militiamen killed two voters in post-election violence near the border.", "Attack"),
    ],
)
def test_election_violence_without_armed_group_is_rioting(nlp: Language, text: str,
                                                          expected: str) -> None:
    assert _types(nlp, text)[:1] == [expected], _types(nlp, text)


# A headline's reduced passive: the subject is the victim.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Four police officers killed.", "Armed clash"),
        ("Five raiders killed by police after a livestock raid.", "Armed clash"),
        ("Two women killed by gunmen in the village.", "Attack"),
    ],
)
def test_reduced_passive_headlines(nlp: Language, text: str, expected: str) -> None:
    assert _types(nlp, text)[:1] == [expected], _types(nlp, text)


def test_united_nations_is_not_a_group_uniting(nlp: Language) -> None:
    doc = nlp("United Nations. The council condemned the launch. Two factions united last week.")
    assert [s.text for s in doc.spans["ec_triggers"] if s.label_ == "change_group"] == ["united"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # witnesses of a battle are not the fighters
        ("Al Shabaab fighters stormed an army base near Baidoa on Sunday. Residents said "
         "the exchange of fire lasted until sunrise.", {"Armed clash"}),
        # rescuers who recover bodies did not kill anyone
        ("Russian jets struck a market in Maarat al-Numan on Sunday, killing nine civilians. "
         "Rescue workers pulled bodies from the rubble for hours.", {"Air/drone strike"}),
    ],
)
def test_crowd_words_that_are_not_the_doers_make_no_mob_violence(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert set(_types(nlp, text)) == expected



def test_a_march_that_leads_captives_away_is_no_demonstration(nlp: Language) -> None:
    text = ("The kidnappers marched the hostages into the hills after the raid on the "
            "village, a local official said.")
    assert "Peaceful protest" not in _types(nlp, text)
