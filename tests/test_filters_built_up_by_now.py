"""A vague large quantity that a government or group has taken on or sent, in the present
perfect with no time of its own ("has recruited tens of thousands of volunteers", "has
deployed thousands of its own troops in the east") is a build-up over time, up to now:
habitual, no change of the day (issue #3; filters.habits._built_up_by_now). Forces sent from or
to a place are moved: news; sent "to the area" the story is about, they are the build-up
(filters.habits._names_a_place)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 10, 2)


def test_recruits_taken_on_over_time_are_no_change_of_the_day(nlp: Language) -> None:
    text = ("Jihadist fighters killed 20 soldiers at an outpost near Djibo on Monday, "
            "security sources said. The junta has also recruited tens of thousands of "
            "civilian auxiliaries, officials say.")
    assert statuses(nlp, text, "recruited", PUBLISHED) == ["habitual"]


def test_troops_sent_to_a_town_are_news(nlp: Language) -> None:
    text = ("Jihadist fighters killed 20 soldiers at an outpost near Djibo on Monday, "
            "security sources said. The army has sent hundreds of soldiers to Djibo.")
    assert statuses(nlp, text, "sent", PUBLISHED) != ["habitual"]


def test_troops_sent_to_the_story_area_are_the_build_up(nlp: Language) -> None:
    # ("to the region": the area the story is about, named again, not a destination)
    text = ("Militia fighters shelled a village near Rutshuru on Sunday, killing four "
            "people, local officials said. Uganda has deployed thousands of its soldiers to "
            "the area, according to U.N. experts.")
    assert statuses(nlp, text, "deployed", PUBLISHED) == ["habitual"]
