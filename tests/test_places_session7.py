"""Place rules of session 7: a country name that only says whose a thing is ("a Kenya
army statement", "the US's estimate") is not where the event was, and a country the
event's own sentence names is kept as evidence (merging tells it from the article's
focus)."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language

SOMALIA_LEAD = ("Fighting between Somalia's army and Al Shabaab went on for hours on Monday, "
                "officials in Somalia said. ")


def test_a_country_modifying_a_noun_is_no_event_country(nlp: Language) -> None:
    text = SOMALIA_LEAD + "A Kenya army statement said its jets killed 30 of the militants."
    mention = event_place(nlp, text, "killed")
    assert mention.place is None
    assert mention.country == "Somalia"  # the story's focus, not the statement's owner
    assert not [e for e in mention.evidence if e.field == "country"]


def test_a_country_the_sentence_places_the_event_in_is_its_evidence(nlp: Language) -> None:
    text = SOMALIA_LEAD + "Its jets killed 30 militants in Kenya, the army said."
    mention = event_place(nlp, text, "killed")
    assert mention.country == "Kenya"
    assert [(e.field, e.text) for e in mention.evidence] == [("country", "Kenya")]


def test_a_border_named_by_its_countries_still_places_the_event(nlp: Language) -> None:
    text = SOMALIA_LEAD + "Raiders killed 30 herders at the Kenya-Somalia border, police said."
    mention = event_place(nlp, text, "killed 30")
    assert mention.country == "Kenya"


def test_a_congolese_border_town_the_town_lists_lack_is_in_the_supplement(
        nlp: Language) -> None:
    text = ("M23 fighters took control of Bunagana, a trading post near the Ugandan border, "
            "on Sunday after clashes with the army.")
    mention = event_place(nlp, text, "clashes")
    assert mention.place is not None and mention.place.name == "Bunagana"
    assert (mention.place.country, mention.place.admin1) == (
        "Democratic Republic of Congo", "North Kivu")


def test_south_african_towns_have_their_province(nlp: Language) -> None:
    text = "Police fired rubber bullets at striking miners in Rustenburg on Thursday."
    mention = event_place(nlp, text, "fired")
    assert mention.place is not None and mention.place.admin1 == "North West"


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


def test_a_name_qualified_by_a_unit_of_another_country_is_no_city_abroad(
        nlp: Language) -> None:
    # no Surrey of England is known: not the Canadian city, here or where it is told again
    text = ("A bomb went off in a pub in Epsom, Surrey, England, on Saturday. Police said "
            "the Epsom, Surrey blast was the second in a month.")
    found = place_mentions(nlp, text)
    assert "Surrey" not in found  # (an unresolved name is no place mention)
    assert {pm.place.country for pm in found.values() if pm.place} == {"United Kingdom"}


def test_a_town_qualified_by_a_nearby_unit_of_its_own_country_is_kept(
        nlp: Language) -> None:
    text = "A mob lynched a suspected thief in Mariakani, Mombasa, on Friday."
    mention = event_place(nlp, text, "lynched")
    assert mention.place is not None and mention.place.name == "Mariakani"
