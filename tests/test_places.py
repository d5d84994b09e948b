"""Place recognition, resolution and the event's place, on hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.places import dateline_end, find_place_mentions
from eventcoder.resolve.places import place_for_mention
from eventcoder.schema import Article, EventMention


def _places(nlp: Language, text: str) -> dict[str, tuple]:
    doc = nlp(text)
    mentions = find_place_mentions(doc, Article(doc_id="t", text=text))
    return {
        m.text: (m.place.name, m.place.feature_code, m.place.country, m.place.admin1)
        if m.place else None
        for m in mentions
    }


def test_dateline_detection() -> None:
    assert dateline_end("BEIRUT (AFP) - Shelling hit the town.") == len("BEIRUT (AFP) - ")
    assert dateline_end("MOGADISHU, Somalia — A bomb exploded.") > 0
    assert dateline_end("Police said on Monday - as expected - that") == 0


def test_arabic_names_found_beyond_ner(nlp: Language) -> None:
    found = _places(nlp, "Government aircraft bombed the village of Kafr Nabl and a market "
                         "near Saraqeb in Idlib province on Tuesday, activists said.")
    assert found["Kafr Nabl"][0] == "Kafranbel" and found["Kafr Nabl"][2] == "Syria"
    assert found["Saraqeb"][3] == "Idleb"
    assert found["Idlib"][1] == "ADM1"  # "Idlib province": the governorate


def test_common_words_and_surnames_are_not_places(nlp: Language) -> None:
    found = _places(nlp, "Police Commander John Manning said in March that Manning would "
                         "visit Nairobi.")
    assert "Manning" not in found and "Police" not in found and "March" not in found
    assert found["Nairobi"][2] == "Kenya"


def test_document_context_disambiguates(nlp: Language) -> None:
    found = _places(nlp, "A man from Alexandria was arrested in Rapides Parish, Louisiana, "
                         "after a fire in Pineville.")
    assert found["Alexandria"][2] == "United States"
    assert found["Alexandria"][3] == "Louisiana"


def test_state_abbreviation_qualifies_town(nlp: Language) -> None:
    found = _places(nlp, "The festival in Springfield, Ill., drew large crowds.")
    assert found["Springfield"][3] == "Illinois"


def test_supplement_places_are_known(nlp: Language) -> None:
    found = _places(nlp, "Clashes broke out in Kibera and near the Dadaab refugee camp.")
    assert found["Kibera"][:3] == ("Kibera", "PPLX", "Kenya")
    assert found["Kibera"][3] == "Nairobi"


def _mention(doc_text: str, trigger: str) -> EventMention:
    start = doc_text.index(trigger)
    return EventMention(
        doc_id="t", sent_start=0, sent_end=len(doc_text), trigger_start=start,
        trigger_end=start + len(trigger), trigger_text=trigger, sub_event_type="Armed clash",
        event_type="Battles", type_score=1.0, type_reason="test",
    )


def _event_place(nlp: Language, text: str, trigger: str) -> EventMention:
    doc = nlp(text)
    article = Article(doc_id="t", text=text, published=dt.date(2016, 3, 15))
    places = find_place_mentions(doc, article)
    sent = next(s for s in doc.sents if trigger in s.text)
    mention = _mention(text, trigger)
    mention.sent_start, mention.sent_end = sent.start_char, sent.end_char
    place_for_mention(mention, doc, places, article)
    return mention


@pytest.mark.parametrize(
    ("text", "trigger", "name", "precision"),
    [
        ("Fighters clashed with troops in Garissa town on Sunday.", "clashed", "Garissa", 1),
        ("A roadside bomb killed four soldiers near Baidoa on Sunday.", "killed", "Baidoa", 2),
        ("Gunmen attacked a bus in Mandera county.", "attacked", "Mandera", 3),
        ("Car bombs exploded in the Sadr City district of Baghdad.", "exploded", "Baghdad", 1),
    ],
)
def test_event_place_and_precision(nlp: Language, text: str, trigger: str, name: str,
                                   precision: int) -> None:
    mention = _event_place(nlp, text, trigger)
    assert mention.place is not None and mention.place.name == name
    assert mention.geo_precision == precision
    assert any(e.field == "location" for e in mention.evidence)


def test_dateline_is_not_the_event_place(nlp: Language) -> None:
    text = "NAIROBI (Reuters) - Militants killed three police officers in Lamu on Monday."
    mention = _event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name == "Lamu"
    assert mention.country == "Kenya"


def test_country_only_leaves_place_empty(nlp: Language) -> None:
    mention = _event_place(nlp, "Clashes were reported across Somalia.", "Clashes")
    assert mention.place is None
    assert mention.country == "Somalia"


def test_place_mention_to_dict(nlp: Language) -> None:
    text = "Shelling hit Aleppo."
    mentions = find_place_mentions(nlp(text), Article(doc_id="d1", text=text))
    row = mentions[0].to_dict()
    assert row["doc_id"] == "d1" and row["text"] == "Aleppo" and row["country"] == "Syria"
    assert row["geonameid"] == 170063 and abs(row["latitude"] - 36.2) < 0.1


def test_town_preferred_over_county_of_same_name(nlp: Language) -> None:
    found = _places(nlp, "Residents of Kisumu protested over the state of the roads.")
    assert found["Kisumu"][1] == "PPL" and found["Kisumu"][3] == "Kisumu"
    county = _places(nlp, "Tension rose across Kisumu county after the vote.")
    assert county["Kisumu"][1] == "ADM1"


def test_acronyms_are_not_places(nlp: Language) -> None:
    found = _places(nlp, "The HIV clinic in Mombasa was closed by the GSU.")
    assert "HIV" not in found and "GSU" not in found
    assert found["Mombasa"][2] == "Kenya"


def test_county_list_resolves_to_counties(nlp: Language) -> None:
    found = _places(nlp, "Flood warnings were issued for Becker, Clay and Otter Tail counties "
                         "in Minnesota.")
    assert found["Becker"][:2] == ("Becker County", "ADM2")
    assert found["Becker"][3] == "Minnesota"


def test_titles_are_not_places(nlp: Language) -> None:
    found = _places(nlp, "The Interior Cabinet Secretary told the County Commissioner and the "
                         "Member of Parliament to visit Garissa.")
    assert set(found) == {"Garissa"}


def test_demonym_does_not_outvote_a_named_county(nlp: Language) -> None:
    text = "A Somali militia raided herders in Ukasi, Kitui county on Monday."
    mention = _event_place(nlp, text, "raided")
    assert mention.country == "Kenya"
    assert mention.place is not None and mention.place.admin1 == "Kitui"
    assert mention.geo_precision == 3  # Ukasi is not in the gazetteer: the county


def test_demonym_alone_gives_the_country(nlp: Language) -> None:
    mention = _event_place(nlp, "Sudanese troops clashed with rebels.", "clashed")
    assert mention.place is None and mention.country == "Sudan"


@pytest.mark.parametrize("spelling", ["Maarat al-Numan", "Ma'arrat an-Nu'man",
                                      "Maarat al-Nouman"])
def test_transliteration_variants_resolve(nlp: Language, spelling: str) -> None:
    text = f"Government aircraft struck a market in {spelling} in Idlib province."
    mention = _event_place(nlp, text, "struck")
    assert mention.place is not None and mention.place.feature_code == "PPL"
    assert mention.place.admin1 == "Idleb" and mention.geo_precision == 1


def test_fold_key_unifies_spellings() -> None:
    from eventcoder.resolve.gazetteer import fold_key, name_key

    def folded(name: str) -> str:
        return fold_key(name_key(name))

    assert folded("Deir ez-Zor") == folded("Dayr az Zawr") == folded("Deir al-Zour")
    assert folded("Al-Hasakah") == folded("Hasakeh")
    assert folded("Khan Sheikhoun") == folded("Khan Shaykhun")
    assert folded("Raqqa") != folded("Homs")


@pytest.mark.parametrize("dateline", ["BEIRUT, May 22 -", "BEIRUT, May 22 (Reuters) -",
                                      "KISUMU, Kenya, July 13 -"])
def test_datelines_with_dates(dateline: str) -> None:
    text = f"{dateline} Police fired tear gas at protesters."
    assert dateline_end(text) == len(dateline) + 1


def test_dated_dateline_city_is_not_the_event_place(nlp: Language) -> None:
    text = ("BEIRUT, May 22 -\n\nAir strikes killed nine civilians in the town of Saraqeb "
            "on Sunday.")
    mention = _event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name != "Beirut"
    assert mention.country == "Syria"


def test_dateline_country_sets_the_focus(nlp: Language) -> None:
    text = "KISUMU, Kenya, July 13 - Youths clashed with police in Kondele on Wednesday."
    found = _places(nlp, text)
    assert found["KISUMU"][2] == "Kenya"


def test_road_between_towns_is_a_place(nlp: Language) -> None:
    text = "Protesters blocked the Eldoret-Kitale road on Monday."
    mention = _event_place(nlp, text, "blocked")
    assert mention.place is not None and mention.place.admin1 in {"Uasin Gishu", "Trans Nzoia"}


def test_town_in_institution_name_when_nothing_else(nlp: Language) -> None:
    text = "Embu University students staged a protest over fees."
    mention = _event_place(nlp, text, "protest")
    assert mention.place is not None and mention.place.name == "Embu"


def test_source_region_prior_picks_the_papers_state(nlp: Language) -> None:
    from eventcoder.extract.places import SourceRegions, resolve_place_spans

    regions = SourceRegions(min_mentions=3)
    home = ["The council in Conroe, Texas, voted on the budget.",
            "A fire in Bryan, Texas, destroyed two barns near College Station.",
            "Deputies in Walker County, Texas, arrested two men in Crockett."]
    for i, text in enumerate(home):
        regions.observe("localpaper.example", str(i), resolve_place_spans(nlp(text)))
    prior = regions.prior("localpaper.example")
    assert prior is not None and max(prior.admin1s, key=prior.admin1s.__getitem__) == (
        "US", "TX")
    text = "The school board in Huntsville met on Tuesday."
    without = {i.span.text: i.chosen for i in resolve_place_spans(nlp(text))}
    with_prior = {i.span.text: i.chosen for i in resolve_place_spans(nlp(text), prior)}
    assert without["Huntsville"] is not None and without["Huntsville"].admin1 == "AL"
    assert with_prior["Huntsville"] is not None and with_prior["Huntsville"].admin1 == "TX"
    assert regions.prior("other.example") is None


def test_provinces_of_large_countries_are_known(nlp: Language) -> None:
    found = _places(nlp, "Snow closed roads across Ontario and British Columbia in Canada.")
    assert found["Ontario"][:3] == ("Ontario", "ADM1", "Canada")
    assert found["British Columbia"][1] == "ADM1"


def test_office_territory_is_not_the_event_place(nlp: Language) -> None:
    text = ("Attackers killed the former deputy governor of Kilifi at his gate in "
            "Nyali on Thursday.")
    mention = _event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name != "Kilifi"


def test_county_in_sentence_places_its_village(nlp: Language) -> None:
    text = "A mob stoned a woman to death in Jerusalem village of Kirinyaga County."
    mention = _event_place(nlp, text, "stoned")
    assert mention.country == "Kenya"
    assert mention.place is not None and mention.place.admin1 == "Kirinyaga"


def test_source_names_the_country() -> None:
    from eventcoder.extract.places import source_country_prior

    prior = source_country_prior("Daily Nation (Kenya)")
    assert prior is not None and prior.countries == {"KE": 1.0}
    assert source_country_prior("Kenya Standard") is not None
    assert source_country_prior("AFP") is None


def test_town_of_a_local_facility_is_usable(nlp: Language) -> None:
    text = "Two prison officers assaulted a colleague at Malindi prison on Monday."
    mention = _event_place(nlp, text, "assaulted")
    assert mention.place is not None and mention.place.name == "Malindi"


def test_place_qualified_in_brackets_is_not_an_organisation(nlp: Language) -> None:
    text = ("Attackers killed the deputy governor of Kilifi at his gate in Nyali "
            "(Mombasa) on Friday.")
    mention = _event_place(nlp, text, "killed")
    assert mention.place is not None and mention.place.name == "Nyali"


def test_county_list_names_found_through_the_unit_word(nlp: Language) -> None:
    found = _places(nlp, "Layoffs hit Clarke and Oconee counties in Georgia this spring.")
    assert found["Oconee"][:2] == ("Oconee County", "ADM2")
    assert found["Oconee"][3] == "Georgia"
    assert found["Georgia"][1] == "ADM1"


def test_state_named_in_article_outvotes_a_famous_namesake(nlp: Language) -> None:
    text = ("When Alexandria police found the body, detectives in Virginia opened a case. "
            "A Virginia judge later set a trial date.")
    found = _places(nlp, text)
    assert found["Alexandria"][2:] == ("United States", "Virginia")
