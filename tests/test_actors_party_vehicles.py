"""A party's campaign vehicle hit by a crowd ("attacked an ODM caravan"): the people in
it are civilians, as the holders of a party's offices are ("a Jubilee MP"), not the
party as an armed side (issue #4). Fails without the vehicle words of office_nouns
(actor_words.yaml)."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Youths attacked an ODM caravan in Kakamega on Saturday, injuring two people.",
    "Jubilee supporters attacked an ODM vehicle in Kisumu; a woman inside was hurt by a rock.",
])
def test_the_people_in_a_partys_vehicle_are_civilians(nlp: Language, text: str) -> None:
    assert [e.actor2 for e in coded_events(nlp, text, "2017-08-14")] == ["Civilians (Kenya)"]
