"""Actor rules of session 10 (hand-written sentences): the places a road joins are no
sides."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention
from spacy.language import Language


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str
           ) -> tuple[str | None, str | None]:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    return (mention.actor1.name if mention.actor1 else None,
            mention.actor2.name if mention.actor2 else None)


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
