"""A clause that only counts the dead or hurt belongs to the violent event told
beside it ("a bomb went off and three died"), but not to property destroyed,
cattle taken or men arrested, which kill no one: "two were killed and houses
burnt" tells a killing of its own (each test fails without the rule; the last
guards the toll of a blast)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 6, 17)
_primary_type = partial(primary_type, published=PUBLISHED)
_new_types = partial(new_types, published=PUBLISHED)


def test_killed_before_destruction_is_a_killing(nlp: Language) -> None:
    text = ("Two villagers were killed and several granaries destroyed at Kamagambo in "
            "Migori county on Sunday.")
    assert _primary_type(nlp, text) == "Attack"


def test_killed_after_destruction_keeps_both(nlp: Language) -> None:
    text = "Several huts were torched and two herders killed near Kainuk on Sunday."
    assert {"Attack", "Looting/property destruction"} <= _new_types(nlp, text)
    assert _primary_type(nlp, text) == "Attack"


def test_the_toll_of_a_blast_stays_with_the_blast(nlp: Language) -> None:
    text = "A roadside bomb went off near Mandera on Sunday and three soldiers died."
    assert _new_types(nlp, text) == {"Remote explosive/landmine/IED"}
