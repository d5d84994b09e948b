"""Casualty figures and the mention they belong to: deaths a protest reacts to,
follow-up sentences of the same incident, groups that are not victims, headline
grammar and tagger slips. One table row per phrasing: (text, the mention's
trigger, its event type, expected fatalities)."""

from __future__ import annotations

import pytest
from fixtures_mentions import VAC, casualty_mention
from spacy.language import Language

from eventcoder.extract.casualties import load_lexicon

_mention = casualty_mention

# A death the protest is about is not the protest's toll.
CAUSES = [
    ("Hundreds of traders protested the death of a hawker in Eldoret on Tuesday.",
     "protested", "Protests", None),
    ("Nurses, protesting the killing of a colleague at a clinic, blocked the main road "
     "into Kakamega.", "protesting", "Riots", None),
    ("Residents burnt tyres in Bungoma in protest to the killing of a taxi driver by a "
     "traffic officer.", "protest", "Riots", None),
    # the trigger sits inside the phrase describing the victim ("a jailed sect leader"):
    # the killing is still only the riot's cause
    ("Youths rioted in Nakuru in reaction to the murder of the brother of a jailed sect "
     "leader.", "jailed", "Riots", None),
    ("Police killed two protesters during the demonstration in Kisumu.",
     "demonstration", "Protests", 2),
    ("Parents marched in Nyeri, blaming the school board for the death of a pupil.",
     "marched", "Protests", None),
    # the same death told again in a follow-up sentence
    ("Bus crews barricaded the main road at Naivasha in protest against the death of a "
     "fellow conductor. The conductor died in custody a day after being detained.",
     "barricaded", "Riots", None),
    # new victims in a follow-up of a protest
    ("Youths rioted in Kisii in response to the murder of a businessman. Police opened "
     "fire, killing 2.", "rioted", "Riots", 2),
    ("Protesters asked the government to investigate her murder.",
     "Protesters", "Protests", None),
    ("Relatives staged a march in Kisumu on the anniversary of her death.",
     "march", "Protests", None),
    # a killing the arrest is about is not the arrest's
    ("Police in Nyeri have arrested a constable who shot dead two colleagues at a "
     "station on Friday.", "arrested", "Strategic developments", None),
    ("Police arrested a murder suspect in Nyeri.", "arrested", "Strategic developments",
     None),
]

# Follow-up sentences: the same incident told on, or another one.
FOLLOW_UPS = [
    ("Youths hurled stones at officers on the main street of Homa Bay. Police fired at "
     "them, killing a young man.", "hurled stones", "Riots", 1),
    ("Youths hurled stones at officers on the main street of Homa Bay. An explosion "
     "later killed four people at a bus stop.", "hurled stones", "Riots", None),
    ("Herders clashed over a water point near Moyale. Elsewhere, four traders were "
     "killed by bandits.", "clashed", "Battles", None),
    ("Gunmen killed a guard at a bank in Kitale. Police rescued two hostages from the "
     "building.", "killed", VAC, 1),
]

# Groups joined by "and", "along with", "while": who is a victim, who is counted twice.
GROUPS = [
    ("The boundary row caused the death of one and many huts burnt.", "death", VAC, 1),
    ("Raiders killed three herders and two women in the village.", "killed", VAC, 5),
    # a singular verb: one person named twice
    ("A prominent religious leader and party official was shot dead by gunmen in "
     "Garissa.", "shot dead", VAC, 1),
    ("A trader and his son were killed in Garissa.", "killed", VAC, 2),
    # a counted institution noun is people ("four police")
    ("Militants stormed a border post, killing two civilians and four police.",
     "killing", "Battles", 6),
    # "along with", "together with" name more victims of the same word
    ("The chief was shot and killed, along with his driver, near Wajir.",
     "killed", VAC, 2),
    ("The trader died on the spot together with his son after gunmen opened fire on "
     "their car.", "died", VAC, 2),
    # "..., as was one of the attackers": one more victim of the same verb
    ("In the gunfight that followed, two herders were killed, as was one of the raiders.",
     "killed", "Battles", 3),
    # an attacker who then kills himself is counted, as a suicide bomber is
    ("A police constable shot dead his sergeant before turning the gun on himself in "
     "Nakuru.", "shot dead", VAC, 2),
    # "while" with no report verb joins two groups of victims, not two reports
    ("A guard was killed while police shot dead one of the robbers.", "killed", VAC, 2),
    ("The trader was killed on Monday and his murder was condemned by leaders.",
     "killed", VAC, 1),
    ("Gunmen stormed the shop in Garissa, and the owner's son bled to his death.",
     "stormed", VAC, 1),
]

