"""A sea named before a word for its shore ("Yemen's Red Sea coast") is the water, not
the land unit that shares its name (Sudan's Red Sea state)."""

from __future__ import annotations

from fixtures_places import place_mentions
from spacy.language import Language


def test_a_seas_coast_is_not_the_state_named_after_the_sea(nlp: Language) -> None:
    text = "Air strikes hit a fuel port on Yemen's Red Sea coast late on Thursday."
    found = place_mentions(nlp, text)
    assert "Red Sea" not in found or found["Red Sea"].place is None
