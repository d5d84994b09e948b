"""Two ways of telling what is no event of the day (issue #3): a change to a group in
the simple present is a standing state ("The United States still lists the group as a
terrorist organisation", "say Rwanda arms the rebels and has deployed troops";
filters.habits._standing_state), and an act told "in the following weeks" after an earlier
event is history with no date of its own (filters.history._in_the_weeks_that_followed)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_a_designation_in_the_present_is_a_standing_state(nlp: Language) -> None:
    text = ("Troops killed four al Shabaab fighters near Kismayo on Sunday, the army said. "
            "The United States still lists the group as a terrorist organisation.")
    assert statuses(nlp, text, "as a terrorist organisation", PUBLISHED) == ["habitual"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_a_deployment_coordinated_with_a_present_accusation(nlp: Language) -> None:
    text = ("Western governments say Rwanda arms the rebels and has deployed thousands of "
            "troops in eastern Congo.")
    assert statuses(nlp, text, "deployed", PUBLISHED) == ["habitual"]


def test_a_designation_told_as_done_is_a_change(nlp: Language) -> None:
    text = "The government listed the group as a terrorist organisation on Monday."
    assert statuses(nlp, text, "listed the group", PUBLISHED) == ["new"]


def test_bases_taken_over_in_the_following_weeks(nlp: Language) -> None:
    text = ("Soldiers took control of the presidential palace in Niamey on Sunday, state "
            "television said. The junta expelled French troops in August, and the army took "
            "over their bases in the following weeks.")
    assert statuses(nlp, text, "took over", PUBLISHED) == ["background"]
