"""Every act of a list that someone is accused of or tied to is the accusation,
not an event: "accused of killing four people and several arson attacks",
"connected to the gang and the bus bombing" (the later items of the list were
read as events of their own). Both tests fail without the rule."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 8, 5)
_primary_type = partial(primary_type, published=PUBLISHED)
_new_types = partial(new_types, published=PUBLISHED)


def test_arson_in_the_charges_is_no_destruction(nlp: Language) -> None:
    text = ("Three gunmen (who were accused of killing four people during that same week "
            "and also several arson attacks) were gunned down by police amid political "
            "clashes.")
    assert "Looting/property destruction" not in _new_types(nlp, text)
    assert _primary_type(nlp, text) == "Armed clash"


def test_a_bombing_the_suspect_was_tied_to_is_no_blast(nlp: Language) -> None:
    text = ("A robbery suspect reportedly connected to the gang and the Eastleigh bus "
            "bombing found dead in a forest.")
    assert _primary_type(nlp, text) == "Attack"
