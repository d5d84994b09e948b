"""A bare "the capital" in a story filed from a capital is the reporter's city, even
when the story names another country's places more often."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_the_capital_of_a_moscow_story_is_moscow(nlp: Language) -> None:
    text = ("MOSCOW, May 30 (Reuters) - Drones struck two apartment buildings in the "
            "capital on Tuesday, officials said. The ministry blamed Ukraine. Ukraine's "
            "army said Russian forces had shelled Kharkiv and Kyiv for a month.")
    mention = event_place(nlp, text, "struck", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.name == "Moscow"


def test_without_a_dateline_the_capital_is_the_storys_countrys(nlp: Language) -> None:
    text = ("Gunmen stormed a hotel in the capital on Friday, police said. Somalia's "
            "government said the siege ended after twelve hours in Somalia's worst attack "
            "this year.")
    mention = event_place(nlp, text, "stormed")
    assert mention.place is not None and mention.place.name == "Mogadishu"
