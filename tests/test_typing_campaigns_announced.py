"""A fight noun that a group announces ("the rebels announced on Monday the start of a
dry-season offensive") is a change in what the group does, no fighting the text reports
(issue #3; typing_armed.campaign_announced turns the trigger into the change_group
class). Fails without the rule; the guard keeps an offensive launched and fought."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_offensive_announced_is_a_change(nlp: Language) -> None:
    text = ("The rebels announced on Monday the start of a dry-season offensive against "
            "government troops in the north, a spokesman for the group said in Juba.")
    events = coded_events(nlp, text, "2016-01-12")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"], describe(events)


def test_offensive_fought_stays_a_clash(nlp: Language) -> None:
    text = ("Government troops launched an offensive against the rebels near Yei on "
            "Monday, killing 12 fighters, a spokesman for the army said.")
    events = coded_events(nlp, text, "2016-01-12")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
