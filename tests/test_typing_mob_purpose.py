"""A mob whose clause says it set out to harm someone ("angry residents gathered
at the trading centre to lynch a suspected thief") is mob violence, whether or
not the harm was done (issue #3): the harm word is an infinitive of purpose, a
plan the filters set aside, so the mob word has to carry the event. The first
test fails without _mob_set_out_to_harm (extract/events.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_residents_who_gathered_to_lynch_a_suspect(nlp: Language) -> None:
    text = ("Angry residents gathered at the trading centre in Bungoma on Monday to lynch "
            "a suspected thief.")
    assert _types(nlp, text) == ["Mob violence"]


def test_residents_who_gathered_to_make_a_demand_are_no_mob(nlp: Language) -> None:
    text = ("Angry residents gathered at the county offices in Bungoma on Monday to demand "
            "the release of a trader.")
    assert "Mob violence" not in _types(nlp, text)