# Headline grammar and the tagger's slips.
HEADLINES = [
    ("Councillor killed at his home in Kuria", "killed", VAC, 1),
    ("Pastor murdered at his church in Nyamira", "murdered", VAC, 1),
    ("Herder killed in a row over a water point; attackers not known.", "killed", VAC, 1),
    ("Five herders killed in a dawn raid near Lokichar.", "killed", VAC, 5),
    ("Bandits killed two traders on the Isiolo road.", "killed", VAC, 2),
    ("The bandits have killed before, elders said.", "killed", VAC, None),
    ("Armed men raided a shop and shot and killed a 19-year-old in Mathare.",
     "killed", VAC, 1),
    ("A trader shot dead by gunmen in Garissa.", "shot dead", VAC, 1),
    ("A gang made up of three armed men shot dead a pastor near the market.",
     "shot dead", VAC, 1),
    ("Residents lynch thief", "lynch", "Riots", 1),
    # a killing verb tagged as a noun: the noun phrase after it is the victim
    ("An angry crowd lynch a robbery suspect in Kayole village.", "lynch", "Riots", 1),
    ("Villagers lynches and burns a suspected cattle thief in Narok.",
     "lynches", "Riots", 1),
    # verbs joined by "and" share the last one's object
    ("Armed men broke into the home of a teacher in Kitui, killing and robbing him.",
     "killing", VAC, 1),
    # a victim noun tagged as an adjective after "a"
    ("A civilian shot dead by bandits near Kapedo.", "shot dead", VAC, 1),
    # a proper-noun title with "a" is one person
    ("A Kenya Police Reservist (KPR) was shot dead by raiders in Turkana.",
     "shot dead", VAC, 1),
    ("Man found killed and dumped in a farm.", "killed", VAC, 1),
    ("Two soldiers reported killed in the ambush.", "killed", "Battles", 2),
    ("8 suspected MRC shot dead by police during heavy fighting.", "fighting", "Battles", 8),
    # a day and month before the count: "12 Mar." is a date, 5 the victims
    ("12 Mar. 5 herders killed in a raid near Kapedo.", "killed", VAC, 5),
    # "4. One officer": two sentences, not the time 4.01
    ("Police opened fire on the crowd shooting dead 4. One officer was hurt in the melee.",
     "shooting", "Riots", 4),
    # what a lynched man is believed to have done is not this event's toll
    ("Villagers lynch a herder whom they believe killed a boy.", "lynch", "Riots", 1),
    ("Residents in Kisii lynch a woman they believe killed her stepson.", "lynch", "Riots", 1),
    # a labelled count in a structured report
    ("Armed men raided the market - deaths: 4, injured: 6.", "raided", VAC, 4),
    # "brought to the mortuary" is no running total ("bringing the toll to ..." is)
    ("Fighting in Nakuru saw 23 bodies brought to the mortuary on Sunday.",
     "Fighting", "Battles", 23),
]

# Another day's death; a mob beating survived; victims called suspects; attempts.
OTHER_DAYS_AND_ATTEMPTS = [
    ("Traders in Kitui fought police over the remains of a herder shot the day before by "
     "bandits.", "fought", "Battles", None),
    ("In revenge for the murder of a trader the previous day, youths killed 3 men in "
     "Mandera.", "killed", VAC, 3),
    ("A suspected cattle thief was lynched by residents of Kericho. Police later rescued "
     "him and took him to hospital.", "lynched", "Riots", None),
    ("A suspected cattle thief was lynched by residents of Kericho.", "lynched", "Riots", 1),
    ("3 gang suspects killed by police in Kayole", "killed", VAC, 3),
    ("6 killed by police - believed to be cattle raiders from the north", "killed", VAC, 6),
    # the mention's own killing inside an arrest clause counts
    ("Police in Nyeri have arrested a constable who shot dead two colleagues at a "
     "station on Friday.", "shot dead", VAC, 2),
    ("Villagers tried to lynch a youth accused of stealing a goat near Limuru.",
     "lynch", "Riots", None),
    # a report that says no one died undoes a lynching
    ("A suspected thief was lynched by traders in Kitale. No fatalities were reported "
     "as police intervened.", "lynched", "Riots", None),
    # a short phrase dating the deaths to an earlier month
    ("Youths stormed a clinic in Kisii, saying three mothers had died there in the "
     "previous month.", "stormed", VAC, None),
    # a killing in an "after" clause is an earlier event than the mention's own
    ("After bandits shot dead two herders, police killed one of the bandits near Baragoi.",
     "killed", "Battles", 1),
]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "fatalities"),
    CAUSES + FOLLOW_UPS + GROUPS + HEADLINES + OTHER_DAYS_AND_ATTEMPTS,
)
def test_fatalities_of_the_mention(
    nlp: Language, text: str, trigger: str, event_type: str, fatalities: int | None
) -> None:
    assert _mention(nlp, text, trigger, event_type).fatalities == fatalities


def test_a_participle_with_its_own_subject_and_a_conjunct_with_its_own_count(
    nlp: Language,
) -> None:
    # "Garissa: Six people were killed" (the parser hangs "killed" on the place name);
    # "and 20 wounded": the conjunct's own numeral, not the first verb's subject
    text = "Garissa: Six people were killed and 20 wounded in a grenade attack on a church."
    mention = _mention(nlp, text, "killed", VAC)
    assert (mention.fatalities, mention.injured) == (6, 20)


def test_a_later_report_is_another_claim_not_more_victims(nlp: Language) -> None:
    text = (
        "Rioters burned tyres in Kisumu; first reports said 2 people were killed, later "
        "reports said 1 person was killed."
    )
    mention = _mention(nlp, text, "burned", "Riots")
    values = sorted(c.value for c in mention.claims if c.field == "fatalities")
    assert values == [1, 2]
    assert mention.fatalities == 1


def test_lexicon_entries_the_rules_rely_on() -> None:
    lex = load_lexicon()
    assert "blaming" in lex.allegation_words
    assert {"a", "an", "another"} <= lex.new_incident_determiners
    assert not lex.new_incident_determiners & lex.anaphoric_determiners
    assert "lynch" in lex.verbs_read_as_modifiers
    assert "murder" not in lex.verbs_read_as_modifiers  # "murder suspect" is a noun phrase
    assert "tried" in lex.attempt_verbs
    assert "was" in lex.singular_auxiliaries
    assert {"along", "together"} <= lex.accompaniment_words
    assert not lex.cumulative.search("bodies were brought to the mortuary")
    assert lex.cumulative.search("bringing the death toll to 12")
    assert not lex.conflict.search(" while police shot dead ")
    assert lex.conflict.search(", while residents said ")
