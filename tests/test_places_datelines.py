"""The dateline's place: a protest with no place of its own is where the reporter files
from, unless it is told in another country; violence is never placed at the dateline;
a foreign city matched only by one of its alternate names, far from the dateline's town
and in a country the story never points to, is a local place the gazetteer lacks
(without a dateline, or in the dateline's country, the alternate name is kept)."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language

from eventcoder.schema import PlaceMention


def _name(mention: PlaceMention) -> str | None:
    return mention.place.name if mention.place is not None else None


def test_a_protest_with_no_place_of_its_own_is_where_the_reporter_files_from(
        nlp: Language) -> None:
    text = ("NAIROBI, July 8 (Reuters) - Thousands of people marched on Monday against a "
            "new fuel tax, chanting and waving branches, witnesses said.")
    mention = event_place(nlp, text, "marched", sub_event_type="Peaceful protest")
    assert mention.place is not None and mention.place.name == "Nairobi"
    assert mention.geo_precision == 1


def test_violence_is_never_placed_at_the_dateline(nlp: Language) -> None:
    text = ("NAIROBI, July 8 (Reuters) - Gunmen killed four traders on Monday, a "
            "regional official said.")
    mention = event_place(nlp, text, "killed")
    assert mention.place is None


def test_a_protest_in_another_country_than_the_dateline_s_is_not_placed_there(
        nlp: Language) -> None:
    text = ("NAIROBI, July 8 (Reuters) - Thousands of people marched in Somalia on Monday "
            "against a new fuel tax, witnesses said.")
    mention = event_place(nlp, text, "marched", sub_event_type="Peaceful protest")
    assert mention.place is None and mention.country == "Somalia"


def test_an_alternate_name_abroad_far_from_the_dateline_is_not_that_city(
        nlp: Language) -> None:
    text = ("BAMAKO (AFP) - Suspected jihadists killed at least 12 soldiers in an ambush "
            "near Boni on Sunday, security sources said.")
    found = place_mentions(nlp, text)
    assert _name(found["BAMAKO"]) == "Bamako"
    assert found["Boni"].place is None  # not Bonn, which some languages call Boni


def test_without_a_dateline_the_alternate_name_is_not_judged_by_it(nlp: Language) -> None:
    text = ("Russia said on Tuesday that its forces had destroyed an ammunition depot "
            "near Lugansk.")
    found = place_mentions(nlp, text)
    place = found["Lugansk"].place
    assert place is not None and (place.name, place.country) == ("Luhansk", "Ukraine")


def test_an_alternate_name_in_the_datelines_country_is_kept(nlp: Language) -> None:
    text = ("KYIV (AFP) - Russian forces shelled a market near Lugansk on Sunday, "
            "Moscow's defence ministry said, naming Russia's targets.")
    found = place_mentions(nlp, text)
    assert _name(found["Lugansk"]) == "Luhansk"
