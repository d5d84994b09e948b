"""An event in the "since" phrase or clause of a perfect ("have stepped up raids on the
valley since launching an offensive this month", "has fought the army since the coup")
starts that verb's period: it is told as before the story, history (issue #3;
filters.statistics._start_of_a_period). The coding policy keeps it when its own sentence dates it
to the day, so a since-event of a dated day is still coded."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

from eventcoder import code_many

PUBLISHED = dt.date(2024, 6, 23)


def test_an_offensive_that_starts_a_period_is_history(nlp: Language) -> None:
    text = ("Rebel drones struck a fuel depot in the city of Goma on Saturday, killing two "
            "guards, officials said. The army has lost several towns since launching a "
            "counter-offensive in the hills this month.")
    assert statuses(nlp, text, "counter-offensive", PUBLISHED) == ["background"]


def test_a_since_event_dated_to_a_day_is_still_coded() -> None:
    text = ("Thousands of residents have fled the town of Beni since gunmen attacked a "
            "market there on Thursday, local officials said on Sunday.")
    doc = next(code_many([{"id": "t", "text": text, "published": PUBLISHED}]))
    assert [e.event_date for e in doc.events] == [dt.date(2024, 6, 20)]
