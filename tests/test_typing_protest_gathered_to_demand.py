"""A crowd that gathered, assembled or camped somewhere to make a demand ("parents
camped outside the court to demand the release of ...", "survivors gathered to call on
leaders to ...") is demonstrating, though no protest word is used (a token pattern of
protest in data/triggers.yaml). Gathering to pray or mourn is no demonstration."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2019, 9, 30)
_types = partial(new_types, published=PUBLISHED)


def test_gathered_to_call_on(nlp: Language) -> None:
    text = ("About 200 survivors of the floods gathered at Nyeri stadium to call on the "
            "county to speed up aid.")
    assert _types(nlp, text) == {"Peaceful protest"}


def test_camped_outside_to_demand(nlp: Language) -> None:
    text = "Relatives camped outside the Nakuru law courts to demand the release of a pastor."
    assert _types(nlp, text) == {"Peaceful protest"}


def test_gathered_to_pray(nlp: Language) -> None:
    text = "Hundreds of worshippers gathered at the mosque in Garissa to pray for rain."
    assert _types(nlp, text) == set()
