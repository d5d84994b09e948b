"""South Asian suffixes spelt several ways ("Bandipora", "Bandipore", "Bandipura") find
the one town the index knows under another spelling (aliases.yaml ending_variants)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.resolve.gazetteer import get_gazetteer, name_key


def _towns(name: str, cc: str) -> list[str]:
    key = name_key(name)
    return [c.name for c in get_gazetteer().lookup([key]).get(key, []) if c.cc == cc]


def test_each_spelling_of_the_suffix_finds_the_town() -> None:
    assert _towns("Bandipura", "IN")
    assert _towns("Bandipora", "IN") == _towns("Bandipura", "IN")


def test_a_spelling_that_names_another_place_keeps_it() -> None:
    # "Rampura" is a town of its own: the variants of "Rampur" do not add to it
    own = set(_towns("Rampura", "IN"))
    assert own and not own & set(_towns("Rampur", "IN"))


def test_a_gunfight_in_a_district_spelt_otherwise(nlp: Language) -> None:
    text = ("SRINAGAR, India, May 5 (Reuters) - Two suspected militants were killed in a "
            "gunfight with soldiers in Bandipora district of Kashmir on Sunday, police said.")
    events = coded_events(nlp, text, "2024-05-06")
    assert events and all(e.location == "Bandipura" for e in events), describe(events)
