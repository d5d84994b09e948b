"""Place names read as organisations are no sides: the places a blast went off between
and the towns a road joins (hand-written sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention, side_names
from spacy.language import Language


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str
           ) -> tuple[str | None, str | None]:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    return side_names(mention)


def test_the_places_a_blast_went_off_between_are_no_group(nlp: Language) -> None:
    # the tagger reads "Malelei" as an organisation; "Kulan" is a place
    for text, trigger in (
            ("Two police officers were killed on Sunday when a bomb exploded between "
             "Malelei and Kulan in Garissa county.", "bomb"),
            ("An explosion between Malelei and Kulan on Sunday left two police officers "
             "dead, Garissa county officials said.", "explosion")):
        assert _names(nlp, text, trigger, "Remote explosive/landmine/IED")[0] == \
            "Unidentified Armed Group (Kenya)", text


@pytest.mark.parametrize(("text", "trigger", "sub", "wanted"), [
    # the tagger reads the little-known town "Elele" as an organisation; "the attackers"
    # then referred back to it as a named group
    ("Bandits ambushed a bus on the highway between Elele and Takaba on Sunday. The "
     "driver escaped, but the attackers shot two passengers.", "shot", "Attack",
     ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")),
    ("Police on patrol on the road between Elele and Rhamu came under fire on Monday. "
     "The officers fought back until the attackers fled.", "fought back", "Armed clash",
     ("Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")),
])
def test_the_towns_a_road_joins_are_no_group(nlp: Language, text: str, trigger: str,
                                             sub: str, wanted: tuple[str, str]) -> None:
    assert _names(nlp, text, trigger, sub) == wanted
