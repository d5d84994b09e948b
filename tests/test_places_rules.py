"""Place rules added for streets, communities, road ends, unit towns and institutions."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.extract.places import find_place_mentions, place_flags
from eventcoder.resolve.places import place_for_mention
from eventcoder.schema import Article, EventMention, PlaceMention


def _mentions(nlp: Language, text: str) -> dict[str, PlaceMention]:
    doc = nlp(text)
    return {m.text: m for m in find_place_mentions(doc, Article(doc_id="t", text=text))}


def _event_place(nlp: Language, text: str, trigger: str) -> EventMention:
    doc = nlp(text)
    article = Article(doc_id="t", text=text, published=dt.date(2019, 6, 4))
    places = find_place_mentions(doc, article)
    sent = next(s for s in doc.sents if trigger in s.text)
    start = text.index(trigger)
    mention = EventMention(
        doc_id="t", sent_start=sent.start_char, sent_end=sent.end_char, trigger_start=start,
        trigger_end=start + len(trigger), trigger_text=trigger, sub_event_type="Attack",
        event_type="Violence against civilians", type_score=1.0, type_reason="test",
    )
    place_for_mention(mention, doc, places, article)
    return mention


def test_street_names_are_toponyms_without_coordinates(nlp: Language) -> None:
    found = _mentions(nlp, "Crews closed North Cooper Street and Washington Avenue in "
                           "Lansing, Michigan, after a water main broke.")
    assert found["North Cooper Street"].place is None
    assert found["Washington Avenue"].place is None
    assert "Washington" not in found  # the state is not read inside the street's name
    lansing = found["Lansing"].place
    assert lansing is not None and lansing.admin1 == "Michigan"


def test_numbered_roads_and_abbreviated_streets(nlp: Language) -> None:
    found = _mentions(nlp, "The diner at 75 N. High St. closed. A truck overturned on "
                           "Highway 19 near St. Louis, Missouri.")
    assert "N. High St." in found and found["N. High St."].place is None
    assert "Highway 19" in found and found["Highway 19"].place is None
    louis = found["St. Louis"].place  # "St." before a name is no street word
    assert louis is not None and louis.admin1 == "Missouri"


def test_community_named_after_a_county_is_not_the_event_place(nlp: Language) -> None:
    text = "Turkana raiders stole cattle from herders in Baringo on Sunday."
    doc = nlp(text)
    flags = place_flags(doc)
    assert any(label.endswith("|people") for label in flags.values())
    mention = _event_place(nlp, text, "stole")
    assert mention.place is not None and mention.place.admin1 == "Baringo"


def test_road_ends_yield_to_another_named_town(nlp: Language) -> None:
    text = ("Traders from Molo town said police fired at them after they "
            "blocked the Njoro-Nakuru highway.")
    mention = _event_place(nlp, text, "blocked")
    assert mention.place is not None and mention.place.name == "Molo"


def test_town_named_after_its_county_beats_namesakes_abroad(nlp: Language) -> None:
    found = _mentions(nlp, "Matatu drivers held a demonstration in Kwale over fares.")
    place = found["Kwale"].place
    assert place is not None and place.country == "Kenya"


def test_institution_town_inside_the_named_county(nlp: Language) -> None:
    text = "Maseno University in Kisumu county was closed after students rioted."
    mention = _event_place(nlp, text, "rioted")
    assert mention.place is not None and mention.place.name == "Maseno"
    assert mention.geo_precision == 1
