"""A curfew or a state of emergency restricts everybody, not one group's activity:
ACLED codes no Change to group/activity for it (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2021, 1, 20)
_new = partial(new_mentions, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The governor imposed a dusk-to-dawn curfew on the city on Monday and said it "
        "would stay in place until further notice.",
        "The president declared a state of emergency in three provinces on Tuesday.",
        "The interior minister ruled out declaring a state of emergency after a third "
        "night of unrest.",
    ],
)
def test_a_curfew_or_state_of_emergency_is_no_change_to_group(nlp: Language, text: str) -> None:
    types = {m.sub_event_type for m in _new(nlp, text)}
    assert "Change to group/activity" not in types, types


def test_a_ban_on_a_group_is_still_a_change_to_group(nlp: Language) -> None:
    text = "The government banned all rallies by the opposition party on Tuesday."
    assert {m.sub_event_type for m in _new(nlp, text)} == {"Change to group/activity"}
