"""A group that "marches under the banner of" an alliance, told in the present, has
chosen a side: an idiom of allegiance, no demonstration ("the rebels, who march under
the banner of the alliance, seized the airport"). A march that happened under a
banner is still a demonstration."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2025, 3, 10)
_types = partial(new_types, published=PUBLISHED)


def test_allegiance_of_an_armed_group(nlp: Language) -> None:
    text = ("The Uganda-backed rebels, who march under the banner of the Ituri Liberation "
            "Front, attacked an army camp near Bunia on Sunday after heavy fighting.")
    assert not {"Peaceful protest", "Violent demonstration", "Protest with intervention",
                "Excessive force against protesters"} & _types(nlp, text)


def test_a_march_under_a_banner_happened(nlp: Language) -> None:
    text = ("Thousands of opposition supporters marched under the banner of the coalition "
            "in Nairobi on Monday.")
    assert _types(nlp, text) == {"Peaceful protest"}
