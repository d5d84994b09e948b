"""'The coalition' in Yemen's news is the Saudi-led one at war with the Houthis since 2015,
named as ACLED names it by its operation's codename (Operation Decisive Storm until 21 April
2015, Operation Restoring Hope since; external in Yemen), not the Global Coalition Against
Daesh the word names elsewhere (yemen.yaml, a local entry). The first test fails on
cfbf8df; the second passes there too (the word keeps its meaning abroad)."""

from __future__ import annotations

import eventcoder


def test_the_coalition_in_yemen_is_the_saudi_led_one() -> None:
    events = eventcoder.code("HODEIDAH, Yemen, Aug 9 (Reuters) - Coalition jets bombed a fish "
                             "market in Houthi-held Hodeidah on Thursday, killing 11 people, "
                             "medics said.", published="2018-08-10")
    assert [(e.actor1, e.inter1) for e in events] == [("Operation Restoring Hope", 8)], events


def test_the_coalition_in_its_first_month_is_operation_decisive_storm() -> None:
    events = eventcoder.code("ADEN, Yemen, April 3 (Reuters) - The Saudi-led coalition bombed "
                             "Houthi positions near Aden airport on Friday, residents said.",
                             published="2015-04-03")
    assert [e.actor1 for e in events] == ["Operation Decisive Storm"], events


def test_the_coalition_in_iraq_stays_the_anti_daesh_one() -> None:
    events = eventcoder.code("MOSUL, Iraq, Aug 9 (Reuters) - Coalition jets bombed an Islamic "
                             "State hideout west of Mosul on Thursday, killing 11 militants, "
                             "the Iraqi military said.", published="2018-08-10")
    assert events and events[0].actor1 == "Global Coalition Against Daesh", events
