"""Casualty figures and the mention they belong to: deaths a protest reacts to,
follow-up sentences of the same incident, groups that are not victims."""

from __future__ import annotations

from spacy.language import Language

from eventcoder.extract.casualties import extract_casualties, load_lexicon
from eventcoder.schema import EventMention


def _mention(nlp: Language, text: str, trigger: str, event_type: str) -> EventMention:
    """Casualties of a mention whose trigger is the first occurrence of ``trigger``."""
    doc = nlp(text)
    start = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    mention = EventMention(
        doc_id="d1",
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        trigger_start=start,
        trigger_end=start + len(trigger),
        trigger_text=trigger,
        sub_event_type="Violent demonstration" if event_type == "Riots" else "Attack",
        event_type=event_type,
        type_score=1.0,
        type_reason="test",
    )
    extract_casualties(mention, doc)
    return mention


# --- a death the protest is about is not the protest's toll ----------------------


def test_protest_verb_about_a_death_has_no_fatalities(nlp: Language) -> None:
    text = "Hundreds of traders protested the death of a hawker in Eldoret on Tuesday."
    mention = _mention(nlp, text, "protested", "Protests")
    assert mention.fatalities is None


def test_protesting_participle_about_a_killing_has_no_fatalities(nlp: Language) -> None:
    text = (
        "Nurses, protesting the killing of a colleague at a clinic, blocked the main "
        "road into Kakamega."
    )
    mention = _mention(nlp, text, "protesting", "Riots")
    assert mention.fatalities is None


def test_in_protest_to_a_killing_has_no_fatalities(nlp: Language) -> None:
    text = (
        "Residents burnt tyres in Bungoma in protest to the killing of a taxi driver "
        "by a traffic officer."
    )
    mention = _mention(nlp, text, "protest", "Riots")
    assert mention.fatalities is None


def test_trigger_inside_the_death_phrase_does_not_claim_the_death(nlp: Language) -> None:
    # The mention's trigger word sits inside the phrase describing the victim
    # ("... a jailed sect leader"): the killing is still only the riot's cause.
    text = (
        "Youths rioted in Nakuru in reaction to the murder of the brother of a jailed "
        "sect leader."
    )
    mention = _mention(nlp, text, "jailed", "Riots")
    assert mention.fatalities is None


def test_protesters_killed_by_police_still_count(nlp: Language) -> None:
    text = "Police killed two protesters during the demonstration in Kisumu."
    mention = _mention(nlp, text, "demonstration", "Protests")
    assert mention.fatalities == 2


def test_blaming_someone_for_a_death_is_not_a_new_death(nlp: Language) -> None:
    assert "blaming" in load_lexicon().allegation_words
    text = "Parents marched in Nyeri, blaming the school board for the death of a pupil."
    mention = _mention(nlp, text, "marched", "Protests")
    assert mention.fatalities is None


def test_the_same_death_told_again_in_a_follow_up_is_not_counted(nlp: Language) -> None:
    text = (
        "Bus crews barricaded the main road at Naivasha in protest against the death of "
        "a fellow conductor. The conductor died in custody a day after being detained."
    )
    mention = _mention(nlp, text, "barricaded", "Riots")
    assert mention.fatalities is None


def test_new_victims_in_a_follow_up_of_a_protest_count(nlp: Language) -> None:
    text = (
        "Youths rioted in Kisii in response to the murder of a businessman. Police "
        "opened fire, killing 2."
    )
    mention = _mention(nlp, text, "rioted", "Riots")
    assert mention.fatalities == 2


# --- follow-up sentences of the same incident -------------------------------------


def test_police_response_in_the_next_sentence_belongs_to_the_riot(nlp: Language) -> None:
    text = (
        "Youths hurled stones at officers on the main street of Homa Bay. Police fired "
        "at them, killing a young man."
    )
    mention = _mention(nlp, text, "hurled stones", "Riots")
    assert mention.fatalities == 1


def test_a_new_event_in_the_next_sentence_stops_the_search(nlp: Language) -> None:
    text = (
        "Youths hurled stones at officers on the main street of Homa Bay. An explosion "
        "later killed four people at a bus stop."
    )
    mention = _mention(nlp, text, "hurled stones", "Riots")
    assert mention.fatalities is None


