"""Violence told within a feud between two communities ("renewed violence between the
Turkana and Pokot communities") has the feud's peoples behind its unnamed sides: a
battle with no sides named is fought by the two communities' militias; unnamed
attackers of civilians are an ethnic militia (which of the two, the text does not say).
Attackers the text itself calls unknown stay an unidentified armed group."""

from __future__ import annotations

import pytest

import eventcoder


def _sides(text: str, sub_event_type: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type == sub_event_type]


def test_an_unnamed_clash_is_fought_by_the_feuding_communities() -> None:
    assert _sides("Hundreds of families fled their homes near Kapedo after renewed violence "
                  "between the Turkana and Pokot communities on Saturday. Four people died "
                  "in the clash.", "Armed clash") == [
        ("Turkana Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)")]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Two herders were shot dead near Kapedo in Baringo county on Monday. The killing "
     "comes amid rising tensions between the Pokot and Turkana communities over grazing "
     "land.", "Unidentified Ethnic Militia (Kenya)"),
    # the attackers are told as unknown: no community is read into them
    ("Unknown gunmen shot dead two herders near Kapedo in Baringo county on Monday. The "
     "killing comes amid rising tensions between the Pokot and Turkana communities over "
     "grazing land.", "Unidentified Armed Group (Kenya)"),
])
def test_unnamed_attackers_within_a_feud_are_an_ethnic_militia(text: str, wanted: str
                                                                ) -> None:
    assert [a1 for a1, _ in _sides(text, "Attack")] == [wanted]


def test_a_feud_told_in_the_sentence_of_the_act_names_neither_people() -> None:
    # the feud is told beside the killing itself: neither people is read as the doer
    # (the first one named was taken for the attackers, the other for their ally)
    assert _sides("A herder was speared to death near the water point. Police said the "
                  "killing was linked to the long feud between the Gabra and Borana "
                  "communities.", "Attack") == [
        ("Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)")]
