"""Within-document merging: one event per incident (ACLED: actor pair, place, day)."""

from __future__ import annotations

import datetime as dt

from fixtures_store import make_article, make_mention

from eventcoder.merge import (
    CIVILIAN_FIELD,
    combine_reports,
    event_from_mention,
    merge_mentions,
    same_incident,
)
from eventcoder.schema import Actor, Evidence

IDLIB_STORY = (
    "An air strike killed at least five people in Idlib province on Monday. "
    "The strike hit a market in Maarat al-Numan, killing 12 civilians, the Syrian "
    "Observatory for Human Rights said. State news agency SANA said five people died. "
    "Rescue workers said 20 people were wounded."
)


def test_lead_and_detail_are_one_event_with_combined_fields() -> None:
    lead = make_mention(IDLIB_STORY, "air strike", "Air/drone strike", actor1="russia_air",
                        place="Idlib Governorate", geo_precision=3, date="2019-05-13",
                        fatalities=5, confidence=0.7)
    detail = make_mention(IDLIB_STORY, "strike", "Air/drone strike", occurrence=1,
                          actor2="civ_syria", place="Maarat al-Numan", date="2019-05-13",
                          fatalities=12, sources=("Syrian Observatory for Human Rights",),
                          claims=(("fatalities", 12, "Syrian Observatory for Human Rights"),),
                          confidence=0.8)
    events = merge_mentions([detail, lead], make_article(IDLIB_STORY))
    assert len(events) == 1
    event = events[0]
    assert event.location == "Maarat al-Numan"  # most specific place
    assert event.geo_precision == 1
    assert event.admin1 == "Idlib"
    assert (event.latitude, event.longitude) == (35.6436, 36.6744)
    # the lead's unattributed "at least five" relays the one named source: its later,
    # detailed figure is not undercounted
    assert event.fatalities == 12
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Civilians (Syria)"
    assert event.civilian_targeting == "Civilian targeting"
    assert event.interaction == 78
    assert event.source == "Syrian Observatory for Human Rights"
    # evidence of both mentions, with the trigger spans
    triggers = {(e.start, e.end) for e in event.evidence if e.field == "trigger"}
    assert (lead.trigger_start, lead.trigger_end) in triggers
    assert (detail.trigger_start, detail.trigger_end) in triggers
    assert event.event_date == dt.date(2019, 5, 13)
    assert 0.8 < event.confidence < 1.0


def test_conflicting_sources_take_lowest_and_say_so() -> None:
    first = make_mention(IDLIB_STORY, "strike", "Air/drone strike", occurrence=1,
                         place="Maarat al-Numan", date="2019-05-13", fatalities=12,
                         sources=("Syrian Observatory for Human Rights",),
                         claims=(("fatalities", 12, "Syrian Observatory for Human Rights"),))
    second = make_mention(IDLIB_STORY, "died", "Air/drone strike", place="Maarat al-Numan",
                          date="2019-05-13", fatalities=5, sources=("SANA",),
                          claims=(("fatalities", 5, "SANA"),))
    wounded = make_mention(IDLIB_STORY, "wounded", "Air/drone strike", injured=20,
                           sources=("Syria Civil Defence",),
                           claims=(("injured", 20, "Syria Civil Defence"),))
    [event] = merge_mentions([first, second, wounded], make_article(IDLIB_STORY))
    assert event.fatalities == 5  # ACLED: the lowest credible figure
    assert event.injured == 20
    assert event.notes is not None
    assert "Syrian Observatory for Human Rights reported 12; SANA 5" in event.notes
    assert sorted(c.value for c in event.claims if c.field == "fatalities") == [5, 12]
    assert event.source == "Syrian Observatory for Human Rights; SANA; Syria Civil Defence"


def test_same_source_updated_toll_counts_the_higher_figure() -> None:
    text = ("Five people were killed in a bombing in Baidoa on Sunday, police said. "
            "Police later said the toll from the bombing had risen to nine.")
    early = make_mention(text, "bombing", "Remote explosive/landmine/IED", place="Baidoa",
                         date="2019-05-12", fatalities=5, sources=("Police Forces of Somalia",),
                         claims=(("fatalities", 5, "Police Forces of Somalia"),))
    later = make_mention(text, "bombing", "Remote explosive/landmine/IED", occurrence=1,
                         fatalities=9, sources=("Police Forces of Somalia",),
                         claims=(("fatalities", 9, "Police Forces of Somalia"),))
    [event] = merge_mentions([early, later], make_article(text))
    assert event.fatalities == 9
    assert "differ" not in (event.notes or "")


