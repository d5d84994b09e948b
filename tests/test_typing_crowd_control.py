"""What forces use on a crowd is no weapon attack: "stun grenades" and their kin
fired at rioters are an intervention, not a Grenade event (each test fails
without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 7, 2)
_new = partial(new_mentions, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Youths burned cars and threw fireworks at officers in the Lyon suburb of "
        "Vaulx-en-Velin overnight, and police responded with stun grenades.",
        "Police used stun grenades and tear gas against hundreds of youths who set fire "
        "to cars and a school in Vaulx-en-Velin overnight.",
        "Riot police fired smoke grenades at youths who torched cars outside the town "
        "hall of Vaulx-en-Velin overnight.",
    ],
)
def test_crowd_control_grenades_are_no_grenade_event(nlp: Language, text: str) -> None:
    types = {m.sub_event_type for m in _new(nlp, text)}
    assert "Grenade" not in types, types


def test_a_thrown_hand_grenade_is_still_a_grenade(nlp: Language) -> None:
    text = "Attackers threw a grenade at a police post in Vaulx-en-Velin overnight."
    assert _primary_type(nlp, text) == "Grenade"
