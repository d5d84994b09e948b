"""Integrity of the place word lists (data/places/cues.yaml) and their one loader."""

from __future__ import annotations

from eventcoder.extract.places import Cues, cues
from eventcoder.resolve.gazetteer import load_place_data

_WORD_LISTS = (
    "name_connectors", "admin_after", "admin1_after", "town_before", "town_after",
    "place_prepositions", "near_words", "common_words", "title_words", "institution_words",
    "street_words", "numbered_road_words", "people_after", "speech_verbs", "person_titles",
    "route_words", "compound_suffixes", "part_of_words", "title_companions", "dwellers_after",
    "compass_words", "unit_parts", "feature_before", "feature_after", "direction_words",
    "vague_town_after", "event_names_after",
)


def test_every_word_list_is_lower_case_words() -> None:
    data = load_place_data("cues")
    for key in _WORD_LISTS:
        words = data[key]
        assert isinstance(words, list) and words, key
        for word in words:
            assert isinstance(word, str) and word == word.strip().lower() and word, (key, word)


def test_new_lists_have_no_repeats() -> None:
    data = load_place_data("cues")
    for key in ("speech_verbs", "person_titles", "route_words", "compound_suffixes",
                "part_of_words", "title_companions", "vague_town_after", "event_names_after"):
        assert len(data[key]) == len(set(data[key])), key


def test_plural_units_map_to_known_unit_words() -> None:
    c = cues()
    assert c.plural_admin["counties"] == "county"
    for plural, unit in c.plural_admin.items():
        assert plural != unit and unit in c.admin_after, plural


def test_loader_reads_every_list() -> None:
    c = cues()
    assert isinstance(c, Cues)
    assert "said" in c.speech_verbs and "dr" in c.person_titles
    assert "road" in c.route_words and "based" in c.compound_suffixes
    assert "suburb" in c.part_of_words and "deputy" in c.title_companions
    assert "admin1_after" in load_place_data("cues")
    assert c.admin1_after <= c.admin_after


def test_alias_tables_are_keyed_by_country_codes() -> None:
    # YAML reads an unquoted NO (Norway) as a boolean: every key must stay a code.
    data = load_place_data("aliases")
    for table in ("country_points", "demonyms"):
        for code in data[table]:
            assert isinstance(code, str) and len(code) == 2 and code.isupper(), (table, code)