def test_different_actor_pairs_in_one_city_and_day_stay_separate() -> None:
    text = ("Al Shabaab fighters attacked an army base in Mogadishu on Tuesday. "
            "Separately, police fought gunmen in Mogadishu on Tuesday.")
    base_attack = make_mention(text, "attacked", "Armed clash", actor1="shabaab",
                               actor2="somalia_army", place="Mogadishu", date="2019-05-14")
    police_fight = make_mention(text, "fought", "Armed clash", actor1="somalia_police",
                                actor2="uag_somalia", place="Mogadishu", date="2019-05-14")
    events = merge_mentions([base_attack, police_fight], make_article(text))
    assert len(events) == 2
    assert {e.actor1 for e in events} == {"Al Shabaab", "Police Forces of Somalia (2012-)"}
    assert len({e.event_id for e in events}) == 2


def test_same_actors_on_different_days_are_two_events() -> None:
    text = ("Troops clashed with Islamic State fighters in Aleppo on Sunday. "
            "The two sides clashed again in Aleppo on Monday.")
    sunday = make_mention(text, "clashed", "Armed clash", actor1="syria_army",
                          actor2="islamic_state", place="Aleppo", date="2019-05-12")
    monday = make_mention(text, "clashed", "Armed clash", occurrence=1, actor1="islamic_state",
                          actor2="syria_army", place="Aleppo", date="2019-05-13")
    events = merge_mentions([sunday, monday], make_article(text))
    assert [e.event_date for e in events] == [dt.date(2019, 5, 12), dt.date(2019, 5, 13)]


def test_battle_pair_is_unordered_and_follow_up_mention_joins() -> None:
    text = ("Troops clashed with Islamic State fighters in Aleppo on Sunday. "
            "Islamic State fighters fought the soldiers for hours, leaving 8 dead.")
    first = make_mention(text, "clashed", "Armed clash", actor1="syria_army",
                         actor2="islamic_state", place="Aleppo", date="2019-05-12")
    second = make_mention(text, "fought", "Armed clash", actor1="islamic_state",
                          actor2="syria_army", fatalities=8)
    [event] = merge_mentions([first, second], make_article(text))
    assert event.actor1 == "Military Forces of Syria (2000-)"
    assert event.fatalities == 8
    assert event.interaction == 12


def test_sub_event_type_follows_acled_precedence() -> None:
    text = ("Russian jets attacked a village near Saraqib on Friday, killing four civilians. "
            "Residents said the air strike destroyed two houses.")
    attack = make_mention(text, "attacked", "Attack", actor1="russia_air", actor2="civ_syria",
                          place="Saraqib", geo_precision=2, date="2019-05-10", fatalities=4)
    strike = make_mention(text, "air strike", "Air/drone strike", place="Saraqib",
                          geo_precision=2, date="2019-05-10")
    [event] = merge_mentions([attack, strike], make_article(text))
    assert event.sub_event_type == "Air/drone strike"
    assert event.event_type == "Explosions/Remote violence"
    assert event.geo_precision == 2
    assert event.notes is not None and event.notes.startswith("On 2019-05-10, Military Forces")
    assert "near Saraqib (Idlib, Syria)" in event.notes
    assert "4 reported killed" in event.notes


def test_civilians_killed_in_a_battle_add_to_its_fatalities() -> None:
    text = ("Government troops clashed with Islamic State fighters in Aleppo on Sunday, "
            "leaving 10 fighters dead. Medics said three civilians were also killed.")
    battle = make_mention(text, "clashed", "Armed clash", actor1="syria_army",
                          actor2="islamic_state", place="Aleppo", date="2019-05-12",
                          fatalities=10)
    civilians = make_mention(text, "killed", "Attack", actor2="civ_syria", fatalities=3,
                             sources=("Medics",), claims=(("fatalities", 3, "Medics"),))
    events = merge_mentions([battle, civilians], make_article(text))
    assert len(events) == 1
    [event] = events
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == "Islamic State (Syria)"
    assert event.fatalities == 13
    assert [c.value for c in event.claims if c.field == CIVILIAN_FIELD] == [3]
    assert "3 civilians" in (event.notes or "")


