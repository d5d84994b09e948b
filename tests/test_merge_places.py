"""Places and countries in merging, within one story: a report whose country is only the
article's focus (its sentence names no place and no country) joins an incident the
text places in another country; a strike by another weapon at a nearby town, or a
sentence opening with another town, is another event, while the same weapon or a nearby
town told later in the same story stays one incident."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from fixtures_store import make_article, make_mention
from spacy.language import Language

from eventcoder.merge import merge_mentions
from eventcoder.schema import EventMention, Evidence

STORY = ("Drones struck an Al Shabaab camp in Somalia on Tuesday. "
         "The strikes killed nine fighters, officials said.")


def _mentions(*, told_second: bool) -> list[EventMention]:
    lead = make_mention(STORY, "struck", "Air/drone strike", actor2="shabaab",
                        date="2019-05-14")
    lead.country = "Somalia"
    at = STORY.index("Somalia")
    lead.evidence.append(Evidence("doc1", at, at + len("Somalia"), "Somalia", "country"))
    toll = make_mention(STORY, "strikes", "Air/drone strike",
                        fatalities=9)
    toll.country = "Kenya"  # the feed's country: nothing in the sentence says so
    if told_second:
        toll.evidence.append(Evidence("doc1", 0, 6, "Drones", "country"))
    return [lead, toll]


def test_a_report_in_the_article_s_focus_country_joins_the_placed_incident() -> None:
    [event] = merge_mentions(_mentions(told_second=False), make_article(STORY))
    assert event.country == "Somalia"  # the country the text names, not the focus
    assert event.fatalities == 9


def test_two_countries_the_text_names_keep_two_incidents_apart() -> None:
    events = merge_mentions(_mentions(told_second=True), make_article(STORY))
    assert [e.country for e in events] == ["Somalia", "Kenya"]


NEARBY_TOWNS = ("Government jets bombed a market in Idlib on Monday, killing seven people. "
                "Artillery also shelled Saraqib, wounding four.")


def test_another_weapon_at_a_nearby_town_is_another_strike() -> None:
    # Idlib and Saraqib lie about 17 km apart: near enough to be one place for a
    # re-told incident, but a shelling is not the air strike told again
    jets = make_mention(NEARBY_TOWNS, "bombed", "Air/drone strike", actor1="syria_army",
                        actor2="civ_syria", place="Idlib", date="2019-05-13", fatalities=7)
    guns = make_mention(NEARBY_TOWNS, "shelled", "Shelling/artillery/missile attack",
                        actor1="syria_army", actor2="civ_syria", place="Saraqib",
                        date="2019-05-13", injured=4)
    events = merge_mentions([jets, guns], make_article(NEARBY_TOWNS))
    assert [(e.sub_event_type, e.location, e.fatalities, e.injured) for e in events] == [
        ("Air/drone strike", "Idlib", 7, 0),
        ("Shelling/artillery/missile attack", "Saraqib", 0, 4)]


def test_the_same_weapon_at_a_nearby_town_is_still_one_strike() -> None:
    text = NEARBY_TOWNS.replace("Artillery also shelled", "The jets also bombed")
    first = make_mention(text, "bombed", "Air/drone strike", actor1="syria_army",
                         actor2="civ_syria", place="Idlib", date="2019-05-13", fatalities=7)
    second = make_mention(text, "bombed", "Air/drone strike", occurrence=1,
                          actor1="syria_army", actor2="civ_syria", place="Saraqib",
                          date="2019-05-13", injured=4)
    [event] = merge_mentions([first, second], make_article(text))
    assert (event.fatalities, event.injured) == (7, 4)


def test_a_sentence_opening_with_another_town_is_another_incident(nlp: Language) -> None:
    # Thika and Juja are about 10 km apart: near enough to be one incident's places,
    # but the second sentence sets its own scene
    # (a shop looted, not cattle driven off: since 899ddb6 livestock taken in a raid is
    # an Attack, which would keep the two apart by type alone)
    text = ("Armed men broke into a shop near Thika on Monday and looted it. In Juja, "
            "a group of men broke into a warehouse and looted it, the owner said.")
    events = coded_events(nlp, text, "2024-03-12")
    lootings = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert sorted(e.location or "" for e in lootings) == ["Juja", "Thika"], describe(events)


def test_a_nearby_town_told_later_in_the_same_story_stays_one_incident(
        nlp: Language) -> None:
    text = ("Armed men broke into a shop near Thika on Monday and looted it. A group "
            "of men also broke into a warehouse in Juja and looted it, the owner said.")
    events = coded_events(nlp, text, "2024-03-12")
    lootings = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert len(lootings) == 1, describe(events)
