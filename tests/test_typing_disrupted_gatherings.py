"""A gathering, or the people holding it, "disrupted by" a crowd is the crowd breaking
it up, as the active "youths disrupted the rally" is (issue #3); traffic or classes
disrupted by demonstrators is what their demonstration held up, no violence. Fails
without the passive "disrupted by" phrase of data/triggers.yaml and
``extract.events._no_gathering_disrupted``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-12")]


def test_leaders_disrupted_by_a_crowd_at_their_rally(nlp: Language) -> None:
    text = ("The senator and two ministers had just begun addressing a campaign rally in "
            "Bungoma on Saturday when they were disrupted by hundreds of youths singing "
            "rival slogans.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_a_meeting_disrupted_by_rowdy_youths(nlp: Language) -> None:
    text = ("On Thursday a consultation forum on the county budget in Embu was "
            "disrupted by a band of noisy youths.")
    assert _types(nlp, text)[0] in ("Violent demonstration", "Mob violence")


def test_traffic_disrupted_by_marchers_stays_a_protest(nlp: Language) -> None:
    text = ("Traffic in Nakuru was disrupted by protesters on Monday as nurses marched "
            "to the county offices to demand unpaid salaries.")
    assert _types(nlp, text) == ["Peaceful protest"]
