"""Agreements and non-violent transfers of territory: a deal frames the withdrawal or
the handover it governs, talks broken off are no agreement and leaving them no
withdrawal, fighting after a truce is new, a capture without a clash is non-violent
(each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2022, 3, 14)
_new = partial(new_mentions, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)
_type = partial(primary_type, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels began leaving the town on Tuesday under an evacuation accord agreed "
        "with the army.",
        "The district was handed over to the police as part of a peace deal that ended "
        "months of fighting.",
    ],
)
def test_a_deal_frames_the_withdrawal_it_governs(nlp: Language, text: str) -> None:
    assert _primary_type(nlp, text) == "Non-violent transfer of territory"


def test_goods_handed_over_under_a_deal_make_an_agreement(nlp: Language) -> None:
    text = ("The two clans handed over fifty goats to "
            "each other under a peace deal brokered by elders.")
    assert _primary_type(nlp, text) == "Agreement"
    # (goods a deal returns are its topic, not a new theft)
    assert _primary_type(nlp, text.replace("fifty goats", "fifty stolen goats")) == "Agreement"


def test_fighting_named_as_the_place_of_a_swap_is_its_topic(nlp: Language) -> None:
    text = ("The two militias exchanged prisoners on Friday in a "
            "town that saw the fiercest fighting of the war.")
    assert _primary_type(nlp, text) == "Agreement"


def test_fighting_that_breaks_out_after_a_truce_is_new(nlp: Language) -> None:
    text = "The truce collapsed on Friday and fighting broke out in the town."
    assert "Armed clash" in [m.sub_event_type for m in _new(nlp, text)]


def test_a_capture_without_any_clash_is_non_violent(nlp: Language) -> None:
    text = ("Government troops took control of three "
            "villages without getting involved in any clashes.")
    assert _primary_type(nlp, text) == "Non-violent transfer of territory"


# Talks suspended, called off or broken down are no Agreement (nobody agreed to
# anything); an agreement that ended still is one (ACLED and CASE code it so).
def test_talks_broken_off_are_no_agreement(nlp: Language) -> None:
    for text in ("The president suspended peace talks with the rebels on Friday.",
                 "The rebels broke off peace talks with the government on Friday.",
                 "Peace talks between the two clans collapsed on Monday."):
        assert _type(nlp, text) == "none", text
    assert _type(nlp, "The militia pulled out of the ceasefire deal on Friday.") == "Agreement"


# ... and leaving talks is no withdrawal from territory.
def test_leaving_talks_is_no_transfer_of_territory(nlp: Language) -> None:
    assert _type(nlp, "The rebels pulled out of the peace talks on Sunday.") == "none"
    assert _type(nlp, "Troops withdrew from the town on Sunday.") == \
        "Non-violent transfer of territory"
