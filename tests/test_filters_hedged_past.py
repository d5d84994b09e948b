"""Status rules (issue #3): likelihood on a past event. "Shells were likely fired from
the hills" or "rebels likely ambushed the convoy" hedge who did what, told as done; only
"likely" on a present or future ("will likely attack", "is likely to rise") forecasts."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import statuses, trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 7, 8)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mortar shells were likely fired from the hills above Bunia on Sunday, a UN "
     "official said.", "Mortar shells"),
    ("Tear gas canisters were likely thrown at the marchers by riot police in Kampala on "
     "Saturday, witnesses said.", "Tear gas"),
])
def test_likely_on_a_past_event_is_a_hedge(nlp: Language, text: str, trigger: str) -> None:
    assert trigger_statuses(nlp, text, PUBLISHED)[trigger] == "new"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels will likely attack the town before the rains.", "attack"),
    ("The death toll is likely to rise, officials said.", "death toll"),
])
def test_likely_on_what_is_to_come_is_a_forecast(nlp: Language, text: str,
                                                  trigger: str) -> None:
    assert statuses(nlp, text, trigger, PUBLISHED) == ["hypothetical"]