def test_civilians_in_the_battle_sentence_are_not_added_twice() -> None:
    text = ("Troops clashed with Islamic State fighters in Aleppo on Sunday, killing 13 "
            "people including three civilians.")
    battle = make_mention(text, "clashed", "Armed clash", actor1="syria_army",
                          actor2="islamic_state", place="Aleppo", date="2019-05-12",
                          fatalities=13)
    civilians = make_mention(text, "killing", "Attack", actor2="civ_syria", fatalities=3)
    [event] = merge_mentions([battle, civilians], make_article(text))
    assert event.fatalities == 13


def test_civilians_killed_by_a_named_actor_are_their_own_event() -> None:
    text = ("Troops clashed with Islamic State fighters in Aleppo on Sunday. "
            "Islamic State fighters executed four civilians in Aleppo on Sunday.")
    battle = make_mention(text, "clashed", "Armed clash", actor1="syria_army",
                          actor2="islamic_state", place="Aleppo", date="2019-05-12")
    execution = make_mention(text, "executed", "Attack", actor1="islamic_state",
                             actor2="civ_syria", place="Aleppo", date="2019-05-12",
                             fatalities=4)
    events = merge_mentions([battle, execution], make_article(text))
    assert [e.sub_event_type for e in events] == ["Armed clash", "Attack"]
    assert [e.fatalities for e in events] == [0, 4]


def test_multi_day_total_is_split_across_its_days() -> None:
    text = "Fighting between troops and Islamic State in Aleppo on Saturday and Sunday killed 21."
    span = make_mention(text, "Fighting", "Armed clash", actor1="syria_army",
                        actor2="islamic_state", place="Aleppo", date="2019-05-11",
                        end_date="2019-05-12", fatalities=21)
    events = merge_mentions([span], make_article(text))
    assert [(e.event_date, e.fatalities) for e in events] == [
        (dt.date(2019, 5, 11), 11), (dt.date(2019, 5, 12), 10)]
    assert events[0].event_id != events[1].event_id


def test_unknown_date_and_figures_code_as_null_and_zero() -> None:
    text = "Protesters marched in Maiduguri against the killings."
    protest = make_mention(text, "marched", "Peaceful protest", actor1="protesters_nga",
                           place="Maiduguri")
    [event] = merge_mentions([protest], make_article(text, published=None))
    assert event.event_date is None and event.time_precision is None
    assert event.fatalities == 0 and event.injured == 0
    assert event.inter1 == 6 and event.interaction == 60
    assert event.country == "Nigeria" and event.iso3 == "NGA"
    assert event.notes is not None and event.notes.startswith("On an unknown date, Protesters")


def test_event_id_is_stable_and_independent_of_other_incidents() -> None:
    text = ("Al Shabaab fighters attacked an army base in Mogadishu on Tuesday. "
            "Separately, police fought gunmen in Mogadishu on Tuesday.")
    a = make_mention(text, "attacked", "Armed clash", actor1="shabaab", actor2="somalia_army",
                     place="Mogadishu", date="2019-05-14")
    b = make_mention(text, "fought", "Armed clash", actor1="somalia_police",
                     actor2="uag_somalia", place="Mogadishu", date="2019-05-14")
    both = merge_mentions([a, b], make_article(text))
    only_b = merge_mentions([b], make_article(text))
    assert both[1].event_id == only_b[0].event_id
    assert both[0].event_id.startswith("ev-") and len(both[0].event_id) == 15


def test_no_mentions_no_events() -> None:
    assert merge_mentions([], make_article("Nothing happened.")) == []


def test_across_documents_day_tolerance_and_actor_pairs() -> None:
    text = "Al Shabaab fighters attacked an army base in Baidoa."
    report = event_from_mention(make_mention(text, "attacked", "Armed clash", actor1="shabaab",
                                             actor2="somalia_army", place="Baidoa",
                                             date="2019-05-14", doc_id="a"))
    night = "Al Shabaab fighters attacked an army base in Baidoa overnight, police said."
    next_day = event_from_mention(make_mention(night, "attacked", "Armed clash", doc_id="b",
                                               actor1="shabaab", actor2="somalia_army",
                                               place="Baidoa", date="2019-05-15"))
    # consecutive days with no sign of a night-time incident: two daily events (ACLED)
    next_day_daytime = event_from_mention(make_mention(
        text, "attacked", "Armed clash", doc_id="f", actor1="shabaab", actor2="somalia_army",
        place="Baidoa", date="2019-05-15"))
    other_pair = event_from_mention(make_mention(text, "attacked", "Armed clash", doc_id="c",
                                                 actor1="shabaab", actor2="somalia_police",
                                                 place="Baidoa", date="2019-05-14"))
    far_away = event_from_mention(make_mention(text, "attacked", "Armed clash", doc_id="d",
                                               actor1="shabaab", actor2="somalia_army",
                                               place="Mogadishu", date="2019-05-14"))
    undated = event_from_mention(make_mention(text, "attacked", "Armed clash", doc_id="e",
                                              actor1="shabaab", actor2="somalia_army",
                                              place="Baidoa"))
    assert same_incident(report, next_day)
    assert not same_incident(report, next_day_daytime)
    assert not same_incident(report, other_pair)
    assert not same_incident(report, far_away)
    assert not same_incident(report, undated)
    merged = combine_reports([report, next_day])
    assert merged.event_date == dt.date(2019, 5, 14)
    assert merged.event_id == report.event_id
    assert {e.doc_id for e in merged.evidence} == {"a", "b"}


