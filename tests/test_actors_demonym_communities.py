"""A neighbour's demonym that also names a community of the event's country: the
Somali of Kenya's north-east. Their militia in Kenyan news is Kenya's ethnic militia,
as ACLED codes it; troops, police and civilians named by the demonym stay Somalia's."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.resolve.actors import default_actor_dictionary


@pytest.mark.parametrize("text", [
    "Suspected Somali militia shot dead a camel herder near Bangale in Tana River "
    "county on Sunday, police said.",
    "Armed Somali militiamen killed two farmers at a water point in Isiolo county on "
    "Tuesday, the county commissioner said.",
])
def test_a_somali_militia_in_kenya_is_kenyas_ethnic_militia(text: str) -> None:
    events = eventcoder.code(text, published="2021-03-02")
    assert events
    assert events[0].actor1 == "Somali Ethnic Militia (Kenya)"


@pytest.mark.parametrize(("words", "wanted"), [
    ("Somali troops", "Military Forces of Somalia (2022-)"),
    ("Somali raiders", "Unidentified Ethnic Militia (Somalia)"),
])
def test_other_words_after_the_demonym_keep_its_country(words: str, wanted: str) -> None:
    actor = default_actor_dictionary().resolve(words, "Kenya")
    assert actor is not None and actor.name == wanted


def test_in_somalia_the_demonym_names_no_kenyan_militia() -> None:
    actor = default_actor_dictionary().resolve("Somali militia", "Somalia")
    assert actor is not None and not actor.name.endswith("(Kenya)")
