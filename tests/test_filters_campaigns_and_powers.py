"""Background that reads like an event: a group's campaign told in its own words in a
relative clause through a verb of saying, a campaign stepped up in the perfect (a
trend of many incidents), and a power a law or decree grants (what it lets troops
do), no act done."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventcoder.extract.events import detect_mentions
from eventcoder.schema import Article


def _statuses(nlp: Language, text: str) -> list[str]:
    article = Article(doc_id="t", text=text, published=dt.date(2024, 3, 11))
    return [m.status for m in detect_mentions(nlp(text), article)]


@pytest.mark.parametrize(("text", "status"), [
    # the campaign in the group's own account, inside a relative clause
    ("The delta front, which says its men are battling for a homeland, rejected the "
     "offer of talks.", "habitual"),
    # a campaign stepped up over many incidents
    ("The insurgents have stepped up ambushes on convoys along the northern highway.",
     "statistic"),
    ("The gang has intensified attacks on bus operators in the port city.", "statistic"),
    # a power granted by a decree
    ("The decree permits soldiers to arrest suspects without a warrant.", "plan"),
])
def test_background_of_a_campaign_or_a_power_is_no_event(
        nlp: Language, text: str, status: str) -> None:
    assert _statuses(nlp, text) == [status]


@pytest.mark.parametrize("text", [
    # stepped up on one day, not in the perfect: the day's assault
    "Gunmen stepped up their assault on the barracks on Sunday, killing four soldiers.",
    # a relative clause of who the group is leaves its own act standing
    "The group, which says it speaks for herders, attacked a police post on Monday.",
    # a permission told in the past leaves the act it led to standing
    "Officers allowed the marchers into the square, then fired tear gas at them on Friday.",
])
def test_the_days_act_stays_new(nlp: Language, text: str) -> None:
    assert "new" in _statuses(nlp, text)
