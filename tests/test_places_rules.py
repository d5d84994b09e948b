"""Place rules added for streets, communities, road ends, unit towns and institutions."""

from __future__ import annotations

import pytest
from fixtures_places import event_place, place_mentions
from spacy.language import Language

from eventcoder.extract.places import place_flags
from eventcoder.schema import Article, EventMention, PlaceMention


def _mentions(nlp: Language, text: str) -> dict[str, PlaceMention]:
    return place_mentions(nlp, text)


def _event_place(nlp: Language, text: str, trigger: str) -> EventMention:
    return event_place(nlp, text, trigger)


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


def test_feed_learns_each_sources_home_region(nlp: Language) -> None:
    from eventcoder.extract.places import SourceRegions
    from eventcoder.resolve.places import feed_place_mentions

    regions = SourceRegions(min_mentions=3)
    earlier = ["The council in Conroe, Texas, voted on the budget.",
               "A fire in Bryan, Texas, destroyed two barns near College Station.",
               "Deputies in Walker County, Texas, arrested two men in Crockett."]
    for i, text in enumerate(earlier):
        feed_place_mentions(nlp(text), Article(doc_id=str(i), text=text,
                                               source="localpaper.example"), regions)
    text = "The school board in Huntsville met on Tuesday."
    local = feed_place_mentions(nlp(text), Article(doc_id="4", text=text,
                                                   source="localpaper.example"), regions)
    other = feed_place_mentions(nlp(text), Article(doc_id="5", text=text,
                                                   source="otherpaper.example"), regions)
    assert local[0].place is not None and local[0].place.admin1 == "Texas"
    assert other[0].place is not None and other[0].place.admin1 == "Alabama"


def test_given_name_after_of_is_a_person_not_a_state(nlp: Language) -> None:
    text = ("Riots broke out after the beheading of Virginia Nyaiko, wife of a jailed "
            "sect leader, in Nairobi.")
    found = _mentions(nlp, text)
    assert "Virginia" not in found
    mention = _event_place(nlp, text, "Riots")
    assert mention.place is not None and mention.place.name == "Nairobi"


def test_loosely_matched_hamlet_abroad_needs_support(nlp: Language) -> None:
    # "Kargi" matches only a plain spelling of a Turkish hamlet ("Kargı"); nothing
    # else in the text points to Turkey.
    found = _mentions(nlp, "Residents blocked a road in Kargi for several days.")
    assert all(m.place is None or m.place.country != "Turkey" for m in found.values())
    # A transliterated village with its province named is still resolved.
    found = _mentions(nlp, "Jets bombed the village of Kafr Nabl in Idlib province.")
    assert found["Kafr Nabl"].place is not None
    assert found["Kafr Nabl"].place.country == "Syria"


def test_county_only_event_is_coded_at_the_county_capital(nlp: Language) -> None:
    mention = _event_place(nlp, "Residents of Mandera County protested against insecurity.",
                           "protested")
    assert mention.place is not None and mention.geo_precision == 3
    assert mention.place.admin1 == "Mandera" and mention.place.feature_code == "ADM1"
    # Mandera town (3.94 N, 41.86 E), not the middle of the county's towns.
    assert abs(mention.place.latitude - 3.937) < 0.01
    assert abs(mention.place.longitude - 41.857) < 0.01


def test_destination_of_a_bus_is_not_the_event_place(nlp: Language) -> None:
    text = "Gunmen attacked a Mombasa-bound bus near Garsen on Sunday."
    mention = _event_place(nlp, text, "attacked")
    assert mention.place is None or mention.place.name != "Mombasa"


def test_kenyan_estates_and_former_provinces_are_known(nlp: Language) -> None:
    found = _mentions(nlp, "Youths rioted in Langas estate in Eldoret on Monday.")
    langas = found["Langas"].place
    assert langas is not None and langas.country == "Kenya" and langas.admin1 == "Uasin Gishu"
    text = "Raiders burned homes in Kapedo, in the former Rift Valley Province."
    mention = _event_place(nlp, text, "burned")
    assert mention.place is not None and mention.place.name == "Kapedo"
    assert mention.country == "Kenya"


def test_capitalised_weapon_word_is_not_a_town(nlp: Language) -> None:
    found = _mentions(nlp, "Grenade attack on a soldier at a bus stop; suspects unknown.")
    assert "Grenade" not in found