def test_unidentified_attacker_joins_the_named_group_only_for_the_same_kind_of_attack() -> None:
    text = ("Gunmen attacked a police post in Baidoa on Monday. Al Shabaab said its fighters "
            "attacked the post. Al Shabaab also fired mortars at the police post on Monday.")
    gunmen = make_mention(text, "attacked", "Armed clash", actor1="uag_somalia",
                          actor2="somalia_police", place="Baidoa", date="2019-05-13")
    claimed = make_mention(text, "attacked", "Armed clash", occurrence=1, actor1="shabaab",
                           actor2="somalia_police", place="Baidoa", date="2019-05-13")
    mortars = make_mention(text, "fired mortars", "Shelling/artillery/missile attack",
                           actor1="uag_somalia", actor2="somalia_police", place="Baidoa",
                           date="2019-05-13")
    events = merge_mentions([gunmen, claimed, mortars], make_article(text))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Armed clash", "Al Shabaab"),
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Somalia)")]


def test_a_later_sentence_naming_the_attacker_joins_the_unattributed_lead() -> None:
    text = ("An air strike killed nine civilians in Saraqib on Sunday. "
            "Russian warplanes carried out the raid, the monitor said.")
    lead = make_mention(text, "air strike", "Air/drone strike", actor1="uag_syria",
                        actor2="civ_syria", place="Saraqib", date="2019-05-12", fatalities=9)
    attribution = make_mention(text, "carried out", "Air/drone strike", actor1="russia_air",
                               place="Saraqib", date="2019-05-12")
    [event] = merge_mentions([lead, attribution], make_article(text))
    assert (event.actor1, event.actor2) == ("Military Forces of Russia (2000-)",
                                            "Civilians (Syria)")
    # the same pair of reports from two different stories is not enough to merge
    assert not same_incident(event_from_mention(attribution), event_from_mention(lead))


def test_an_assumed_publication_date_does_not_split_an_incident_the_text_dates() -> None:
    text = ("Warplanes struck a market in Saraqib, killing nine people. "
            "The strike on Sunday also wounded 20, rescuers said.")
    # the lead names no day: the resolver assumed the publication day (no evidence)
    lead = make_mention(text, "struck", "Air/drone strike", actor2="civ_syria",
                        place="Saraqib", date="2019-05-13", date_stated=False, fatalities=9)
    detail = make_mention(text, "strike", "Air/drone strike", actor2="civ_syria",
                          place="Saraqib", date="2019-05-12", injured=20)
    [event] = merge_mentions([lead, detail], make_article(text))
    assert event.event_date == dt.date(2019, 5, 12)  # the stated day wins
    assert (event.fatalities, event.injured) == (9, 20)
    # alone, the assumed day is kept
    [alone] = merge_mentions([lead], make_article(text))
    assert alone.event_date == dt.date(2019, 5, 13) and alone.time_precision == 1


# ------------------------------------------------------------ noisy actors within one story

BAIDOA_STORY = (
    "A roadside bomb killed four soldiers near Baidoa on Sunday, police said. "
    "The device went off as an army convoy drove towards Mogadishu. "
    "Residents said they heard the blast from their homes. "
    "The wounded were taken to hospital in Baidoa."
)


