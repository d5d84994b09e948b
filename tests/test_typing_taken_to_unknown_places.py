"""People taken off to an unknown place ("two teachers were taken to an unknown
destination") were abducted, even where no kidnap word is used; people held at
an "undisclosed location" after an arrest are not (the first test fails without
the phrase, the second guards the arrest)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 27)
_primary_type = partial(primary_type, published=PUBLISHED)
_new_types = partial(new_types, published=PUBLISHED)


def test_teachers_taken_to_an_unknown_destination_were_abducted(nlp: Language) -> None:
    text = ("Gunmen stopped a bus near Elwak on Monday. Two teachers on board were taken to "
            "an unknown destination.")
    assert _primary_type(nlp, text) == "Abduction/forced disappearance"


def test_a_suspect_held_at_an_undisclosed_location_is_arrested(nlp: Language) -> None:
    text = ("Police arrested a former councillor in Garissa on Monday and took him to an "
            "undisclosed location.")
    assert "Abduction/forced disappearance" not in _new_types(nlp, text)