def test_people_named_after_a_town_are_not_the_event_place(nlp: Language) -> None:
    text = "A mob killed two Kikuyu civilians near the market in Kisumu."
    mention = _event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name == "Kisumu"


def test_town_with_an_outdated_first_level_code_is_corrected(nlp: Language) -> None:
    found = _mentions(nlp, "Traders protested county taxes in Thika on Monday.")
    thika = found["Thika"].place
    assert thika is not None and thika.admin1 == "Kiambu"


def test_unit_word_does_not_vouch_for_a_hamlet_abroad(nlp: Language) -> None:
    # "constituency" says a unit, not which country: the Angolan "Cuanza" (matched
    # only through an alternate spelling) is no reading of it.
    found = _mentions(nlp, "Farmers protested the poor roads in Kwanza constituency.")
    assert all(m.place is None or m.place.country != "Angola" for m in found.values())


def test_feed_country_weighs_against_small_towns_abroad(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Youths blocked the highway at Kibuye on Monday."
    monkeypatch.delenv("EVENTCODER_COUNTRY", raising=False)
    alone = _mentions(nlp, text)["Kibuye"].place
    assert alone is not None and alone.country == "Rwanda"
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")
    found = _mentions(nlp, text)
    assert all(m.place is None or m.place.country != "Rwanda" for m in found.values())


def test_a_region_in_a_group_s_name_does_not_send_a_town_abroad(nlp: Language) -> None:
    # "West Africa" (in the group's name) points to no country: nothing says that
    # Monguno, a Nigerian town, is a namesake of a local place elsewhere.
    found = _mentions(nlp, "Islamic State West Africa Province fighters overran a base in "
                           "Monguno late on Wednesday, killing four soldiers.")
    place = found["Monguno"].place
    assert place is not None and place.country == "Nigeria"


def test_source_regions_keep_only_each_source_s_latest_documents(nlp: Language) -> None:
    """A feed that runs for weeks must not grow without bound: a source's region
    comes from its latest ``max_documents`` articles."""
    from eventcoder.extract.places import SourceRegions
    from eventcoder.resolve.places import feed_place_mentions

    regions = SourceRegions(min_mentions=1, max_documents=2)
    texts = ["The council in Conroe, Texas, voted on the budget.",
             "A fire in Bryan, Texas, destroyed two barns.",
             "Police in Decatur, Alabama, arrested two men.",
             "The mayor of Florence, Alabama, opened a library."]
    for i, text in enumerate(texts):
        feed_place_mentions(nlp(text), Article(doc_id=str(i), text=text,
                                               source="paper.example"), regions)
    prior = regions.prior("paper.example")
    assert prior is not None
    # Only the two Alabama stories are remembered.
    assert {a1 for _, a1 in prior.admin1s} == {"AL"}  # admin1 codes


@pytest.fixture
def kenyan_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")


@pytest.mark.usefixtures("kenyan_feed")
def test_a_unit_the_gazetteer_lacks_does_not_outvote_the_town_beside_it(nlp: Language) -> None:
    # "Suba" names only towns abroad; its unit word must not pull "Sindo" away from Kenya.
    found = _mentions(nlp, "A thief was beaten to death in Sindo, Suba subcounty, by a mob.")
    sindo = found["Sindo"].place
    assert sindo is not None and sindo.country == "Kenya" and sindo.admin1 == "Homa Bay"


@pytest.mark.usefixtures("kenyan_feed")
def test_a_name_tagged_adjective_before_a_facility_word_is_a_place(nlp: Language) -> None:
    found = _mentions(nlp, "Angry voters stormed the Msambweni polling station at dawn.")
    place = found["Msambweni"].place
    assert place is not None and place.admin1 == "Kwale"


@pytest.mark.usefixtures("kenyan_feed")
def test_a_lower_case_part_after_a_hyphen_belongs_to_the_name(nlp: Language) -> None:
    found = _mentions(nlp, "Coffee growers uprooted their bushes in Mukurwe-ini on Friday.")
    place = found["Mukurwe-ini"].place
    assert place is not None and place.admin1 == "Nyeri"


@pytest.mark.usefixtures("kenyan_feed")
def test_a_counted_people_named_like_a_town_is_no_place(nlp: Language) -> None:
    text = "Two Kikuyu were burned in their homes by a gang from the next village."
    doc = nlp(text)
    flags = {doc.text[s:e]: label for (s, e), label in place_flags(doc).items()}
    assert "people" in flags["Kikuyu"]
    mention = _event_place(nlp, text, "burned")
    assert mention.place is None


@pytest.mark.usefixtures("kenyan_feed")
def test_people_and_ethnic_after_a_name_make_it_a_community(nlp: Language) -> None:
    for text in ("Elders reported raids by Kikuyu people on their farms overnight.",
                 "Clashes between Maasai and Kikuyu ethnic militias left two dead."):
        doc = nlp(text)
        flags = {doc.text[s:e]: label for (s, e), label in place_flags(doc).items()}
        assert "people" in flags["Kikuyu"], text


@pytest.mark.usefixtures("kenyan_feed")
def test_a_count_before_a_town_and_its_noun_keeps_the_town(nlp: Language) -> None:
    for text in ("Over 50 Kisumu based reporters marched against police brutality.",
                 "In 2008 Kisumu was hit by riots after the election."):
        doc = nlp(text)
        flags = {doc.text[s:e]: label for (s, e), label in place_flags(doc).items()}
        assert "people" not in flags["Kisumu"], text


@pytest.mark.usefixtures("kenyan_feed")
def test_a_county_written_after_a_place_inside_it_only_qualifies_it(nlp: Language) -> None:
    mention = _event_place(nlp, "A mob nearly killed a cattle thief at Likuyani subcounty, "
                                "Kakamega, on Monday.", "killed")
    assert mention.place is not None and mention.place.name == "Likuyani"
    assert mention.place.admin1 == "Kakamega"
    mention = _event_place(nlp, "Teachers gathered in Litein (Kericho) to protest a killing.",
                           "protest")
    assert mention.place is not None and mention.place.name == "Litein"
    # A list of towns of one county: no town qualifies another.
    mention = _event_place(nlp, "Youths clashed with police in Nakuru, Naivasha and Molo on "
                                "Friday.", "clashed")
    assert mention.place is not None and mention.place.name == "Nakuru"


@pytest.mark.usefixtures("kenyan_feed")
def test_a_man_of_a_county_town_places_an_event_naming_no_place(nlp: Language) -> None:
    mention = _event_place(nlp, "Protesters burned the house of a Meru man accused of "
                                "theft.", "burned")
    assert mention.place is not None and mention.place.admin1 == "Meru"


@pytest.mark.usefixtures("kenyan_feed")
def test_a_title_after_a_name_ends_where_the_sentence_goes_on(nlp: Language) -> None:
    text = "A nephew of Ainabkoi MP was stabbed to death outside a bar on Friday."
    doc = nlp(text)
    flags = {doc.text[s:e]: label for (s, e), label in place_flags(doc).items()}
    assert "org" in flags["Ainabkoi"]  # the MP's seat, not where the stabbing was
    doc = nlp("Police in Nakuru County on Monday arrested two traders.")
    flags = {doc.text[s:e]: label for (s, e), label in place_flags(doc).items()}
    assert "org" not in flags["Nakuru"]


@pytest.mark.usefixtures("kenyan_feed")
def test_a_preposition_before_a_bracketed_aside_is_a_place_cue(nlp: Language) -> None:
    mention = _event_place(nlp, "Gunmen ambushed a patrol in (or near) Mandera on Sunday.",
                           "ambushed")
    assert mention.place is not None and mention.place.admin1 == "Mandera"


@pytest.mark.parametrize(("text", "town"), [
    ("A car bomb exploded in the Somali capital on Friday, killing 12 people.", "Mogadishu"),
    ("A suicide bomber struck a mosque in Afghanistan's capital on Friday.", "Kabul"),
    ("Clashes in Somalia went on. A car bomb exploded in the capital on Friday.", "Mogadishu"),
])
def test_a_capital_told_without_its_name(nlp: Language, text: str, town: str) -> None:
    trigger = "exploded" if "exploded" in text else "struck"
    mention = _event_place(nlp, text, trigger)
    assert mention.place is not None and mention.place.name == town
    assert mention.geo_precision == 1


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in the provincial capital on Friday.",
    "Rebels shelled the Tigrayan capital on Friday.",
])
def test_a_regional_capital_is_not_the_country_capital(nlp: Language, text: str) -> None:
    trigger = "fired" if "fired" in text else "shelled"
    mention = _event_place(nlp, text, trigger)
    assert mention.place is None or mention.place.feature_code != "PPLC"
