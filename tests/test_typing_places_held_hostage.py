"""A hostage word whose holding verb takes places, not people ("raiders attacked and
held hostage two police posts"): a siege of the posts, typed by the attack words
(armed men against the police who hold them: an Armed clash), not an Abduction with
nobody taken away (issue #3). Fails without typing_armed.places_held; the guard keeps
people held hostage an Abduction."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_posts_held_hostage_are_a_siege(nlp: Language) -> None:
    text = "Armed raiders attacked and held hostage two police posts near Lokori on Sunday."
    events = coded_events(nlp, text, "2010-05-03")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_people_held_hostage_stay_an_abduction(nlp: Language) -> None:
    text = "Armed raiders held hostage two teachers near Lokori on Sunday."
    events = coded_events(nlp, text, "2010-05-03")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"],\
        describe(events)
