"""Someone who has left a force or an armed group ("a former Mungiki member", "a retired
police officer") is no armed side of it: killing them is an attack on a civilian, not a
clash (each test fails without its rule, except the last, which guards a serving officer)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 8, 14)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_a_former_sect_member_killed_is_attacked(nlp: Language) -> None:
    text = ("Unknown gunmen shot dead a former Mungiki militia member outside his shop in Thika "
            "on Monday.")
    assert _primary_type(nlp, text) == "Attack"


def test_a_retired_officer_killed_at_home_is_attacked(nlp: Language) -> None:
    text = "Robbers killed a retired army officer at his farm in Nakuru county on Saturday night."
    assert _primary_type(nlp, text) == "Attack"


def test_a_serving_officer_shot_by_gunmen_is_still_a_clash(nlp: Language) -> None:
    text = "Gunmen shot dead a police officer at a roadblock in Mandera on Saturday night."
    assert _primary_type(nlp, text) == "Armed clash"