def test_mentions_with_noisy_actors_are_one_incident() -> None:
    lead = make_mention(BAIDOA_STORY, "roadside bomb", "Remote explosive/landmine/IED",
                        actor1="uag_somalia", actor2="somalia_army", place="Baidoa",
                        date="2019-05-12", fatalities=4)
    # the parse got the army as the bomber and the residents as its target
    blast = make_mention(BAIDOA_STORY, "blast", "Remote explosive/landmine/IED",
                         actor1="somalia_army", actor2="civ_somalia", place="Baidoa",
                         date="2019-05-12")
    device = make_mention(BAIDOA_STORY, "went off", "Remote explosive/landmine/IED",
                          actor1="uag_somalia", place="Baidoa", date="2019-05-12")
    wounded = make_mention(BAIDOA_STORY, "wounded", "Attack", actor1="uag_somalia",
                           actor2="civ_somalia", place="Baidoa", date="2019-05-12")
    events = merge_mentions([lead, device, blast, wounded], make_article(BAIDOA_STORY))
    assert len(events) == 1
    [event] = events
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    # the army is reported as the target twice, as the doer once: it is the target
    assert event.actor1 == "Unidentified Armed Group (Somalia)"
    assert event.actor2 == "Military Forces of Somalia (2012-)"
    assert event.fatalities == 4


def test_place_carried_over_from_an_earlier_sentence_does_not_split_an_incident() -> None:
    lead = make_mention(BAIDOA_STORY, "roadside bomb", "Remote explosive/landmine/IED",
                        actor1="uag_somalia", actor2="somalia_army", place="Baidoa",
                        geo_precision=2, date="2019-05-12", fatalities=4)
    blast = make_mention(BAIDOA_STORY, "blast", "Remote explosive/landmine/IED",
                         place="Mogadishu", date="2019-05-12")
    # the place resolver gave the blast the last town named before it, in another sentence
    at = BAIDOA_STORY.index("Mogadishu")
    blast.evidence.append(Evidence("doc1", at, at + len("Mogadishu"), "Mogadishu", "location"))
    [event] = merge_mentions([lead, blast], make_article(BAIDOA_STORY))
    # ... and it does not outrank the lead's own (less precise) place either
    assert (event.location, event.geo_precision) == ("Baidoa", 2)


def test_a_carried_over_place_is_kept_when_nothing_better_is_known() -> None:
    blast = make_mention(BAIDOA_STORY, "blast", "Remote explosive/landmine/IED",
                         place="Mogadishu", date="2019-05-12")
    at = BAIDOA_STORY.index("Mogadishu")
    blast.evidence.append(Evidence("doc1", at, at + len("Mogadishu"), "Mogadishu", "location"))
    [event] = merge_mentions([blast], make_article(BAIDOA_STORY))
    assert event.location == "Mogadishu"


def test_two_named_groups_at_one_place_and_day_stay_separate() -> None:
    text = ("Islamic State fighters attacked Saraqib on Monday. "
            "Hayat Tahrir al-Sham shelled Saraqib on Monday.")
    isis = make_mention(text, "attacked", "Armed clash", actor1="islamic_state",
                        actor2="syria_army", place="Saraqib", date="2019-05-13")
    hts = make_mention(text, "shelled", "Armed clash", actor1="hts", actor2="syria_army",
                       place="Saraqib", date="2019-05-13")
    events = merge_mentions([isis, hts], make_article(text))
    assert [e.actor1 for e in events] == ["Islamic State (Syria)", "Hayat Tahrir al-Sham"]


def test_merged_event_never_has_one_actor_on_both_sides() -> None:
    text = "Soldiers were killed in a blast in Baidoa on Sunday. The army said soldiers died."
    first = make_mention(text, "blast", "Remote explosive/landmine/IED", actor1="somalia_army",
                         place="Baidoa", date="2019-05-12")
    second = make_mention(text, "died", "Remote explosive/landmine/IED", actor2="somalia_army",
                          place="Baidoa", date="2019-05-12")
    [event] = merge_mentions([first, second], make_article(text))
    assert event.actor1 != event.actor2
    assert event.actor1 == "Military Forces of Somalia (2012-)"
    assert event.actor2 is None


def test_violent_crowd_makes_one_merged_demonstration_a_riot() -> None:
    text = ("Hundreds marched in Maiduguri on Monday. Some of the marchers later threw stones "
            "at police in Maiduguri.")
    march = make_mention(text, "marched", "Peaceful protest", actor1="protesters_nga",
                         place="Maiduguri", date="2019-05-13")
    stones = make_mention(text, "threw stones", "Violent demonstration",
                          actor2="police_nga", place="Maiduguri", date="2019-05-13")
    stones.actor1 = Actor("Rioters (Nigeria)", 5, country="Nigeria")
    [event] = merge_mentions([march, stones], make_article(text))
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1 == "Rioters (Nigeria)"  # the actors of the report of that type
    assert event.actor2 == "Police Forces of Nigeria (1999-)"


