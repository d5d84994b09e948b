"""The day's toll told beside a period that is not its own (issue #3).

"the worst attack since the war began" measures the day's event against the past,
and "bringing the toll since January to 80" carries it on to a running total: in
both the count of the day's killing is the day's, and the event is new. A total
told since a date keeps its reading."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = "2024-03-11"


@pytest.mark.parametrize(("text", "killed"), [
    # the comparison as a noun phrase hung on the verb
    ("Gunmen killed 12 villagers in Zamfara on Monday, the worst attack since the war "
     "began.", 12),
    ("Bandits shot dead nine farmers near Gusau on Monday, the deadliest raid in the state "
     "since the army withdrew.", 9),
    # a participle clause that carries the day's toll on to a running total
    ("Gunmen killed 12 villagers in Zamfara on Monday, bringing the toll since January "
     "to 80.", 12),
    ("Gunmen killed 12 villagers in Zamfara on Monday, bringing to 80 the number of "
     "people killed in the state since January.", 12),
])
def test_the_days_toll_beside_another_period_counts(nlp: Language, text: str,
                                                  killed: int) -> None:
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.fatalities for e in events] == [killed]


def test_a_total_since_a_date_is_still_a_statistic(nlp: Language) -> None:
    text = "Gunmen have killed 120 villagers in Zamfara since the war began."
    assert first_status(nlp, text, "killed", dt.date.fromisoformat(PUBLISHED)) == "statistic"
