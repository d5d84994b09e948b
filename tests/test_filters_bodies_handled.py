"""The dead of an event the text has told, handled after it ("relief workers were still
pulling bodies out of the river", "teams identified the bodies"): a word for
the dead as object of a verb of handling them refers to the event told before
(reference, retold), no new event (filters.references._bodies_handled, data/filters.yaml
body_nouns, body_handling_verbs). The text's first telling stays new."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_bodies_pulled_out_after_the_raid_refer_to_it(nlp: Language) -> None:
    text = ("Militiamen killed at least 20 villagers in a raid on Djugu on Sunday, a local "
            "official said.\n\nRelief workers were still pulling bodies out of the river "
            "on Monday.")
    assert statuses(nlp, text, "bodies", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_bodies_told_first_stay_new(nlp: Language) -> None:
    text = "Relief workers pulled the bodies of six men out of a river near Djugu on Sunday."
    assert statuses(nlp, text, "bodies", PUBLISHED) == ["new"]
