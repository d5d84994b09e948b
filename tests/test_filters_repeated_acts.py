"""An event noun with an adjective of repetition ("have staged repeated raids on the
villages", "the road has seen frequent ambushes") tells many acts over time, no one
incident of the day: habitual (issue #3; the repetition_adjectives of data/filters.yaml
read in filters). A single act beside it is still news."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 10, 2)


def test_repeated_raids_are_a_habit(nlp: Language) -> None:
    text = ("Bandits shot dead two herders near Marigat on Monday, police said. The gangs "
            "have staged repeated raids on villages along the Kerio valley.")
    assert statuses(nlp, text, "raids", PUBLISHED) == ["habitual"]


def test_frequent_ambushes_are_a_habit(nlp: Language) -> None:
    text = ("A roadside bomb hit a bus near Mandera on Sunday, killing three passengers. "
            "The highway to the border has seen frequent ambushes by the militants.")
    assert statuses(nlp, text, "ambushes", PUBLISHED) == ["habitual"]


def test_one_raid_of_the_day_is_news(nlp: Language) -> None:
    text = "Bandits staged a raid on a village near Marigat on Monday, police said."
    assert statuses(nlp, text, "raid", PUBLISHED) == ["new"]