def test_a_separate_attack_is_not_merged_into_the_one_told_before() -> None:
    text = ("Gunmen killed two traders in Baidoa on Monday. In a separate attack, gunmen "
            "shot dead a teacher in Baidoa and wounded his son.")
    first = make_mention(text, "killed", "Attack", actor1="uag_somalia", actor2="civ_somalia",
                         place="Baidoa", date="2019-05-13", fatalities=2)
    second = make_mention(text, "shot dead", "Attack", actor1="uag_somalia",
                          actor2="civ_somalia", place="Baidoa", date="2019-05-13",
                          fatalities=1)
    wounded = make_mention(text, "wounded", "Attack", actor1="uag_somalia",
                           actor2="civ_somalia", place="Baidoa", date="2019-05-13")
    events = merge_mentions([first, second, wounded], make_article(text))
    # the cue splits the story in two incidents; the second keeps its own mentions together
    assert [e.fatalities for e in events] == [2, 1]
    assert len(events[1].evidence) > len(events[0].evidence)


def test_near_in_the_lead_is_kept_when_a_later_sentence_names_the_town() -> None:
    lead = make_mention(BAIDOA_STORY, "roadside bomb", "Remote explosive/landmine/IED",
                        actor1="uag_somalia", actor2="somalia_army", place="Baidoa",
                        geo_precision=2, date="2019-05-12", fatalities=4)
    later = make_mention(BAIDOA_STORY, "wounded", "Remote explosive/landmine/IED",
                         place="Baidoa", geo_precision=1, date="2019-05-12")
    [event] = merge_mentions([lead, later], make_article(BAIDOA_STORY))
    assert (event.location, event.geo_precision) == ("Baidoa", 2)


SARAQIB_STORY = (
    "Warplanes bombed the town of Saraqib on Monday, killing six civilians, the Syrian "
    "Observatory for Human Rights said. State news agency SANA said the town was hit by "
    "artillery shells fired from the hills."
)


def test_sources_that_disagree_on_what_happened_give_the_conservative_account() -> None:
    monitor = "Syrian Observatory for Human Rights"
    strike = make_mention(SARAQIB_STORY, "bombed", "Air/drone strike", place="Saraqib",
                          date="2024-03-11", fatalities=6, sources=(monitor,),
                          claims=(("sub_event_type", "Air/drone strike", monitor),
                                  ("fatalities", 6, monitor)))
    shells = make_mention(SARAQIB_STORY, "artillery shells", "Shelling/artillery/missile attack",
                          place="Saraqib", date="2024-03-11", sources=("SANA",),
                          claims=(("sub_event_type", "Shelling/artillery/missile attack",
                                   "SANA"),))
    events = merge_mentions([strike, shells], make_article(SARAQIB_STORY))
    assert len(events) == 1
    event = events[0]
    # ACLED precedence alone would code the air strike; the sources disagree, so the
    # account that claims less is coded and the notes say who reported what.
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.notes is not None
    assert (f"Accounts differ: {monitor} reported Air/drone strike; SANA reported "
            "Shelling/artillery/missile attack; coded as Shelling/artillery/missile attack."
            ) in event.notes
    kinds = {(c.source, c.value) for c in event.claims if c.field == "sub_event_type"}
    assert kinds == {(monitor, "Air/drone strike"), ("SANA", "Shelling/artillery/missile attack")}


def test_one_source_telling_two_kinds_is_no_disagreement() -> None:
    monitor = "Syrian Observatory for Human Rights"
    strike = make_mention(SARAQIB_STORY, "bombed", "Air/drone strike", place="Saraqib",
                          date="2024-03-11", sources=(monitor,),
                          claims=(("sub_event_type", "Air/drone strike", monitor),))
    shells = make_mention(SARAQIB_STORY, "artillery shells", "Shelling/artillery/missile attack",
                          place="Saraqib", date="2024-03-11", sources=(monitor,),
                          claims=(("sub_event_type", "Shelling/artillery/missile attack",
                                   monitor),))
    event = merge_mentions([strike, shells], make_article(SARAQIB_STORY))[0]
    assert event.sub_event_type == "Air/drone strike"  # ACLED precedence
    assert event.notes is not None and "Accounts differ" not in event.notes


def test_the_same_generic_actor_on_both_sides_is_kept() -> None:
    text = "Two unidentified armed groups exchanged fire near the market on Friday."
    fight = make_mention(text, "exchanged fire", "Armed clash", actor1="uag_somalia",
                         actor2="uag_somalia", date="2024-03-08")
    event = merge_mentions([fight], make_article(text))[0]
    assert event.actor1 == event.actor2 == "Unidentified Armed Group (Somalia)"
    assert event.inter1 == event.inter2 == 3