def test_elsewhere_in_the_next_sentence_stops_the_search(nlp: Language) -> None:
    text = (
        "Herders clashed over a water point near Moyale. Elsewhere, four traders were "
        "killed by bandits."
    )
    mention = _mention(nlp, text, "clashed", "Battles")
    assert mention.fatalities is None


# --- groups joined by "and" that are not victims ----------------------------------


def test_property_joined_to_the_victims_is_not_counted(nlp: Language) -> None:
    text = "The boundary row caused the death of one and many huts burnt."
    mention = _mention(nlp, text, "death", "Violence against civilians")
    assert mention.fatalities == 1


def test_victim_groups_joined_by_and_still_add_up(nlp: Language) -> None:
    text = "Raiders killed three herders and two women in the village."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 5


def test_lexicon_has_new_incident_determiners() -> None:
    lex = load_lexicon()
    assert {"a", "an", "another"} <= lex.new_incident_determiners
    assert not lex.new_incident_determiners & lex.anaphoric_determiners


# --- headline style and tagger slips ------------------------------------------------


def test_headline_without_auxiliary_reads_as_passive(nlp: Language) -> None:
    for text, trigger in (
        ("Councillor killed at his home in Kuria", "killed"),
        ("Pastor murdered at his church in Nyamira", "murdered"),
    ):
        mention = _mention(nlp, text, trigger, "Violence against civilians")
        assert mention.fatalities == 1, text


def test_headline_passive_still_reads_a_numeral_subject(nlp: Language) -> None:
    text = "Five herders killed in a dawn raid near Lokichar."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 5


def test_active_verb_with_an_object_is_not_a_headline_passive(nlp: Language) -> None:
    text = "Bandits killed two traders on the Isiolo road."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 2


def test_perfect_tense_without_object_is_not_a_headline_passive(nlp: Language) -> None:
    text = "The bandits have killed before, elders said."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities is None


def test_victim_noun_tagged_as_adjective_counts_one(nlp: Language) -> None:
    text = "Armed men raided a shop and shot and killed a 19-year-old in Mathare."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 1


def test_participle_shot_dead_modifying_its_victims(nlp: Language) -> None:
    text = "A trader shot dead by gunmen in Garissa."
    mention = _mention(nlp, text, "shot dead", "Violence against civilians")
    assert mention.fatalities == 1


def test_shot_dead_with_an_object_counts_the_object(nlp: Language) -> None:
    text = "A gang made up of three armed men shot dead a pastor near the market."
    mention = _mention(nlp, text, "shot dead", "Violence against civilians")
    assert mention.fatalities == 1


def test_headline_lynch_read_as_a_noun_modifier(nlp: Language) -> None:
    assert "lynch" in load_lexicon().verbs_read_as_modifiers
    assert "murder" not in load_lexicon().verbs_read_as_modifiers
    text = "Residents lynch thief"
    mention = _mention(nlp, text, "lynch", "Riots")
    assert mention.fatalities == 1


def test_murder_suspect_is_no_victim(nlp: Language) -> None:
    text = "Police arrested a murder suspect in Nyeri."
    mention = _mention(nlp, text, "arrested", "Strategic developments")
    assert mention.fatalities is None


def test_found_killed_counts_the_subject(nlp: Language) -> None:
    text = "Man found killed and dumped in a farm."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 1


def test_reported_killed_counts_the_subject(nlp: Language) -> None:
    text = "Two soldiers reported killed in the ambush."
    mention = _mention(nlp, text, "killed", "Battles")
    assert mention.fatalities == 2


def test_a_pronoun_names_a_victim_already_counted(nlp: Language) -> None:
    text = "The trader was killed on Monday and his murder was condemned by leaders."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 1


def test_his_death_alone_counts_one(nlp: Language) -> None:
    text = "Gunmen stormed the shop in Garissa, and the owner's son bled to his death."
    mention = _mention(nlp, text, "stormed", "Violence against civilians")
    assert mention.fatalities == 1


def test_a_death_protesters_want_investigated_is_their_cause(nlp: Language) -> None:
    text = "Protesters asked the government to investigate her murder."
    mention = _mention(nlp, text, "Protesters", "Protests")
    assert mention.fatalities is None


