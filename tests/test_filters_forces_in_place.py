"""Forces where they stand are no change of the day (issue #3): a deployment in the
present passive is a standing state ("Thousands of troops are deployed along the
border"; filters.habits._standing_state), and forces sent somewhere, told in the perfect in what
someone said after the story's event with no time of their own ("the governor said
soldiers had been deployed to the village"), are the measure taken in answer to it
(filters.agreements._measure_told_after). A deployment told with its own day, or as the story
itself, stays an event."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 12)


def test_troops_deployed_in_the_present_are_a_standing_state(nlp: Language) -> None:
    text = ("Gunmen shot dead three farmers near the village of Dogo on Monday, police said. "
            "Hundreds of soldiers are deployed in camps along the state border.")
    assert statuses(nlp, text, "deployed", PUBLISHED) == ["habitual"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_soldiers_sent_after_the_attack_are_its_answer(nlp: Language) -> None:
    text = ("Gunmen killed 14 villagers in an attack on the town of Bokkos in central "
            "Nigeria on Sunday, local officials said. The state governor said soldiers and "
            "police had been deployed to the town and that a curfew was in force.")
    assert statuses(nlp, text, "deployed", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_reinforcements_sent_after_the_attack_are_its_answer(nlp: Language) -> None:
    text = ("Jihadists killed dozens of soldiers at a military post near Djibo on Saturday, "
            "security sources said. The defence minister said reinforcements had been sent "
            "to the area.")
    assert statuses(nlp, text, "reinforcements", PUBLISHED) == ["reference"]


def test_a_deployment_with_its_own_day_stays_an_event(nlp: Language) -> None:
    text = ("Gunmen killed 14 villagers in an attack on the town of Bokkos in central "
            "Nigeria on Sunday, local officials said. The state governor said soldiers had "
            "been deployed to the town on Monday.")
    assert statuses(nlp, text, "deployed", PUBLISHED) == ["new"]


def test_a_deployment_told_as_the_story_stays_an_event(nlp: Language) -> None:
    text = ("Tensions have risen along the border for weeks. The army said it had sent "
            "reinforcements to the border town of Ras Ajdir.")
    assert statuses(nlp, text, "sent reinforcements", PUBLISHED) == ["new"]
