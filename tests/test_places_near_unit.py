"""A small town just across the edge of the unit a story is about (Gatumba, a town of
Bujumbura Rural 12 km from Bujumbura city, a unit of its own) is kept: the rule that
drops small towns outside the voted unit is for namesakes far away."""

from __future__ import annotations

from fixtures_places import place_mentions
from spacy.language import Language


def test_a_small_town_next_to_the_voted_city_is_kept(nlp: Language) -> None:
    text = ("BUJUMBURA, June 3 (Reuters) - Gunmen killed six people in Bujumbura on Saturday, "
            "police said. The attackers opened fire on traders in Gatumba near the border "
            "with Congo, a police spokesman said.")
    found = place_mentions(nlp, text)
    gatumba = found["Gatumba"].place
    assert gatumba is not None and gatumba.admin1 == "Bujumbura Rural"
