"""An event the story's event is measured from by weeks or more ("The capture comes
three weeks after the fall of the city, in fighting that killed 3,000", "The strikes
came a week after militants fired rockets"), with no date in its own words, is history
dated to no day: background, which the coding policy drops, and its toll is not the
story's (filters.history_weeks_before_the_story). A count of days ("two days after")
or a date of its own keeps the earlier event coded (issue #3's policy)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 9, 18)


def test_an_event_weeks_before_the_story_is_history(nlp: Language) -> None:
    text = ("Jihadist fighters ambushed an army convoy near the town of Djibo on "
            "Tuesday, killing nine soldiers, security sources said. The ambush came two "
            "weeks after gunmen stormed a gendarmerie post in the same province, in an "
            "assault that local officials say killed 15 gendarmes.")
    found = trigger_statuses(nlp, text, PUBLISHED)
    assert (found["stormed"], found["assault"]) == ("background", "background"), found
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
    assert events[0].fatalities == 9, describe(events)


def test_a_month_before_with_a_date_of_its_own_stays(nlp: Language) -> None:
    text = ("Jihadist fighters ambushed an army convoy near the town of Djibo on "
            "Tuesday, killing nine soldiers, security sources said. The ambush came a "
            "month after gunmen stormed a gendarmerie post in Arbinda on Aug. 16.")
    assert trigger_statuses(nlp, text, PUBLISHED)["stormed"] != "background"


def test_a_period_after_the_event_is_not_a_measure(nlp: Language) -> None:
    # ("within two weeks after", a period counted from the event, is not the interval
    # between two events)
    text = ("Jihadist fighters ambushed an army convoy near the town of Djibo on "
            "Tuesday, killing nine soldiers. Troops arrested 40 suspects within two "
            "weeks after the attack.")
    assert trigger_statuses(nlp, text, PUBLISHED)["arrested"] == "new"
