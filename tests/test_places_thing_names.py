"""A name the gazetteer knows only as some town's name in another language, told as
the modifier of a common noun ("Pantsir air defence systems", a weapon), is a thing's
name, not a place, even when the model tags it as a location."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventcoder.extract.places import PlaceMatcher

TEXT = ("Air defences shot down drones over Moscow early on Tuesday. Five were destroyed "
        "by Pantsir air defence systems on the approaches to the city, the ministry said.")


def _tagged_as_location(nlp: Language, text: str, word: str) -> Doc:
    """The text's Doc with ``word`` tagged LOC, as the small model sometimes tags it."""
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not e.start <= i < e.end] + [Span(doc, i, i + 1, "LOC")]
    return doc


def test_a_weapon_named_like_a_town_is_no_place(nlp: Language) -> None:
    doc = _tagged_as_location(nlp, TEXT, "Pantsir")
    assert "Pantsir" not in [s.text for s in PlaceMatcher().find_spans(doc)]


def test_a_town_tagged_by_the_model_before_a_noun_is_still_a_place(nlp: Language) -> None:
    doc = _tagged_as_location(nlp, "Drones hit Moscow apartment blocks overnight.", "Moscow")
    assert "Moscow" in [s.text for s in PlaceMatcher().find_spans(doc)]
