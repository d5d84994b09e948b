"""What a side holds of its own events, in the simple present under a present statement
verb ("Ukraine says its attacks target military infrastructure"; the present passive of
"Vucic says the protests are financed from abroad" is the events told, see
_refers_back): a view of its events in general, no event of the day
(filters.references._held_of_its_events). A note's historic present ("Raids continue near the
border") has neither the statement nor the side's "its" and stays an event."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 6, 8)


def test_a_sides_view_of_its_attacks_is_no_event(nlp: Language) -> None:
    text = ("Shells fired by the rebels hit a market in the town of Kadugli on Friday, "
            "killing six people, medics said. The rebel movement says its raids spare "
            "civilians and answer the army's siege of its areas.")
    assert trigger_statuses(nlp, text, PUBLISHED)["raids"] == "habitual"
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_a_historic_present_stays_an_event(nlp: Language) -> None:
    text = "Raids continue near the border town of Moyale, with two herders killed."
    assert trigger_statuses(nlp, text, PUBLISHED)["Raids"] == "new"