def test_anniversary_of_a_death_is_a_cause(nlp: Language) -> None:
    text = "Relatives staged a march in Kisumu on the anniversary of her death."
    mention = _mention(nlp, text, "march", "Protests")
    assert mention.fatalities is None


# --- another day's death; a mob beating survived ------------------------------------


def test_a_death_of_the_day_before_is_not_this_events(nlp: Language) -> None:
    text = (
        "Traders in Kitui fought police over the remains of a herder shot the day "
        "before by bandits."
    )
    mention = _mention(nlp, text, "fought", "Battles")
    assert mention.fatalities is None


def test_an_earlier_day_inside_a_motive_phrase_does_not_drop_the_events_deaths(
    nlp: Language,
) -> None:
    text = (
        "In revenge for the murder of a trader the previous day, youths killed 3 men "
        "in Mandera."
    )
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 3


def test_lynched_victim_rescued_by_police_is_not_a_death(nlp: Language) -> None:
    text = (
        "A suspected cattle thief was lynched by residents of Kericho. Police later "
        "rescued him and took him to hospital."
    )
    mention = _mention(nlp, text, "lynched", "Riots")
    assert mention.fatalities is None


def test_lynched_victim_with_no_survival_is_a_death(nlp: Language) -> None:
    text = "A suspected cattle thief was lynched by residents of Kericho."
    mention = _mention(nlp, text, "lynched", "Riots")
    assert mention.fatalities == 1


def test_a_rescue_does_not_undo_other_killing_words(nlp: Language) -> None:
    text = (
        "Gunmen killed a guard at a bank in Kitale. Police rescued two hostages from "
        "the building."
    )
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 1


# --- victims described as suspects; the mention's own killing; attempts ----------


def test_suspects_killed_by_police_are_counted(nlp: Language) -> None:
    text = "3 gang suspects killed by police in Kayole"
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 3


def test_victims_believed_to_be_raiders_are_counted(nlp: Language) -> None:
    text = "6 killed by police - believed to be cattle raiders from the north"
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 6


def test_the_mentions_own_killing_inside_an_arrest_clause_counts(nlp: Language) -> None:
    text = (
        "Police in Nyeri have arrested a constable who shot dead two colleagues at a "
        "station on Friday."
    )
    mention = _mention(nlp, text, "shot dead", "Violence against civilians")
    assert mention.fatalities == 2


def test_a_killing_the_arrest_is_about_is_not_the_arrests(nlp: Language) -> None:
    text = (
        "Police in Nyeri have arrested a constable who shot dead two colleagues at a "
        "station on Friday."
    )
    mention = _mention(nlp, text, "arrested", "Strategic developments")
    assert mention.fatalities is None


def test_shot_dead_with_shot_tagged_a_noun_reads_the_numeral(nlp: Language) -> None:
    text = "8 suspected MRC shot dead by police during heavy fighting."
    mention = _mention(nlp, text, "fighting", "Battles")
    assert mention.fatalities == 8


def test_an_attempted_lynching_is_no_death(nlp: Language) -> None:
    assert "tried" in load_lexicon().attempt_verbs
    text = "Villagers tried to lynch a youth accused of stealing a goat near Limuru."
    mention = _mention(nlp, text, "lynch", "Riots")
    assert mention.fatalities is None


# --- one person named twice; a later report ----------------------------------------


def test_one_person_named_twice_with_a_singular_verb(nlp: Language) -> None:
    assert "was" in load_lexicon().singular_auxiliaries
    text = "A prominent religious leader and party official was shot dead by gunmen in Garissa."
    mention = _mention(nlp, text, "shot dead", "Violence against civilians")
    assert mention.fatalities == 1


def test_two_people_joined_with_a_plural_verb(nlp: Language) -> None:
    text = "A trader and his son were killed in Garissa."
    mention = _mention(nlp, text, "killed", "Violence against civilians")
    assert mention.fatalities == 2


def test_a_later_report_is_another_claim_not_more_victims(nlp: Language) -> None:
    text = (
        "Rioters burned tyres in Kisumu; first reports said 2 people were killed, later "
        "reports said 1 person was killed."
    )
    mention = _mention(nlp, text, "burned", "Riots")
    values = sorted(c.value for c in mention.claims if c.field == "fatalities")
    assert values == [1, 2]
    assert mention.fatalities == 1