def test_an_unnamed_group_on_either_side_joins_the_named_one_across_reports() -> None:
    # Battles list the state forces first, so the unnamed side can be actor2.
    named_text = "Soldiers fought Al Shabaab fighters in Baidoa on Monday, killing nine."
    unnamed_text = "Troops battled unidentified gunmen in Baidoa on Monday, officials said."
    named = event_from_mention(make_mention(
        named_text, "fought", "Armed clash", actor1="somalia_army", actor2="shabaab",
        place="Baidoa", date="2019-05-13", doc_id="a"))
    unnamed = event_from_mention(make_mention(
        unnamed_text, "battled", "Armed clash", actor1="somalia_army", actor2="uag_somalia",
        place="Baidoa", date="2019-05-13", doc_id="b"))
    assert same_incident(named, unnamed)
    # ... but not when the named side differs as well, nor for another kind of act
    police_text = "Police battled unidentified gunmen in Baidoa on Monday, officials said."
    other_side = event_from_mention(make_mention(
        police_text, "battled", "Armed clash", actor1="somalia_police", actor2="uag_somalia",
        place="Baidoa", date="2019-05-13", doc_id="c"))
    shelling_text = "Soldiers shelled unidentified gunmen in Baidoa on Monday."
    shelling = event_from_mention(make_mention(
        shelling_text, "shelled", "Shelling/artillery/missile attack", actor1="somalia_army",
        actor2="uag_somalia", place="Baidoa", date="2019-05-13", doc_id="d"))
    assert not same_incident(named, other_side)
    assert not same_incident(named, shelling)


def test_looting_told_with_a_killing_by_the_same_side_is_part_of_it() -> None:
    text = "Gunmen killed six herders near Baidoa on Monday and drove off their camels."
    killing = make_mention(text, "killed", "Attack", actor1="uag_somalia", actor2="civ_somalia",
                           place="Baidoa", date="2019-05-13", fatalities=6)
    looting = make_mention(text, "drove off", "Looting/property destruction",
                           actor1="uag_somalia", place="Baidoa", date="2019-05-13")
    [event] = merge_mentions([killing, looting], make_article(text))
    assert (event.sub_event_type, event.fatalities) == ("Attack", 6)
    triggers = {e.text for e in event.evidence if e.field == "trigger"}
    assert triggers == {"killed", "drove off"}


def test_arrests_in_another_sentence_or_by_another_side_stay_their_own_event() -> None:
    text = ("Gunmen killed a trader in Baidoa on Monday. Police arrested two suspects "
            "in Baidoa on Monday.")
    killing = make_mention(text, "killed", "Attack", actor1="uag_somalia", actor2="civ_somalia",
                           place="Baidoa", date="2019-05-13", fatalities=1)
    arrests = make_mention(text, "arrested", "Arrests", actor1="somalia_police",
                           place="Baidoa", date="2019-05-13")
    events = merge_mentions([killing, arrests], make_article(text))
    assert [e.sub_event_type for e in events] == ["Attack", "Arrests"]


CHECKPOINT_STORY = (
    "Police fought Al Shabaab fighters at a checkpoint in Baidoa on Friday. "
    "The militants threw grenades at soldiers who came to help, witnesses said."
)


def test_police_and_soldiers_of_one_country_are_one_side() -> None:
    clash = make_mention(CHECKPOINT_STORY, "fought", "Armed clash", actor1="somalia_police",
                         actor2="shabaab", place="Baidoa", date="2016-03-11")
    grenades = make_mention(CHECKPOINT_STORY, "threw grenades", "Grenade", actor1="shabaab",
                            actor2="somalia_army", place="Baidoa", date="2016-03-11")
    events = merge_mentions([clash, grenades], make_article(CHECKPOINT_STORY))
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Police Forces of Somalia (2012-)", "Al Shabaab")
    assert event.assoc_actor_1 == "Military Forces of Somalia (2012-)"


def test_forces_of_one_country_set_against_each_other_stay_opponents() -> None:
    story = "Soldiers and police exchanged fire at a checkpoint in Baidoa on Friday."
    clash = make_mention(story, "exchanged fire", "Armed clash", actor1="somalia_army",
                         actor2="somalia_police", place="Baidoa", date="2016-03-11")
    event = merge_mentions([clash], make_article(story))[0]
    assert (event.actor1, event.actor2) == ("Military Forces of Somalia (2012-)",
                                            "Police Forces of Somalia (2012-)")
    assert event.assoc_actor_1 is None and event.assoc_actor_2 is None


