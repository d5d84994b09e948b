"""What demonstrators did, told after what they protested against with a participle
("protested against the county boss, burning posters and lighting bonfires"): the
parser coordinates the acts with the grievance's noun, and the grievance must not
swallow them; the demonstration is violent. Things protested against that merely
carry a participle ("rising prices") stay the grievance."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2018, 3, 6)
_types = partial(new_types, published=PUBLISHED)


def test_acts_after_a_named_grievance(nlp: Language) -> None:
    text = ("On 4 May, Isiolo residents protested against William Ruto, burning posters "
            "and lighting bonfires.")
    assert _types(nlp, text) == {"Violent demonstration"}


def test_tyres_and_bonfires(nlp: Language) -> None:
    text = "Isiolo youths protested against Mohamed Kuti, burning tyres and lighting bonfires."
    assert _types(nlp, text) == {"Violent demonstration"}


def test_act_joined_by_and(nlp: Language) -> None:
    text = "On Monday, Marsabit traders protested against the county governor and lit bonfires."
    assert _types(nlp, text) == {"Violent demonstration"}


def test_participles_of_the_grievance_stay_peaceful(nlp: Language) -> None:
    text = "On Monday, Nyeri traders protested against rising prices and soaring rents."
    assert _types(nlp, text) == {"Peaceful protest"}


def test_a_burning_told_as_the_grievance(nlp: Language) -> None:
    text = ("On Monday, Kitale residents protested against the eviction and the burning "
            "of their houses by council officers.")
    assert "Violent demonstration" not in _types(nlp, text)
