"""A force's word on a site that only places the event ("near the police station",
"outside the army camp") says whose the landmark is; it is no side, except in a battle
fought there (hand-written sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import story_mention
from spacy.language import Language


@pytest.mark.parametrize("text, trigger, sub_event_type, country, expected", [
    pytest.param("Two traders were abducted near the army camp in Bulo Burte on Monday.",
                 "abducted", "Abduction/forced disappearance", "Somalia",
                 "Unidentified Armed Group (Somalia)", id="abducted_near_an_army_camp"),
    pytest.param("A shopkeeper was shot dead outside the police station in Garissa on Friday.",
                 "shot dead", "Attack", "Kenya", "Unidentified Armed Group (Kenya)",
                 id="shot_outside_a_police_station"),
    pytest.param("Gunmen attacked the police station in Garissa on Monday.", "attacked",
                 "Armed clash", "Kenya", "Police Forces of Kenya (2013-)",
                 id="the_station_attacked_is_the_polices"),
])
def test_a_landmarks_owner_is_no_side(nlp: Language, text: str, trigger: str,
                                      sub_event_type: str, country: str,
                                      expected: str) -> None:
    mention = story_mention(nlp, text, trigger, sub_event_type, country)
    names = {a.name for a in (mention.actor1, mention.actor2) if a is not None}
    assert expected in names
    if sub_event_type != "Armed clash":
        assert mention.actor1 is not None and mention.actor1.name == expected
