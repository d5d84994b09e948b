"""A capital that is the subject of what a government does or says ("Moscow denied",
"Kyiv did not comment", "since Washington began its campaign") stands for the
government, not for a place of the story's events; a capital that undergoes something
("Kyiv was shaken by blasts") is still a place."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_a_capital_that_denies_is_not_the_story_first_place(nlp: Language) -> None:
    text = ("Drones struck a fuel depot before dawn on Sunday, killing three workers, "
            "regional officials said. Moscow denied any part in the raid. The depot lies "
            "on the edge of Idlib.")
    mention = event_place(nlp, text, "struck")
    assert mention.place is not None and mention.place.name != "Moscow"
    assert mention.place.country == "Syria"


def test_a_capital_that_does_not_comment_is_not_the_last_named_place(
        nlp: Language) -> None:
    text = ("Officials in Belgorod said a missile hit a market on Saturday. Kyiv did not "
            "comment. Rescuers said later that the strike had killed nine people.")
    mention = event_place(nlp, text, "strike had",
                          sub_event_type="Shelling/artillery/missile attack")
    assert mention.place is not None and mention.place.name == "Belgorod"


def test_a_government_campaign_begun_by_its_capital_is_not_placed_there(
        nlp: Language) -> None:
    text = ("Air strikes killed 40 people at a fuel port on Thursday, the deadliest raid "
            "since Washington began its bombing campaign. Rescuers carried bodies out of "
            "the port in Hodeidah province.")
    mention = event_place(nlp, text, "Air strikes", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.admin1 == "Al Hudaydah"


def test_a_capital_that_undergoes_the_event_is_still_its_place(nlp: Language) -> None:
    text = "Kyiv was shaken by explosions overnight as drones hit two apartment blocks."
    mention = event_place(nlp, text, "hit", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.name == "Kyiv"
