"""A direction before a country's name ("southern Lebanon", "the north of Mali",
"northern Benin") places an event in the first-level unit such a phrase means, at
precision 3 (issue #5's region-only locations; data/places/country_parts.yaml). Each
test fails without ``resolve.places._country_part``."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.resolve.gazetteer import get_gazetteer, load_place_data, name_key


def _events(nlp: Language, text: str) -> list[tuple[str | None, int | None, str | None]]:
    return [(e.admin1, e.geo_precision, e.country)
            for e in coded_events(nlp, text, "2024-07-02")]


@pytest.mark.parametrize(("text", "admin1", "country"), [
    ("Israeli jets struck Hezbollah positions in southern Lebanon overnight, killing three.",
     "South", "Lebanon"),
    ("Government air strikes killed nine people in north-west Syria on Monday.",
     "Idleb", "Syria"),
    ("Jihadists killed 20 villagers in central Mali on Friday.", "Mopti", "Mali"),
    ("Russian shelling killed four civilians in eastern Ukraine on Monday.", "Donetsk",
     "Ukraine"),
    ("Militants attacked an army camp in the north of Mali on Sunday.", None, "Mali"),
])
def test_a_direction_in_a_country_is_its_unit(nlp: Language, text: str, admin1: str | None,
                                              country: str) -> None:
    events = _events(nlp, text)
    assert len(events) == 1
    got_admin1, precision, got_country = events[0]
    assert got_country == country and precision == 3
    if admin1 is not None:
        assert got_admin1 == admin1
    else:
        assert got_admin1 is not None  # the data's unit for the north of Mali


def test_a_bare_country_keeps_no_place(nlp: Language) -> None:
    events = _events(nlp, "Jihadists killed 20 villagers in Mali on Friday.")
    assert events == [(None, None, "Mali")]


def test_every_country_part_names_a_first_level_unit() -> None:
    """Data integrity: each unit resolves to an ADM1 of its country; each direction
    key is one the direction words define."""
    data = load_place_data("country_parts")
    directions = set(data["directions"])
    gaz = get_gazetteer()
    for cc, parts in data.items():
        if cc == "directions":
            continue
        assert cc in gaz.countries, cc
        for direction, name in parts.items():
            assert direction in directions, (cc, direction)
            key = name_key(name)
            assert any(c.cc == cc and c.fcode.startswith("ADM1")
                       for c in gaz.lookup([key]).get(key, [])), (cc, direction, name)


def test_northern_benin_is_alibori_at_region_precision(nlp: Language) -> None:
    text = "Gunmen attacked a police post in northern Benin on Sunday, killing four officers."
    events = coded_events(nlp, text, "2024-05-01")
    assert events and (events[0].admin1, events[0].geo_precision) == ("Alibori", 3), \
        describe(events)
