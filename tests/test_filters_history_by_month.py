"""An event dated only to an earlier week or month than the story's own day-dated
events is the story's history; the coding policy keeps background only when it is
dated to the day."""
from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.pipeline import DEFAULT_POLICY, CodingPolicy

MONTH_HISTORY = (
    "PESHAWAR, June 28 - A suicide bomber rammed an explosives-laden car into a military "
    "convoy in North Waziristan on Saturday, killing 13 soldiers, officials said. "
    "In March, gunmen stormed a police station in the nearby city of Bannu, killing "
    "six officers.")
SAME_MONTH = (
    "PESHAWAR, June 28 - A suicide bomber rammed an explosives-laden car into a military "
    "convoy in North Waziristan on Saturday, killing 13 soldiers, officials said. "
    "In June, gunmen stormed a police station in the nearby city of Bannu, killing "
    "six officers.")


def _events(nlp: Language, text: str, policy: CodingPolicy = DEFAULT_POLICY
            ) -> list[tuple[str, dt.date | None]]:
    return [(e.sub_event_type, e.event_date)
            for e in coded_events(nlp, text, dt.date(2025, 6, 28), policy)]


def test_month_dated_history_beside_the_story_is_dropped(nlp: Language) -> None:
    events = _events(nlp, MONTH_HISTORY)
    assert [d for _, d in events] == [dt.date(2025, 6, 28)]


def test_policy_asking_for_month_precision_keeps_it(nlp: Language) -> None:
    policy = CodingPolicy(background_max_time_precision=3)
    days = sorted(d for _, d in _events(nlp, MONTH_HISTORY, policy) if d is not None)
    assert days[0].month == 3 and days[-1] == dt.date(2025, 6, 28)


def test_a_month_reaching_the_story_day_is_no_history(nlp: Language) -> None:
    # June's last day is after the story's Saturday: the month may hold the story itself.
    days = [d for _, d in _events(nlp, SAME_MONTH)]
    assert len(days) == 2 and dt.date(2025, 6, 28) in days


WEEK_HISTORY = (
    "PESHAWAR, June 28 - A suicide bomber rammed an explosives-laden car into a military "
    "convoy in North Waziristan on Monday, killing 13 soldiers, officials said. "
    "Last week, gunmen stormed a police station in the nearby city of Bannu, killing "
    "six officers.")


def test_last_week_before_a_monday_story_is_history(nlp: Language) -> None:
    # last week is coded on its Wednesday; it ends on the Sunday before the story's Monday
    assert [d for _, d in _events(nlp, WEEK_HISTORY)] == [dt.date(2025, 6, 23)]
