"""A burning word with a person as what was burnt ("a herder was burnt with a
hot iron by a soldier") tells harm done to that person, typed by who did it to
whom, not property destroyed; houses, vehicles and sites burnt stay property
(the first test fails without the rule, the others guard it)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 2, 19)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_a_herder_burnt_by_a_soldier_was_attacked(nlp: Language) -> None:
    text = "A herder in Garissa was burnt with a hot iron by a soldier on Saturday."
    assert _primary_type(nlp, text) == "Attack"


def test_houses_burnt_stay_property(nlp: Language) -> None:
    text = "Raiders burned ten houses at Kainuk in Turkana county on Sunday."
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_a_burnt_bus_stays_property(nlp: Language) -> None:
    text = "Unknown people burnt a bus at the Kisii stage on Sunday night."
    assert _primary_type(nlp, text) == "Looting/property destruction"