def test_state_forces_of_different_countries_are_not_allies() -> None:
    story = ("Somali soldiers clashed with Al Shabaab in Baidoa on Friday. "
             "Russian aircraft bombed the militants there.")
    clash = make_mention(story, "clashed", "Armed clash", actor1="somalia_army",
                         actor2="shabaab", place="Baidoa", date="2016-03-11")
    bombing = make_mention(story, "bombed", "Air/drone strike", actor1="russia_air",
                           actor2="shabaab", place="Baidoa", date="2016-03-11")
    events = merge_mentions([clash, bombing], make_article(story))
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]


def test_two_doers_striking_the_same_victims_are_two_events() -> None:
    story = ("Government aircraft bombed Saraqib on Monday, killing six civilians. "
             "Russian jets also struck Saraqib, killing two more, the monitor said.")
    regime = make_mention(story, "bombed", "Air/drone strike", actor1="syria_army",
                          actor2="civ_syria", place="Saraqib", date="2019-05-13", fatalities=6)
    russia = make_mention(story, "struck", "Air/drone strike", actor1="russia_air",
                          actor2="civ_syria", place="Saraqib", date="2019-05-13", fatalities=2)
    events = merge_mentions([regime, russia], make_article(story))
    assert sorted((e.actor1, e.fatalities) for e in events) == [
        ("Military Forces of Russia (2000-)", 2), ("Military Forces of Syria (2000-)", 6)]


def test_another_papers_toll_is_set_beside_the_storys_own() -> None:
    # the story's own figure is not relayed to the paper it quotes: ACLED codes the
    # lowest credible figure of the two accounts
    story = ("At least three people were killed when their car hit a landmine near "
             "Baidoa on Monday. Radio Shabelle reported four dead.")
    lead = make_mention(story, "killed", "Remote explosive/landmine/IED", place="Baidoa",
                        date="2016-03-14", fatalities=3, claims=(("fatalities", 3, None),))
    other = make_mention(story, "dead", "Remote explosive/landmine/IED", place="Baidoa",
                         date="2016-03-14", fatalities=4,
                         claims=(("fatalities", 4, "Radio Shabelle"),))
    event = merge_mentions([lead, other], make_article(story))[0]
    assert event.fatalities == 3
    assert "Radio Shabelle" in (event.notes or "")


def test_police_and_soldiers_fighting_the_same_unnamed_gunmen_are_one_clash() -> None:
    story = ("Police fought gunmen who stormed a market in Baidoa on Friday. "
             "Soldiers sent to the market battled the attackers until dusk and six died.")
    police = make_mention(story, "fought", "Armed clash", actor1="somalia_police",
                          actor2="uag_somalia", place="Baidoa", date="2016-03-11")
    army = make_mention(story, "battled", "Armed clash", actor1="somalia_army",
                        actor2="uag_somalia", date="2016-03-11", fatalities=6)
    [event] = merge_mentions([police, army], make_article(story))
    assert event.fatalities == 6
    assert event.actor2 == "Unidentified Armed Group (Somalia)"


def _riot_and_police_violence(story: str, trigger: str, fatalities: int | None
                              ) -> list[str | None]:
    riot = make_mention(story, "fought police", "Violent demonstration", actor2="police_nga",
                        place="Maiduguri", date="2019-05-13")
    riot.actor1 = Actor("Rioters (Nigeria)", 5, country="Nigeria")
    police = make_mention(story, trigger, "Attack", actor1="police_nga", place="Maiduguri",
                          date="2019-05-13", fatalities=fatalities)
    police.actor2 = Actor("Civilians (Nigeria)", 7, country="Nigeria")
    return [e.sub_event_type for e in merge_mentions([riot, police], make_article(story))]


def test_the_police_beating_people_at_the_riot_they_fought_is_the_riot() -> None:
    story = ("Youths burned tyres and fought police in Maiduguri on Monday. Officers chased "
             "them through the market and beat those they caught, residents said.")
    assert _riot_and_police_violence(story, "beat", None) == ["Violent demonstration"]


def test_a_killing_by_the_police_at_the_riot_stays_an_attack() -> None:
    story = ("Youths burned tyres and fought police in Maiduguri on Monday. Officers chased "
             "them through the market and shot dead a boy, residents said.")
    assert _riot_and_police_violence(story, "shot dead", 1) == [
        "Violent demonstration", "Attack"]
