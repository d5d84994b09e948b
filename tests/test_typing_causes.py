"""A phrase that names a cause ("because of ...", "due to ...", "as a result of
...") tells what led to the sentence's event, not that event; harm it explains is
the cause's own doing (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2019, 5, 8)
_primary_type = partial(primary_type, published=PUBLISHED)


@pytest.mark.parametrize("cause", ["because of", "owing to", "due to", "as a result of"])
def test_violence_named_as_the_cause_is_the_scene(nlp: Language, cause: str) -> None:
    text = (f"Several houses and kiosks were burned down in Kamwaura village on Monday "
            f"{cause} ethnic violence.")
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_the_cause_of_deaths_is_the_event(nlp: Language) -> None:
    text = ("Twelve people were dead and 200 displaced in Kamwaura village on Monday as a "
            "result of a gun battle between herders.")
    assert _primary_type(nlp, text) == "Armed clash"
