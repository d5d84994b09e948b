""""Neutralised" with people as its object or passive subject ("soldiers had
neutralised three gunmen", "the attackers had been neutralised") is the forces' word
for killing or taking them: violence, typed by who they were, not a device made safe
(issue #3; typing_armed.neutralises_people; neutralising_verbs in data/typing.yaml).
A device neutralised stays a Disrupted weapons use."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_gunmen_neutralised_by_soldiers_were_fought(nlp: Language) -> None:
    text = "Soldiers said they had neutralised three gunmen near Garissa on Sunday."
    events = coded_events(nlp, text, "2024-05-06")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_a_device_neutralised_stays_disrupted_weapons_use(nlp: Language) -> None:
    text = ("Bomb experts neutralised an explosive device planted near a school in Garissa "
            "on Sunday.")
    events = coded_events(nlp, text, "2024-05-06")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"], describe(events)


def test_a_count_of_fighters_neutralised_in_a_raid_is_no_device(nlp: Language) -> None:
    # the people stand in the count noun's 'of' phrase ("a number of fighters")
    text = ("Army helicopters hit rebel hideouts near Mandera on Tuesday and the army said a "
            "number of militants had been neutralised.")
    events = coded_events(nlp, text, "2024-05-08")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], describe(events)
